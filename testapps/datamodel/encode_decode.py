print('héllo'.encode(), 'héllo'.encode('latin-1'), 'héllo'.encode('utf-16'), 'hé'.encode('utf-16-be'), 'h'.encode('utf-32-le'), '😀'.encode(), '😀'.encode('utf-16-le'))
print(b'h\xc3\xa9'.decode(), b'\xff\xfeh\x00'.decode('utf-16'), b'\x00h'.decode('utf-16-be'), b'\xe9'.decode('latin-1'), b'\xf0\x9f\x98\x80'.decode('utf-8'))
print('aé€😀'.encode('ascii', 'replace'), 'aé€'.encode('ascii', 'ignore'), 'aé€😀'.encode('ascii', 'backslashreplace'), 'aé€'.encode('ascii', 'xmlcharrefreplace'), 'é'.encode('latin1', 'strict'))
print(b'a\xffb'.decode('utf-8', 'replace'), b'a\xffb'.decode('utf-8', 'ignore'), b'a\xffb'.decode('utf-8', 'backslashreplace'), b'a\xffb'.decode('ascii', 'surrogateescape').encode('ascii', 'surrogateescape'))
print('x'.encode(encoding='UTF-8'), b'x'.decode(encoding='ASCII', errors='strict'), 'é'.encode('UTF_8'), 'é'.encode('Latin-1'))
try:
    print('é'.encode('ascii'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('éü'.encode('ascii'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a€'.encode('latin-1'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b'\xff'.decode())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b'\xc3'.decode())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b'\xc3('.decode())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b'\xed\xa0\x80'.decode())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b'\xe9'.decode('ascii'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('\ud800'.encode())
except Exception as e:
    print(type(e).__name__, e)
try:
    print('x'.encode('nope'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(b'x'.decode('utf-16'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('é'.encode('ascii', 'bogus'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('x'.encode(1))
except Exception as e:
    print(type(e).__name__, e)
