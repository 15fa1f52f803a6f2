# String building, joining, splitting and replacing.
def build(n):
    lines = []
    for i in range(n):
        lines.append("row %d: %s|%s" % (i, str(i * 7), hex(i)))
    return "\n".join(lines)


def process(text):
    total = 0
    out = []
    for line in text.split("\n"):
        head, _, tail = line.partition(": ")
        left, right = tail.split("|")
        total += int(left) + len(right)
        out.append(head.replace("row", "R") + "=" + right.upper())
    return total, len("".join(out))


result = None
for _ in range(16):
    s = ""
    for i in range(20000):
        s += str(i % 10)
    text = build(100000)
    result = process(text), len(s)
print(result)
