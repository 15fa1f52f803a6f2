import csv
import io

text = "name,age,city\r\nAda,36,London\r\nAlan,41\r\nGrace,85,Arlington,extra,more\r\n\r\nLinus,54,Helsinki\r\n"
r = csv.DictReader(io.StringIO(text, newline=""))
print(r.fieldnames, r.line_num)
for row in r:
    print(r.line_num, row)
r = csv.DictReader(io.StringIO(text, newline=""), restkey="rest", restval="?")
print([row for row in r])
r = csv.DictReader(["1;2", "3;4;5"], fieldnames=["a", "b"], delimiter=";")
print(list(r), r.fieldnames)
print(csv.DictReader([]).fieldnames, list(csv.DictReader(["only,header"])), list(csv.DictReader(["h"], fieldnames=("x",))))
out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["name", "age", "note"], restval="-")
print(w.writeheader())
print(w.writerow({"name": "Ada", "age": 36}))
w.writerows([{"name": "Alan", "note": "x, y"}, {"age": 1}])
print(repr(out.getvalue()))
for bad in [lambda: w.writerow({"name": "x", "bogus": 1, "other": 2}), lambda: csv.DictWriter(io.StringIO(), ["a"], extrasaction="keep")]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
w = csv.DictWriter(out, ["a"], extrasaction="ignore", lineterminator="\n", quoting=csv.QUOTE_ALL)
w.writerow({"a": 1, "b": 2})
print(repr(out.getvalue()[-6:]))
