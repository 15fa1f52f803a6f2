def count(n):
    result = []
    i = 1
    while i <= n:
        result.append(i)
        i += 1
    return result
