# A tokenizer and a small config/log parser built on regexes: one master pattern with named
# alternatives scanned by finditer (m.lastgroup), a scanner that calls pattern.match(text, pos),
# re.split on several separators, and fullmatch validation of fields.
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d*)?(?:[eE][-+]?\d+)?"),
    ("STRING", r"'[^'\\\n]*(?:\\.[^'\\\n]*)*'"),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"==|!=|<=|>=|\*\*|//|[-+*/%<>=(),:\[\]{}.]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+"),
    ("COMMENT", r"#[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join("(?P<%s>%s)" % pair for pair in TOKEN_SPEC))
KEYWORDS = {"def", "return", "if", "else", "for", "in", "while", "and", "or", "not"}


def make_source(n):
    out = []
    for i in range(n):
        out.append("def f%d(x, y=%d.5e-3):  # function %d\n" % (i, i, i))
        out.append("    if x >= %d and y != 'a\\'b%d':\n" % (i % 97, i))
        out.append("        return [x ** 2, y // %d, {'k': x}]\n" % (i % 7 + 1))
        out.append("    while x < 10: x = x + 1 ? 2\n")
    return "".join(out)


source = make_source(7000)
counts = {}
names = 0
numbers = 0.0
line = 1
for m in MASTER.finditer(source):
    kind = m.lastgroup
    value = m.group()
    if kind == "NAME" and value in KEYWORDS:
        kind = "KEYWORD"
    elif kind == "NAME":
        names += len(value)
    elif kind == "NUMBER":
        numbers += float(value)
    elif kind == "NEWLINE":
        line += 1
    counts[kind] = counts.get(kind, 0) + 1
print(sorted(counts.items()), names, round(numbers, 3), line)

# A scanner: anchored matches at a moving position, one compiled pattern per token kind.
scanners = [(name, re.compile(rx)) for name, rx in TOKEN_SPEC]
pos = 0
kinds = []
text = source[:60000]
while pos < len(text):
    for name, rx in scanners:
        m = rx.match(text, pos)
        if m:
            if name not in ("SKIP", "NEWLINE"):
                kinds.append(name[0])
            pos = m.end()
            break
print(len(kinds), "".join(kinds[:40]))

# Log lines: split on several separators, validate fields with fullmatch.
LOG = ["2024-%02d-%02d %02d:%02d:%02d host%d.example.com GET /api/v%d/items/%d?q=%s 200 %d"
       % (i % 12 + 1, i % 28 + 1, i % 24, i % 60, (i * 7) % 60, i % 9, i % 3, i, "ab"[i % 2] * (i % 4), i * 13 % 5000)
       for i in range(50000)]
date_ok = re.compile(r"\d{4}-\d\d-\d\d")
host_ok = re.compile(r"[a-z]+\d*(?:\.[a-z]+)+")
fields = 0
valid = 0
sizes = 0
for entry in LOG:
    parts = re.split(r"[ ?=]+", entry)
    fields += len(parts)
    if date_ok.fullmatch(parts[0]) and host_ok.fullmatch(parts[2]):
        valid += 1
    path = re.split(r"/", parts[4])
    sizes += int(parts[-1]) + len(path)
print(fields, valid, sizes)
print(re.split(r"(\d+)", LOG[12345])[:9])
