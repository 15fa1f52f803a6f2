import random

random.seed(123)
print([round(random.uniform(1, 10), 12) for _ in range(4)])
print(random.uniform(5, 5), random.uniform(-1.5, 1.5))
print([random.gauss(0, 1) for _ in range(5)])
print([random.gauss() for _ in range(3)])
print([random.normalvariate(10, 2) for _ in range(4)])
print([random.normalvariate() for _ in range(2)])
print([random.lognormvariate(0, 0.5) for _ in range(3)])
print([random.expovariate(1.5) for _ in range(4)])
print([random.triangular() for _ in range(2)], [random.triangular(0, 10, 3) for _ in range(3)])
print([random.gammavariate(2.5, 1.0) for _ in range(3)], [random.gammavariate(0.5, 2.0) for _ in range(3)], random.gammavariate(1.0, 3.0))
print([random.betavariate(2, 5) for _ in range(3)])
print([random.paretovariate(3) for _ in range(3)])
print([random.weibullvariate(1, 1.5) for _ in range(3)])

total = 0.0
for i in range(10000):
    total += random.random()
print(round(total, 6))
counts = [0] * 6
for i in range(6000):
    counts[random.randint(1, 6) - 1] += 1
print(counts)
