# sys.setrecursionlimit: deep recursion within the limit works, beyond it is a RecursionError.
import sys

def depth(n):
    if n == 0:
        return 0
    return depth(n - 1) + 1

print(sys.getrecursionlimit())
try:
    depth(5000)
except RecursionError as e:
    print("default limit:", type(e).__name__, e)

sys.setrecursionlimit(10000)
print(sys.getrecursionlimit())
print(depth(9000))

try:
    depth(20000)
except RecursionError as e:
    print(type(e).__name__, e)

# Mutual recursion and recursion through methods count the same way.
class Node:
    def __init__(self, child):
        self.child = child
    def length(self):
        return 1 + (self.child.length() if self.child else 0)

chain = None
for _ in range(8000):
    chain = Node(chain)
print(chain.length())

def is_even(n):
    return True if n == 0 else is_odd(n - 1)
def is_odd(n):
    return False if n == 0 else is_even(n - 1)
print(is_even(9000))

# Recursion through a generator.
def countdown(n):
    if n > 0:
        yield n
        yield from countdown(n - 1)
print(sum(countdown(2000)))

try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print(type(e).__name__, e)
try:
    sys.setrecursionlimit("x")
except TypeError as e:
    print(type(e).__name__, e)

# After a RecursionError the program goes on normally.
print(depth(100))
