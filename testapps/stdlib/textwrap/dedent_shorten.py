import textwrap

samples = [
    "    a\n    b\n",
    "    a\n      b\n    c",
    "\ta\n\tb",
    "  \ta\n\t  b",
    "    a\n\n    b\n   \n",
    "no indent\n    indented",
    "   \n   \n",
    "",
    "  only one line",
    "\t\tx\n\t\t\ty\n\t\tz\n",
]
for s in samples:
    print(repr(s), "->", repr(textwrap.dedent(s)))

print(repr(textwrap.indent("a\nb\n\nc\n", "> ")))
print(repr(textwrap.indent("a\nb\n\nc\n", "> ", lambda line: True)))
print(repr(textwrap.indent("a\n  \nb", "# ")))
print(repr(textwrap.indent("x\r\ny\r\n", "+")))
print(repr(textwrap.indent("keep\nskip\nkeep", "- ", lambda l: l.startswith("keep"))))
print(repr(textwrap.indent("", "> ")))

for width in [5, 10, 11, 12, 20, 40]:
    print(width, repr(textwrap.shorten("Hello  world!   How are\tyou today?", width)))
print(repr(textwrap.shorten("Hello world", width=11, placeholder="...")))
print(repr(textwrap.shorten("Hello wonderful world", width=15, placeholder="...")))
print(repr(textwrap.shorten("   ", width=5)))
print(repr(textwrap.shorten("abcdefghijklmnop qrs", width=10)))
for bad in [lambda: textwrap.shorten("Hello world", width=3),
            lambda: textwrap.shorten("Hello world", width=8, placeholder=" [......]"),
            lambda: textwrap.dedent(None), lambda: textwrap.indent(None, "x"),
            lambda: textwrap.indent("a", None), lambda: textwrap.dedent(b"  x")]:
    try:
        print(repr(bad()))
    except Exception as e:
        print(type(e).__name__, e)

doc = '''
    Usage:
        prog [options]

    Options:
        -h  help
'''
print(textwrap.dedent(doc).strip())
print(textwrap.indent(textwrap.dedent(doc).strip(), "| "))
