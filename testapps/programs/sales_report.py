"""sales_report: read a CSV export, aggregate per region/month and write a report."""
import csv
import io
import statistics
import sys
from collections import OrderedDict, defaultdict
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from functools import reduce
from itertools import accumulate, chain, islice, pairwise
from operator import attrgetter

RAW = """order_id,placed_at,region,customer,sku,qty,unit_price,currency
1001,2024-01-03T09:15:00+01:00,EMEA,Acme GmbH,WID-1,3,19.99,EUR
1002,2024-01-03T17:40:12-05:00,AMER,"Globex, Inc.",WID-2,1,149.00,USD
1003,2024-01-15T08:00:00+09:00,APAC,Initech KK,GAD-7,10,4.50,USD
1004,2024-02-01T23:59:59+00:00,EMEA,Acme GmbH,WID-2,2,149.00,EUR
1005,2024-02-14T12:00:00-08:00,AMER,Umbrella Corp,WID-1,7,19.99,USD
1006,2024-02-29T06:30:00+05:30,APAC,"Tata ""Big"" Co",GAD-7,100,4.25,USD
1007,2024-03-10T10:10:10+01:00,EMEA,Wayne Ent.,SVC-9,1,1200.00,EUR
1008,2024-03-31T22:00:00-07:00,AMER,"Globex, Inc.",GAD-7,,4.50,USD
1009,2024-03-31T23:30:00+00:00,EMEA,Stark Ind.,WID-1,-2,19.99,EUR
1010,not-a-date,APAC,Initech KK,WID-1,1,19.99,USD
"""

FX = {"EUR": 1.09, "USD": 1.0}


@dataclass(order=True)
class Order:
    placed: datetime
    order_id: int
    region: str
    customer: str
    sku: str
    qty: int
    unit_price: float
    currency: str

    @property
    def total_usd(self) -> float:
        return round(self.qty * self.unit_price * FX[self.currency], 2)

    @property
    def month(self) -> str:
        return self.placed.astimezone(timezone.utc).strftime("%Y-%m")


class RowError(ValueError):
    def __init__(self, line: int, reason: str):
        super().__init__(line, reason)
        self.line, self.reason = line, reason

    def __str__(self):
        return f"line {self.line}: {self.reason}"


def parse(text: str):
    reader = csv.DictReader(io.StringIO(text))
    orders, errors = [], []
    for row in reader:
        try:
            if not row["qty"]:
                raise RowError(reader.line_num, "empty qty")
            try:
                placed = datetime.fromisoformat(row["placed_at"])
            except ValueError as e:
                raise RowError(reader.line_num, str(e)) from e
            qty = int(row["qty"])
            if qty <= 0:
                raise RowError(reader.line_num, f"qty must be positive, got {qty}")
            orders.append(Order(placed, int(row["order_id"]), row["region"], row["customer"],
                                row["sku"], qty, float(row["unit_price"]), row["currency"]))
        except RowError as e:
            errors.append(e)
    return orders, errors


def money(x: float) -> str:
    return f"${x:>12,.2f}"


def main():
    orders, errors = parse(RAW)
    print(f"parsed {len(orders)} orders, {len(errors)} rejected")
    for e in errors:
        print("  !", e, f"(cause: {type(e.__cause__).__name__})" if e.__cause__ else "")
    orders.sort()
    first, last = orders[0], orders[-1]
    span = last.placed - first.placed
    print(f"span: {span} = {span.days} days, {span.total_seconds():.0f} s")
    print(f"first: {first.placed:%a %d %b %Y %H:%M %Z} ({first.placed.tzinfo})")
    print(f"last:  {last.placed.astimezone(timezone.utc).isoformat()}")
    by_region = defaultdict(list)
    for o in orders:
        by_region[o.region].append(o)
    print()
    header = f"{'region':<6} {'n':>3} {'revenue':>13} {'mean':>10} {'median':>10} {'stdev':>9}"
    print(header)
    print("=" * len(header))
    for region in sorted(by_region, key=lambda r: -sum(o.total_usd for o in by_region[r])):
        totals = [o.total_usd for o in by_region[region]]
        sd = statistics.stdev(totals) if len(totals) > 1 else float("nan")
        print(f"{region:<6} {len(totals):>3} {money(sum(totals))} {statistics.mean(totals):>10.2f} "
              f"{statistics.median(totals):>10.2f} {sd:>9.3f}")
    months = OrderedDict()
    for o in orders:
        months.setdefault(o.month, 0.0)
        months[o.month] += o.total_usd
    print()
    running = list(accumulate(months.values()))
    for (m, v), cum in zip(months.items(), running):
        print(f"{m}  {v:>10.2f}  cum {cum:>10.2f}")
    for (m1, v1), (m2, v2) in pairwise(months.items()):
        change = (v2 - v1) / v1
        print(f"{m1} -> {m2}: {change:+.1%}")
    top = sorted(orders, key=attrgetter("total_usd"), reverse=True)
    print("\ntop 3:", ", ".join(f"#{o.order_id} {o.customer} ({o.total_usd:,.2f})" for o in islice(top, 3)))
    skus = reduce(lambda acc, o: acc | {o.sku}, orders, set())
    print("skus:", sorted(skus), "customers:", len({o.customer for o in orders}))
    q = statistics.quantiles([o.total_usd for o in orders], n=4)
    print("quartiles:", [round(x, 2) for x in q])
    d = date(2024, 1, 31)
    nexts = []
    for _ in range(4):
        d = (d.replace(day=1) + timedelta(days=32)).replace(day=1) - timedelta(days=1)
        nexts.append(d.isoformat())
    print("month ends:", nexts, date(2024, 2, 29).isocalendar(), date(2024, 3, 31).strftime("%j %U %W %A"))
    out = io.StringIO()
    w = csv.writer(out, quoting=csv.QUOTE_MINIMAL, lineterminator="\n")
    w.writerow(["id", "customer", "usd", "note"])
    for o in orders:
        w.writerow([o.order_id, o.customer, f"{o.total_usd:.2f}", "bulk\norder" if o.qty >= 10 else ""])
    print(out.getvalue(), end="")
    dw = csv.DictWriter(sys.stdout, fieldnames=["region", "orders"], delimiter="\t", lineterminator="\n")
    dw.writeheader()
    dw.writerows({"region": r, "orders": len(v)} for r, v in sorted(by_region.items()))
    print(list(chain.from_iterable((o.sku, o.qty) for o in orders[:3])))
    ts = datetime(2024, 3, 10, 10, 10, 10, tzinfo=timezone(timedelta(hours=1)))
    print(repr(ts), ts.utcoffset(), ts.timestamp(), datetime.fromtimestamp(0, timezone.utc))
    print(datetime.strptime("31/03/2024 23:30", "%d/%m/%Y %H:%M") - datetime(2024, 1, 1))


if __name__ == "__main__":
    main()
