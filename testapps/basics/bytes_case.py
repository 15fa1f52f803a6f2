# bytes and bytearray case methods: ASCII letters only change; other bytes are uncased.
samples = [b"hello world", b"HELLO wORLD", b"they're bill's friends", b"x1y2 z\xe9a", b"", b"123", b"A", b"aB cD"]
for s in samples:
    print(s.title(), s.capitalize(), s.swapcase(), s.istitle(), s.isupper(), s.islower())
    ba = bytearray(s)
    print(ba.title(), ba.capitalize(), ba.istitle(), type(ba.title()).__name__)
print(b"Hello World".istitle(), b"Hello world".istitle(), b"HeLLo".istitle(), b"1A".istitle(), b"A1b".istitle())
# A bytearray's repr escapes single quotes even between double quotes; bytes' does not.
for s in (b"it's", b"'\"", b'say "hi"', b"plain"):
    print(repr(s), repr(bytearray(s)))
