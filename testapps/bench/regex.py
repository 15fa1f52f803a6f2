# Regular expressions: compile once, search, findall, sub with groups and callbacks.
import re

LOG_LINE = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\w+) \[(?P<mod>[a-z.]+)\] (.*)$")
NUMBER = re.compile(r"\b\d+(?:\.\d+)?\b")


def make_lines(n):
    levels = ["INFO", "WARN", "ERROR", "DEBUG"]
    mods = ["core", "net.http", "db", "cli.args"]
    return [
        "2024-%02d-%02d %s [%s] request %d took %d.%d ms" % (
            i % 12 + 1, i % 28 + 1, levels[i % 4], mods[i % 5 % 4], i, i % 997, i % 10)
        for i in range(n)
    ]


lines = make_lines(40000)
counts = {}
numbers = 0
rewritten = 0
for _ in range(6):
    for line in lines:
        m = LOG_LINE.match(line)
        if m:
            counts[m.group("mod")] = counts.get(m.group("mod"), 0) + 1
        numbers += len(NUMBER.findall(line))
        rewritten += len(re.sub(r"(\d+)\.(\d)", lambda mm: mm.group(2) + "," + mm.group(1), line))
print(sorted(counts.items()), numbers, rewritten)
