print(format('abc', '10'), format('abc', '<10'), format('abc', '>10'), format('abc', '^10'), format('abc', '*^9'), format('abc', '.2'), format('abc', '10.1'), format('abc', 's'))
print(format('é😀', '^6'), format('', '3'), format('abc', '2'), format('x', '=<3'))
print('{:>{}}'.format('r', 4), '{:{}{}}'.format('c', '^', 5))
try:
    print(format('abc', 'd'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format('abc', '+'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format('abc', '=5'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format('abc', '#'))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format('abc', ','))
except Exception as e:
    print(type(e).__name__, e)
try:
    print(format('abc', '.'))
except Exception as e:
    print(type(e).__name__, e)
