# Lock, RLock, Condition, Semaphore, BoundedSemaphore, Event and Barrier across threads.
import threading
import time

lock = threading.Lock()
print(lock.acquire(), lock.locked(), lock.acquire(False), lock.acquire(timeout=0.01))
lock.release()
print(lock.locked())
try:
    lock.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    lock.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)
print(repr(lock).split(" object")[0], type(lock).__name__)

counter = 0


def add(n):
    global counter
    for _ in range(n):
        with lock:
            value = counter
            counter = value + 1


threads = [threading.Thread(target=add, args=(2000,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)

rlock = threading.RLock()
with rlock:
    with rlock:
        print("reentered", rlock._is_owned())
print(rlock._is_owned())
try:
    rlock.release()
except RuntimeError as e:
    print("RuntimeError:", e)

# A lock released by another thread than the one that took it (allowed for Lock).
handoff = threading.Lock()
handoff.acquire()
threading.Thread(target=handoff.release).start()
print("handoff", handoff.acquire(timeout=5))

# Condition: a bounded buffer with a producer and two consumers.
cond = threading.Condition()
items = []
consumed = []
done = False


def consumer():
    while True:
        with cond:
            cond.wait_for(lambda: items or done)
            if not items:
                return
            consumed.append(items.pop(0))


def producer():
    global done
    for i in range(20):
        with cond:
            items.append(i)
            cond.notify()
    with cond:
        done = True
        cond.notify_all()


cs = [threading.Thread(target=consumer) for _ in range(2)]
for t in cs:
    t.start()
p = threading.Thread(target=producer)
p.start()
p.join()
for t in cs:
    t.join()
print("consumed", sorted(consumed))
with cond:
    print("wait timeout", cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

# Semaphore: at most two workers at a time.
sem = threading.Semaphore(2)
inside = 0
most = 0
guard = threading.Lock()


def limited():
    global inside, most
    with sem:
        with guard:
            inside += 1
            most = max(most, inside)
        time.sleep(0.01)
        with guard:
            inside -= 1


ts = [threading.Thread(target=limited) for _ in range(6)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print("most at once", most)
print(sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(blocking=False), sem.acquire(timeout=0.01))
bounded = threading.BoundedSemaphore(1)
try:
    bounded.release()
except ValueError as e:
    print("ValueError:", e)
try:
    threading.Semaphore(-1)
except ValueError as e:
    print("ValueError:", e)

# Event: waiters wake when it is set.
event = threading.Event()
woke = []


def waiter(i):
    if event.wait(5):
        with guard:
            woke.append(i)


ws = [threading.Thread(target=waiter, args=(i,)) for i in range(3)]
for t in ws:
    t.start()
print("before set", event.is_set(), woke)
event.set()
for t in ws:
    t.join()
print("woke", sorted(woke), event.is_set(), event.wait(0))
event.clear()
print("cleared", event.is_set(), event.wait(0.01))

# Barrier: three parties meet; the action runs once; indexes 0..2.
met = []
barrier = threading.Barrier(3, action=lambda: met.append("action"))
indexes = []


def party():
    i = barrier.wait()
    with guard:
        indexes.append(i)


ps = [threading.Thread(target=party) for _ in range(3)]
for t in ps:
    t.start()
for t in ps:
    t.join()
print("barrier", sorted(indexes), met, barrier.parties, barrier.n_waiting, barrier.broken)
broken = threading.Barrier(2, timeout=0.02)
try:
    broken.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError", broken.broken)
broken.reset()
print("after reset", broken.broken)
