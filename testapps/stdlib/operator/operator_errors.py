import operator
from operator import itemgetter, attrgetter, methodcaller

try:
    print("add 1 arg", repr(operator.add(1)))
except Exception as e:
    print("add 1 arg", type(e).__name__, e)
try:
    print("add types", repr(operator.add(1, "a")))
except Exception as e:
    print("add types", type(e).__name__, e)
try:
    print("neg str", repr(operator.neg("a")))
except Exception as e:
    print("neg str", type(e).__name__, e)
try:
    print("neg 0 args", repr(operator.neg()))
except Exception as e:
    print("neg 0 args", type(e).__name__, e)
try:
    print("truediv 0", repr(operator.truediv(1, 0)))
except Exception as e:
    print("truediv 0", type(e).__name__, e)
try:
    print("lt types", repr(operator.lt(1, "a")))
except Exception as e:
    print("lt types", type(e).__name__, e)
try:
    print("index float", repr(operator.index(1.5)))
except Exception as e:
    print("index float", type(e).__name__, e)
try:
    print("concat int", repr(operator.concat(1, 2)))
except Exception as e:
    print("concat int", type(e).__name__, e)
try:
    print("indexOf missing", repr(operator.indexOf([1, 2], 3)))
except Exception as e:
    print("indexOf missing", type(e).__name__, e)
try:
    print("getitem missing", repr(operator.getitem({}, "k")))
except Exception as e:
    print("getitem missing", type(e).__name__, e)
try:
    print("getitem index", repr(operator.getitem([1], 5)))
except Exception as e:
    print("getitem index", type(e).__name__, e)
try:
    print("itemgetter()", repr(itemgetter()))
except Exception as e:
    print("itemgetter()", type(e).__name__, e)
try:
    print("itemgetter call 0", repr(itemgetter(1)()))
except Exception as e:
    print("itemgetter call 0", type(e).__name__, e)
try:
    print("itemgetter bad", repr(itemgetter(5)([1])))
except Exception as e:
    print("itemgetter bad", type(e).__name__, e)
try:
    print("attrgetter()", repr(attrgetter()))
except Exception as e:
    print("attrgetter()", type(e).__name__, e)
try:
    print("attrgetter(1)", repr(attrgetter(1)))
except Exception as e:
    print("attrgetter(1)", type(e).__name__, e)
try:
    print("attrgetter missing", repr(attrgetter("nope")(1)))
except Exception as e:
    print("attrgetter missing", type(e).__name__, e)
try:
    print("methodcaller()", repr(methodcaller()))
except Exception as e:
    print("methodcaller()", type(e).__name__, e)
try:
    print("methodcaller(1)", repr(methodcaller(1)))
except Exception as e:
    print("methodcaller(1)", type(e).__name__, e)
try:
    print("methodcaller missing", repr(methodcaller("nope")(1)))
except Exception as e:
    print("methodcaller missing", type(e).__name__, e)
try:
    print("length_hint bad default", repr(operator.length_hint([], "x")))
except Exception as e:
    print("length_hint bad default", type(e).__name__, e)
try:
    print("add kw", repr(operator.add(1, b=2)))
except Exception as e:
    print("add kw", type(e).__name__, e)
try:
    print("setitem tuple", repr(operator.setitem((1,), 0, 2)))
except Exception as e:
    print("setitem tuple", type(e).__name__, e)
try:
    print("call()", repr(operator.call()))
except Exception as e:
    print("call()", type(e).__name__, e)
