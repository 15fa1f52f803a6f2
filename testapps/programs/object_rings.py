# Rings of linked objects with reference cycles (doubly linked nodes, each pointing back at its
# ring), built, walked, rotated and dropped over and over, as graph and scheduler code does; the
# cycles leave the collector to free them.
import gc
import sys

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
RING = 200


class Node:
    def __init__(self, ring, value):
        self.ring = ring
        self.value = value
        self.next = None
        self.prev = None
        self.payload = [value, str(value)]


class Ring:
    def __init__(self, name, size):
        self.name = name
        self.head = None
        self.count = 0
        self.index = {}
        for v in range(size):
            self.insert(v)

    def insert(self, value):
        node = Node(self, value)
        self.index[value] = node
        if self.head is None:
            node.next = node.prev = node
            self.head = node
        else:
            tail = self.head.prev
            tail.next = node
            node.prev = tail
            node.next = self.head
            self.head.prev = node
        self.count += 1
        return node

    def remove(self, value):
        node = self.index.pop(value)
        node.prev.next = node.next
        node.next.prev = node.prev
        if self.head is node:
            self.head = node.next if node.next is not node else None
        self.count -= 1
        return node

    def rotate(self, steps):
        node = self.head
        for _ in range(steps):
            node = node.next
        self.head = node

    def total(self):
        s = 0
        node = self.head
        for _ in range(self.count):
            s += node.value * len(node.payload[1])
            node = node.next
        return s

    def backwards(self):
        s = 0
        node = self.head.prev
        for i in range(self.count):
            s ^= node.value + i
            node = node.prev
        return s


def churn(rounds):
    checksum = 0
    survivors = []
    for r in range(rounds):
        ring = Ring("r%d" % r, RING)
        ring.rotate(r % RING)
        for v in range(0, RING, 7):
            ring.remove(v)
        for v in range(RING, RING + 20):
            ring.insert(v * 3)
        checksum = (checksum * 17 + ring.total() + ring.backwards()) % 998244353
        if r % 25 == 0:
            survivors.append(ring)
        if len(survivors) > 8:
            survivors.pop(0)
    return checksum, sum(r.count for r in survivors)


def linked_pairs(n):
    # Two objects pointing at each other, plus a dict that holds itself: the smallest cycles.
    made = 0
    for i in range(n):
        a = Node(None, i)
        b = Node(None, -i)
        a.next, b.next = b, a
        a.ring = {"self": None, "a": a}
        a.ring["self"] = a.ring
        made += a.next.next.value == i
    return made


def main():
    print("churn", churn(60 * SIZE))
    print("pairs", linked_pairs(4000 * SIZE))
    gc.collect()
    print("done")


main()
