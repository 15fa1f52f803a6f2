matrix = [[1, 2], [3, 0]]
inverses = {i: [1 / x for x in row] for i, row in enumerate(matrix)}
print(inverses)
