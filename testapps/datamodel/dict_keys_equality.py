d = {}
d[1] = 'a'
d[1.0] = 'b'
d[True] = 'c'
print(d, len(d))
d[0] = 'zero'
d[False] = 'false'
d[0.0] = 'float zero'
print(d)
d[(1, 2)] = 't'
d[(1.0, 2.0)] = 'u'
print(d)
d[frozenset({1})] = 'fs'
print(d[frozenset([1.0])])
d['é'] = 1
d['e\u0301'] = 2
print(len(d), d['é'])
big = {2**64: 'big', -1: 'neg', -2: 'neg2'}
print(big[2**64], big[-1], big[-2], hash(-1) == hash(-2))
nan = float('nan')
n = {nan: 1}
print(n[nan], float('nan') in n)
