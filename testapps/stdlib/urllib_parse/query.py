from urllib.parse import parse_qs, parse_qsl, urlencode, quote, urlsplit

for qs in ["a=1&b=2&a=3", "a=&b", "a=1;b=2", "x=%20y+z&%C3%A9=%E2%82%AC", "&&a=1&&", "=v", "k=", "a=1=2", "", "a"]:
    print(repr(qs), parse_qs(qs), parse_qsl(qs), parse_qs(qs, keep_blank_values=True), parse_qsl(qs, keep_blank_values=True))
print(parse_qsl("a=1;b=2", separator=";"), parse_qs(b"a=1&b=%41"), parse_qsl("a=%E9", encoding="latin-1"), parse_qsl("a=%FF"))
for bad in [lambda: parse_qsl("a", strict_parsing=True), lambda: parse_qsl("a=1&&b=2", strict_parsing=True), lambda: parse_qsl("a=1&b=2", max_num_fields=1),
            lambda: parse_qsl("a=1", separator=""), lambda: parse_qsl("a=1", separator=None), lambda: urlencode("abc"), lambda: urlencode(5), lambda: urlencode([1, 2])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(urlencode({"a": 1, "b": "x y", "c": "ü&=", "d": None, "e": b"\xff "}), urlencode([("k", "v"), ("k", "w")]), urlencode({}))
print(urlencode({"a": [1, 2], "b": "xy", "c": (3,), "d": 4}, doseq=True), urlencode({"a": [1, 2]}), urlencode({"p": "/x y"}, safe="/"))
print(urlencode({"q": "a b"}, quote_via=quote), urlencode({"k": "é"}, encoding="latin-1"), urlencode((("x", 1),)))
u = urlsplit("https://example.com/search?q=python+regex&page=2&page=3&lang=")
print(parse_qs(u.query), parse_qs(u.query, keep_blank_values=True)["lang"], dict(parse_qsl(u.query)))
