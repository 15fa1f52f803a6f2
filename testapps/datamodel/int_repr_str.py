print(repr(0), repr(-0), str(123), repr(-45))
print(str(10**30), repr(-10**30))
print(hex(255), hex(-255), hex(0), oct(8), oct(-8), bin(5), bin(-5), bin(0))
print(hex(2**70), bin(2**10))
print(format(255, 'x'), format(255, '#X'), format(5, '08b'))
print(int.__name__, type(5), type(2**100))
try:
    print(hex(1.5))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(bin('1'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(oct(None))
except Exception as e:
    print(type(e).__name__, e)
