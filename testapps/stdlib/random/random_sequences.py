import random

random.seed(42)
print([random.random() for _ in range(5)])
print([random.randint(1, 100) for _ in range(10)])
print([random.randrange(10) for _ in range(10)])
print([random.randrange(5, 50, 5) for _ in range(8)])
print([random.randrange(100, 0, -7) for _ in range(8)])
print([random.getrandbits(k) for k in [0, 1, 7, 31, 32, 33, 64, 65, 100, 200]])
print(random.randrange(10 ** 30), random.randint(-10 ** 20, 10 ** 20))

for seed in [0, 1, -1, 12345, 2 ** 32, 2 ** 64 + 5, 10 ** 50, "hello", "", "ünïcödé", 3.5, -2.25]:
    random.seed(seed)
    print(repr(seed), random.random(), random.randint(0, 1000), random.getrandbits(40))

r = random.Random(7)
print(type(r).__name__, r.random(), r.randint(1, 6), r.choice("abcdef"))
r2 = random.Random(7)
print(r2.random() == random.Random(7).random())
r.seed(99)
a = r.random()
r.seed(99)
print(a == r.random())
state = r.getstate()
x = [r.random() for _ in range(3)]
r.setstate(state)
print(x == [r.random() for _ in range(3)])
random.seed(2024)
s1 = random.getstate()
v1 = random.gauss(0, 1)
random.setstate(s1)
print(v1 == random.gauss(0, 1))
