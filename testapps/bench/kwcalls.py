# Calls with keyword arguments, defaults, *args and **kwargs (binding, forwarding, keyword-only).
def f(a, b=2, *args, c=3, d=None, **kw):
    return a + b + c + len(args) + len(kw) + (0 if d is None else d)

def g(*args, **kwargs):
    return f(*args, **kwargs)

def h(x, y=1, z=2):
    return x * y + z

class Widget:
    def __init__(self, name, *, width=10, height=20, **opts):
        self.name = name
        self.width = width
        self.height = height
        self.opts = opts
    def area(self, scale=1):
        return self.width * self.height * scale

def main():
    t = 0
    opts = {"c": 5, "e": 1}
    for i in range(450000):
        t += f(i)
        t += f(i, 1, 2, 3, c=4)
        t += f(i, d=i, z=1)
        t += g(i, 2, **opts)
        t += h(i, z=3) + h(x=i) + h(i, 2, 3)
        w = Widget("w", width=i % 7, color="red")
        t += w.area(scale=2)
    print(t)

main()
