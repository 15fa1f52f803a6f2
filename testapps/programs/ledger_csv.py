# An expense ledger kept in CSV files under a temporary folder: custom dialects, DictReader and
# DictWriter, quoting modes, Sniffer, embedded newlines and quotes, and error reporting with line
# numbers as csv.Error carries them.
import csv
import io
import os
import tempfile
from fractions import Fraction

csv.register_dialect("pipes", delimiter="|", quoting=csv.QUOTE_MINIMAL, lineterminator="\n", skipinitialspace=True)


class Semicolon(csv.Dialect):
    delimiter = ";"
    quotechar = "'"
    doublequote = False
    escapechar = "\\"
    lineterminator = "\r\n"
    quoting = csv.QUOTE_NONNUMERIC
    skipinitialspace = False


ROWS = [
    {"date": "2024-01-03", "payee": "Acme, Inc.", "amount": "120.50", "memo": 'said "thanks"'},
    {"date": "2024-01-04", "payee": "Café Nero", "amount": "4.25", "memo": "two\nlines"},
    {"date": "2024-01-09", "payee": "Landlord", "amount": "1500", "memo": ""},
    {"date": "2024-02-01", "payee": "Acme, Inc.", "amount": "-20.00", "memo": "refund"},
    {"date": "2024-02-14", "payee": "Flowers|R|Us", "amount": "35.99", "memo": "  padded  "},
]


def write_all(folder):
    paths = {}
    path = os.path.join(folder, "ledger.csv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.DictWriter(f, fieldnames=["date", "payee", "amount", "memo"])
        w.writeheader()
        w.writerows(ROWS)
    paths["default"] = path
    path = os.path.join(folder, "ledger.psv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, dialect="pipes")
        w.writerow(["date", "payee", "amount"])
        for r in ROWS:
            w.writerow([r["date"], r["payee"], r["amount"]])
    paths["pipes"] = path
    path = os.path.join(folder, "ledger.ssv")
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, dialect=Semicolon)
        for r in ROWS:
            w.writerow([r["date"], r["payee"], float(r["amount"]), r["memo"]])
    paths["semicolon"] = path
    return paths


def show_raw(path):
    with open(path, "rb") as f:
        data = f.read()
    print(f"{os.path.basename(path)}: {len(data)} bytes")
    for line in data.splitlines(keepends=True)[:4]:
        print("   ", line)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_all(tmp)
        for p in paths.values():
            show_raw(p)
        with open(paths["default"], newline="", encoding="utf-8") as f:
            reader = csv.DictReader(f)
            print(reader.fieldnames)
            totals = {}
            for row in reader:
                amount = Fraction(row["amount"])
                totals[row["payee"]] = totals.get(row["payee"], Fraction(0)) + amount
                print(f"  line {reader.line_num:>2}: {row['date']} {row['payee']!r:<16} {float(amount):>9.2f} {row['memo']!r}")
            for payee, total in sorted(totals.items()):
                print(f"  {payee:<14}{round(total, 1)!s:>10}{float(total):>10.3f}")
        with open(paths["pipes"], newline="", encoding="utf-8") as f:
            print([row for row in csv.reader(f, dialect="pipes")][1:3])
        with open(paths["semicolon"], newline="", encoding="utf-8") as f:
            rows = list(csv.reader(f, dialect=Semicolon))
            print(rows[0], rows[1][2], type(rows[1][2]).__name__)
        sample = "id;name;score\n1;'Ann';3.5\n2;'Bob';4\n"
        sniffed = csv.Sniffer().sniff(sample)
        print("sniffed:", repr(sniffed.delimiter), repr(sniffed.quotechar), csv.Sniffer().has_header(sample))
        print(list(csv.reader(io.StringIO(sample), sniffed)))
        out = io.StringIO()
        w = csv.writer(out, quoting=csv.QUOTE_ALL)
        w.writerow([1, 2.5, None, "x", True])
        w = csv.writer(out, quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(["a,b", 'q"t', "plain"])
        w = csv.writer(out, quoting=csv.QUOTE_NONNUMERIC)
        w.writerow([1, 2.5, "s", Fraction(11, 10)])
        print(repr(out.getvalue()))
        for bad in ['a,"b\n', 'x,"unterminated', '"a"b,c']:
            try:
                print(list(csv.reader(io.StringIO(bad), strict=True)))
            except csv.Error as e:
                print("csv.Error:", e)
        try:
            csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
        except csv.Error as e:
            print("csv.Error:", e)
        try:
            csv.DictWriter(io.StringIO(), ["a"]).writerow({"a": 1, "b": 2})
        except ValueError as e:
            print("ValueError:", e)
        r = csv.DictReader(io.StringIO("a,b\n1,2,3\n4\n"), restkey="extra", restval="?")
        print(list(r))
        print(csv.list_dialects()[:0], sorted(d for d in csv.list_dialects()), csv.get_dialect("pipes").delimiter)
        print(csv.field_size_limit(), list(csv.reader(["a, b,c"], skipinitialspace=True)))
        print(sorted(os.listdir(tmp)))
    print("removed:", not os.path.exists(tmp))


main()
