# A deployment tool's configuration layer: an INI file read with configparser (interpolation,
# defaults, typed getters, custom converters), shell-like command lines split and quoted with
# shlex, argparse subcommands dispatched through set_defaults, enum Flag/IntEnum/auto for
# permissions and priorities, dataclasses with field options, and match statements over
# parsed commands.
import argparse
import configparser
import enum
import io
import shlex
import sys
from dataclasses import asdict, dataclass, field, fields, replace

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1

CONFIG = """\
[DEFAULT]
root = /srv/apps
user = deploy
retries = 3
debug = no

[web]
path = %(root)s/web
command = gunicorn -w 4 "app:create_app()" --bind 0.0.0.0:8000
perms = read|write
priority = high
hosts =
    web1.example.org
    web2.example.org

[worker]
path = %(root)s/worker
command = celery -A 'tasks' worker --loglevel=INFO
retries = 5
debug = yes
perms = read|exec
priority = normal
timeout = 2.5

[cron]
path = ${web:path}/cron
command = run-parts --report /etc/cron.hourly
perms = all
priority = low
"""


class Perm(enum.Flag):
    READ = enum.auto()
    WRITE = enum.auto()
    EXEC = enum.auto()
    ALL = READ | WRITE | EXEC


class Priority(enum.IntEnum):
    LOW = 1
    NORMAL = 5
    HIGH = 10


class Stage(enum.Enum):
    BUILD = "build"
    TEST = "test"
    SHIP = "ship"

    def next(self):
        members = list(type(self))
        i = members.index(self)
        return members[i + 1] if i + 1 < len(members) else None


def parse_perms(text):
    result = Perm(0)
    for part in text.split("|"):
        result |= Perm[part.strip().upper()]
    return result


@dataclass(frozen=True)
class Service:
    name: str
    path: str
    argv: tuple
    perms: Perm
    priority: Priority
    retries: int = 3
    debug: bool = False
    timeout: float = field(default=30.0, metadata={"unit": "s"})
    hosts: tuple = field(default=(), compare=False)
    secret: str = field(default="", repr=False)

    @property
    def command_line(self):
        return shlex.join(self.argv)


def load(text):
    extended = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation(),
                                         converters={"perms": parse_perms})
    basic = configparser.ConfigParser(converters={"perms": parse_perms})
    basic.read_string(text.replace("${web:path}", "%(root)s/web"))
    extended.read_string(text.replace("%(root)s", "${root}"))
    services = []
    for parser in (basic, extended):
        for name in parser.sections():
            sec = parser[name]
            services.append(Service(
                name=name,
                path=sec["path"],
                argv=tuple(shlex.split(sec["command"])),
                perms=sec.getperms("perms"),
                priority=Priority[sec.get("priority").upper()],
                retries=sec.getint("retries"),
                debug=sec.getboolean("debug"),
                timeout=sec.getfloat("timeout", fallback=30.0),
                hosts=tuple(h for h in sec.get("hosts", "").splitlines() if h),
            ))
    return basic, services


def build_cli():
    parser = argparse.ArgumentParser(prog="deploy", description="Deploy services.")
    parser.add_argument("-v", "--verbose", action="count", default=0)
    sub = parser.add_subparsers(dest="cmd", required=True, metavar="COMMAND")

    p = sub.add_parser("list", help="list services")
    p.add_argument("--sort", choices=["name", "priority"], default="name")
    p.set_defaults(handler=cmd_list)

    p = sub.add_parser("run", help="run a stage", aliases=["r"])
    p.add_argument("service")
    p.add_argument("stage", type=Stage, choices=list(Stage))
    p.add_argument("--env", action="append", default=[], metavar="K=V")
    p.add_argument("--dry-run", action="store_true")
    p.set_defaults(handler=cmd_run)

    p = sub.add_parser("perms", help="check permissions")
    p.add_argument("service")
    p.add_argument("need", nargs="+")
    p.set_defaults(handler=cmd_perms)
    return parser


def cmd_list(args, services):
    key = (lambda s: s.name) if args.sort == "name" else (lambda s: (-s.priority, s.name))
    for s in sorted(services, key=key)[:3]:
        print(f"  {s.name:<7} {s.priority.name:<6} {int(s.priority):>2} {s.perms!s:<22} {s.command_line}")
    return 0


def cmd_run(args, services):
    svc = next((s for s in services if s.name == args.service), None)
    if svc is None:
        print(f"  unknown service {args.service!r}")
        return 2
    env = dict(kv.split("=", 1) for kv in args.env)
    stage = args.stage
    chain = []
    while stage is not None:
        chain.append(stage.value)
        stage = stage.next()
    prefix = "would run" if args.dry_run else "running"
    print(f"  {prefix} {' -> '.join(chain)} for {svc.name} as {shlex.quote(svc.path)} env={env}")
    return 0


def cmd_perms(args, services):
    svc = next(s for s in services if s.name == args.service)
    need = parse_perms("|".join(args.need))
    ok = need in svc.perms
    missing = need & ~svc.perms
    print(f"  {svc.name}: need {need!r} have {svc.perms!r} ok={ok} missing={missing}")
    return 0 if ok else 1


def classify(argv):
    match argv:
        case []:
            return "empty"
        case ["celery", "-A", app, *rest]:
            return f"celery app={app} extra={len(rest)}"
        case [("gunicorn" | "uwsgi") as server, *opts] if "--bind" in opts:
            return f"{server} bound to {opts[opts.index('--bind') + 1]}"
        case [cmd, *_] if cmd.startswith("run-"):
            return f"script runner {cmd}"
        case _:
            return "other"


def describe(value):
    match value:
        case Service(name=n, priority=Priority.HIGH):
            return f"urgent {n}"
        case Service(perms=p) if Perm.EXEC in p:
            return "executable"
        case {"name": str(n), **rest}:
            return f"mapping {n} +{sorted(rest)}"
        case (int(a), int(b)) | [int(a), int(b), _]:
            return f"pair {a + b}"
        case float() | int():
            return "number"
        case _:
            return type(value).__name__


def main():
    basic, services = load(CONFIG)
    print("sections:", basic.sections(), "defaults:", dict(basic.defaults()))
    print("raw:", basic.get("web", "path", raw=True), "| vars:",
          basic.get("web", "path", vars={"root": "/opt"}))
    print("has:", basic.has_option("cron", "user"), basic.has_section("db"),
          basic.getint("db", "port", fallback=5432))
    try:
        basic.get("db", "port")
    except configparser.NoSectionError as e:
        print("NoSectionError:", e)
    try:
        basic.getint("web", "port")
    except configparser.NoOptionError as e:
        print("NoOptionError:", e)
    bad = configparser.ConfigParser()
    try:
        bad.read_string("[a]\nx = %(missing)s\n")
        bad.get("a", "x")
    except configparser.InterpolationMissingOptionError as e:
        print("InterpolationMissingOptionError:", str(e).splitlines()[0])
    try:
        bad.read_string("[a]\nx = 1\n[a]\n")
    except configparser.DuplicateSectionError as e:
        print("DuplicateSectionError:", e)

    for s in services[:3]:
        print(s)
    print(services[0] == services[3], services[0] == replace(services[0], hosts=()))
    print(asdict(services[1])["argv"], [f.name for f in fields(Service) if f.metadata])
    try:
        services[0].retries = 9
    except Exception as e:
        print(type(e).__name__, e)

    out = io.StringIO()
    basic.set("cron", "retries", "7")
    basic["extra"] = {"key": "value with %% percent", "n": "1"}
    basic.remove_option("worker", "timeout")
    basic.write(out)
    print(out.getvalue().rstrip())

    # shlex corners
    for line in ['a "b c" d\\ e', "echo 'it''s' $HOME # comment", 'x="1 2" y=3', "",
                 "cmd --opt='a b' \"q\\\"x\""]:
        print(repr(line), "->", shlex.split(line), shlex.split(line, comments=True))
    print([shlex.quote(w) for w in ["", "plain", "with space", "it's", "$x", "a;b"]])
    try:
        shlex.split('unterminated "quote')
    except ValueError as e:
        print("ValueError:", e)

    # enum behaviour
    print(list(Perm), Perm.ALL, Perm.READ | Perm.EXEC, ~Perm.READ, Perm(6), bool(Perm(0)))
    print(Priority.HIGH > Priority.NORMAL, Priority(5), Priority.LOW + 1, sorted(Priority, reverse=True))
    print(Stage("test"), Stage["SHIP"].next(), [m.value for m in Stage], Stage.BUILD in Stage)
    try:
        Priority(7)
    except ValueError as e:
        print("ValueError:", e)

    # CLI runs
    cli = build_cli()
    runs = [["list"], ["list", "--sort", "priority"], ["-vv", "run", "web", "test", "--env", "A=1",
            "--env", "B=x=y", "--dry-run"], ["r", "worker", "build"], ["perms", "web", "read", "write"],
            ["perms", "cron", "exec"], ["perms", "worker", "write"], ["run", "db", "ship"]]
    for argv in runs * SCALE:
        args = cli.parse_args(argv)
        rc = args.handler(args, services)
        if SCALE == 1:
            print(f"deploy {' '.join(argv)} -> rc={rc} verbose={args.verbose}")
    for argv in (["run", "web", "deploy"], ["bogus"], []):
        err = io.StringIO()
        real = sys.stderr
        sys.stderr = err
        try:
            cli.parse_args(argv)
        except SystemExit as e:
            print("exit", e.code, err.getvalue().strip().splitlines()[-1])
        finally:
            sys.stderr = real

    for s in services[:3]:
        print(classify(list(s.argv)), "|", describe(s))
    for v in [{"name": "x", "b": 1, "a": 2}, (1, 2), [3, 4, 5], 2.0, "s", (1, "x")]:
        print(describe(v))


main()
