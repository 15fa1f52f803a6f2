from itertools import product, permutations, combinations, combinations_with_replacement

print(list(product("AB", "xy")))
print(list(product(range(2), repeat=3)))
print(list(product("ab", [1, 2], repeat=2))[:6], len(list(product("ab", [1, 2], repeat=2))))
print(list(product()), list(product([])), list(product("ab", [])), list(product([1], repeat=0)))
print(list(permutations("ABC")), list(permutations(range(4), 2)))
print(list(permutations([1, 2, 3], 0)), list(permutations([1], 2)), list(permutations([])))
print(len(list(permutations(range(6)))), list(permutations(range(5)))[57])
print(list(combinations("ABCD", 2)), list(combinations(range(5), 3)))
print(list(combinations([1, 2], 0)), list(combinations([1, 2], 3)), list(combinations([], 0)))
print(list(combinations_with_replacement("ABC", 2)), list(combinations_with_replacement([1, 2], 3)))
print(list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)), list(combinations_with_replacement("ab", 0)))
print(len(list(combinations(range(20), 4))))
for e in ["r", -1, 1.5]:
    try:
        print(list(permutations([1, 2], e)))
    except Exception as ex:
        print(type(ex).__name__, ex)
    try:
        print(list(combinations([1, 2], e)))
    except Exception as ex:
        print(type(ex).__name__, ex)
try:
    product([1], repeat=-1)
except ValueError as ex:
    print(ex)
try:
    combinations([1])
except TypeError as ex:
    print(ex)
