import sched

class Clock:
    def __init__(self):
        self.now = 100.0
        self.log = []
    def time(self):
        return self.now
    def sleep(self, d):
        self.log.append(d)
        self.now += d

clock = Clock()
s = sched.scheduler(clock.time, clock.sleep)
out = []
def act(name, *rest, **kw):
    out.append((name, clock.now, rest, kw))
e1 = s.enter(5, 2, act, ("five-low",))
e2 = s.enter(5, 1, act, ("five-high",), {"k": 1})
e3 = s.enterabs(101, 0, act, argument=("abs", 1, 2))
e4 = s.enter(3, 0, act, ("kw",), kwargs={"only": "kw"})
e5 = s.enter(7, 0, act, ("cancelled",))
print(e1._replace(action=None))
print(e3.time, e3.priority, e3.sequence, e3.argument, e3.kwargs)
print([ev.argument for ev in s.queue])
s.cancel(e5)
try:
    s.cancel(e5)
except ValueError as e:
    print("ValueError:", e)
print(s.empty(), len(s.queue))
print(s.run(blocking=False))
print(out, clock.log)
clock.now = 104.0
print(s.run(blocking=False))
s.run()
print(out)
print(clock.log, s.empty(), s.queue)
print(s.run())
print(sched.Event._fields, sched.Event.__module__, sched.__all__)
a = sched.Event(1, 2, 0, None, (), {})
b = sched.Event(1, 2, 1, None, (), {})
print(a < b, a == b, a._replace(sequence=1) == b, repr(a))
print(sched.Event.priority.__doc__)
# an action that schedules more work while the scheduler runs
clock2 = Clock()
s2 = sched.scheduler(clock2.time, clock2.sleep)
def tick(n):
    print("tick", n, clock2.now)
    if n < 3:
        s2.enter(1.5, 0, tick, (n + 1,))
s2.enter(0, 0, tick, (0,))
s2.run()
print(clock2.log)
def boom():
    raise RuntimeError("in action")
s3 = sched.scheduler(clock2.time, clock2.sleep)
s3.enter(0, 0, boom)
s3.enter(1, 0, print, ("after boom",))
try:
    s3.run()
except RuntimeError as e:
    print("RuntimeError:", e, len(s3.queue))
s3.run()
import time
s4 = sched.scheduler()
s4.enter(0.01, 1, print, ("real clock",))
s4.run()
print(s4.timefunc is time.monotonic, s4.delayfunc is time.sleep)
