# Many small patterns applied to short strings with search and match (in the style of the classic
# "effbot" regex benchmark): each call is short, so the cost per call dominates, not the matching.
import re

PATTERNS = [
    (r"Python|Perl", "Perl"),
    (r"Python|Perl", "Python"),
    (r"(Python|Perl)", "Perl"),
    (r"(?:Python|Perl)", "Python"),
    (r"Python", "Python"),
    (r"\bPython\b", "Python"),
    (r"\w+", "Python"),
    (r"Python$", "Python"),
    (r"Py(?=thon)", "Python"),
    (r"[Pp]ython", "Python"),
    (r".*Python", "Python"),
    (r".*Python.*", "Python"),
    (r".*(Python)", "Python"),
    (r"Python|Perl|Tcl", "Perl"),
    (r"(Python|Perl|Tcl)", "Perl"),
    (r"(Python)\1", "PythonPython"),
    (r"([0a-z][a-z0-9]*,)+", "a5,b7,c9,"),
    (r"(?:[0a-z][a-z0-9]*,)+", "a5,b7,c9,"),
    (r"([a-z][a-z0-9]*,)+", "a5,b7,c9,"),
    (r"(?:[a-z][a-z0-9]*,)+", "a5,b7,c9,"),
    (r".*P.*y.*t.*h.*o.*n.*", "-" * 20 + "Python" + "-" * 20),
    (r"(?i)python", "PyThOn"),
    (r"(\d+)-(\d+)-(\d+)", "tel: 555-0134-77"),
    (r"^\s*(\w+)\s*=\s*(.*?)\s*$", "  key = some value  "),
    (r"[aeiou]{2,}", "queueing"),
]

# The same patterns again, built at run time so nothing can precompile them.
RUNTIME = [("".join(reversed(p[::-1])), s) for p, s in PATTERNS]


def run(patterns, rounds):
    hits = 0
    spans = 0
    groups = 0
    for _ in range(rounds):
        for pattern, subject in patterns:
            m = re.search(pattern, subject)
            if m is not None:
                hits += 1
                spans += m.end() - m.start()
                groups += len(m.groups())
            m = re.match(pattern, subject)
            if m:
                hits += 1
                g = m.group(0)
                spans += len(g)
            if re.search(pattern, "x" + subject[1:]) is None:
                hits -= 1
    return hits, spans, groups


compiled = [(re.compile(p), s) for p, s in PATTERNS]


def run_compiled(rounds):
    total = 0
    for _ in range(rounds):
        for pat, subject in compiled:
            m = pat.search(subject)
            if m:
                total += m.end()
                if pat.groups:
                    total += len(m.group(1) or "")
            if pat.match(subject, 1):
                total += 1
            if pat.fullmatch(subject):
                total += 2
    return total


print(run(PATTERNS, 4000))
print(run(RUNTIME, 4000))
print(run_compiled(8000))
