print(list(enumerate('abc')), list(enumerate('ab', 1)), list(enumerate([], 5)), list(enumerate('xy', start=-2)))
print(list(zip('abc', [1, 2, 3])), list(zip('ab', range(10))), list(zip()), list(zip('a')))
print(list(zip([1, 2], 'xy', (True, False))), list(zip(*[(1, 'a'), (2, 'b')])))
print(list(zip('ab', 'cd', strict=True)))
print(dict(enumerate('ab')), dict(zip('ab', 'xy')))
e = enumerate('xy')
print(next(e), next(e), next(e, 'end'))
for bad in range(5):
    try:
        if bad == 0:
            print(list(zip('abc', 'xy', strict=True)))
        elif bad == 1:
            print(list(zip('ab', 'xyz', strict=True)))
        elif bad == 2:
            print(list(zip('ab', 'xy', 'z', strict=True)))
        elif bad == 3:
            print(enumerate(5))
        else:
            print(list(zip(1)))
    except Exception as ex:
        print(type(ex).__name__, ex)
