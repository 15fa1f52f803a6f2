import io
import logging
import os
import tempfile

stream = io.StringIO()
handler = logging.StreamHandler(stream)
log = logging.getLogger("fmt")
log.addHandler(handler)
log.propagate = False
log.setLevel(logging.DEBUG)

for fmt, style in [("%(levelname)-8s %(name)s: %(message)s", "%"),
                   ("{levelname:>8} {name} {message!r}", "{"),
                   ("$levelname $name ${message}", "$"),
                   ("%(levelno)03d %(message)s", "%")]:
    handler.setFormatter(logging.Formatter(fmt, style=style))
    log.info("hello %s", "world")
print(stream.getvalue(), end="")

# asctime is present but not printed: only its shape is checked
stream.seek(0); stream.truncate()
handler.setFormatter(logging.Formatter("%(asctime)s %(message)s"))
log.warning("timed")
line = stream.getvalue()
print(len(line.split(" ")[0]), line[4], line[7], line[19], line.endswith(" timed\n"))
stream.seek(0); stream.truncate()
handler.setFormatter(logging.Formatter("%(asctime)s|%(message)s", datefmt="%Y"))
log.warning("year")
print(len(stream.getvalue().split("|")[0]), stream.getvalue().split("|")[1], end="")

for args in [("%(message", "%"), ("no fields", "{"), ("plain", "$"), ("x", "!")]:
    try:
        logging.Formatter(args[0], style=args[1])
    except ValueError as e:
        print(type(e).__name__, e)

f = logging.Formatter(defaults={"extra": "dflt"}, fmt="%(extra)s %(message)s")
record = logging.makeLogRecord({"msg": "made %s", "args": ("here",), "levelname": "INFO"})
print(f.format(record), record.getMessage(), record.message)
print(logging.Formatter().format(logging.makeLogRecord({"msg": "just this"})))

try:
    raise ValueError("bad value")
except ValueError:
    import sys
    record = logging.makeLogRecord({"msg": "oops", "exc_info": sys.exc_info()})
print(logging.Formatter("%(levelname)s %(message)s").format(record))

d = tempfile.mkdtemp()
if True:
    path = os.path.join(d, "app.log")
    fh = logging.FileHandler(path, mode="w")
    fh.setFormatter(logging.Formatter("%(name)s:%(levelname)s:%(message)s"))
    log.addHandler(fh)
    log.info("to file")
    log.error("also to file")
    fh.close()
    log.removeHandler(fh)
    with open(path) as fp:
        print(fp.read(), end="")
    print(fh.baseFilename == path, fh.mode)

    log2 = logging.getLogger("file2")
    logging.basicConfig(filename=os.path.join(d, "basic.log"), filemode="w", level="DEBUG",
                        format="%(levelname)s %(message)s")
    logging.debug("basic to file")
    logging.getLogger().handlers[0].close()
    with open(os.path.join(d, "basic.log")) as fp:
        print(fp.read(), end="")

for kwargs in [{"stream": stream, "filename": "x"}, {"bogus": 1, "force": True}, {"style": "?", "force": True}]:
    try:
        logging.basicConfig(**kwargs)
    except ValueError as e:
        print(type(e).__name__, e)
for name in ("app.log", "basic.log"):
    os.remove(os.path.join(d, name))
os.rmdir(d)
print(os.path.exists(d))
