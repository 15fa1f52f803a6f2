# threading.local (a value per thread, __init__ again in each thread) and what an uncaught exception in a thread does.
import io
import sys
import threading

data = threading.local()
data.x = "main"
seen = {}


def show(name):
    seen[name] = getattr(data, "x", None)
    data.x = name
    seen[name + "-after"] = data.x


ts = [threading.Thread(target=show, args=(f"t{i}",)) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
print(sorted(seen.items()))
print(data.x, type(data).__name__)


class Config(threading.local):
    greeting = "hello"

    def __init__(self, level):
        self.level = level
        self.items = []


cfg = Config(3)
cfg.items.append("main")
other = []


def use_config():
    other.append((cfg.level, cfg.items, cfg.greeting))
    cfg.items.append("thread")


t = threading.Thread(target=use_config)
t.start()
t.join()
print(other, cfg.items, cfg.level)
try:
    print(data.missing)
except AttributeError as e:
    print("AttributeError")

# A custom excepthook gets the thread and the exception.
caught = []


def hook(args):
    caught.append((args.exc_type.__name__, str(args.exc_value), args.thread.name))


def fail(n):
    raise ValueError(f"bad value {n}")


threading.excepthook = hook
t = threading.Thread(target=fail, args=(7,), name="failing")
t.start()
t.join()
print(caught)

# The default hook: "Exception in thread NAME:" and the traceback, on stderr.
threading.excepthook = threading.__excepthook__
buffer = io.StringIO()
real = sys.stderr
sys.stderr = buffer
t = threading.Thread(target=fail, args=(8,))
t.start()
t.join()
sys.stderr = real
lines = buffer.getvalue().splitlines()
print(lines[0])
print(lines[1])
print(lines[-1])
print(lines[-3].strip().split(", ")[-1])

# SystemExit ends a thread quietly.
t = threading.Thread(target=sys.exit, args=(3,))
t.start()
t.join()
print("after SystemExit in a thread")
