# DNA-style regex work on one long text: variant counts with alternations and character classes,
# IUB code substitution with a function and with a dict, IGNORECASE, findall with groups, split.
import re


def make_sequence(n):
    # A deterministic pseudo-random sequence (linear congruential generator).
    alphabet = "acgtacgtacgtNRYKMacgt"
    seed = 42
    out = []
    for i in range(n):
        seed = (seed * 3877 + 29573) % 139968
        out.append(alphabet[seed * len(alphabet) // 139968])
        if i % 60 == 59:
            out.append("\n")
    return "".join(out)


seq = ">ONE Homo sapiens alu\n" + make_sequence(700000) + ">TWO IUB ambiguity codes\n" + make_sequence(200000)
print(len(seq))
clean = re.sub(">.*\n|\n", "", seq)
print(len(clean))

variants = [
    "agggtaaa|tttaccct",
    "[cgt]gggtaaa|tttaccc[acg]",
    "a[act]ggtaaa|tttacc[agt]t",
    "ag[act]gtaaa|tttac[agt]ct",
    "agg[act]taaa|ttta[agt]cct",
    "aggg[acg]aaa|ttt[cgt]ccct",
    "agggt[cgt]aa|tt[acg]accct",
    "agggta[cgt]a|t[acg]taccct",
    "agggtaa[cgt]|[acg]ttaccct",
]
for v in variants:
    print(v, len(re.findall(v, clean)), len(re.findall(v, clean, re.IGNORECASE)))

iub = {"N": "(a|c|g|t)", "R": "(a|g)", "Y": "(c|t)", "K": "(g|t)", "M": "(a|c)"}
replaced = re.sub("[NRYKM]", lambda m: iub[m.group(0)], clean)
print(len(replaced))
codes = re.compile("|".join(sorted(iub)))
print(len(codes.sub(lambda m: iub[m.group()].upper(), clean)))

# Groups: dinucleotide repeats and the context around each ambiguity code.
pairs = re.findall(r"([acgt])([acgt])\1\2", clean)
print(len(pairs), pairs[:5])
ctx = re.findall(r"([acgt]{2})([NRYKM])([acgt]{2})", clean)
print(len(ctx), ctx[:3])
runs = re.findall(r"(?i)(a{3,}|c{3,}|g{3,}|t{3,})", clean)
print(len(runs), max(len(r) for r in runs))

# Split on ambiguity codes, keeping them.
parts = re.split(r"([NRYKM]+)", clean)
print(len(parts), sum(len(p) for p in parts[::2]), parts[1:6])
words = re.split(r"[NRYKM]", clean, maxsplit=1000)
print(len(words), len(words[-1]))
print(re.subn(r"(g)(c)", r"\2\1", clean[:50000])[1])
print(re.sub(r"(?P<first>a)(?P<second>t)", r"\g<second>-\g<first>", clean[:200]))
