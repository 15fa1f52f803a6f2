# str.encode / bytes.decode in utf-8, ascii and latin-1: clean text and bytes (one pass), and the
# first bad character or byte at any place, so the general path reports it as CPython does.
samples = ["", "plain ascii", "caf\u00e9 \u00fcber", "\u4e2d\u6587 text", "emoji \U0001F600 end",
           "\x7f\x80\xff", "mixed \u00e9\U0001F600\u4e2d"]
for s in samples:
    for enc in ("utf-8", "UTF8", "ascii", "latin-1", "latin1", "utf_8"):
        try:
            b = s.encode(enc)
            print(enc, repr(b), repr(b.decode(enc)))
        except UnicodeError as e:
            print(enc, type(e).__name__, e)
# An unknown error handler is only looked up at the first character it must handle.
print("abc".encode("utf-8", "no-such-handler"), b"abc".decode("ascii", "no-such-handler"))
try:
    "ab\u00e9".encode("ascii", "no-such-handler")
except LookupError as e:
    print("LookupError", e)
# Lone surrogates: not encodable in utf-8 unless a handler takes them.
for s in ["a\ud800b", "\udc80", "x" * 40 + "\ud83d"]:
    try:
        print(s.encode("utf-8"))
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError", e.start, e.end, e.reason)
    print(s.encode("utf-8", "surrogatepass"), s.encode("utf-8", "replace"), s.encode("utf-8", "ignore"))
# Invalid utf-8: overlong forms, encoded surrogates, past U+10FFFF, truncated sequences, stray continuations.
bad = [b"\xc0\xaf", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"ok\xe2\x82", b"\x80abc", b"abc\xff", b"\xef\xbb\xbfbom"]
for b in bad:
    try:
        print(repr(b.decode("utf-8")))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e.start, e.end, e.reason)
    print(repr(b.decode("utf-8", "replace")), repr(b.decode("utf-8", "surrogateescape")), repr(b.decode("latin-1")))
    try:
        print(repr(b.decode("ascii")))
    except UnicodeDecodeError as e:
        print("UnicodeDecodeError", e.start, e.end, e.reason)
print(repr(bytes(range(256)).decode("latin-1").encode("latin-1") == bytes(range(256))))
print(repr(bytearray(b"caf\xc3\xa9").decode()), str(b"caf\xc3\xa9", "utf-8"), len("\U0001F600".encode()))
print(repr(b"\xef\xbb\xbfbom".decode("utf-8-sig")), "x\u00e9".encode("utf-8-sig"))
