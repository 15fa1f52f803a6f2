def sign(n):
    return 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
print(sign(-5), sign(0), sign(7))
print([('even' if i % 2 == 0 else 'odd') for i in range(4)])
print((1 if True else 1 / 0), (1 / 0 if False else 2))
print('a' if '' else 'b' if [] else 'c')
print(max(1, 2) if 1 else min(1, 2))
