# queue: the four queues in one thread, task accounting, timeouts that expire, and errors.
import queue


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, repr(e))


print(queue.Empty, queue.Full, queue.SimpleQueue, queue.Queue, queue.LifoQueue, queue.PriorityQueue)
print(queue.Empty.__mro__, issubclass(queue.Full, Exception), queue.__all__)
print(queue.Queue[int], queue.SimpleQueue[str])

q = queue.Queue()
for i in range(5):
    q.put(i)
print(q.qsize(), q.empty(), q.full(), q.maxsize, q.unfinished_tasks, q.queue)
print([q.get() for _ in range(3)], q.get_nowait(), q.get(block=False), q.empty())
attempt("get_nowait on empty", q.get_nowait)
attempt("get timeout", lambda: q.get(timeout=0.01))
attempt("get negative timeout", lambda: q.get(timeout=-1))
for _ in range(5):
    q.task_done()
q.join()
attempt("task_done too many", q.task_done)

b = queue.Queue(maxsize=2)
b.put("a")
b.put_nowait("b")
print(b.full(), b.qsize())
attempt("put_nowait on full", lambda: b.put_nowait("c"))
attempt("put timeout", lambda: b.put("c", timeout=0.01))
attempt("put block=False", lambda: b.put("c", False))
attempt("put negative timeout", lambda: b.put("c", timeout=-0.5))
print(b.get(), b.get(), queue.Queue(maxsize=-1).full())

lifo = queue.LifoQueue()
for word in ["one", "two", "three"]:
    lifo.put(word)
print(lifo.queue, [lifo.get() for _ in range(3)])

pq = queue.PriorityQueue()
for item in [(3, "c"), (1, "a"), (2, "b"), (1, "aa")]:
    pq.put(item)
print([pq.get() for _ in range(pq.qsize())], pq.empty())

sq = queue.SimpleQueue()
sq.put(1)
sq.put_nowait(2)
print(sq.qsize(), sq.empty(), sq.get(), sq.get_nowait(), sq.empty())
attempt("SimpleQueue get_nowait", sq.get_nowait)
attempt("SimpleQueue get timeout", lambda: sq.get(timeout=0.01))
attempt("SimpleQueue(1)", lambda: queue.SimpleQueue(1))


# A subclass changing the order through the hooks, as CPython's own subclasses do.
class Dedup(queue.Queue):
    def _put(self, item):
        if item not in self.queue:
            self.queue.append(item)


d = Dedup()
for x in [1, 2, 1, 3, 2]:
    d.put(x)
print(d.qsize(), d.unfinished_tasks, [d.get() for _ in range(d.qsize())])

try:
    queue.Queue().get(False)
except queue.Empty as e:
    print("caught", type(e).__name__, type(e).__module__)
