# A tree of asyncio tasks, as pyperformance's async_tree benchmarks build one: every inner node
# gathers its children, every leaf yields to the loop with sleep(0) and does a little work; one
# variant memoizes leaf results behind an asyncio.Lock, one passes results through a Queue.
import asyncio
import sys

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
BRANCHES = 5
DEPTH = 5  # 5**5 leaves per plain tree, 5**4 in the other variants
ROUNDS = SIZE


class Tree:
    def __init__(self):
        self.leaves = 0
        self.cache = {}
        self.lock = asyncio.Lock()
        self.queue = asyncio.Queue()

    async def plain_leaf(self, key):
        await asyncio.sleep(0)
        self.leaves += 1
        return key % 7

    async def memo_leaf(self, key):
        await asyncio.sleep(0)
        async with self.lock:
            if key in self.cache:
                return self.cache[key]
            value = sum(i * i for i in range(key % 13))
            self.cache[key] = value
            return value

    async def queue_leaf(self, key):
        await self.queue.put(key)
        await asyncio.sleep(0)
        return self.queue.get_nowait() % 5

    async def recurse(self, leaf, level, key):
        if level == 0:
            return await leaf(key)
        results = await asyncio.gather(
            *[self.recurse(leaf, level - 1, key * BRANCHES + i) for i in range(BRANCHES)])
        return sum(results)


async def run_variant(name, depth):
    tree = Tree()
    leaf = getattr(tree, name)
    total = await tree.recurse(leaf, depth, 0)
    return total, tree.leaves, len(tree.cache)


async def main():
    for variant in ("plain_leaf", "memo_leaf", "queue_leaf"):
        for _ in range(ROUNDS):
            total, leaves, cached = await run_variant(variant, DEPTH - 1 if variant != "plain_leaf" else DEPTH)
        print(variant, total, leaves, cached)
    print("tasks left:", len(asyncio.all_tasks()) - 1)


asyncio.run(main())
