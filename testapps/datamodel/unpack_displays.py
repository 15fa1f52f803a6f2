xs = [1, 2]
d = {'a': 1}
print([*xs, 3, *'ab'], (*xs,), (*xs, *xs), {*xs, 5}, [*range(3), *{}])
print({**d, 'b': 2}, {'b': 0, **d, **{'c': 3}}, {**{}, **{}})
print([*[], *()], (*'', ), len([*range(100)]))
print([*xs][::-1], {*'aab'} == {'a', 'b'})
print(print(*xs, *[3], sep='|'))
try:
    print([*5])
except Exception as e:
    print(type(e).__name__, e)
try:
    print((*None,))
except Exception as e:
    print(type(e).__name__, e)
try:
    print({*1})
except Exception as e:
    print(type(e).__name__, e)
try:
    print({**[1]})
except Exception as e:
    print(type(e).__name__, e)
try:
    print({**{1: 2}, **5})
except Exception as e:
    print(type(e).__name__, e)
