print(str.maketrans('abc', 'xyz'))
print('abcd'.translate(str.maketrans('abc', 'xyz', 'd')))
print('hello'.translate({ord('l'): None, ord('h'): 'J', ord('o'): 48}))
print(str.maketrans({'a': 'b', 'c': None, 100: 'e'}))
print('abc'.translate({97: 'AA'}), 'abc'.translate([]))
try:
    print(str.maketrans('ab', 'x'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(str.maketrans(1))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(str.maketrans({'ab': 1}))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a'.translate({97: 1.5}))
except Exception as e:
    print(type(e).__name__, e)
try:
    print('a'.translate({97: -1}))
except Exception as e:
    print(type(e).__name__, e)
