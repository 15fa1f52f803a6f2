# Threads and child processes: a thread keeps running while another waits for a child's output
# (communicate reads the pipes on helper threads that never hold the GIL), and threads that each
# run a child with captured output all finish.
import subprocess
import threading

ticks = []
stop = threading.Event()


def ticker():
    while not stop.is_set():
        ticks.append(1)
        stop.wait(0.002)


t = threading.Thread(target=ticker)
t.start()
for round in range(3):
    before = len(ticks)
    r = subprocess.run(["sh", "-c", f"sleep 0.1; echo out {round}; echo err {round} >&2"], capture_output=True, text=True)
    print(repr(r.stdout), repr(r.stderr), r.returncode, "ticked while waiting:", len(ticks) - before > 3)
p = subprocess.Popen(["sh", "-c", "sleep 0.1; echo late"], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    p.communicate(timeout=0.01)
except subprocess.TimeoutExpired:
    print("timed out first")
out, err = p.communicate(timeout=5)
print(out, err, p.returncode)
stop.set()
t.join()

results = {}


def run(n):
    r = subprocess.run(["sh", "-c", f"echo job {n}; echo e{n} >&2"], capture_output=True)
    results[n] = (r.stdout, r.stderr)


workers = [threading.Thread(target=run, args=(n,)) for n in range(6)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(sorted(results.items()))
