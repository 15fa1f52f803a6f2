# def with positional parameters, defaults, keywords, return, recursion.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

print(fib(20))

def greet(name, greeting="Hello", punctuation="!"):
    return greeting + ", " + name + punctuation

print(greet("world"))
print(greet("Ada", "Hi"))
print(greet("Bob", punctuation="?"))
print(greet(greeting="Hey", name="Cy"))

def no_return():
    x = 1

print(no_return())

def factorial(n):
    result = 1
    while n > 1:
        result *= n
        n -= 1
    return result

print(factorial(25))

def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ackermann(m - 1, 1)
    return ackermann(m - 1, ackermann(m, n - 1))

print(ackermann(2, 3))

counter = 0

def bump():
    global counter
    counter += 1
    return counter

bump()
bump()
print("counter", counter)

def many(a, b, c, d, e=5):
    return a + b + c + d + e

print(many(1, 2, 3, 4), many(1, 2, 3, 4, 10), many(1, 2, 3, d=0))

def shadow(print_):
    return print_ * 2

print(shadow(21))
f = fib
print(f(10), fib is f)
