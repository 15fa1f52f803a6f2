# max_lines and placeholder, shorten, errors, dedent and indent corner cases.
import textwrap

text = "The quick brown fox jumps over the lazy dog and keeps running far away"
for max_lines in (1, 2, 3, 10):
    print(max_lines, textwrap.wrap(text, 20, max_lines=max_lines))
print(textwrap.wrap(text, 20, max_lines=2, placeholder="..."))
print(textwrap.wrap(text, 20, max_lines=2, placeholder=" <more>", subsequent_indent="    "))
print(textwrap.wrap("aaaa bbbbbbbbbbbbbbbbbbbb cc", 12, max_lines=2))
print(textwrap.wrap("short words fit", 15, max_lines=1))
print(textwrap.wrap("short words fit  ", 15, max_lines=1))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz", 10, max_lines=2))
print(textwrap.fill(text, 25, max_lines=2, initial_indent="- "))

for width in (5, 10, 15, 30, 100):
    print(width, repr(textwrap.shorten(text, width)))
print(repr(textwrap.shorten("  spaced \t out\n text  ", 40)))
print(repr(textwrap.shorten("Hello  world!", width=11, placeholder="~")))
print(repr(textwrap.shorten("Supercalifragilistic word", 10)))

for kwargs in [dict(width=0), dict(width=-3), dict(width=5, max_lines=1, placeholder=" [truncated]"),
               dict(width=8, max_lines=2, subsequent_indent="      ", placeholder=" [..]")]:
    try:
        print(textwrap.wrap(text, **kwargs))
    except ValueError as e:
        print("ValueError", e)
try:
    textwrap.shorten(text, 3)
except ValueError as e:
    print("ValueError", e)

cases = [
    "    a\n    b\n",
    "    a\n  b\n      c",
    "\ta\n\tb",
    "\ta\n    b",
    "  a\n\n  b\n   \n  c",
    "  a\n \t \n  b",
    "no indent\n  indented",
    "   \n   ",
    "",
    "  x\r\n  y\r\n",
    "    tab\n\t    mixed",
]
for c in cases:
    print(repr(textwrap.dedent(c)))
for bad in [b"  bytes", None, 3]:
    try:
        textwrap.dedent(bad)
    except TypeError as e:
        print("TypeError", e)

sample = "first\n\n  second\n   \nthird\r\nlast"
print(repr(textwrap.indent(sample, "> ")))
print(repr(textwrap.indent(sample, "+", lambda line: True)))
print(repr(textwrap.indent(sample, "#", lambda line: line.startswith("t"))))
print(repr(textwrap.indent("", "x")), repr(textwrap.indent("\n", "x")))
print(textwrap.dedent('''\
    def f():
        return 1
'''))
