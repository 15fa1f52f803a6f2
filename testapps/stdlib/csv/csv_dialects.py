# Dialect checking: the TypeErrors of reader()/writer() format parameters (order and messages), csv.Dialect
# subclasses (csv.Error), QUOTE_NONE when quotechar is None, and the dialect registry.
import csv
cases = [dict(quoting=None), dict(quoting='1'), dict(quoting=1.0), dict(quoting=True), dict(quoting=9), dict(lineterminator=None), dict(lineterminator=5), dict(lineterminator=''),
 dict(delimiter=None), dict(delimiter=''), dict(delimiter=5), dict(quotechar=None), dict(quotechar=None, quoting=0), dict(quotechar=None, quoting=3), dict(quotechar=''), dict(quotechar=5),
 dict(escapechar=''), dict(escapechar=5), dict(escapechar=None), dict(doublequote=0), dict(strict='x'), dict(bogus=1), dict(delimiter=None, quoting=None),
 dict(quoting=None, lineterminator=None), dict(delimiter='\n'), dict(delimiter=' ', skipinitialspace=True)]
for kw in cases:
    try:
        r = csv.reader([], **kw); d = r.dialect
        print(kw, 'ok', repr(d.delimiter), d.quoting, repr(d.quotechar), repr(d.lineterminator), d.doublequote, repr(d.escapechar), d.strict)
    except Exception as e: print(kw, type(e).__name__, e)
class Q(csv.Dialect):
    delimiter=','; quotechar=None; lineterminator='\n'; quoting=csv.QUOTE_NONE
print(Q().quotechar)
try: csv.register_dialect('x', Q, delimiter=None)
except Exception as e: print(type(e).__name__, e)
try: csv.register_dialect(1)
except Exception as e: print(type(e).__name__, e)
try: csv.get_dialect('nope')
except Exception as e: print(type(e).__name__, e)
csv.register_dialect('semi', delimiter=';'); print(csv.get_dialect('semi').delimiter, type(csv.get_dialect('semi')).__name__, csv.list_dialects())
try: csv.register_dialect('y', 'nope')
except Exception as e: print(type(e).__name__, e)
class O: delimiter = '|'
print(csv.reader(['a|b'], O).__next__())
print(next(csv.reader(['a|b'], dialect=csv.excel, delimiter='|')))
class A: quotechar = None; quoting = 0
class B: quotechar = None
class C: quoting = 0
class D: quotechar = '"'; quoting = 0
for d, kw in [(A, {}), (B, {}), (C, dict(quotechar=None)), (D, dict(quotechar=None)), (A, dict(quoting=0)), (B, dict(quoting=0)), (None, dict(quotechar=None)), ('excel', dict(quotechar=None)), (csv.excel, dict(quotechar=None))]:
    try: print(getattr(d, '__name__', d), kw, csv.reader([], d, **kw).dialect.quoting) if d is not None else print(kw, csv.reader([], **kw).dialect.quoting)
    except Exception as e: print(getattr(d, '__name__', d), kw, type(e).__name__, e)
class Partial(csv.Dialect):
    delimiter = ';'
try:
    Partial()
except csv.Error as e:
    print(type(e).__name__, e)
try:
    csv.Dialect()
except csv.Error as e:
    print(type(e).__name__, e)
class Full(csv.Dialect):
    delimiter = ';'
    quotechar = "'"
    lineterminator = '\n'
    quoting = csv.QUOTE_MINIMAL
f = Full()
print(f._valid, Full._valid, f._name, f.doublequote, f.skipinitialspace, f.escapechar, csv.excel()._valid)
print(next(csv.reader(["a;'b;c'"], Full)), next(csv.reader(["a;'b;c'"], f)))
csv.register_dialect('full', Full)
print(next(csv.reader(["x;'y'"], 'full')), csv.get_dialect('full').quotechar, csv.get_dialect('excel-tab').delimiter == '\t')
csv.unregister_dialect('full')
try:
    csv.unregister_dialect('full')
except csv.Error as e:
    print(type(e).__name__, e)
print(csv.list_dialects(), csv.unix_dialect.quoting == csv.QUOTE_ALL, csv.excel_tab.lineterminator == '\r\n')
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, csv.__version__, csv.Error.__module__)
