# N-queens by backtracking with sets: recursion and set operations.
def solve(n):
    count = 0
    cols = set()
    diag1 = set()
    diag2 = set()

    def place(row):
        nonlocal count
        if row == n:
            count += 1
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            place(row + 1)
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    place(0)
    return count


for n in range(4, 13):
    print(n, solve(n))
