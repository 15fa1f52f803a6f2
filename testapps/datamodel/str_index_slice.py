s = 'hello world'
u = 'a😀b€c'
print(s[0], s[-1], s[4], s[-11])
print(s[2:5], s[:5], s[6:], s[-5:], s[:-6], s[:], s[::2], s[::-1], s[1:8:3], s[8:1:-2])
print(s[100:], s[-100:3], s[5:2], s[::-3])
print(len(u), u[1], u[2], u[-1], u[1:3], u[::-1], list(u))
print(u.find('b'), u.index('€'), u.count('😀'), '😀' in u)
print(len('😀😀'), '😀😀'[1], ord('😀'), chr(128512))
try:
    print(s[11])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(s[-12])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(s['a'])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(s[1.5])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(s[::0])
except Exception as e:
    print(type(e).__name__, e)
try:
    print(s.x)
except Exception as e:
    print(type(e).__name__, e)
