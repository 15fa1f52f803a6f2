# Indexes beyond 64 bits: IndexError 'cannot fit ...' naming the index's type, also before a type
# turns down item assignment or deletion (CPython converts the index first for sequence-like types).
import collections, array
objs = ["abc", b"abc", bytearray(b"abc"), [1, 2], (1, 2), range(3), collections.deque([1]), array.array('i', [1]), memoryview(b"ab"), "a\U0001F600b"]
class S(str): pass
class L(list): pass
objs += [S("ab"), L([1])]
for o in objs:
    for i in (10**20, -10**20, 2**63, 2**63 - 1, 10**19):
        try:
            o[i]
        except Exception as e:
            print(type(o).__name__, type(e).__name__, e)
    for i in (10**20,):
        try:
            o[i] = 1
        except Exception as e:
            print('set', type(o).__name__, type(e).__name__, e)
        try:
            del o[i]
        except Exception as e:
            print('del', type(o).__name__, type(e).__name__, e)
m = memoryview(bytearray(b"ab"))
for k in (0, 10**20, "x"):
    try: del m[k]
    except Exception as e: print(type(e).__name__, e)
m.release()
try: del m[0]
except Exception as e: print(type(e).__name__, e)

class C:
    def __getitem__(self, i): return i
class D: pass
class Idx:
    def __index__(self): return 10**20
for o in (C(), D(), object(), 5, None, {}.keys(), frozenset(), "ab"):
    for k in (10**20, 0, "x", Idx()):
        try:
            o[k] = 1
        except Exception as e:
            print(type(o).__name__, repr(k)[:6], type(e).__name__, e)
        try:
            del o[k]
        except Exception as e:
            print(type(o).__name__, repr(k)[:6], type(e).__name__, e)
try: "abc"[Idx()]
except Exception as e: print(type(e).__name__, e)
try: [1][Idx()]
except Exception as e: print(type(e).__name__, e)
try: "abc"[-2**63-1]
except Exception as e: print(type(e).__name__, e)
