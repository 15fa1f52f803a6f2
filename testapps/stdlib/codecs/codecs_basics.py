import codecs
import os
import tempfile

for name in ["utf8", "UTF_8", "latin1", "Latin-1", "ascii", "utf-16", "utf_16_le", "utf-32-be",
             "utf-8-sig", "u8", "646", "L1", "us_ascii", "utf16", "hex", "base64", "rot13", "ISO-8859-1"]:
    info = codecs.lookup(name)
    print(name, info.name, info._is_text_encoding, info.encode.__name__, len(info), isinstance(info, tuple))
for name in ["nope", "utf-9"]:
    try:
        codecs.lookup(name)
    except LookupError as e:
        print(type(e).__name__, e)
print(codecs.BOM_UTF8, codecs.BOM, codecs.BOM_BE, codecs.BOM_LE, codecs.BOM_UTF16, codecs.BOM_UTF16_BE,
      codecs.BOM_UTF32, codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM32_BE, codecs.BOM64_LE)
print(codecs.encode("héllo"), codecs.encode("héllo", "latin-1"), codecs.encode("hi", "utf-16"), codecs.encode("hi", "utf-32-be"))
print(codecs.decode(b"h\xc3\xa9"), codecs.decode(b"h\xe9", "latin1"), codecs.decode(bytearray(b"ab"), "utf-16-le"),
      codecs.decode(memoryview(b"xy"), "ascii"), codecs.decode(b"\xef\xbb\xbfabc", "utf-8-sig"))
print(codecs.encode("é€x", "ascii", "replace"), codecs.encode("é€x", "ascii", "xmlcharrefreplace"),
      codecs.encode("é€x", "ascii", "backslashreplace"), codecs.encode("é€x", "ascii", "ignore"))
print(codecs.decode(b"a\xffb", "utf-8", "replace"), codecs.decode(b"a\xffb", "ascii", "backslashreplace"))
print(codecs.encode(b"\x01\xab", "hex"), codecs.decode(b"01ab", "hex"), codecs.decode("01AB", "hex") if False else "",
      codecs.encode(b"hello world", "base64"), codecs.decode(b"aGVsbG8=\n", "base64"), codecs.encode("Hello, World!", "rot13"))
for args in [(b"x", "utf-8"), (1, "ascii"), (b"x", "latin-1"), (b"x", "utf-16")]:
    try:
        codecs.encode(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for args in [("x", "utf-8"), (1, "ascii")]:
    try:
        codecs.decode(*args)
    except TypeError as e:
        print(type(e).__name__, e)
for call in (lambda: codecs.encode("é", "ascii"), lambda: codecs.decode(b"\xff", "utf-8")):
    try:
        call()
    except UnicodeError as e:
        print(type(e).__name__, e)
print(codecs.getencoder("utf-8")("héllo"), codecs.getdecoder("latin-1")(b"h\xe9"), codecs.getencoder("ascii")("ab", "strict"))
print(codecs.lookup("utf-8").decode(b"abc"), codecs.lookup("utf-16").encode("a"))
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print(type(e).__name__, e)
try:
    codecs.encode("x", "ascii", "nope")
except LookupError as e:
    print(type(e).__name__, e)
print(codecs.lookup_error("strict") is codecs.strict_errors, codecs.lookup_error("replace") is codecs.replace_errors)

def question(exc):
    if isinstance(exc, UnicodeEncodeError):
        return ("<%s>" % ",".join(str(ord(c)) for c in exc.object[exc.start:exc.end]), exc.end)
    return ("<%s>" % exc.object[exc.start:exc.end].hex(), exc.end)
codecs.register_error("mark", question)
print(codecs.lookup_error("mark") is question)
print(codecs.encode("aéb€c", "ascii", "mark"))
print(codecs.decode(b"a\xff\xfeb", "utf-8", "mark"))
e = UnicodeEncodeError("ascii", "aé", 1, 2, "ordinal not in range(128)")
print(codecs.ignore_errors(e), codecs.replace_errors(e), codecs.backslashreplace_errors(e), codecs.xmlcharrefreplace_errors(e))
d = UnicodeDecodeError("utf-8", b"a\xff", 1, 2, "invalid start byte")
print(codecs.ignore_errors(d), codecs.replace_errors(d), codecs.backslashreplace_errors(d))
try:
    codecs.strict_errors(e)
except UnicodeEncodeError as err:
    print(type(err).__name__, err)
try:
    codecs.ignore_errors(ValueError("x"))
except TypeError as err:
    print(type(err).__name__, err)

folder = tempfile.mkdtemp()
path = os.path.join(folder, "t.txt")
with codecs.open(path, "w", encoding="utf-16") as f:
    f.write("first line\r\nsecond é\n")
    f.writelines(["third\n", "fourth"])
with open(path, "rb") as raw:
    data = raw.read()
print(len(data), data[:6])
with codecs.open(path, "r", encoding="utf-16") as f:
    print(f.readline(), end="|")
    print(repr(f.readline()))
    print(f.readlines())
with codecs.open(path, encoding="utf-16") as f:
    print(repr(f.read()), f.encoding)
with codecs.open(path, encoding="utf-16") as f:
    print([line for line in f])
with codecs.open(path, "rb") as f:
    print(type(f.read()).__name__)
os.remove(path)
os.rmdir(folder)
try:
    codecs.encode("é", "ascii", "nope")
except LookupError as e:
    print(type(e).__name__, e)
try:
    codecs.decode(b"\xff", "utf-8", "nope2")
except LookupError as e:
    print(type(e).__name__, e)
print(codecs.decode(b"ok", "utf-8", "nope3"), codecs.decode("Uryyb", "rot13"), codecs.lookup("rot13").decode.__name__)
try:
    codecs.decode(b"zz", "hex")
except ValueError as e:
    print(type(e).__name__, e)
