import csv
import io

out = io.StringIO()
w = csv.writer(out)
print(w.writerow(["a", "b,c", 'd"e', "f\ng", "", None, 1, 2.5, True, 1e20, -0.0]))
w.writerows([[1, 2], [], [""], [None], ["", ""], ("t", "u")])
print(repr(out.getvalue()))
for quoting in [csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE]:
    s = io.StringIO()
    try:
        csv.writer(s, quoting=quoting, escapechar="\\").writerow(["plain", 3, 4.0, "sp ace", "co,mma", 'q"uote', "back\\slash", None, ""])
    except csv.Error as e:
        print("Error", e)
    print(quoting, repr(s.getvalue()))
s = io.StringIO()
w = csv.writer(s, delimiter=";", quotechar="'", lineterminator="\n", doublequote=False, escapechar="/")
w.writerow(["a;b", "it's", "x/y", "a\rb", 'dq"'])
print(repr(s.getvalue()))
s = io.StringIO()
csv.writer(s, dialect="unix").writerow(["u", 1])
csv.writer(s, dialect="excel-tab").writerow(["t\tt", 2])
csv.writer(s, csv.excel).writerow(["e"])
print(repr(s.getvalue()))

class Pipes(csv.Dialect):
    delimiter = "|"
    quotechar = "'"
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = csv.QUOTE_MINIMAL

csv.register_dialect("pipes", Pipes)
csv.register_dialect("semi", delimiter=";", quoting=csv.QUOTE_ALL)
s = io.StringIO()
csv.writer(s, "pipes").writerow(["a|b", "c"])
csv.writer(s, "semi").writerow(["a", "b"])
csv.writer(s, "semi", quoting=csv.QUOTE_MINIMAL).writerow(["a", "b"])
print(repr(s.getvalue()), sorted(csv.list_dialects()), csv.get_dialect("semi").delimiter, list(csv.reader(["x|'y|z'"], "pipes")))
csv.unregister_dialect("semi")
print(sorted(csv.list_dialects()))
for bad in [lambda: csv.get_dialect("semi"), lambda: csv.unregister_dialect("semi"), lambda: csv.writer(io.StringIO()).writerow(5),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"]), lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow([""]),
            lambda: csv.writer(5), lambda: csv.register_dialect(5), lambda: csv.writer(io.StringIO(), delimiter=""),
            lambda: csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(['a"b'])]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)

class Bad(csv.Dialect):
    delimiter = "too long"
try:
    Bad()
except csv.Error as e:
    print("Error", e)
print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE, issubclass(csv.Error, Exception), csv.excel.lineterminator == "\r\n")
rows = [["id", "text"], [1, "hello, world"], [2, 'say "hi"'], [3, "two\nlines"]]
s = io.StringIO()
csv.writer(s).writerows(rows)
print(list(csv.reader(io.StringIO(s.getvalue(), newline=""))))
