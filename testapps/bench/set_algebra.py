# Set algebra on int and str sets (|, &, -, ^, subset) and namedtuple records keyed in dicts.
from collections import namedtuple

Edge = namedtuple("Edge", "src dst weight")

def main():
    total = 0
    base = set(range(0, 20000, 3))
    for r in range(480):
        a = {(i * 7 + r) % 30000 for i in range(5000)}
        b = set(range(r, 30000, 5))
        total += len(a & b) + len(a | base) - len(a - b) + len(a ^ base)
        total += a.isdisjoint(b) + (a <= (a | b))
    words = ["w%d" % i for i in range(2000)]
    ws = set(words)
    for r in range(240):
        sub = frozenset(words[r:r + 900])
        total += len(ws - sub) + len(sub & ws)
    edges = [Edge(i % 500, (i * 31) % 500, i % 9) for i in range(60000)]
    by_src = {}
    for e in edges:
        by_src.setdefault(e.src, []).append(e)
    pts = {}
    for e in edges:
        key = (e.src, e.dst)
        pts[key] = pts.get(key, 0) + e.weight
    total += sum(pts.values()) + len(by_src) + max(e.weight for e in edges)
    total += sum(e._replace(weight=1).weight for e in edges[:20000])
    print(total, len(pts), edges[5])

main()
