import csv
import io

samples = ['a,b,c\r\n1,2,3\r\n', 'x,"quoted, comma","with ""escaped"" quotes"\n', '"multi\nline",end\n', 'a,,c\n,\n\n"",x\n',
           ' a, b,  c\n', '"unterminated', 'a;b;c\n', 'tab\tsep\n', 'a,b\rc,d\r', 'trailing,\n', '"a"b,c\n', 'esc\\,aped,x\n']
for text in samples:
    print(repr(text), list(csv.reader(text.splitlines(keepends=True))))
print(list(csv.reader(['a,b', 'c,d'])), list(csv.reader([' a, "b"'], skipinitialspace=True)), list(csv.reader(['a;b'], delimiter=';')))
print(list(csv.reader(['1,"2","three",4.5,'], quoting=csv.QUOTE_NONNUMERIC)), list(csv.reader(['a\\,b,c'], escapechar='\\')))
print(list(csv.reader(['"a""b"'], doublequote=False)), list(csv.reader(["'a,b',c"], quotechar="'")), list(csv.reader(['"a",b'], quoting=csv.QUOTE_NONE)))
print(list(csv.reader(['a\tb\tc'], dialect='excel-tab')), list(csv.reader(['"x\\"y",z'], escapechar='\\', doublequote=False)))
r = csv.reader(io.StringIO('h1,h2\n"v\n1",v2\nlast,row\n', newline=""))
for row in r:
    print(r.line_num, row)
print(r.dialect.delimiter, repr(r.dialect.quotechar), r.dialect.quoting, r.dialect.doublequote, repr(r.dialect.lineterminator), r.dialect.strict)
for bad in [lambda: list(csv.reader(['a"b,c'], strict=True)), lambda: list(csv.reader(['"ab"c,d'], strict=True)), lambda: list(csv.reader(['"abc'], strict=True)),
            lambda: list(csv.reader(['a\rb'])), lambda: list(csv.reader([b'a'])), lambda: list(csv.reader(['abc'], quoting=csv.QUOTE_NONNUMERIC)),
            lambda: csv.reader([], delimiter='ab'), lambda: csv.reader([], delimiter=None), lambda: csv.reader([], quotechar='ab'),
            lambda: csv.reader([], lineterminator=1), lambda: csv.reader([], quoting=7), lambda: csv.reader([], escapechar='ab'),
            lambda: csv.reader([], foo=1), lambda: csv.reader([], 'nope'), lambda: csv.reader(5), lambda: csv.reader([], quotechar=None, quoting=csv.QUOTE_ALL)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
old = csv.field_size_limit(10)
try:
    list(csv.reader(['x' * 11]))
except csv.Error as e:
    print("Error", e)
print(old, csv.field_size_limit(old), csv.field_size_limit())
print(list(csv.reader(['a,b'], quotechar=None)), list(csv.reader(['"a"'], quotechar=None)))
