def check(values):
    for v in values:
        assert v > 0, "value must be positive: " + str(v)
    return True

print(check([1, 2]))
check([3, -1, 5])
