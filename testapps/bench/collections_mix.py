# Graph search and ordered containers: deque BFS, heapq Dijkstra on (dist, node) tuples, bisect.insort, Counter.
import heapq
from bisect import bisect_left, insort
from collections import deque, defaultdict, Counter

def bfs(n):
    adj = [[(i * 3 + 1) % n, (i * 7 + 2) % n, (i + 1) % n] for i in range(n)]
    dist = [-1] * n
    dist[0] = 0
    q = deque([0])
    while q:
        u = q.popleft()
        for v in adj[u]:
            if dist[v] < 0:
                dist[v] = dist[u] + 1
                q.append(v)
    return sum(dist)

def dijkstra(n):
    adj = defaultdict(list)
    for i in range(n):
        adj[i].append(((i * 5 + 3) % n, i % 11 + 1))
        adj[i].append(((i + 1) % n, 7))
        adj[i].append(((i * 13) % n, i % 5 + 2))
    dist = {0: 0}
    heap = [(0, 0)]
    while heap:
        d, u = heapq.heappop(heap)
        if d > dist.get(u, 1 << 60):
            continue
        for v, w in adj[u]:
            nd = d + w
            if nd < dist.get(v, 1 << 60):
                dist[v] = nd
                heapq.heappush(heap, (nd, v))
    return sum(dist.values())

def sorted_insert(n):
    xs = []
    hits = 0
    for i in range(n):
        v = (i * 7919) % 100003
        j = bisect_left(xs, v)
        if j < len(xs) and xs[j] == v:
            hits += 1
        else:
            insort(xs, v)
    return hits, len(xs), xs[len(xs) // 2]

def window(n):
    d = deque(maxlen=50)
    c = Counter()
    s = 0
    for i in range(n):
        d.append(i % 97)
        if len(d) == 50:
            s += d[0] - d[-1]
            d.rotate(1)
        c[i % 31] += 1
    return s, c.most_common(3)

print(bfs(200000))
print(dijkstra(120000))
print(sorted_insert(30000))
print(window(600000))
