s = 'hello.py'
print(s.startswith('he'), s.startswith('py'), s.endswith('.py'), s.endswith(('.txt', '.py')), s.startswith(()))
print(s.startswith('llo', 2), s.startswith('llo', 2, 4), s.endswith('he', 0, 2), s.endswith('', 8), s.startswith('', 9))
print(s.startswith('h', -8), s.endswith('py', -2), ''.startswith(''), ''.endswith('a'))
try:
    print(s.startswith(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(s.startswith(('a', 1)))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(s.endswith())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(s.startswith(['h']))
except Exception as e:
    print(type(e).__name__, e)
