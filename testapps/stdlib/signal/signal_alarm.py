# signal.alarm with a SIGALRM handler, signal.pause, and a handler that interrupts a loop of calls.
import signal
import time

fired = []


def on_alarm(signum, frame):
    fired.append(signal.Signals(signum).name)


print(signal.signal(signal.SIGALRM, on_alarm))
print(signal.alarm(1))
signal.pause()
print('after pause', fired)
print(signal.alarm(30) == 0, signal.alarm(0) in (29, 30))


class Timeout(Exception):
    pass


def timeout(signum, frame):
    raise Timeout('work took too long')


def step(n):
    time.sleep(0.01)
    return n + 1


signal.signal(signal.SIGALRM, timeout)
signal.alarm(1)
count = 0
try:
    while True:
        count = step(count)
except Timeout as e:
    print(type(e).__name__, e, count > 10)
signal.alarm(0)
print(signal.getsignal(signal.SIGALRM) is timeout)
