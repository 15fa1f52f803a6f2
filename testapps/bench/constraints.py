# A constraint solver in the style of DeltaBlue: variables, constraints with strengths,
# a planner that re-satisfies a chain of equalities and scalings as inputs change.
REQUIRED, STRONG, MEDIUM, WEAK = 0, 1, 2, 3


class Variable:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.constraints = []
        self.determined_by = None
        self.walk_strength = WEAK
        self.stay = True

    def add(self, c):
        self.constraints.append(c)


class Constraint:
    def __init__(self, strength):
        self.strength = strength

    def is_satisfied(self):
        raise NotImplementedError


class Equal(Constraint):
    def __init__(self, a, b, strength):
        super().__init__(strength)
        self.a = a
        self.b = b
        a.add(self)
        b.add(self)
        self.output = None

    def is_satisfied(self):
        return self.output is not None

    def choose(self):
        self.output = self.b if self.a.walk_strength <= self.b.walk_strength else self.a

    def inputs(self):
        return [self.a if self.output is self.b else self.b]

    def execute(self):
        source = self.inputs()[0]
        self.output.value = source.value


class Scale(Constraint):
    def __init__(self, src, dst, factor, offset, strength):
        super().__init__(strength)
        self.src = src
        self.dst = dst
        self.factor = factor
        self.offset = offset
        src.add(self)
        dst.add(self)
        self.output = dst

    def is_satisfied(self):
        return True

    def choose(self):
        self.output = self.dst

    def inputs(self):
        return [self.src]

    def execute(self):
        self.dst.value = self.src.value * self.factor + self.offset


class Planner:
    def __init__(self):
        self.constraints = []

    def add(self, c):
        self.constraints.append(c)
        c.choose()
        c.output.determined_by = c
        c.output.walk_strength = min(c.output.walk_strength, c.strength)

    def plan(self, sources):
        order = []
        todo = list(sources)
        seen = set()
        while todo:
            v = todo.pop()
            for c in v.constraints:
                if c.output is not v and id(c) not in seen and all(i.determined_by is not c for i in c.inputs()):
                    seen.add(id(c))
                    order.append(c)
                    todo.append(c.output)
        return order

    def run(self, order):
        for c in order:
            c.execute()


def chain_test(n, rounds):
    planner = Planner()
    vars_ = [Variable("v%d" % i, 0) for i in range(n + 1)]
    for i in range(n):
        planner.add(Equal(vars_[i], vars_[i + 1], STRONG))
    order = planner.plan([vars_[0]])
    total = 0
    for r in range(rounds):
        vars_[0].value = r
        planner.run(order)
        total += vars_[n].value
    return total


def projection_test(n, rounds):
    planner = Planner()
    scale = Variable("scale", 10)
    offset = Variable("offset", 1000)
    total = 0
    dests = []
    srcs = []
    for i in range(n):
        src = Variable("src%d" % i, i)
        dst = Variable("dst%d" % i, i)
        srcs.append(src)
        dests.append(dst)
        planner.add(Scale(src, dst, scale.value, offset.value, STRONG))
    order = planner.plan(srcs)
    for r in range(rounds):
        for s in srcs:
            s.value += 1
        planner.run(order)
        total += sum(d.value for d in dests)
    return total


print(chain_test(500, 12000))
print(projection_test(500, 9000))
