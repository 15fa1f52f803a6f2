# The single-byte code pages (Windows, DOS, ISO 8859-15, Mac, KOI8) a file from another system
# arrives in: their names, both directions, each error handler, and text files in them.
import codecs
text = "Caf\u00e9 \u20ac5 \u2014 na\u00efve \u201cquoted\u201d \u0160koda"
for enc in ["cp1252", "windows-1252", "cp1250", "cp1251", "latin9", "ISO-8859-15", "cp437", "IBM850", "mac_roman", "macintosh", "koi8-r"]:
    try:
        data = text.encode(enc)
        print(enc, data, data.decode(enc) == text)
    except UnicodeEncodeError as e:
        print(enc, "UnicodeEncodeError", e, e.start, e.end, e.encoding)
        print(" ", text.encode(enc, "replace"), text.encode(enc, "ignore"), text.encode(enc, "xmlcharrefreplace"), text.encode(enc, "backslashreplace"))
bad = bytes([0x41, 0x81, 0x8d, 0x42, 0x90])
for errors in ["strict", "replace", "ignore", "backslashreplace", "surrogateescape"]:
    try:
        print(errors, ascii(bad.decode("cp1252", errors)))
    except UnicodeDecodeError as e:
        print(errors, "UnicodeDecodeError", e, e.start, e.end, e.encoding)
print(bytes(range(128, 256)).decode("cp437"))
print(bytes(range(128, 256)).decode("mac-roman"))
print(ascii(bytes(range(128, 256)).decode("cp1251", "replace")))
try:
    bytes(range(128, 256)).decode("cp1251")
except UnicodeDecodeError as e:
    print(e, e.object[e.start:e.end])
print("\u0100\u0101x".encode("cp1252", "replace"))
try:
    "\u0100\u0101x\u0102".encode("cp1252")
except UnicodeEncodeError as e:
    print(e)
print("\udc81".encode("cp1252", "surrogateescape"))
with open("/tmp/fid40_cp.txt", "w", encoding="cp1252") as f:
    f.write("na\u00efve \u20ac\n")
print(open("/tmp/fid40_cp.txt", "rb").read(), open("/tmp/fid40_cp.txt", encoding="cp1252").read())
print(codecs.lookup("windows_1252").name, codecs.lookup("latin9").name, codecs.lookup("cp437").name)
try:
    "x".encode("cp9999")
except LookupError as e:
    print(e)
info = codecs.lookup("cp1252")
print(info.name, info.encode.__name__, info.decode.__name__, info.encode("\u00e9"), info.decode(b"\x80"))
try:
    info.encode(1)
except TypeError as e:
    print(e)
print(codecs.encode("\u00e9", "latin9"), codecs.decode(b"\x80", "windows-1252"), codecs.lookup("utf-8").encode.__name__)
