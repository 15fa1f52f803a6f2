# A worker pool fed by a queue: blocking get, task_done/join, sentinels, timeouts and a bounded queue.
import queue
import threading
import time

tasks = queue.Queue()
results = queue.Queue()


def worker():
    while True:
        item = tasks.get()
        if item is None:
            tasks.task_done()
            break
        results.put((item, item ** 2))
        tasks.task_done()


workers = [threading.Thread(target=worker, name=f"w{i}") for i in range(3)]
for w in workers:
    w.start()
for i in range(12):
    tasks.put(i)
tasks.join()
print("all tasks done", tasks.unfinished_tasks)
for _ in workers:
    tasks.put(None)
for w in workers:
    w.join()
out = []
while not results.empty():
    out.append(results.get_nowait())
print(sorted(out))

# A get that waits for a put from another thread.
q = queue.Queue()
threading.Timer(0.02, q.put, args=["late item"]).start()
print(q.get(timeout=5))
try:
    q.get(timeout=0.01)
except queue.Empty:
    print("Empty after timeout")

# A bounded queue: put waits until a consumer makes room.
bounded = queue.Queue(maxsize=2)
taken = []


def slow_consumer():
    for _ in range(5):
        time.sleep(0.005)
        taken.append(bounded.get())


c = threading.Thread(target=slow_consumer)
c.start()
for i in range(5):
    bounded.put(i)
c.join()
print("bounded", taken)
try:
    bounded.put(1)
    bounded.put(2)
    bounded.put(3, timeout=0.01)
except queue.Full:
    print("Full after timeout")

lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for x in [3, 1, 2]:
    lifo.put(x)
    prio.put(x)
print([lifo.get() for _ in range(3)], [prio.get() for _ in range(3)])

simple = queue.SimpleQueue()
threading.Timer(0.01, simple.put, args=["simple"]).start()
print(simple.get(timeout=5), simple.empty())
try:
    simple.get(timeout=0.01)
except queue.Empty:
    print("SimpleQueue Empty")
