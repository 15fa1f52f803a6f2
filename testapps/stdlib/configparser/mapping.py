import configparser
import io

cp = configparser.ConfigParser()
cp.read_dict({
    "DEFAULT": {"home": "/srv", "debug": "no"},
    "app": {"name": "demo", "port": 8080, "path": "%(home)s/app"},
    "db": {"host": "localhost", "debug": "yes"},
})
print(cp.sections(), list(cp), list(cp.keys()))
print("app" in cp, "nope" in cp, "DEFAULT" in cp, len(cp))
app = cp["app"]
print(type(app).__name__, app.name, repr(app))
print(app["name"], app["port"], app["path"], app.get("missing"), app.get("missing", "fb"))
print(app.getint("port"), app.getboolean("debug"), cp["db"].getboolean("debug"))
print(sorted(app), sorted(app.keys()), "home" in app, "HOME" in app)
print(dict(cp["db"]), cp.defaults())
app["port"] = "9090"
print(cp.get("app", "port"), cp.getint("app", "port") + 1)
cp["new"] = {"a": "1", "B": "2"}
print(cp.sections(), dict(cp["new"]))
del cp["new"]["a"]
print(dict(cp["new"]))
del cp["new"]
print(cp.sections())
print(cp.get("app", "path", raw=True), cp.get("app", "path", vars={"home": "/opt"}))
print(cp.items("db"))
print([(k, v) for k, v in cp.items("app", raw=True)])
print([name for name, section in cp.items()])

for bad in [lambda: cp["missing"], lambda: app["missing"], lambda: cp.set("app", "x", 5),
            lambda: cp.__setitem__("app2", 3), lambda: cp.__delitem__("DEFAULT")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

class Preserving(configparser.ConfigParser):
    def optionxform(self, optionstr):
        return optionstr

p = Preserving()
p.read_string("[S]\nMixedCase = 1\nlower = 2\n")
print(list(p["S"]), p.get("S", "MixedCase"))

conv = configparser.ConfigParser(converters={"list": lambda v: [x.strip() for x in v.split(",")]})
conv.read_string("[x]\nitems = a, b ,c\nn = 3\n")
print(conv.getlist("x", "items"), conv["x"].getlist("items"), conv["x"].getlist("none", ["d"]))

out = io.StringIO()
cp.write(out, space_around_delimiters=False)
print(out.getvalue())

print(cp.BOOLEAN_STATES["on"], cp.BOOLEAN_STATES["off"])
b = configparser.ConfigParser()
b.read_string("[f]\na = maybe\nb = On\nc = 0\n")
print(b.getboolean("f", "b"), b.getboolean("f", "c"))
try:
    b.getboolean("f", "a")
except Exception as e:
    print(type(e).__name__, e)
try:
    b.getint("f", "a")
except Exception as e:
    print(type(e).__name__, e)
