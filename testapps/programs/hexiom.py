# Hexagonal tile puzzle: place numbered tiles so each number equals its occupied neighbours.
# Backtracking with constraint propagation over sets, lists and dicts.
import random
import sys

DIRS = ((1, 0), (-1, 0), (0, 1), (0, -1), (1, -1), (-1, 1))
EMPTY = 7


class Hex:
    def __init__(self, size):
        self.size = size
        self.cells = []
        self.index = {}
        for q in range(-size + 1, size):
            for r in range(-size + 1, size):
                if abs(q + r) < size:
                    self.index[(q, r)] = len(self.cells)
                    self.cells.append((q, r))
        self.neighbours = []
        for q, r in self.cells:
            ns = []
            for dq, dr in DIRS:
                key = (q + dq, r + dr)
                if key in self.index:
                    ns.append(self.index[key])
            self.neighbours.append(tuple(ns))
        self.count = len(self.cells)


class Done:
    """Per cell, the set of values still possible (0-6 or EMPTY)."""

    def __init__(self, count, cells=None):
        if cells is None:
            self.cells = [set(range(8)) for _ in range(count)]
        else:
            self.cells = [set(c) for c in cells]
        self.count = count

    def clone(self):
        return Done(self.count, self.cells)

    def already_done(self, i):
        return len(self.cells[i]) == 1

    def next_cell(self):
        best = -1
        best_len = 99
        for i, c in enumerate(self.cells):
            n = len(c)
            if 1 < n < best_len:
                best, best_len = i, n
        return best

    def remove(self, i, v):
        if v in self.cells[i]:
            self.cells[i].discard(v)
            return True
        return False

    def set_done(self, i, v):
        self.cells[i] = {v}

    def value(self, i):
        return next(iter(self.cells[i]))


def propagate(hexg, done, tiles):
    changed = True
    while changed:
        changed = False
        # Tile counts: a value whose tiles are all placed is impossible elsewhere.
        placed = {}
        for i in range(done.count):
            if done.already_done(i):
                v = done.value(i)
                placed[v] = placed.get(v, 0) + 1
        for v, n in placed.items():
            if n > tiles.get(v, 0):
                return False
            if n == tiles.get(v, 0):
                for i in range(done.count):
                    if not done.already_done(i) and done.remove(i, v):
                        changed = True
        for i in range(done.count):
            cell = done.cells[i]
            if not cell:
                return False
            ns = hexg.neighbours[i]
            sure = sum(1 for j in ns if EMPTY not in done.cells[j])
            maybe = sum(1 for j in ns if EMPTY in done.cells[j] and not done.already_done(j))
            possible = {v for v in cell if v == EMPTY or sure <= v <= sure + maybe}
            if possible != cell:
                if not possible:
                    return False
                done.cells[i] = possible
                changed = True
            if EMPTY not in possible and maybe:
                lo = min(possible)
                hi = max(possible)
                if hi == sure:
                    # Every undecided neighbour must stay empty.
                    for j in ns:
                        if not done.already_done(j) and EMPTY in done.cells[j]:
                            done.set_done(j, EMPTY)
                    changed = True
                elif lo == sure + maybe:
                    for j in ns:
                        if not done.already_done(j):
                            done.remove(j, EMPTY)
                    changed = True
    return True


def check(hexg, done):
    for i in range(done.count):
        v = done.value(i)
        if v == EMPTY:
            continue
        occupied = sum(1 for j in hexg.neighbours[i] if done.value(j) != EMPTY)
        if occupied != v:
            return False
    return True


def solve(hexg, done, tiles, solutions, stats):
    stats["nodes"] += 1
    if not propagate(hexg, done, tiles):
        return
    i = done.next_cell()
    if i < 0:
        if check(hexg, done):
            solutions.append(tuple(done.value(k) for k in range(done.count)))
        return
    for v in sorted(done.cells[i]):
        new = done.clone()
        new.set_done(i, v)
        solve(hexg, new, tiles, solutions, stats)


def make_puzzle(size, seed):
    rng = random.Random(seed)
    hexg = Hex(size)
    occupied = set(rng.sample(range(hexg.count), hexg.count * 2 // 3))
    values = []
    for i in range(hexg.count):
        if i in occupied:
            values.append(sum(1 for j in hexg.neighbours[i] if j in occupied))
        else:
            values.append(EMPTY)
    tiles = {}
    for v in values:
        tiles[v] = tiles.get(v, 0) + 1
    return hexg, values, tiles


def show(hexg, values):
    lines = []
    for r in range(-hexg.size + 1, hexg.size):
        row = []
        for q in range(-hexg.size + 1, hexg.size):
            if (q, r) in hexg.index:
                v = values[hexg.index[(q, r)]]
                row.append("." if v == EMPTY else str(v))
        lines.append(" " * abs(r) + " ".join(row))
    return "\n".join(lines)


def main(puzzles):
    for n in (1, 0, 2, 3)[:puzzles]:
        size = 3
        hexg, values, tiles = make_puzzle(size, n)
        solutions = []
        stats = {"nodes": 0}
        solve(hexg, Done(hexg.count), tiles, solutions, stats)
        print("puzzle", n, "size", size, "tiles", sorted(tiles.items()),
              "solutions", len(solutions), "nodes", stats["nodes"], "original found", tuple(values) in solutions)
        if n < 2:
            print(show(hexg, values))
            print(show(hexg, solutions[0]))


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
