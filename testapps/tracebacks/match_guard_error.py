# An error in a guard points at the guard's line.
def check(v):
    match v:
        case [a, b] if a / b > 1:
            return "big ratio"
        case _:
            return "other"

print(check([4, 2]))
print(check([1, 0]))
