print(chr(65), chr(0x1F600), chr(0), chr(0x10FFFF) == '\U0010ffff', ord('A'), ord('😀'), ord('\n'))
print(bin(10), bin(-10), oct(64), oct(-64), hex(4096), hex(-1), bin(2**65))
print([chr(c) for c in range(97, 102)])
try:
    print(chr(-1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(chr(0x110000))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(chr('a'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(ord('ab'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(ord(''))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(ord(65))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bin(1.5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(hex('a'))
except Exception as e:
    print(type(e).__name__, e)
