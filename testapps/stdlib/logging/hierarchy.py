import io
import logging
import sys


def show(stream):
    print(stream.getvalue(), end="")
    stream.seek(0)
    stream.truncate()


buf = io.StringIO()
root_handler = logging.StreamHandler(buf)
root_handler.setFormatter(logging.Formatter("root saw %(name)s %(levelname)s %(message)s"))
logging.getLogger().addHandler(root_handler)
logging.getLogger().setLevel(logging.DEBUG)

child = logging.getLogger("a.b.c")      # created before its parents
parent = logging.getLogger("a")
middle = logging.getLogger("a.b")
print(child.parent is middle, middle.parent is parent, parent.parent is logging.root)
print(parent.getChild("b") is middle, logging.getLogger("a").getChild("x.y").name)

mine = io.StringIO()
h = logging.StreamHandler(mine)
h.setFormatter(logging.Formatter("[%(name)s] %(message)s"))
h.setLevel(logging.INFO)
parent.addHandler(h)
child.debug("debug from c")
child.info("info from c")
show(mine)
show(buf)

parent.propagate = False
child.warning("not propagated to root")
show(mine)
show(buf)
parent.propagate = True

middle.setLevel(logging.ERROR)
child.warning("below middle's level")
child.error("at middle's level")
print(child.getEffectiveLevel(), logging.getLevelName(child.getEffectiveLevel()))
show(mine)
show(buf)

class OnlyOdd(logging.Filter):
    def filter(self, record):
        return record.args[0] % 2 == 1

middle.setLevel(logging.NOTSET)
h.addFilter(OnlyOdd())
for i in range(4):
    child.info("number %d", i)
show(mine)
show(buf)
h.filters.clear()

name_filter = logging.Filter("a.b")
print(name_filter.filter(logging.makeLogRecord({"name": "a.b.c"})),
      name_filter.filter(logging.makeLogRecord({"name": "a.bc"})),
      name_filter.filter(logging.makeLogRecord({"name": "a.b"})),
      logging.Filter().filter(logging.makeLogRecord({"name": "z"})))

child.addFilter(lambda record: "secret" not in record.getMessage())
child.info("public")
child.info("secret stuff")
show(mine)

null = logging.getLogger("quiet")
null.addHandler(logging.NullHandler())
null.propagate = False
null.error("goes nowhere")
print(null.hasHandlers(), logging.getLogger("nobody").hasHandlers())
print(repr(h).startswith("<StreamHandler"), logging.NullHandler(), repr(logging.getLogger("a.b")))

adapter = logging.LoggerAdapter(parent, {"user": "ann"})
h.setFormatter(logging.Formatter("%(user)s: %(message)s"))
adapter.info("hello %s", "there")
adapter.debug("not shown")
print(adapter, adapter.isEnabledFor(logging.INFO), adapter.name)
show(mine)
show(buf)

class Prefixed(logging.LoggerAdapter):
    def process(self, msg, kwargs):
        return "[%s] %s" % (self.extra["id"], msg), kwargs

h.setFormatter(logging.Formatter("%(message)s"))
Prefixed(parent, {"id": 7}).warning("adapted")
parent.info("extra field", extra={"user": "bob"})
try:
    parent.info("bad extra", extra={"message": "x"})
except KeyError as e:
    print(type(e).__name__, e)
show(mine)
show(buf)
