import random
r = random.SystemRandom()
print(isinstance(r, random.Random))
x = r.random(); print(0 <= x < 1)
print(r.randint(1, 1), r.choice([7]), len(r.sample(range(10), 3)), r.getrandbits(8) < 256)
print(len(r.randbytes(5)))
print(1 <= r.randrange(1, 10) < 10, 0 <= r.uniform(0, 1) <= 1)
l = list(range(10)); r.shuffle(l); print(sorted(l))
print(r.seed(5))
for name in ("getstate", "setstate"):
    try:
        getattr(r, name)(*(() if name == "getstate" else (None,)))
    except NotImplementedError as e:
        print("NotImplementedError:", e)
print(type(r).__name__, random.SystemRandom.__module__)
for f in (lambda: r.randbytes(-1), lambda: r.getrandbits(-1), lambda: r.seed(1, 2, x=3), lambda: r.getstate(), lambda: r.setstate(1), lambda: r.getrandbits(0), lambda: r.randbytes(0), lambda: r.getrandbits(1.5), lambda: random.SystemRandom(5).random() < 1, lambda: r.setstate(), lambda: r.gauss(0, 1) is not None, lambda: r.randbytes(2.0)):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(all(0 <= r.random() < 1 for _ in range(2000)))
print(all(r.getrandbits(100) < 2 ** 100 for _ in range(200)), max(r.getrandbits(3) for _ in range(500)), min(r.getrandbits(3) for _ in range(500)))
print(sorted(set(r.randrange(5) for _ in range(500))))
print(len(r.choices("abc", k=10)), r.randint(10 ** 30, 10 ** 30 + 1) >= 10 ** 30)
print(issubclass(random.SystemRandom, random.Random), random.SystemRandom.__name__)
# the module's functions keep the seeded Mersenne Twister
random.seed(42)
print(random.random(), random.randint(1, 100))
