# __import__ as programs call it: top-level package, fromlist, errors.
m = __import__("json")
print(m.__name__, m.dumps([1, 2]))
p = __import__("os.path")
print(p.__name__)
q = __import__("os.path", fromlist=["join"])
print(q.__name__, q.join("a", "b"))
for bad in (1, ""):
    try:
        __import__(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    __import__("no_such_module_here")
except ImportError as e:
    print(type(e).__name__, e)
