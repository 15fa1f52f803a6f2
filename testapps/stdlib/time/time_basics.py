import time

t0 = time.time()
p0 = time.perf_counter()
m0 = time.monotonic()
time.sleep(0.01)
print(time.time() >= t0, time.perf_counter() - p0 >= 0.009, time.monotonic() >= m0)
print(isinstance(time.time_ns(), int), isinstance(time.perf_counter_ns(), int), isinstance(time.monotonic_ns(), int))
print(isinstance(time.process_time(), float))
time.sleep(0)
for bad in [-1, "x", None]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
