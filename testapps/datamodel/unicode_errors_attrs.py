try:
    'aé'.encode('ascii')
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(isinstance(e, ValueError), isinstance(e, UnicodeError))
try:
    b'ab\xff'.decode('utf-8')
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason)
    print(str(e))
try:
    b'\xe2\x82'.decode()
except ValueError as e:
    print(type(e).__name__, e)
