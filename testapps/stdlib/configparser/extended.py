# ExtendedInterpolation, converters through parser.converters, vars/raw/fallback and SECTCRE.
import configparser
import io
import re

cp = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
cp.read_string("""
[paths]
home = /home/user
data = ${home}/data
cache = ${data}/cache
price = $$5 and $${literal}

[app]
log = ${paths:cache}/app.log
name = demo-${paths:home}
loop = ${loop}
missing = ${nothing}
other = ${nosection:x}
deep = ${paths:nothing}
triple = ${a:b:c}
lone = $x
empty = ${}
""")
for option in cp.options("app") + ["data", "cache", "price"]:
    section = "paths" if option in ("data", "cache", "price") else "app"
    try:
        print(option, repr(cp.get(section, option)))
    except configparser.Error as e:
        print(option, type(e).__name__, e)
print(cp.get("app", "log", raw=True))
print(cp.get("paths", "data", vars={"home": "/opt"}))
for value in ["ok", "$$", "${x}", "$oops", "tail$", "${open"]:
    try:
        cp.set("app", "new", value)
        print("set", repr(value))
    except ValueError as e:
        print("ValueError", e)

basic = configparser.ConfigParser()
basic.read_string("[s]\nname = %(user)s at %(host)s\nuser = me\n")
print(basic.get("s", "name", vars={"host": "example"}))
print(basic.get("s", "name", vars={"host": 8080, "user": "you"}))
print(basic.get("s", "nope", fallback="fb"), basic.get("nosect", "x", fallback=None))
print(basic.items("s", vars={"host": "h"}))
try:
    basic.get("s", "name")
except configparser.InterpolationMissingOptionError as e:
    print(type(e).__name__, e.option, e.section, e.reference, e.args)
basic.set("s", "pct", "100%%")
print(basic.get("s", "pct"), basic.get("s", "pct", raw=True))

none = configparser.ConfigParser(interpolation=None)
none.read_string("[s]\nv = %(x)s ${y} 100%\n")
none.set("s", "w", "50%")
print(none.get("s", "v"), none.get("s", "w"))

conv = configparser.ConfigParser(converters={"list": lambda v: v.split(",")})
print(sorted(conv.converters), conv.converters["list"]("a,b"), "list" in conv.converters)
conv.converters["upper"] = str.upper
conv.read_string("[x]\nitems = a,b\nname = shout\nn = 7\n")
print(conv.getlist("x", "items"), conv.getupper("x", "name"), conv["x"].getupper("name"))
print(conv.getupper("x", "none", fallback="fb"), conv["x"].getint("n"), conv["x"].getlist("zz"))
del conv.converters["upper"]
print(hasattr(conv, "getupper"), hasattr(conv["x"], "getupper"), len(conv.converters))
for key in [1, ""]:
    try:
        conv.converters[key] = int
    except ValueError as e:
        print("ValueError", e)


class Spaced(configparser.ConfigParser):
    SECTCRE = re.compile(r"\[ *(?P<header>[^]]+?) *\]")


sp = Spaced()
sp.read_string("[  padded  ]\nk = v\n[plain]\nk = w\n")
print(sp.sections(), sp["padded"]["k"])

w = configparser.RawConfigParser(allow_no_value=True, delimiters=(":", "="))
w.read_string("[flags]\nverbose\nlevel: 3\nmulti = one\n  two\n\n  three\n")
w.set("flags", "quiet")
out = io.StringIO()
w.write(out)
print(out.getvalue(), end="")
out = io.StringIO()
w.write(out, space_around_delimiters=False)
print(out.getvalue(), end="")
