# PercentStyle formats read a record's attributes in place; everything that needs the real
# record.__dict__ (positional fields, '*', defaults, odd record classes) and
# missing fields behave as CPython's.
import io
import logging


def run(fmt, record=None, **kw):
    try:
        f = logging.Formatter(fmt, validate=False, **kw)
        r = record or logging.LogRecord("app.db", logging.WARNING, "/x/mod.py", 12, "hello %s", ("you",), None)
        text = f.format(r)
        print(repr(text.replace(repr(r.__dict__), "<dict>")) if "{" in text else repr(text))
    except Exception as e:
        print("raised", type(e).__name__, e)


run("%(levelname)-8s %(name)s: %(message)s")
run("%(levelno)03d|%(lineno)5d|%(filename).3s|%(module)r|%(msg)a")
run("100%% %(name)s %%")
run("%s")
run("%(name)*s")
run("%(nosuch)s")
run("%(name)s %(")
run("%(name)s %")
run("%(a(b)c)s")
run("%(name)s", defaults={"x": 1})
run("%(x)s %(name)s", defaults={"x": 1})
run("")
run("plain text")


class Fancy(str):
    pass


run(Fancy("%(name)s!"))

r = logging.LogRecord("n", logging.INFO, "p.py", 1, "m", (), None)
r.__dict__["extra"] = "from dict"
r.__dict__[5] = "int key"
run("%(extra)s %(name)s", r)


class Record(logging.LogRecord):
    @property
    def __dict__(self):
        return {"name": "from property", "message": "m", "levelname": "L", "levelno": 1}


run("%(name)s", Record("n", logging.INFO, "p.py", 1, "m", (), None))


class Loud(logging.LogRecord):
    def __getattribute__(self, name):
        if name == "__dict__":
            d = dict(object.__getattribute__(self, "__dict__"))
            d["name"] = "loud"
            return d
        return object.__getattribute__(self, name)


run("%(name)s", Loud("n", logging.INFO, "p.py", 1, "m", (), None))


class Obj:
    def __str__(self):
        print("  str called")
        return "obj"


run("%(msg)s|%(name)s", logging.LogRecord(Obj(), logging.INFO, "p.py", 1, Obj(), (), None))
stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)s:%(name)s:%(message)s:%(custom)s"))
log = logging.getLogger("t")
log.addHandler(h)
log.propagate = False
log.warning("with extra %d", 5, extra={"custom": "c1"})
print(stream.getvalue())
