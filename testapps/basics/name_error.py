# Reading an undefined name raises NameError; a local read before assignment is UnboundLocalError.
def f():
    print(value)
    value = 1


x = 1
print(x)
try_it = 0
f()
