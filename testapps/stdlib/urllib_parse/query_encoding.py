# Query strings and percent escapes: parse_qs/parse_qsl options, urlencode, quote/unquote details.
from urllib.parse import parse_qs, parse_qsl, urlencode, quote, quote_plus, quote_from_bytes, unquote, unquote_plus, unquote_to_bytes

print(parse_qsl("a=1&a=2&b=%2B+%20&c", keep_blank_values=True), parse_qs("x=1;y=2&z=3", separator=";"), parse_qsl(b"k=v&k2=%41%42"))
print(parse_qsl("a=%E9t%E9", encoding="latin-1"), parse_qsl("a=%E9t%E9"), parse_qsl("a=%E9t%E9", errors="ignore"), parse_qsl("=&=x&y=", keep_blank_values=True))
print(parse_qsl("a=1&b=2", max_num_fields=2), parse_qsl("", max_num_fields=0), parse_qsl(None), parse_qs(b""), parse_qsl("a=b=c&d==", keep_blank_values=True))
for args, kw in [(("a=1&b=2",), {"max_num_fields": 1}), (("a=1&&b",), {"strict_parsing": True}), (("a&b=1",), {"strict_parsing": True}), (("a=1",), {"separator": b""}),
                 (("a=1",), {"separator": 5}), (("a=1;b",), {"separator": ";", "strict_parsing": True}), ((b"a=1",), {"separator": "&"})]:
    try:
        print(args, kw, parse_qsl(*args, **kw))
    except Exception as e:
        print(args, kw, type(e).__name__, e)

print(urlencode([("a", 1), ("a", 2.5), ("b", None), ("c", True)]), urlencode({"s p": "x+y", "é": "ü"}), urlencode({"k": "é"}, encoding="latin-1"))
print(urlencode({"a": ["x", "y"], "b": ("1",), "c": "str", "d": b"by tes", "e": 7, "f": []}, doseq=True), urlencode({"a": ["x", "y"]}))
print(urlencode({"p": "/a b~"}, safe="/"), urlencode({"p": "/a b"}, quote_via=quote), urlencode({"p": "/a b"}, quote_via=quote, safe="/"), urlencode({b"k": b"v w"}))
print(urlencode({"q": "ü"}, errors="ignore", encoding="ascii"), urlencode([("x", [1, 2])], doseq=True), urlencode([]))
for bad in [lambda: urlencode("a=b"), lambda: urlencode(42), lambda: urlencode([("a",)]), lambda: urlencode(["ab"])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

for s in ["", "plain", "a b+c", "ü/ä?&=", "\x00\x7f", "~-._", "%41"]:
    print(repr(s), quote(s), quote(s, safe=""), quote(s, safe="&=?"), quote_plus(s), quote_plus(s, safe="+"), quote(s, encoding="latin-1", errors="replace"))
print(quote("é€", encoding="ascii", errors="xmlcharrefreplace"), quote(b"a b\x80"), quote(b"/x", safe=b""), quote("x y", safe=b" "), quote_plus(b"a b"), quote_plus("a b", safe=b"/"))
print(quote_from_bytes(b""), quote_from_bytes(b"\x00ab/c", safe="é/"), quote_from_bytes(bytearray(b"a+b"), b"+"), quote_from_bytes(b"x", safe=b"\xff"))
for s in ["%41%4a%4A", "%4", "%%41", "%g1", "a%C3%A9%20b", "%C3", "%C3ü%A9", "%C3a%A9", "+%2B+", "%E2%82%AC", "%ff%FE"]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s), repr(unquote(s, encoding="latin-1")), repr(unquote(s, errors="strict") if "%ff" not in s and "%C3" not in s else "-"))
print(unquote(b"%41%20b"), unquote_to_bytes(b"%e2%82%ac"), unquote_to_bytes("é%41"), repr(unquote("abc", encoding=None)), unquote("%C3%A9", None, None))
for bad in [lambda: quote(1), lambda: quote_plus(2), lambda: quote(b"x", "/", "utf-8"), lambda: quote_from_bytes("s"), lambda: unquote(3), lambda: unquote_to_bytes(4),
            lambda: unquote("%ff", errors="strict"), lambda: quote("é", encoding="ascii")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
