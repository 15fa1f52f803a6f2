# time's POSIX clocks: clock_gettime(_ns)/clock_getres with the CLOCK_* ids, thread_time,
# process_time, get_clock_info, and the argument errors of every clock function.
import time

ids = sorted((n, getattr(time, n)) for n in dir(time) if n.startswith("CLOCK_"))
print(ids)

for clock in (time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID):
    a = time.clock_gettime(clock)
    b = time.clock_gettime_ns(clock)
    c = time.clock_gettime(clock)
    print(clock, type(a).__name__, type(b).__name__, a <= c, abs(b / 1e9 - a) < 5, time.clock_getres(clock))

# CPU clocks advance with work; the wall clock agrees with time.time().
t0, p0 = time.thread_time(), time.process_time()
n0 = time.thread_time_ns()
total = 0
for i in range(300000):
    total += i * i
print(total, time.thread_time() >= t0, time.process_time() >= p0, time.thread_time_ns() >= n0)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1)
print(abs(time.clock_gettime(time.CLOCK_MONOTONIC) - time.monotonic()) < 1)
print(type(time.process_time_ns()).__name__, type(time.thread_time_ns()).__name__)

for name in ("time", "monotonic", "perf_counter", "process_time", "thread_time"):
    info = time.get_clock_info(name)
    print(name, type(info).__name__, info)
print(time.get_clock_info("thread_time").implementation)

calls = [
    lambda: time.clock_gettime(),
    lambda: time.clock_gettime(1, 2),
    lambda: time.clock_gettime(clk_id=1),
    lambda: time.clock_gettime("x"),
    lambda: time.clock_gettime(1.5),
    lambda: time.clock_gettime(2 ** 40),
    lambda: time.clock_gettime(-2 ** 40),
    lambda: time.clock_gettime(99),
    lambda: time.clock_gettime(-1),
    lambda: time.clock_gettime_ns(),
    lambda: time.clock_gettime_ns(clk_id=0),
    lambda: time.clock_getres(),
    lambda: time.clock_getres(99),
    lambda: time.get_clock_info(),
    lambda: time.get_clock_info(1),
    lambda: time.get_clock_info("nope"),
    lambda: time.get_clock_info(name="time"),
    lambda: time.time(1),
    lambda: time.time(x=1),
    lambda: time.time_ns(1, 2),
    lambda: time.perf_counter(0),
    lambda: time.perf_counter_ns(0),
    lambda: time.monotonic(0),
    lambda: time.monotonic_ns(0),
    lambda: time.process_time(0),
    lambda: time.process_time_ns(0),
    lambda: time.thread_time(0),
    lambda: time.thread_time_ns(0),
]
for call in calls:
    try:
        print("ok", type(call()).__name__)
    except Exception as e:
        print(type(e).__name__, e)
print(time.clock_gettime(True) > 0, time.clock_gettime.__name__, repr(time.thread_time), time.clock_gettime.__module__)
