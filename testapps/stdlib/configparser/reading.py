import configparser
import io

text = """
# a comment
[DEFAULT]
home = /srv
debug = no

[server]
host = example.org
port: 8080
path = %(home)s/www
ratio = 0.75
enabled = yes
motd = first line
    second line

; another comment
[client]
Timeout = 30
debug = true
"""

cp = configparser.ConfigParser()
cp.read_string(text)
print(cp.sections(), cp.has_section("server"), cp.has_section("DEFAULT"))
print(cp.get("server", "host"), cp.getint("server", "port"), cp.getfloat("server", "ratio"))
print(cp.getboolean("server", "enabled"), cp.getboolean("client", "debug"), cp.getboolean("server", "debug"))
print(cp.get("server", "path"), cp.get("server", "path", raw=True))
print(repr(cp.get("server", "motd")), cp.get("client", "timeout"))
print(cp.options("client"), cp.has_option("client", "home"), cp.has_option("nope", "x"))
print(cp.items("client"))
print(cp["server"]["host"], cp["client"].getint("timeout"), "port" in cp["server"], list(cp))
print(cp.get("server", "missing", fallback="dflt"), cp.getint("client", "nope", fallback=7))
for bad in [lambda: cp.get("nosection", "x"), lambda: cp.get("server", "nokey"),
            lambda: cp.getint("server", "host"), lambda: cp.getboolean("server", "host"),
            lambda: cp.add_section("server"), lambda: cp["missing"]]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)

cp.set("client", "retries", "3")
cp.add_section("new")
cp["new"]["key"] = "value"
cp.remove_option("server", "motd")
out = io.StringIO()
cp.write(out)
print(out.getvalue())

broken = configparser.ConfigParser()
for src in ["key = value\n", "[a]\nx = 1\n[a]\n", "[a]\nx = 1\nx = 2\n", "[a]\njunk line\n"]:
    try:
        broken.read_string(src)
    except configparser.Error as e:
        print(type(e).__name__, e)
    broken = configparser.ConfigParser()

bad_interp = configparser.ConfigParser()
bad_interp.read_string("[s]\na = %(missing)s\nb = 100%\n")
for key in ("a", "b"):
    try:
        bad_interp.get("s", key)
    except configparser.InterpolationError as e:
        print(type(e).__name__, e)
raw = configparser.RawConfigParser()
raw.read_string("[s]\na = %(x)s\n")
print(raw.get("s", "a"))
noval = configparser.ConfigParser(allow_no_value=True)
noval.read_string("[flags]\nverbose\nlevel = 2\n")
print(noval.get("flags", "verbose"), noval.items("flags"))
