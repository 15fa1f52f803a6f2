# Types CPython writes in C outside builtins are named by module and name in its messages (their
# tp_name): 'collections.deque', '_io.TextIOWrapper', 'datetime.datetime'. Python classes, and
# subclasses a program defines of those C types, keep their plain name.
import collections
import datetime
import functools
import io
import itertools
import operator
import re
import struct
import sys
import fractions


class MyDate(datetime.date):
    pass


class MyDeque(collections.deque):
    pass


tests = [
    lambda: datetime.datetime(2020, 1, 1) + 1,
    lambda: datetime.date(2020, 1, 1).foo,
    lambda: datetime.timedelta(1) + "a",
    lambda: MyDate(2020, 1, 1).foo,
    lambda: itertools.count().foo,
    lambda: len(itertools.count()),
    lambda: itertools.chain()[0],
    lambda: functools.partial(print).foo,
    lambda: collections.OrderedDict().foo,
    lambda: collections.defaultdict().foo,
    lambda: collections.Counter().foo,
    lambda: collections.deque().foo,
    lambda: MyDeque().foo,
    lambda: hash(collections.deque()),
    lambda: iter(collections.deque()).foo,
    lambda: collections.deque() + [1],
    lambda: re.compile("a").foo,
    lambda: re.match("a", "a").foo,
    lambda: sys.stdout.foo,
    lambda: io.StringIO().foo,
    lambda: io.BytesIO().foo,
    lambda: open(__file__).foo,
    lambda: open(__file__, "rb").foo,
    lambda: struct.Struct("i").foo,
    lambda: operator.itemgetter(1).foo,
    lambda: operator.attrgetter("x") + 1,
    lambda: fractions.Fraction(1).foo,
    lambda: {}.keys().foo,
    lambda: iter([]).foo,
    lambda: (x for x in []).foo,
    lambda: zip().foo,
    lambda: "a" + collections.deque(),
    lambda: [] + datetime.date(2020, 1, 1),
    lambda: collections.namedtuple("P", "x")(1).foo,
    lambda: collections.deque.__new__(int),
]
for t in tests:
    try:
        t()
    except Exception as e:
        print(type(e).__name__, e)

# A traceback names the C type too.
datetime.datetime(2020, 1, 1) - "2020"
