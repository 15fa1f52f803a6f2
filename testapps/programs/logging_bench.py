# logging: loggers in a hierarchy, formatters, filtered levels, %-style args, a StringIO handler.
import io
import logging
import sys

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1


class CountingFilter(logging.Filter):
    def __init__(self):
        super().__init__()
        self.seen = 0

    def filter(self, record):
        self.seen += 1
        return "skip" not in record.getMessage()


def main():
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    handler.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
    counting = CountingFilter()
    handler.addFilter(counting)
    root = logging.getLogger("app")
    root.setLevel(logging.INFO)
    root.addHandler(handler)
    root.propagate = False
    db = logging.getLogger("app.db")
    web = logging.getLogger("app.web")
    web.setLevel(logging.WARNING)
    brace = io.StringIO()
    bh = logging.StreamHandler(brace)
    bh.setFormatter(logging.Formatter("{levelname}|{name}|{message}", style="{"))
    audit = logging.getLogger("audit")
    audit.addHandler(bh)
    audit.setLevel(logging.DEBUG)
    audit.propagate = False
    n = 4000 * SCALE
    for i in range(n):
        db.debug("query %d took %.3f ms", i, i * 0.25)
        db.info("row %d of %s", i, "users")
        web.info("request %s", i)
        if i % 7 == 0:
            web.warning("slow request %d: %r", i, {"path": "/x/%d" % i})
        if i % 11 == 0:
            db.error("skip this %d", i)
        if i % 13 == 0:
            audit.debug("user=%s action=%s", "u%d" % (i % 5), "login")
        if i % 500 == 0:
            try:
                raise ValueError("bad value %d" % i)
            except ValueError:
                db.exception("failed at %d", i)
    text = stream.getvalue()
    lines = text.splitlines()
    print("lines", len(lines))
    print("filter saw", counting.seen)
    for line in lines[:5]:
        print(line)
    print(sum(1 for l in lines if l.startswith("WARNING")), "warnings")
    print(sum(1 for l in lines if l.startswith("Traceback")), "tracebacks")
    print(sum(1 for l in lines if l.startswith("ValueError")), "ValueError lines")
    print(brace.getvalue().splitlines()[:3])
    print(db.isEnabledFor(logging.DEBUG), web.getEffectiveLevel(), db.getEffectiveLevel())
    print(logging.getLevelName(logging.ERROR), logging.getLevelName(25))
    rec = logging.LogRecord("x", logging.INFO, "f.py", 3, "a %s b %d", ("s", 4), None)
    print(rec.getMessage(), rec.levelname, rec.lineno)
    fmt = logging.Formatter("[%(levelno)02d] %(message)s")
    print(fmt.format(rec))


main()
