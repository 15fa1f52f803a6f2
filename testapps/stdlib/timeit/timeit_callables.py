import time
import timeit


class FakeClock:
    # A deterministic timer: each reading advances by a fixed step.
    def __init__(self, step):
        self.now = 0.0
        self.step = step

    def __call__(self):
        self.now += self.step
        return self.now


calls = []
print(timeit.timeit(lambda: calls.append(1), number=5, timer=FakeClock(0.5)), len(calls))
print(timeit.repeat(lambda: calls.append(2), repeat=3, number=2, timer=FakeClock(0.25)), len(calls))
setups = []
t = timeit.Timer(stmt=lambda: calls.append(3), setup=lambda: setups.append(1), timer=FakeClock(1.0))
print(t.timeit(4), t.repeat(2, 1), len(setups), calls.count(3))
print(timeit.Timer(timer=FakeClock(0.125)).timeit(10))
print(timeit.Timer("pass", "", timer=FakeClock(2)).repeat(2, 3))
clock = FakeClock(0.0)
def slow():
    clock.now += 0.01
seen = []
print(timeit.Timer(slow, timer=clock).autorange(lambda n, t: seen.append((n, round(t, 6)))))
print(seen)
print(timeit.default_timer is time.perf_counter, timeit.default_number, timeit.default_repeat)
real = timeit.timeit(lambda: sum(range(100)), number=100)
print(type(real).__name__, real >= 0.0)
print(len(timeit.repeat(lambda: None, number=10)), timeit.__all__)
for bad in (dict(stmt=5), dict(setup=3.5)):
    try:
        timeit.Timer(**bad)
    except ValueError as e:
        print(type(e).__name__, e)
