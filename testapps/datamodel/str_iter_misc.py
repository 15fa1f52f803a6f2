s = 'héllo'
print(list(s), tuple('ab'), set('aab') == {'a', 'b'})
print([c for c in s if c != 'l'])
print(sorted(s), reversed(s) is not None, ''.join(reversed(s)))
print(enumerate('ab') is not None, list(enumerate('ab')))
print(len(''), len(s), bool(''), bool(' '))
print([ord(c) for c in s], ''.join([chr(c) for c in [72, 105]]))
print(s.encode(), s.encode('latin-1'), s.encode('utf-16-le'))
