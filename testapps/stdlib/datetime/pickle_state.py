# date, datetime and time pickle as CPython's compact byte state (fold only from protocol 4), their constructors take
# that state back (bytes, or latin-1 str from Python 2 pickles); tzinfo and timezone reduce as CPython's.
import pickle, copy, datetime as dt
tz = dt.timezone(dt.timedelta(hours=2), 'X')
objs = [dt.datetime(2009, 3, 1, 12, 0), dt.date(2001, 1, 2), dt.datetime(2020, 11, 1, 1, 30, 5, 123456, tz, fold=1),
        dt.time(23, 59, 1, 999), dt.time(1, 2, 3, 4, tzinfo=tz, fold=1), dt.timedelta(3, 4, 5), tz, dt.timezone.utc,
        dt.datetime(1, 1, 1), dt.datetime.max, dt.date.max]
for o in objs:
    for proto in range(6):
        s = pickle.dumps(o, proto)
        back = pickle.loads(s)
        print(proto, len(s), s, back == o, getattr(back, 'fold', None))
    print(o.__reduce__(), o.__reduce_ex__(4), copy.deepcopy(o) == o, copy.copy(o) == o)
class D(dt.datetime):
    pass
d = D(2000, 1, 2, 3)
print(type(pickle.loads(pickle.dumps(d))).__name__, copy.deepcopy(d))
print(dt.date(b'\x07\xd1\x01\x02'), dt.datetime(b'\x07\xd9\x03\x01\x0c\x00\x00\x00\x00\x00'), dt.time(b'\x81\x02\x03\x00\x00\x04').fold)
print(dt.date('\x07\xd1\x01\x02'), dt.datetime('\x07\xd9\x83\x01\x0c\x00\x00\x00\x00\x00', tz), dt.time('\x01\x02\x03\x00\x00\x04', tz))
for bad in [lambda: dt.datetime(b'\x07\xd9\x03\x01\x0c\x00\x00\x00\x00\x00', 5), lambda: dt.date(b'\x07\xd1\x00\x02'), lambda: dt.date(b'abc'),
            lambda: dt.time(b'\x01\x02\x03\x00\x00\x04', 'x'), lambda: dt.date('\u0100\xd1\x01\x02')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
class Z(dt.tzinfo):
    def utcoffset(self, d): return dt.timedelta(hours=1)
z = Z()
print(z.__reduce__()[1:], type(pickle.loads(pickle.dumps(z))).__name__)
z.label = 'a'
print(z.__reduce__()[1:], pickle.loads(pickle.dumps(z)).label)
class Y(dt.tzinfo):
    def __init__(self, h): self.h = h
    def __getinitargs__(self): return (self.h,)
print(Y(3).__reduce__()[1:], pickle.loads(pickle.dumps(Y(3))).h)
for bad in [lambda: dt.date(1.5), lambda: dt.date(2000, 'x'), lambda: dt.datetime(2000, 1), lambda: dt.datetime('x')]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
