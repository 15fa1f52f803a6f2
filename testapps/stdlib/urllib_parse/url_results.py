# The result tuples of urlsplit/urlparse/urldefrag: fields, netloc properties, errors, bytes forms.
from urllib.parse import (urlsplit, urlparse, urlunsplit, urlunparse, urldefrag, SplitResult, ParseResult, DefragResult,
                          SplitResultBytes, ParseResultBytes, DefragResultBytes)

for url in ["http://User:Pa%20ss@[FE80::1%25Eth0]:8080/p", "https://[2001:DB8::1]/", "http://@host", "http://user:@host:0/", "http://:pw@Host:65535",
            "ssh://git@GitHub.com:22/repo.git", "http://h:/x", "http://a@b@C.example/", "file://localhost/etc", "//Host.Example:7/x", "http://[v7.Future]:1/"]:
    r = urlsplit(url)
    print(repr(url), r.username, r.password, r.hostname, r.port, r.netloc)
for url in ["http://h:65536/", "http://h:-1/", "http://h:8o/", "http://h:٣/", "http://h:+80/"]:
    try:
        print(repr(url), urlsplit(url).port)
    except ValueError as e:
        print(repr(url), "ValueError", e)
for url in ["http://[::1", "http://]h[/", "http://[1.2.3.4]/", "http://[::1.2.3.4]/", "http://[1:2:3:4:5:6:7:8:9]/", "http://[fe80::1%]/", "http://[v1.]/",
            "http://[g::1]/", "http://[::ffff:1.2.3.04]/", "http://u:[::1]p@h/"]:
    try:
        print(repr(url), urlsplit(url))
    except ValueError as e:
        print(repr(url), "ValueError", e)

r = urlparse("https://example.com/a/b;type=x?q=1#top")
print(r, r._fields, r._asdict(), r._replace(fragment="", params="").geturl(), r[3], r[-2:], r.count("https"), r.index("example.com"))
print(r == ParseResult("https", "example.com", "/a/b", "type=x", "q=1", "top"), r == tuple(r), hash(r) == hash(tuple(r)), list(reversed(r))[0])
print(ParseResult._make(["a", "b", "c", "d", "e", "f"]), SplitResult(*"abcde").geturl(), DefragResult("x", "").geturl(), DefragResult("x", "y").geturl())
e = r.encode()
print(e, type(e).__name__, e.hostname, e.port, e.username, e.geturl(), e.decode() == r, type(e.decode()).__name__)
s = urlsplit(b"ftp://u:p@Host:21/f")
print(s, type(s).__name__, s.username, s.password, s.hostname, s.port, s.geturl(), s.decode("ascii"), urlparse(b"http://h/p;x").params)
print(urldefrag("http://h/p?q#frag"), urldefrag(b"x#y"), urldefrag("x#").geturl(), urldefrag("#only"), type(urldefrag(b"a")).__name__)
for parts in [("http", "h", "p", "", ""), ("", "", "//p", "", ""), ("file", "", "//x", "", ""), ("svn", "", "p", "", ""), ("x-custom", "", "p", "q", "f"),
              ("", "h", "", "", ""), (b"http", b"h", b"/p", b"", b"f")]:
    print(parts, repr(urlunsplit(parts)))
print(urlunparse(("http", "h", "/p", "a=1", "", "")), urlunparse(("", "", "p", "", "q", "")), urlsplit("  \x00http://h/a\tb\nc").geturl())
print(urlsplit("HTTP+Svn.x://h/"), urlsplit("1http://h/"), urlsplit("path:80"), urlsplit("mailto:X@Y.com?subject=hi"), urlparse("tel:+1-555;ext=1"))
for bad in [lambda: SplitResult("a"), lambda: urlsplit("http://h", b"x"), lambda: urlunsplit(("a", b"b", "c", "", "")), lambda: urlsplit(b"http://h\xff/")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
