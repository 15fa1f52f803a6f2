from urllib.parse import urlparse, urlsplit, urlunparse, urlunsplit, urldefrag, ParseResult, SplitResult

urls = ["https://user:pw@Example.COM:8080/a/b;p=1?q=1&r=2#frag", "http://[::1]:80/x", "http://[2001:db8::7]/", "ftp://ftp.example.org/pub",
        "mailto:someone@example.com", "file:///etc/hosts", "//example.com/path", "/just/a/path?x#y", "relative/path", "example.com:80/x",
        "HTTP://EXAMPLE.com", "https://example.com:99999/", "https://example.com:abc/", "  https://trim.me/\t\n", "data:text/plain,hi",
        "http://a/b/c/d;p?q", "path;params", "http://host/p;a;b", "", "http://u@h", "http://:@h:/"]
for u in urls:
    try:
        r = urlparse(u)
        print(repr(u), r, r.geturl())
        print("   ", r.scheme, r.netloc, r.path, r.params, r.query, r.fragment, r.username, r.password, r.hostname, r.port)
    except ValueError as e:
        print(repr(u), "ValueError", e)
s = urlsplit("https://example.com/a?b=c#d")
print(s, s[0], s[-1], len(s), tuple(s), list(s), s == ("https", "example.com", "/a", "b=c", "d"), s.geturl(), s._replace(path="/z").geturl())
scheme, netloc, path, query, fragment = s
print(scheme, netloc, path, query, fragment, s._asdict())
print(urlsplit("http://x/y#z", allow_fragments=False), urlsplit("x/y", scheme="https"), urlsplit("https:x"))
print(urlunparse(("http", "h", "/p", "a", "q", "f")), urlunsplit(("https", "h:1", "p", "", "")), urlunsplit(("", "", "p", "q", "")))
print(urlunsplit(("file", "", "/tmp", "", "")), urlunparse(["", "", "", "", "", ""]), urlunsplit(("mailto", "", "a@b", "", "")))
print(urldefrag("http://a/b#c"), urldefrag("http://a/b"), urldefrag("http://a/b#c").url, urldefrag("x#").fragment)
print(urlparse(b"http://h/p?q"), urlsplit(b"https://u@h:1/").port, urlparse(b"http://h/").decode(), urlsplit("http://h/").encode())
for bad in ["http://[::1/", "http://::1]/", "http://[1.2.3.4]/", "http://[zz]/", "http://[v1.x]/", "http://[vq.x]/"]:
    try:
        print(urlsplit(bad))
    except ValueError as e:
        print("ValueError", e)
try:
    urlparse("http://x", b"https")
except TypeError as e:
    print("TypeError", e)
print(isinstance(urlparse("x"), ParseResult), isinstance(urlsplit("x"), SplitResult), urlparse("x").count(""))
