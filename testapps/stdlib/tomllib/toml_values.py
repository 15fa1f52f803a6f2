import tomllib

doc = '''
# A comment
title = "TOML \\"Example\\" \\u00e9 \\U0001F600 \\t tab"
literal = 'C:\\Users\\nodejs'
multi = """
Roses are red
Violets are \\
    blue"""
multi_literal = \'\'\'
first line
  raw \\n here\'\'\'
quotes = """Here are two quotation marks: "". Simple enough.""""
ints = [+99, 42, 0, -17, 1_000, 0xDEAD_beef, 0o755, 0b1101_0110]
floats = [+1.0, 3.1415, -0.01, 5e+22, 1e06, -2E-2, 6.626e-34, 224_617.445_991, inf, -inf, +inf]
bools = [true, false]
mixed = [1, "two", [3.0, {x = 4}], ]
nested = [ [ 1, 2 ], [ "a",
  "b", # comment inside
], ]
"quoted key" = 1
'literal key' = 2
dotted.key.here = 3
site."google.com" = true
3.14159 = "pi"
odt1 = 1979-05-27T07:32:00Z
odt2 = 1979-05-27T00:32:00-07:00
odt3 = 1979-05-27T00:32:00.999999+05:30
odt4 = 1979-05-27 07:32:00z
ldt1 = 1979-05-27T07:32:00
ldt2 = 1979-05-27T00:32:00.1234567
ld1 = 1979-05-27
lt1 = 07:32:00
lt2 = 00:32:00.5
inline = { name = "Tom", pt.x = 1, pt.y = 2 }
empty_inline = {}
empty_array = [ ]
crlf = "x"\r
'''
data = tomllib.loads(doc)
for key, value in data.items():
    print(repr(key), repr(value))
nan = tomllib.loads("a = nan\nb = -nan\nc = +nan")
print([str(v) for v in nan.values()], tomllib.loads("")["x"] if False else tomllib.loads(""), tomllib.loads("a=1#c\n\n\n  b = 2  "))
print(tomllib.loads("x = 1.5", parse_float=lambda s: "float:" + s), tomllib.loads("x = [1.5, 2]", parse_float=str))
import io
print(tomllib.load(io.BytesIO(b'k = "v"\n[t]\nn = 1')), tomllib.TOMLDecodeError.__module__, issubclass(tomllib.TOMLDecodeError, ValueError))
