from urllib.parse import urljoin, quote, quote_plus, unquote, unquote_plus, quote_from_bytes, unquote_to_bytes

base = "http://a/b/c/d;p?q"
for ref in ["g:h", "g", "./g", "g/", "/g", "//g", "?y", "g?y", "#s", "g#s", "g?y#s", ";x", "g;x", "g;x?y#s", "", ".", "./", "..", "../",
            "../g", "../..", "../../", "../../g", "../../../g", "../../../../g", "/./g", "/../g", "g.", ".g", "g..", "..g", "./../g", "./g/.",
            "g/./h", "g/../h", "g;x=1/./y", "g;x=1/../y", "g?y/./x", "g#s/../x", "http:g", "https://other/x"]:
    print(repr(ref), urljoin(base, ref))
print(urljoin("", "x"), urljoin("http://a/b", ""), urljoin("http://a/b/", "c"), urljoin("mailto:a@b", "c"), urljoin(b"http://a/b/", b"../c"))
print(urljoin("http://a", "b"), urljoin("http://a/b/c", "/"), urljoin("file:///x/y", "z"), urljoin("http://a/b?q", "?"), urljoin("svn+ssh://h/a/b", "c"))
for s in ["abc def", "a/b/c", "ü€😀", "~_.-", "a+b=c&d", "100%", "", "/:@?#[]!$&'()*+,;="]:
    print(repr(s), quote(s), quote(s, safe=""), quote_plus(s), quote_plus(s, safe="/+"), quote(s, safe="@:"))
print(quote(b"\x00\xff a"), quote("é", encoding="latin-1"), quote_from_bytes(b"a b/c"), quote_from_bytes(bytearray(b"x y"), safe=b" "))
for s in ["abc%20def", "%7e%7E", "%C3%BC%E2%82%AC", "%zz%4", "100%", "a+b", "%", "%e2%82", "x%FFy", "ünï%20", ""]:
    print(repr(s), repr(unquote(s)), repr(unquote_plus(s)), unquote_to_bytes(s), repr(unquote(s, errors="ignore")))
print(unquote(b"a%20b"), unquote("%E9", encoding="latin-1"), unquote_to_bytes(b"%41%42"), unquote_to_bytes(""))
for bad in [lambda: quote(b"x", encoding="utf-8"), lambda: quote(b"x", errors="strict"), lambda: quote_from_bytes("x"), lambda: quote(5), lambda: unquote(5)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
