s = 'abcabcabc'
print(s.find('c'), s.find('c', 3), s.find('c', 3, 5), s.find('z'), s.find(''), s.find('', 9), s.find('', 10))
print(s.rfind('a'), s.rfind('a', 0, 6), s.rfind('z'), s.rfind(''))
print(s.index('b'), s.rindex('b'), s.index('ca', 1))
print(s.count('a'), s.count('abc'), s.count(''), s.count('a', 1), s.count('a', 1, -1), 'aaaa'.count('aa'))
print(s.find('a', -3), s.find('a', -100), s.find('b', 2, -100))
print('a😀b😀'.find('😀', 2), 'a😀b😀'.rfind('😀'))
try:
    print(s.index('z'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(s.rindex('z'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(s.find(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(s.find())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(s.count())
except Exception as e:
    print(type(e).__name__, e)
try:
    print(s.find('a', 'x'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(s.index('a', 1, 2, 3))
except Exception as e:
    print(type(e).__name__, e)
