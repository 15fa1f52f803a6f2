# Function calls: positional, defaults, keywords, closures.
def add(a, b):
    return a + b

def with_default(a, b=1):
    return a + b

def make_adder(k):
    def adder(x):
        return x + k
    return adder

def main():
    total = 0
    inc = make_adder(1)
    for i in range(3000000):
        total = add(total, i)
        total = with_default(total)
        total = add(a=total, b=1)
        total = inc(total)
    print(total)

main()
