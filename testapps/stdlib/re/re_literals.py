# Literal patterns, which a native build precompiles (one generated regex per way of matching),
# give the same results as patterns built at run time, flags and rejected patterns included.
import re
import re as regex

WORD = re.compile(r"(?P<w>[a-z]+)(\d*)", re.I | re.M)
text = "Alpha1 beta22\ngamma DELTA333 x"
print(WORD.search(text).groups(), WORD.match(text).span(), WORD.fullmatch("abc12").group("w"))
print(WORD.findall(text), [m.span() for m in WORD.finditer(text)])
print(re.search(r"\bb\w+", text).group(), re.match(r"^\w+", text).group(), re.fullmatch(r"x", "x"))
print(re.findall(r"\d+", text), re.sub(r"(\d+)", r"<\1>", text), re.subn(r"[aeiou]", "", text))
print(re.split(r"\s+", text), re.split(r"(\d)", text, 2), re.findall(r"^\w", text, flags=re.M))
print(regex.findall("(?i)delta", text), re.sub(r"x*", "-", "abxd"), re.findall(r"\b", "ab cd"))
pattern = "[0-9]+"
print(re.findall(pattern, text) == re.findall(r"[0-9]+", text))
for bad in ("a(", "(?P<1>x)", "x{2,1}"):
    try:
        re.compile(bad)
    except re.error as e:
        print(type(e).__name__, e)
try:
    re.compile(r"\w", re.A | re.U)
except ValueError as e:
    print(type(e).__name__, e)
print(re.compile("😀+").findall("a😀😀b😀"), re.search(r"\w+", "é😀x").group())
