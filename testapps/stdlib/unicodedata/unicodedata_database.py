# unicodedata against every code point: properties, names, numeric values, decompositions and
# the four normal forms, summed up as digests so that any one difference shows.
import hashlib
import unicodedata


def digest(values):
    h = hashlib.sha256()
    for v in values:
        h.update(repr(v).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:16]


points = range(0x110000)
print("version", unicodedata.unidata_version)
print("category", digest(unicodedata.category(chr(c)) for c in points))
print("bidirectional", digest(unicodedata.bidirectional(chr(c)) for c in points))
print("east_asian_width", digest(unicodedata.east_asian_width(chr(c)) for c in points))
print("mirrored", digest(unicodedata.mirrored(chr(c)) for c in points))
print("combining", digest(unicodedata.combining(chr(c)) for c in points))
print("name", digest(unicodedata.name(chr(c), None) for c in points))
print("numeric", digest((unicodedata.decimal(chr(c), None), unicodedata.digit(chr(c), None),
                         unicodedata.numeric(chr(c), None)) for c in points))
print("decomposition", digest(unicodedata.decomposition(chr(c)) for c in points))
named = [c for c in points if unicodedata.name(chr(c), None)]
print("lookup", len(named), all(unicodedata.lookup(unicodedata.name(chr(c))) == chr(c) for c in named))
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    print(form, digest(unicodedata.normalize(form, chr(c)) for c in points if not 0xD800 <= c < 0xE000))
