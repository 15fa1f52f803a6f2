# Threads: names, start/join, is_alive, daemon, idents, run() overridden, Timer, exit waiting for threads.
import threading
import time

results = {}


def work(key, n, scale=1):
    total = 0
    for i in range(n):
        total += i * scale
    results[key] = total


threads = [threading.Thread(target=work, args=(k, 1000 * (k + 1)), kwargs={"scale": 2}) for k in range(4)]
print([t.name for t in threads])
print(repr(threads[0]).split(",")[1])
print([t.is_alive() for t in threads], [t.ident for t in threads], threads[0].daemon)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(results.items()))
print([t.is_alive() for t in threads], all(isinstance(t.ident, int) for t in threads))
print(all(isinstance(t.native_id, int) for t in threads), len({t.ident for t in threads}) >= 1)
print("stopped" in repr(threads[0]))

named = threading.Thread(target=work, args=("named", 3), name="worker-x")
print(named.name)
named.start()
named.join()
print(results["named"])
print(threading.Thread().name, threading.Thread(target=len).name)


class Counter(threading.Thread):
    def __init__(self, n):
        super().__init__(name=f"counter-{n}")
        self.n = n
        self.seen = None

    def run(self):
        self.seen = (threading.current_thread() is self, threading.current_thread().name, self.n * 10)


c = Counter(4)
c.start()
c.join()
print(c.seen)

main = threading.main_thread()
print(main.name, main is threading.current_thread(), threading.current_thread().name)
print(threading.active_count(), [t.name for t in threading.enumerate()])
print(threading.get_ident() == main.ident, isinstance(threading.get_native_id(), int))
print(threading.TIMEOUT_MAX > 1e6)

t = threading.Thread(target=time.sleep, args=(0.01,))
try:
    t.join()
except RuntimeError as e:
    print("RuntimeError:", e)
t.start()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError:", e)
t.join()
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError:", e)

slow = threading.Thread(target=time.sleep, args=(0.3,))
slow.start()
slow.join(timeout=0.01)
print("after short join:", slow.is_alive())
slow.join()
print("after join:", slow.is_alive())

d = threading.Thread(target=time.sleep, args=(0.01,), daemon=True)
print(d.daemon)
d.start()
try:
    d.daemon = False
except RuntimeError as e:
    print("RuntimeError:", e)
d.join()

fired = []
timer = threading.Timer(0.02, fired.append, args=["fired"])
timer.start()
timer.join()
cancelled = threading.Timer(5, fired.append, args=["never"])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)

# A busy-wait loop gets the flag another thread sets: the GIL is handed over while it spins.
flag = []


def setter():
    time.sleep(0.02)
    flag.append(True)


threading.Thread(target=setter).start()
spins = 0
while not flag:
    spins += 1
print("busy wait saw the flag")

# Exit waits for a thread that is not a daemon.
late = []


def finish_late():
    time.sleep(0.05)
    late.append("done")
    print("late thread finished", late)


threading.Thread(target=finish_late).start()
print("main module ends")
