def eval_a(i, j):
    return 1.0 / ((i + j) * (i + j + 1) // 2 + i + 1)

u = [1.0] * 5
print([sum(eval_a(i, j) * u[j] for j in range(5)) for i in range(5)])
# late binding: generators made in a comprehension share its variable
gens = [(x * k for k in range(3)) for x in range(3)]
print([list(g) for g in gens])
# genexpr inside genexpr
print(list(list(a + b for b in range(a)) for a in range(4)))
print({k: tuple(c for c in k) for k in ["ab", "cd"]})
print(sorted({sum(1 for _ in range(n)) for n in range(4)}))
# a genexpr in a comprehension inside a function, using an outer local and cell
def f(scale):
    rows = [[1, 2], [3, 4]]
    fns = [lambda: scale for _ in range(1)]
    return [max(v * scale for v in row) for row in rows], fns[0]()
print(f(10))
# error inside the nested genexpr: traceback frames
def g():
    return [list(1 // (x - 2) for _ in range(1)) for x in range(4)]
try:
    g()
except ZeroDivisionError as e:
    print("caught", e)
g()
