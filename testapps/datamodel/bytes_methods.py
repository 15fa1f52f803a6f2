b = b'Hello, World'
print(b.upper(), b.lower(), b.swapcase(), b.find(b'o'), b.rfind(b'o'), b.index(b'W'), b.count(b'l'))
print(b.split(b', '), b.split(), b.rsplit(b'o', 1), b'a\tb  c'.split(), b'  x '.strip(), b'xxyxx'.strip(b'x'), b.partition(b','), b.rpartition(b'o'))
print(b.replace(b'l', b'L'), b.startswith(b'Hell'), b.endswith((b'x', b'ld')), b.center(16, b'*'), b.ljust(14), b.zfill(14))
print(b'abc'.isalpha(), b'123'.isdigit(), b' '.isspace(), b'ab1'.isalnum(), b'AB'.isupper(), b'ab'.islower(), b'\x80'.isascii())
print(b'-'.join([b'a', b'b']), b.removeprefix(b'Hello'), b.removesuffix(b'World'), b'a\nb\r\nc'.splitlines())
print(b.hex(), bytes.fromhex('48 65'), b.decode(), b.decode('ascii'), len(b), b[0], b[-1], b[:5], b[::-2])
print(list(b'abc'), bytes(reversed(b'abc')), b'abc' * 2, b'ab' + b'cd', b'a' < b'b', b'' == b'')
try:
    print(b.find('o'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b'a' + 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b'-'.join([b'a', 'b']))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b[20])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b.decode('nope'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b'\xff'.decode())
except Exception as e:
    print(type(e).__name__, e)
