# A report generator in the style of an invoicing/mail-merge tool: a string.Formatter
# subclass with custom conversions and format specs, string.Template (substitute,
# safe_substitute, identifiers), objects with __format__, f-string format specs (fill, align, grouping, sign,
# nested widths), textwrap for paragraphs and money math done in integer cents.
import string
import sys
import textwrap
from dataclasses import dataclass, field
from datetime import date, timedelta

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


class Money:
    """Integer cents with a currency; format spec 'c' adds the symbol, others pass to int."""
    SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}

    __slots__ = ("cents", "currency")

    def __init__(self, cents, currency="EUR"):
        self.cents = cents
        self.currency = currency

    def __add__(self, other):
        if isinstance(other, int) and other == 0:
            return self
        if not isinstance(other, Money) or other.currency != self.currency:
            return NotImplemented
        return Money(self.cents + other.cents, self.currency)

    __radd__ = __add__

    def __mul__(self, qty):
        # round half to even on the cent, like banks do for interest
        if isinstance(qty, float):
            return Money(round(self.cents * qty), self.currency)
        return Money(self.cents * qty, self.currency)

    def split(self, parts):
        base, extra = divmod(self.cents, parts)
        return [Money(base + (1 if i < extra else 0), self.currency) for i in range(parts)]

    def __format__(self, spec):
        sign = "-" if self.cents < 0 else ""
        units, cents = divmod(abs(self.cents), 100)
        if spec.endswith("c"):
            width = spec[:-1]
            text = f"{sign}{self.SYMBOLS[self.currency]}{units:,}.{cents:02d}"
            return format(text, width or "")
        return format(f"{sign}{units}.{cents:02d}", spec)

    def __repr__(self):
        return f"Money({self.cents!r}, {self.currency!r})"


class ReportFormatter(string.Formatter):
    """Adds !u (upper) and !t (title) conversions, a default for missing keys,
    and a 'list' spec that joins sequences."""

    def __init__(self, defaults):
        super().__init__()
        self.defaults = defaults
        self.missing = []

    def get_value(self, key, args, kwargs):
        if isinstance(key, int):
            return args[key]
        if key in kwargs:
            return kwargs[key]
        self.missing.append(key)
        return self.defaults.get(key, f"<{key}?>")

    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        if conversion == "t":
            return str(value).title()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec.startswith("list"):
            sep = format_spec[4:] or ", "
            return sep.join(str(v) for v in value)
        return super().format_field(value, format_spec)


@dataclass(order=True)
class Line:
    sku: str
    description: str = field(compare=False)
    qty: int = field(default=1, compare=False)
    price: Money = field(default_factory=lambda: Money(0), compare=False, repr=False)

    @property
    def total(self):
        return self.price * self.qty


@dataclass
class Invoice:
    number: int
    customer: str
    issued: date
    lines: list = field(default_factory=list)
    tags: list = field(default_factory=list)

    def subtotal(self):
        return sum((line.total for line in self.lines), Money(0))


def parse_template_fields(fmt):
    out = []
    for literal, name, spec, conv in string.Formatter().parse(fmt):
        out.append((literal, name, spec, conv))
    return out


def build_invoices(n):
    words = ["widget", "gadget", "sprocket", "flange", "gizmo", "doohickey", "bracket"]
    invoices = []
    start = date(2024, 1, 31)
    for i in range(n):
        inv = Invoice(1000 + i, ["acme corp", "globex", "initech", "umbrella ltd"][i % 4],
                      start + timedelta(days=17 * i))
        for j in range(1 + i % 4):
            w = words[(i * 3 + j) % len(words)]
            inv.lines.append(Line(f"SKU-{(i * 7 + j * 13) % 97:03d}", f"{w} size {j + 1}",
                                  qty=(i + j) % 5 + 1, price=Money(199 + 1375 * j + 31 * i)))
        inv.lines.sort()
        inv.tags = ["priority"] if i % 3 == 0 else ["net30", "mail"]
        invoices.append(inv)
    return invoices


def render(inv, fmt):
    header = fmt.format(
        "{customer!t:<16} #{number:>06} issued {issued:%d %b %Y} ({issued:%a}) tags={tags:list|}",
        customer=inv.customer, number=inv.number, issued=inv.issued, tags=inv.tags)
    rows = [header]
    for line in inv.lines:
        rows.append(fmt.format("  {0.sku:<8} {0.description!u:.<24} {0.qty:>3} x {1:>9} = {2:>11c}",
                               line, line.price, line.total))
    sub = inv.subtotal()
    vat = sub * 0.19
    rows.append(fmt.format("  {label:>40} {value:>11c}", label="subtotal", value=sub))
    rows.append(fmt.format("  {label:>40} {value:>11c}", label="VAT 19%", value=vat))
    rows.append(fmt.format("  {label:>40} {value:>11c}  due {due}", label="total", value=sub + vat,
                           due=inv.issued + timedelta(days=30)))
    return "\n".join(rows)


def main():
    fmt = ReportFormatter({"footer": "thank you"})
    invoices = build_invoices(6 * SCALE)
    for inv in invoices[:6]:
        print(render(inv, fmt))
    print(fmt.format("{footer!u} / {missing_key} / {0:*^20}", "end"))
    print("missing:", fmt.missing)

    grand = sum((inv.subtotal() for inv in invoices), Money(0))
    print(f"grand total over {len(invoices)} invoices: {grand:c} ({grand!r})")
    shares = grand.split(7)
    print("split 7:", " ".join(f"{s:c}" for s in shares), f"sum={sum(shares, Money(0)):c}")

    # Formatter.parse / vformat / positional auto numbering
    for item in parse_template_fields("a{0}b{name!r:>{width}}c{{d}}{}"):
        print(item)
    print(string.Formatter().vformat("{} and {} and {x}", ("one", "two"), {"x": 3}))
    print(string.Formatter().format("{0[1]} {p.real} {d[k]:>4}", [5, 6], p=3 + 4j, d={"k": "v"}))
    try:
        string.Formatter().format("{} {1}", "a", "b")
    except ValueError as e:
        print("ValueError:", e)
    try:
        string.Formatter().format("{0", "a")
    except ValueError as e:
        print("ValueError:", e)

    # f-string format specs
    n = 1234567.891
    print(f"{n:,.2f}|{n:_>16.1f}|{n:+e}|{n:=+14,.0f}|{-n:^18,.3f}|{n:%}")
    for width in (6, 9, 12):
        print(f"[{'x':{'>' if width % 2 else '<'}{width}}] [{255:#{width}x}] [{255:0{width}b}]")
    print(f"{12345678901234567890:_d} {0.000012345:g} {1e21:g} {3.5:.0f} {2.5:.0f} {-0.0:+.1f}")
    print(f"{'truncate me':.8} {'centre':^12}| {True!s:>6} {None!r}")

    # string.Template
    t = string.Template("Dear $name, your balance is ${amount} as of $date. 100$$ sure.")
    print(t.substitute(name="Ada", amount=f"{grand:c}", date="2024-03-01"))
    print(t.safe_substitute(name="Bob"))
    try:
        t.substitute(name="Eve")
    except KeyError as e:
        print("KeyError:", e)
    std = string.Template("$who likes ${what}s; $$5 $bad-")
    print(std.safe_substitute(who="tim", what="kung pao"))
    print(std.get_identifiers(), std.is_valid())
    try:
        string.Template("cost: $").substitute()
    except ValueError as e:
        print("ValueError:", e)

    # textwrap
    body = ("Payment is due within thirty days of the invoice date. Late payments incur a "
            "fee of 1.5% per month. Please quote the invoice number on all correspondence.")
    print(textwrap.fill(body, width=44, initial_indent="> ", subsequent_indent="| "))
    print(textwrap.shorten(body, width=60, placeholder=" [...]"))
    print(textwrap.indent(textwrap.dedent("""\
        first
          second

        third"""), "    ", lambda line: True))
    w = textwrap.TextWrapper(width=20, break_long_words=True, max_lines=3, placeholder="~")
    print(w.wrap("supercalifragilisticexpialidocious is a word that is long " * 2))


main()
