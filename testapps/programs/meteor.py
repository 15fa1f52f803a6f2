# Board tiling puzzle with bit masks: every orientation of every piece precomputed as an int mask,
# a solver that fills the lowest empty cell first, and solutions compared as strings.
import sys
from itertools import permutations

PIECES = {
    "F": [(1, 0), (2, 0), (0, 1), (1, 1), (1, 2)],
    "I": [(0, 0), (1, 0), (2, 0), (3, 0), (4, 0)],
    "L": [(0, 0), (0, 1), (0, 2), (0, 3), (1, 3)],
    "N": [(1, 0), (1, 1), (0, 2), (1, 2), (0, 3)],
    "P": [(0, 0), (1, 0), (0, 1), (1, 1), (0, 2)],
    "T": [(0, 0), (1, 0), (2, 0), (1, 1), (1, 2)],
    "U": [(0, 0), (2, 0), (0, 1), (1, 1), (2, 1)],
    "V": [(0, 0), (0, 1), (0, 2), (1, 2), (2, 2)],
    "W": [(0, 0), (0, 1), (1, 1), (1, 2), (2, 2)],
    "X": [(1, 0), (0, 1), (1, 1), (2, 1), (1, 2)],
    "Y": [(1, 0), (0, 1), (1, 1), (1, 2), (1, 3)],
    "Z": [(0, 0), (1, 0), (1, 1), (1, 2), (2, 2)],
}


def orientations(cells):
    # Axis swaps and sign flips of both axes: the 8 symmetries of the square.
    seen = set()
    result = []
    for axes in permutations((0, 1)):
        for sx in (1, -1):
            for sy in (1, -1):
                pts = [(c[axes[0]] * sx, c[axes[1]] * sy) for c in cells]
                mx = min(p[0] for p in pts)
                my = min(p[1] for p in pts)
                norm = tuple(sorted((x - mx, y - my) for x, y in pts))
                if norm not in seen:
                    seen.add(norm)
                    result.append(norm)
    return result


def placements(names, width, height):
    table = {}
    for name in names:
        masks = []
        for shape in orientations(PIECES[name]):
            w = max(x for x, _ in shape) + 1
            h = max(y for _, y in shape) + 1
            for oy in range(height - h + 1):
                for ox in range(width - w + 1):
                    mask = 0
                    for x, y in shape:
                        mask |= 1 << ((oy + y) * width + ox + x)
                    masks.append(mask)
        table[name] = masks
    # Index by lowest set bit so the solver only tries pieces covering the first empty cell.
    by_cell = [[] for _ in range(width * height)]
    for name, masks in table.items():
        for m in masks:
            low = (m & -m).bit_length() - 1
            by_cell[low].append((name, m))
    return by_cell


def solve(by_cell, full, board, used, placed, solutions, limit):
    if board == full:
        solutions.append(list(placed))
        return len(solutions) >= limit
    free = ~board & full
    cell = (free & -free).bit_length() - 1
    for name, mask in by_cell[cell]:
        if name in used or board & mask:
            continue
        used.add(name)
        placed.append((name, mask))
        if solve(by_cell, full, board | mask, used, placed, solutions, limit):
            return True
        placed.pop()
        used.discard(name)
    return False


def render(solution, width, height):
    grid = ["."] * (width * height)
    for name, mask in solution:
        i = 0
        while mask:
            if mask & 1:
                grid[i] = name
            mask >>= 1
            i += 1
    return ["".join(grid[r * width:(r + 1) * width]) for r in range(height)]


def main(width, limit):
    height = 5
    names = sorted(PIECES)[: width * height // 5]
    by_cell = placements(names, width, height)
    full = (1 << (width * height)) - 1
    solutions = []
    solve(by_cell, full, 0, set(), [], solutions, limit)
    print("board %dx%d pieces %s placements %d" % (width, height, "".join(names), sum(map(len, by_cell))))
    print("solutions", len(solutions))
    texts = sorted("".join(render(s, width, height)) for s in solutions)
    if texts:
        first = texts[0]
        for r in range(height):
            print(first[r * width:(r + 1) * width])
        print(texts[-1][:width])
    flipped = {t[::-1] for t in texts}
    print("closed under rotation:", sum(1 for t in texts if t in flipped))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 6, int(sys.argv[2]) if len(sys.argv) > 2 else 50)
