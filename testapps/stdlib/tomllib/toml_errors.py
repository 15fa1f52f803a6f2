import tomllib

bad = ["a = ", "a = 1\na = 2", "a = 1 b = 2", "= 1", "a = \"unterminated", "a = 'x", "a = \"\"\"x", "[table", "[[arr]",
       "[a]\n[a]", "a = {b = 1}\n[a]", "a = [1, 2", "a = [1 2]", "a = {x = 1", "a = {x = 1, x = 2}", "a = \"\\q\"", "a = \"\\u12\"",
       "a = \"\\uD800\"", "a = 1979-02-30", "a = 1979-13-01", "a = 07:32", "a = tru", "a = 0x", "a = 01", "a = 1__0", "a = 1.",
       "a = .5", "a = +0x10", "x.y = 1\n[x]", "a = \"line\nbreak\"", "a = 'tab\x01'", "# comment \x00", "a.b = 1\na = 2",
       "a = {}\na.b = 1", "[[a]]\n[a]", "a = [1]\n[[a]]", "?", "a = 1\n  [b]  x", "a = 1 # ok\nb", "a = \"\"\"\\ x\"\"\"",
       "a = inf1", "a = {b = 1,}", "a = [,]", "k = 1979-05-27T07:32:00+24:00", "\"key\nx\" = 1", "a=1\r\nb"]
for text in bad:
    try:
        print(repr(text), tomllib.loads(text))
    except tomllib.TOMLDecodeError as e:
        print(repr(text), "|", e)
for arg in [b"a = 1", 5, None]:
    try:
        print(tomllib.loads(arg))
    except Exception as e:
        print(type(e).__name__, e)
import io
try:
    tomllib.load(io.StringIO("a = 1"))
except TypeError as e:
    print("TypeError", e)
try:
    tomllib.loads("a = 1.5", parse_float=lambda s: [s])
except ValueError as e:
    print("ValueError", e)
try:
    tomllib.loads("a = 1979-02-30")
except tomllib.TOMLDecodeError as e:
    print(type(e.__cause__).__name__, e.__cause__)
