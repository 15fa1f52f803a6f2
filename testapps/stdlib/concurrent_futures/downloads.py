# The shape of a release script: a pool runs subprocesses and collects results as they complete.
import concurrent.futures
import subprocess
import sys
import threading
import time


def run(n):
    out = subprocess.run(["sh", "-c", f"sleep 0.0{n % 3}; echo job {n}"], capture_output=True, text=True, check=True)
    return n, out.stdout.strip(), threading.current_thread().name.startswith("fetch_")


start = time.monotonic()
with concurrent.futures.ThreadPoolExecutor(max_workers=4, thread_name_prefix="fetch") as pool:
    futures = {pool.submit(run, n): n for n in range(8)}
    results = []
    for future in concurrent.futures.as_completed(futures):
        results.append(future.result())
for r in sorted(results):
    print(*r)

# Progress from worker threads with a lock around shared state.
progress = {"done": 0}
lock = threading.Lock()


def step(x):
    time.sleep(0.001)
    with lock:
        progress["done"] += 1
    if x == 5:
        raise RuntimeError(f"step {x} failed")
    return x * 3


with concurrent.futures.ThreadPoolExecutor(max_workers=3) as pool:
    futs = [pool.submit(step, x) for x in range(8)]
    done, not_done = concurrent.futures.wait(futs, timeout=10, return_when=concurrent.futures.ALL_COMPLETED)
print(len(done), len(not_done), progress)
for f in futs:
    try:
        print(f.result())
    except RuntimeError as e:
        print("failed:", e)

# Work submitted without shutdown still runs before the program exits.
pool = concurrent.futures.ThreadPoolExecutor(max_workers=2)
pool.submit(time.sleep, 0.02).add_done_callback(lambda f: print("callback at exit", f.result()))
sys.stdout.flush()
