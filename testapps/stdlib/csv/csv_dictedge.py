# DictReader and DictWriter details: restkey/restval, the lazy fieldnames property, line_num with
# blank and multi-line records, empty input, extrasaction variants and what the writers return.
import csv
import io

r = csv.DictReader(io.StringIO('a,b\n1,2,3\n4\n\n\n"x\ny",6\n5,6\n'), restkey='rest', restval='RV')
print(r.line_num, r.fieldnames, r.line_num, r.restkey, r.restval, r.dialect)
for row in r:
    print(r.line_num, row)
print(r.line_num)
r = csv.DictReader(io.StringIO('a,b\n1\n'))
print(list(r))
r = csv.DictReader(io.StringIO('a\n1,2,3\n'))
print(list(r))
r = csv.DictReader(io.StringIO(''))
print(r.fieldnames, list(r), r.line_num)
r = csv.DictReader(io.StringIO('\n\nh1,h2\nv1,v2\n'))
print(r.fieldnames, r.line_num, list(r))
r = csv.DictReader(io.StringIO('x,y\n'), fieldnames=['p', 'q'])
print(r.line_num, list(r), r.line_num)
r = csv.DictReader(['a;b', '1;2'], delimiter=';')
print(next(r), r.reader.dialect.delimiter)
r.fieldnames = ['z', 'w']
print(r.fieldnames)
r = csv.DictReader(io.StringIO('k,k\n1,2\n'))
print(list(r))
r = csv.DictReader(io.StringIO('a,b\n1,2\n'), fieldnames=('a',), restkey=None)
print(list(r))

out = io.StringIO()
w = csv.DictWriter(out, ['a', 'b'], restval='-', lineterminator='\n')
print(w.writeheader(), w.writerow({'a': 1}), w.writerows([{'b': 2}, {'a': 3, 'b': 4}]))
try:
    w.writerow({'a': 1, 'c': 2, 'd': 3})
except ValueError as e:
    print(type(e).__name__, e)
print(repr(out.getvalue()))
for action in ['bogus', 'Raise', 'IGNORE']:
    try:
        w = csv.DictWriter(out, ['a'], extrasaction=action)
        print(action, w.writerow({'a': 1, 'z': 2}))
    except ValueError as e:
        print(type(e).__name__, e)
w = csv.DictWriter(out, ['a'], extrasaction='ignore')
print(w.writerow({'a': 1, 'z': 2}), w.extrasaction, w.fieldnames, repr(w.restval))
out = io.StringIO()
w = csv.DictWriter(out, ('x', 'y'), dialect='unix')
w.writeheader()
w.writerow({'y': None, 'x': 1.5})
w.writerows(iter([{'x': 'q"t'}]))
print(repr(out.getvalue()))
out = io.StringIO()
w = csv.DictWriter(out, ['n', 's'], quoting=csv.QUOTE_NONNUMERIC, lineterminator='|')
w.writeheader()
w.writerow({'n': 3, 's': 'x'})
print(out.getvalue())
try:
    csv.DictWriter(io.StringIO(), ['a'], bogus=1)
except TypeError as e:
    print(type(e).__name__, e)
