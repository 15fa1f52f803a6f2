# unicodedata as text tools use it: slugs, accent stripping, display widths, names and aliases,
# normal forms of whole strings, and the errors of each function.
import unicodedata


def slugify(text):
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    words = "".join(c if c.isalnum() else " " for c in ascii_text.lower()).split()
    return "-".join(words)


def strip_accents(text):
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def display_width(text):
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 0 if unicodedata.combining(c) else 1 for c in text)


titles = ["Crème Brûlée für Größe", "Ångström ﬁnal ½ cup", "naïve café — déjà vu", "日本語のテキスト", "Ｆｕｌｌｗｉｄｔｈ №5"]
for t in titles:
    print(repr(slugify(t)), repr(strip_accents(t)), display_width(t))

s = "e\u0301\u0323 q\u0307\u0323 \u1e0b\u0323 \uac00\u11a8 \u2126 \u212b \ufb01"
for form in ("NFC", "NFD", "NFKC", "NFKD"):
    out = unicodedata.normalize(form, s)
    print(form, ascii(out), unicodedata.is_normalized(form, s), unicodedata.is_normalized(form, out))

for ch in "A\u00e9\u00bd\u0663\u00b2\u2167\u4e00\uac01\U0001F600\u0301\u200d ":
    print(ascii(ch), unicodedata.name(ch, "?"), unicodedata.category(ch), unicodedata.bidirectional(ch),
          unicodedata.east_asian_width(ch), unicodedata.mirrored(ch), unicodedata.combining(ch),
          unicodedata.decimal(ch, None), unicodedata.digit(ch, None), unicodedata.numeric(ch, None),
          repr(unicodedata.decomposition(ch)))

for name in ["LATIN SMALL LETTER SHARP S", "latin small letter a", "BYTE ORDER MARK", "NBSP", "BELL",
             "LATIN CAPITAL LETTER GHA", "KEYCAP DIGIT ZERO", "HANGUL SYLLABLE GAG", "CJK UNIFIED IDEOGRAPH-4E00"]:
    print(name, ascii(unicodedata.lookup(name)))
print(ascii("\N{EM DASH}\N{NBSP}\N{LATIN CAPITAL LETTER GHA}\N{HANGUL SYLLABLE GAG}\N{CJK UNIFIED IDEOGRAPH-4E00}"))


class Text(str):
    pass


t = Text("abc")
print(type(unicodedata.normalize("NFC", t)).__name__, unicodedata.normalize("NFC", t) is t)
print(type(unicodedata.normalize("NFD", Text("\u00e9"))).__name__)

for call in [lambda: unicodedata.lookup("hangul syllable gag"), lambda: unicodedata.lookup("A" * 257),
             lambda: unicodedata.lookup(5), lambda: unicodedata.lookup(bytearray(b"A")),
             lambda: unicodedata.name("\x00"), lambda: unicodedata.decimal("a"), lambda: unicodedata.digit("a"),
             lambda: unicodedata.numeric("a"), lambda: unicodedata.category("ab"), lambda: unicodedata.category(Text("xy")),
             lambda: unicodedata.name(""), lambda: unicodedata.combining(5), lambda: unicodedata.normalize("NFX", "a"),
             lambda: unicodedata.normalize("NFC", 5), lambda: unicodedata.normalize(5, "a"), lambda: unicodedata.category(),
             lambda: unicodedata.name(), lambda: unicodedata.name("a", 1, 2), lambda: unicodedata.name(chr="a"),
             lambda: unicodedata.is_normalized("NFC"), lambda: unicodedata.mirrored("a", "b")]:
    try:
        print("ok", call())
    except (KeyError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(unicodedata.lookup(b"LATIN SMALL LETTER A"), unicodedata.name("\x00", "none"), unicodedata.decimal("x", -1))
