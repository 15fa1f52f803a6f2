# ThreadPoolExecutor: submit, map, exceptions from futures, as_completed, wait, cancel, timeouts, callbacks, shutdown.
import concurrent.futures as cf
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import threading, time

def square(x):
    return x * x

def fail(x):
    raise ValueError(f"bad {x}")

with ThreadPoolExecutor(max_workers=4) as ex:
    futs = [ex.submit(square, i) for i in range(10)]
    print([f.result() for f in futs])
    print(list(ex.map(square, range(5))))
    f = ex.submit(fail, 3)
    try:
        f.result()
    except ValueError as e:
        print("caught", e)
    print(repr(f.exception()), f.done(), f.cancelled(), f.running())
    done = sorted(f.result() for f in as_completed([ex.submit(square, i) for i in range(6)]))
    print(done)
    d, nd = wait([ex.submit(time.sleep, 0.01) for _ in range(3)])
    print(len(d), len(nd))

ex = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pool")
names = []
ex.submit(lambda: names.append(threading.current_thread().name)).result()
print(names)
ev = threading.Event()
blocker = ex.submit(ev.wait)
later = ex.submit(square, 7)
print(later.cancel(), later.cancelled())
try:
    later.result()
except cf.CancelledError:
    print("cancelled")
try:
    blocker.result(timeout=0.01)
except TimeoutError:
    print("timeout")
ev.set()
print(blocker.result())
calls = []
fut = ex.submit(square, 3)
fut.add_done_callback(lambda f: calls.append(f.result()))
fut.result(); time.sleep(0.01)
print(calls)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print(e)
with ThreadPoolExecutor(2) as ex:
    r = ex.map(fail, [1])
    try:
        list(r)
    except ValueError as e:
        print("map", e)
ex = ThreadPoolExecutor(2)
ev2 = threading.Event()
fs = [ex.submit(ev2.wait) for _ in range(2)] + [ex.submit(square, i) for i in range(3)]
ev2.set()
ex.shutdown(wait=True, cancel_futures=True)
print([f.cancelled() for f in fs][:2])
d, nd = wait([ex2 := cf.Future()], timeout=0.01, return_when=FIRST_COMPLETED)
print(len(d), len(nd))
f = cf.Future(); f.set_result(5); print(f.result(), f.done())
try:
    f.set_result(6)
except cf.InvalidStateError as e:
    print("invalid state")

print(cf.ThreadPoolExecutor()._max_workers > 0, issubclass(cf.BrokenExecutor, RuntimeError), cf.TimeoutError is TimeoutError)
seen = []
with ThreadPoolExecutor(2, initializer=seen.append, initargs=("init",)) as ex:
    print(list(ex.map(square, [1, 2, 3], timeout=5, chunksize=2)))
print(seen[:1])
f = cf.Future()
print(repr(f).split(" state=")[1], f.running())
f.set_exception(KeyError("k"))
print(repr(f).split(" state=")[1])
try:
    f.result()
except KeyError as e:
    print("KeyError", e)
