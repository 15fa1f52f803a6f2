import sys

def where():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_globals["__name__"]

def outer():
    x = [where() for _ in range(1)]
    return where(), x

class K:
    here = where()

print(outer())
print(K.here)
print(where())
f = sys._getframe()
print(f.f_code.co_name, f.f_back, f.f_locals is globals())
def gen():
    yield sys._getframe().f_lineno
    yield sys._getframe(1).f_code.co_name
g = gen()
print(next(g), next(g))
def deco(fn):
    return fn
@deco
def decorated():
    return sys._getframe().f_code
print(decorated().co_firstlineno, decorated().co_name, decorated().co_varnames)
def chain():
    f = sys._getframe()
    names = []
    while f is not None:
        names.append(f.f_code.co_name)
        f = f.f_back
    return names
print(chain())
print([chain() for _ in range(1)])
print(list(chain() for _ in range(1)))
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
try:
    1/0
except ZeroDivisionError as e:
    print(e.__traceback__.tb_frame.f_code.co_name, e.__traceback__.tb_lineno)
