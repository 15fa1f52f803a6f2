# Patterns built at run time from data (so none is known at build time): keyword matchers made
# from word lists, per-record field patterns, templates filled by sub() with group references,
# and finditer with group()/start()/span()/groupdict() on every match.
import re

WORDS = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
         "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma", "tau", "upsilon"]


def sentence(i):
    w = WORDS
    return "%s-%d %s=%d.%02d (%s) <%s@%s.org> %s" % (
        w[i % 20], i, w[(i * 7) % 20], i % 1000, i % 100, w[(i * 3) % 20].upper(),
        w[(i * 11) % 20], w[(i * 13) % 20], w[(i * 17) % 20].capitalize())


lines = [sentence(i) for i in range(5000)]
text = "\n".join(lines)

# 1. Many distinct patterns, each compiled from a string made at run time and used a few times.
total = 0
for i in range(4000):
    a, b = WORDS[i % 20], WORDS[(i * 7 + 3) % 20]
    pat = r"\b(%s|%s)-(%d|\d+)\b" % (re.escape(a), re.escape(b), i) + ("" if i < 1500 else "(?=\\s)")
    for line in lines[i % 50:i % 50 + 6]:
        m = re.search(pat, line)
        if m:
            total += int(m.group(2)) + len(m.group(1))
print("distinct", total, len(re.findall(r"\d+", text[:5000])))

# 2. One alternation built from the word list, with IGNORECASE, scanned with finditer.
words_re = re.compile(r"\b(?:" + "|".join(map(re.escape, WORDS)) + r")\b", re.IGNORECASE)
count = 0
first = {}
for m in words_re.finditer(text):
    count += 1
    key = m.group().lower()
    if key not in first:
        first[key] = m.span()
print("words", count, sorted(first.items())[:4])

# 3. Named groups: groupdict, start/end of groups.
record = re.compile(r"(?P<name>[a-z]+)=(?P<int>\d+)\.(?P<frac>\d\d) \((?P<tag>[A-Z]+)\)")
acc = 0
tags = {}
for rnd in range(12):
    for m in record.finditer(text):
        d = m.groupdict()
        acc += int(d["int"]) * 100 + int(d["frac"]) + m.start("tag") - m.end("name")
        tags[d["tag"]] = tags.get(d["tag"], 0) + 1
        s, e = m.span("frac")
        acc += e - s
print("records", acc, sorted(tags.items())[:3])

# 4. sub with group references and with a function, patterns made per word.
out_len = 0
for w in WORDS:
    p = re.compile("(" + w + r")-(\d+)")
    swapped = p.sub(r"\2:\1", text)
    upper = p.sub(lambda m: m.group(1).upper() + "#" + m.group(2), text)
    out_len += len(swapped) + len(upper)
print("subs", out_len)
emails = re.sub(r"<(\w+)@(\w+)\.org>", r"[\g<2> at \g<1>]", text)
print(emails[:120])
print(re.subn(r"(?P<n>\d+)\.(?P<f>\d+)", lambda m: m["f"] + "," + m["n"], text)[1])
