# str.encode with errors="surrogatepass": lone surrogates written as their code points by the
# UTF codecs, refused by the others and for characters that are not surrogates.
s = "a\ud800b\udfff"
for codec in ["utf-8", "utf-16-le", "utf-16-be", "utf-32-le", "utf-16", "utf-8-sig"]:
    data = s.encode(codec, "surrogatepass")
    print(codec, data, data.decode(codec, "surrogatepass") == s)
print("x\udc80\udc81y".encode("utf-8", "surrogatepass"))
print("plain".encode("utf-8", "surrogatepass"))
for codec, text in [("utf-8", s), ("ascii", s), ("latin-1", "\ud800"), ("ascii", "\xe9")]:
    try:
        print(text.encode(codec, "surrogatepass"))
    except UnicodeEncodeError as e:
        print(type(e).__name__, e.start, e.end, e.reason)
print(len(b"a\xed\xa0\x80b".decode("utf-8", "surrogatepass")))
for codec, data in [("utf-16-le", b"\x00\xd8a\x00"), ("utf-16-le", b"a\x00\x00\xdc"), ("utf-16-be", b"\xd8\x00"), ("utf-32-le", b"\x00\xd8\x00\x00")]:
    text = data.decode(codec, "surrogatepass")
    print(codec, len(text), ascii(text))
for data in [b"\xed\xa0", b"\xed\x80\x80", b"\xff"]:
    try:
        print(ascii(data.decode("utf-8", "surrogatepass")))
    except UnicodeDecodeError as e:
        print(type(e).__name__, e.start, e.end, e.reason)
