from itertools import compress, dropwhile, takewhile, filterfalse, groupby, pairwise, starmap, tee, zip_longest

def small(x):
    return x < 5
def is_even(x):
    return x % 2 == 0
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True, False] * 3)))
print(list(dropwhile(small, [1, 4, 6, 4, 1])), list(takewhile(small, [1, 4, 6, 4, 1])), list(takewhile(small, [])))
print(list(filterfalse(is_even, range(10))), list(filterfalse(None, [0, 1, "", "a", None, [], [1]])))
for k, g in groupby("AAAABBBCCDAABBB"):
    print(k, list(g))
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, len(list(g))) for k, g in groupby(sorted("mississippi"))])
def first_letter(w):
    return w[0]
for k, g in groupby(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"], key=first_letter):
    print(k, list(g))
groups = [(k, g) for k, g in groupby("aabbc")]
print([(k, list(g)) for k, g in groups])
gb = groupby([1, 1, 2, 2, 2, 3])
k1, g1 = next(gb)
print(k1, next(g1))
k2, g2 = next(gb)
print(k2, list(g2), list(g1))
print(list(pairwise("ABCDE")), list(pairwise([1])), list(pairwise([])))
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(max, [[1, 5, 2], "az"])))
a, b = tee(range(5))
print(list(a), list(b))
x, y, z = tee("abc", 3)
print(next(x), next(x), next(y), list(z), list(x), list(y))
print(tee([1], 0))
print(list(zip_longest("ABCD", "xy", fillvalue="-")), list(zip_longest([1, 2], [3])), list(zip_longest()), list(zip_longest([], [])))
print(list(zip_longest(range(3), "ab", [True])))
