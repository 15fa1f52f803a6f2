# An exception raised in a method called through its numeric entry: the traceback names each
# method's frame and line, as CPython's does.
class Body:
    def __init__(self, mass, speed):
        self.mass = mass
        self.speed = speed

    def energy(self):
        return 0.5 * self.mass * self.speed * self.speed

    def per_mass(self):
        return self.energy() / self.mass


def total(bodies):
    t = 0.0
    for b in bodies:
        t += b.per_mass()
    return t


print(total([Body(2.0, 3.0), Body(1, 1)]))
print(total([Body(2.0, 3.0), Body(0.0, 1.0)]))
