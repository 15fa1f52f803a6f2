ba = bytearray(b'hello')
ba[0] = 72
print(ba)
ba.append(33)
ba.extend([32, 65])
ba.extend(b'BC')
print(ba, len(ba))
print(ba.pop(), ba.pop(0), ba)
ba.insert(0, 74)
ba.remove(108)
print(ba)
ba.reverse()
print(ba)
ba[1:3] = b'XYZW'
print(ba)
del ba[::2]
print(ba)
ba += b'++'
print(ba, ba * 2, ba.upper(), ba.decode('latin-1'))
c = ba.copy()
ba.clear()
print(ba, c, bytearray(3), bytearray([1, 2]), bytearray('é', 'utf-8'), bytearray(b'x') == b'x')
for step in range(5):
    try:
        if step == 0:
            ba.append(256)
        elif step == 1:
            ba.pop()
        elif step == 2:
            c.remove(999 % 256)
        elif step == 3:
            c[0] = 'a'
        else:
            hash(c)
    except Exception as e:
        print(type(e).__name__, e)
