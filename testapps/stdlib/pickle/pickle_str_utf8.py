# str through pickle at every protocol: the exact bytes and the round trip for ASCII, Latin-1,
# BMP and astral text, lone surrogates (surrogatepass), and lengths around the 1-byte size of
# SHORT_BINUNICODE (255 bytes, 85 three-byte characters) and protocol 4's 64 KiB frames.
import hashlib
import pickle

samples = [
    "", "a", "\xe9", "ab", "caf\xe9-5", "\u20ac", "\u4e2d\u6587", "\U0001f600", "x\U0001f600y",
    "\ud800", "a\udfffb", "\udc00\ud800", "mixed \xe9 \u20ac \U0001f600 \ud800 end",
    "a" * 255, "a" * 256, "\xe9" * 127, "\xe9" * 128, "\u20ac" * 85, "\u20ac" * 86, "a" * 84 + "\u20ac",
    "a" * 254 + "\xe9", "\U0001f600" * 63, "\U0001f600" * 64, "b" * 21844 + "\u20ac", "c" * 21846,
    "\u20ac" * 21845, "\u20ac" * 21846, "d" * 70000, "\ud800" * 300,
]
for proto in range(6):
    for s in samples:
        data = pickle.dumps(s, proto)
        back = pickle.loads(data)
        assert back == s and type(back) is str, (proto, s[:20])
        shown = data if len(data) < 90 else "%d bytes %s" % (len(data), hashlib.sha256(data).hexdigest()[:16])
        print(proto, len(s), shown)
    # Several in one pickle: memo references and frames around them.
    many = pickle.dumps([samples, samples[::-1], {s: len(s) for s in samples[:14]}], proto)
    print(proto, "list", len(many), hashlib.sha256(many).hexdigest()[:16])
    assert pickle.loads(many)[0] == samples


class S(str):
    pass


print(pickle.loads(pickle.dumps(S("caf\xe9"), 4)), type(pickle.loads(pickle.dumps(S("x"), 2))).__name__)
for bad in (b"\x80\x04\x8c\x02\xc3(\x94.", b"\x80\x04\x8c\x03\xed\xa0\x80.", b"\x80\x04\x8c\x01\xff."):
    try:
        print(repr(pickle.loads(bad)))
    except Exception as e:
        print(type(e).__name__, e)
