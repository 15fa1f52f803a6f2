# list/tuple/sorted/str.join over a generator expression collect in one loop when the callee is the builtin;
# a str subclass, bytes.join and rebound names get the generator itself.
class S(str):
    def join(self, it):
        return "S.join:" + type(it).__name__
words = ["a", "bb", "ccc"]
EMPTY = ()
print("-".join(w.upper() for w in words))
print(S("-").join(w for w in words))
print(list(len(w) for w in words), tuple(len(w) for w in words), tuple(w for w in []) is EMPTY, sorted(-len(w) for w in words))
try:
    print(", ".join(x for x in [1, 2]))
except Exception as e:
    print(type(e).__name__, e)
list = lambda g: ("mine", type(g).__name__)
print(list(x for x in words))
del list
print(list(x for x in words if x != "bb"))
print(b"/".join(w.encode() for w in words))
def f():
    tuple = lambda g: "local"
    return tuple(x for x in "ab"), sorted(x for x in "ba")
print(f())
