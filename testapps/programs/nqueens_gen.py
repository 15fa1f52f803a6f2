# N-queens by filtering permutations through generators and sets, plus a recursive generator.
import sys
from itertools import permutations


def permutation_solutions(queen_count):
    cols = range(queen_count)
    for vec in permutations(cols):
        if (queen_count == len(set(vec[i] + i for i in cols))
                == len(set(vec[i] - i for i in cols))):
            yield vec


def placed(n, row=0, cols=(), diag1=frozenset(), diag2=frozenset()):
    if row == n:
        yield cols
        return
    for c in range(n):
        if c in cols or (row + c) in diag1 or (row - c) in diag2:
            continue
        yield from placed(n, row + 1, cols + (c,), diag1 | {row + c}, diag2 | {row - c})


def board(vec):
    n = len(vec)
    return "\n".join("".join("Q" if vec[r] == c else "." for c in range(n)) for r in range(n))


def main(n):
    sols = list(permutation_solutions(n))
    print(n, "queens:", len(sols))
    print(sols[0], sols[-1])
    print(board(sols[len(sols) // 2]))
    rec = list(placed(n))
    print("recursive agrees:", sorted(rec) == sorted(sols), len(rec))
    counts = {k: sum(1 for _ in placed(k)) for k in range(1, n)}
    print(counts)
    gen = permutation_solutions(4)
    print(next(gen), next(gen))
    try:
        next(gen)
    except StopIteration as e:
        print(type(e).__name__, e.value)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6)
