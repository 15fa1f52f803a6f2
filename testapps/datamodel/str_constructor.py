print(str(), str(1), str(-1.5), str(None), str(True), str([1, 'a']), str((1,)), str({1: 'a'}))
print(str(b'abc'), str(b'abc', 'ascii'), str(b'\xc3\xa9', 'utf-8'), str(b'\xff', 'utf-8', 'replace'))
print(str(object='x'), str(b'a', encoding='latin-1'))
print(type(str(5)).__name__)
try:
    print(str('a', 'utf-8'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(str(b'\xff', 'utf-8'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(str(b'a', 'bogus'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(str(1, 2, 3, 4))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(str(b'a', 1))
except Exception as e:
    print(type(e).__name__, e)
