"""A table printer: str.format specs, unicode display widths (east-asian wide, combining marks),
textwrap, and number formatting of every kind."""
import textwrap
import unicodedata

ROWS = [
    ("Zürich", 421878, 87.88, "Switzerland", "Lake city with banks and chocolate shops along the river"),
    ("東京", 13960000, 2194.07, "日本", "Capital of Japan; very large metropolitan area"),
    ("São Paulo", 12330000, 1521.11, "Brasil", "Largest city in the southern hemisphere"),
    ("Åre", 3200, 12.5, "Sverige", "Ski resort"),
    ("Ca\u0301diz", 116027, 12.3, "España", "Combining acute accent in the name"),
    ("서울", 9776000, 605.21, "대한민국", "Hangul name, wide characters"),
]


def width(s):
    w = 0
    for ch in s:
        if unicodedata.combining(ch):
            continue
        w += 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1
    return w


def pad(s, n, align="<"):
    gap = max(0, n - width(s))
    if align == ">":
        return " " * gap + s
    if align == "^":
        return " " * (gap // 2) + s + " " * (gap - gap // 2)
    return s + " " * gap


def table(rows):
    headers = ("City", "Population", "Area km²", "Country")
    cells = [headers] + [(r[0], f"{r[1]:,}", f"{r[2]:,.2f}", r[3]) for r in rows]
    widths = [max(width(c[i]) for c in cells) for i in range(4)]
    aligns = ["<", ">", ">", "^"]
    line = "+" + "+".join("-" * (w + 2) for w in widths) + "+"
    print(line)
    for n, c in enumerate(cells):
        print("| " + " | ".join(pad(v, w, a) for v, w, a in zip(c, widths, aligns)) + " |")
        if n == 0:
            print(line.replace("-", "="))
    print(line)


def main():
    table(ROWS)
    for name, pop, area, _, note in ROWS:
        print(textwrap.fill(f"{name}: {note}", width=30, initial_indent="* ", subsequent_indent="  "))
    print(textwrap.shorten("The quick brown fox jumps over the lazy dog again and again", width=25, placeholder=" [...]"))
    print(textwrap.wrap("a-very-long-hyphenated-word-that-needs-breaking here", 12))
    print(textwrap.wrap("averyveryverylongwordwithoutbreaks", 10, break_long_words=True))
    print(textwrap.dedent("""
        def f():
            return 1
    """), end="")
    print(textwrap.indent("one\n\ntwo\n", "> "), end="")
    print(textwrap.indent("one\n\ntwo\n", "> ", lambda l: True), end="")
    tw = textwrap.TextWrapper(width=20, max_lines=2, placeholder="…", tabsize=4, expand_tabs=True)
    print(tw.wrap("tab\there and a fairly long sentence that will be cut off"))
    values = [0, 1, -1, 3.14159, -2.5e-7, 1e21, 123456789, float("inf"), float("nan"), -0.0, 2**70]
    for v in values:
        print(f"{v!r:>24}|{v:<12.3g}|{v:^+14,.2f}|{v:>10.1%}|{v:e}|" if isinstance(v, float) else
              f"{v!r:>24}|{v:<12d}|{v:^+14,}|{v:#x}|{v:#o}|{v:_b}|{v:08d}|{v:=+10}|{v:c}|" if 0 <= v < 0x110000 else
              f"{v!r:>24}|{v:<12d}|{v:^+14,}|{v:#x}|{v:#o}|{v:_}|")
    print(format(1234.5678, "010.2f"), format(-1234.5678, "=+12,.1f"), format(0.5, ".0f"), format(1.5, ".0f"), format(2.5, ".0f"))
    print(format(12345.6789, "n"), format(1e-5, "g"), format(1e16, "g"), format(123.456, ".2e"), format(1/3, ".15g"), format(1/3, "r") if False else repr(1/3))
    print("{:*^20}".format("mid"), "{0:>{1}}".format("r", 6), "{name!s:.3}".format(name="truncate"), "{:%Y}".format(__import__("datetime").date(2024, 1, 1)))
    print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3j), "%-6s|%6.2f|%+d|%x|%o|%e|%r|%c|%%" % ("ab", 3.14159, 5, 255, 8, 12345.678, "q", 65))
    acute = "e\u0301"
    print(f"{'é':>3}|{'東':>3}|{acute:>3}|", len("e\u0301"), width("e\u0301"), unicodedata.normalize("NFC", "e\u0301") == "é", ascii("東é"))
    print(unicodedata.name("東"), unicodedata.category("é"), unicodedata.east_asian_width("Ａ"), unicodedata.decomposition("é"), unicodedata.numeric("½"))


main()
