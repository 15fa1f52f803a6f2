# Recursive generators with yield from: tree walks, permutations, flattening, and early exit through layers.
class Node:
    def __init__(self, value, *children):
        self.value = value
        self.children = children


tree = Node(1, Node(2, Node(4), Node(5)), Node(3, Node(6, Node(7))))


def preorder(node):
    yield node.value
    for child in node.children:
        yield from preorder(child)


def postorder(node):
    for child in node.children:
        yield from postorder(child)
    yield node.value


def depth_first_paths(node, path=()):
    path = path + (node.value,)
    if not node.children:
        yield path
    for child in node.children:
        yield from depth_first_paths(child, path)


print(list(preorder(tree)), list(postorder(tree)))
print(list(depth_first_paths(tree)))


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, item in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [item] + rest


print(["".join(p) for p in permutations("abc")])


def flatten(x, depth=0):
    if isinstance(x, (list, tuple)):
        for item in x:
            yield from flatten(item, depth + 1)
    else:
        yield (x, depth)


print(list(flatten([1, [2, (3, [4])], 5])))


def countdown_rec(n):
    if n:
        yield n
        yield from countdown_rec(n - 1)


g = countdown_rec(100)
print(next(g), next(g), sum(g))

cleanup = []


def layered(n):
    try:
        if n == 0:
            yield "bottom"
            yield "bottom2"
        else:
            yield from layered(n - 1)
    finally:
        cleanup.append(n)


g = layered(3)
print(next(g))
g.close()
print(cleanup)


def collatz(n):
    yield n
    if n != 1:
        yield from collatz(n // 2 if n % 2 == 0 else 3 * n + 1)


print(list(collatz(6)))


def subsets(items):
    if not items:
        yield []
        return
    for s in subsets(items[1:]):
        yield s
        yield [items[0]] + s


print(sorted(subsets([1, 2, 3])))


def deep(n):
    if n == 0:
        raise ValueError("at the bottom")
    yield from deep(n - 1)


try:
    list(deep(20))
except ValueError as e:
    print(type(e).__name__, e)
