"""Audit a set of INI service definitions: interpolation, templates, globbing, shell quoting."""
import configparser
import fnmatch
import io
import shlex
import string
from collections import OrderedDict, ChainMap
from operator import itemgetter, attrgetter

SOURCE = """
[DEFAULT]
root = /srv/app
user = deploy
retries = 3

[paths]
logs = ${root}/logs
cache = ${root}/cache
bin = ${root}/bin

[service:web]
command = ${paths:bin}/web --port 8080 --name "front end"
workers = 4
enabled = yes
timeout = 2.5

[service:worker]
command = ${paths:bin}/worker --queue 'high prio' --queue low
workers = 2
enabled = on
retries = 5

[service:cron]
command = ${paths:bin}/cron --spec "*/5 * * * *"
enabled = false
workers = 1

[alerts]
email = ops@example.com
levels = warning, error , critical
"""

UNIT = string.Template("""[Unit]
Description=$name service ($workers workers)
[Service]
User=$user
ExecStart=$command
Restart=${policy}
""")


class Strict(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"


def load():
    cp = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
    cp.read_string(SOURCE, source="services.ini")
    return cp


def services(cp):
    out = []
    for section in cp.sections():
        if not fnmatch.fnmatch(section, "service:*"):
            continue
        sec = cp[section]
        out.append({
            "name": section.split(":", 1)[1],
            "argv": shlex.split(sec["command"]),
            "workers": sec.getint("workers"),
            "enabled": sec.getboolean("enabled"),
            "retries": sec.getint("retries"),
            "timeout": sec.getfloat("timeout", fallback=30.0),
        })
    return out


def main():
    cp = load()
    print("sections:", cp.sections())
    print("defaults:", dict(cp.defaults()))
    print("logs ->", cp.get("paths", "logs"))
    print("raw  ->", cp.get("paths", "logs", raw=True))
    print("has web:", cp.has_section("service:web"), "has db:", cp.has_section("service:db"))
    svcs = services(cp)
    for s in sorted(svcs, key=itemgetter("workers"), reverse=True):
        print(f"{s['name']:<8} w={s['workers']} on={s['enabled']!s:<5} r={s['retries']} t={s['timeout']}")
        print("   argv:", s["argv"])
        print("   quoted:", shlex.join(s["argv"]))
    levels = [x.strip() for x in cp["alerts"]["levels"].split(",")]
    print("levels:", levels)
    for s in svcs:
        text = UNIT.safe_substitute(name=s["name"], workers=s["workers"], command=shlex.join(s["argv"]),
                                    user=cp["DEFAULT"]["user"])
        print(text, end="")
    try:
        UNIT.substitute(name="x")
    except KeyError as e:
        print("missing key:", e)
    print(Strict("%user runs %cmd at %%100").substitute(user="ops", cmd="top"))
    print(string.capwords("hello   world-wide web"), string.ascii_lowercase[:5], string.hexdigits)
    fmt = string.Formatter()
    print(list(fmt.parse("{name!r:>10} and {0[1]}")))
    print(fmt.format("{0}-{x}", 1, x=2))
    # errors
    bad = configparser.ConfigParser()
    try:
        bad.read_string("[a]\nx=1\n[a]\ny=2\n")
    except configparser.DuplicateSectionError as e:
        print(type(e).__name__, e)
    try:
        bad.read_string("no header\n")
    except configparser.MissingSectionHeaderError as e:
        print(type(e).__name__, e)
    cp2 = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
    cp2.read_string("[s]\na = ${b}\nb = ${a}\n")
    try:
        cp2.get("s", "a")
    except configparser.InterpolationDepthError as e:
        print(type(e).__name__)
    try:
        cp["service:web"].getint("timeout")
    except ValueError as e:
        print("ValueError:", e)
    cp.set("service:cron", "enabled", "true")
    cp.remove_option("service:worker", "retries")
    cp.add_section("service:db")
    cp["service:db"] = OrderedDict(command="db --fast", workers="1")
    buf = io.StringIO()
    cp.write(buf, space_around_delimiters=False)
    print(buf.getvalue().count("\n"), "lines written")
    print(buf.getvalue().splitlines()[-4:])
    chain = ChainMap({"port": 1}, {"port": 2, "host": "h"})
    print(chain["port"], chain["host"], list(chain.new_child({"x": 0}).keys()))
    names = sorted(fnmatch.filter(cp.sections(), "service:[!c]*"))
    print(names, fnmatch.translate("*.ini"))


main()
