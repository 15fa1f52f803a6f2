"""Migrate an INI service config from schema v1 to v2, as a deploy tool's `migrate` subcommand
does: rename keys, split a URL into parts, convert units, validate, print a unified diff and
a JSON summary; `check` validates only."""
import argparse
import configparser
import difflib
import enum
import io
import json
import logging
import sys
from urllib.parse import urlsplit

V1 = """\
[DEFAULT]
env = staging
log_level = info

[server]
listen = 0.0.0.0:8080
workers = 4
timeout = 2.5m
keepalive = yes

[database]
url = postgresql://app:s3cret@db.internal:5433/orders?sslmode=require
pool = 10

[cache]
url = redis://cache.internal/2
ttl = 90s

[feature flags]
new_checkout = on
beta_search = off
"""


class Severity(enum.IntEnum):
    WARNING = 1
    ERROR = 2


class MigrationError(Exception):
    pass


log = logging.getLogger("migrate")
UNITS = {"ms": 0.001, "s": 1, "m": 60, "h": 3600}


def seconds(text):
    for suffix in sorted(UNITS, key=len, reverse=True):
        if text.endswith(suffix):
            number = text[: -len(suffix)]
            try:
                return float(number) * UNITS[suffix]
            except ValueError:
                raise MigrationError(f"bad duration {text!r}") from None
    raise MigrationError(f"duration {text!r} has no unit")


def migrate(old: configparser.ConfigParser) -> configparser.ConfigParser:
    new = configparser.ConfigParser(interpolation=None)
    new.optionxform = str
    new["meta"] = {"schema": "2", "env": old["DEFAULT"]["env"]}
    host, _, port = old["server"]["listen"].rpartition(":")
    new["http"] = {
        "host": host, "port": port,
        "workers": old["server"]["workers"],
        "timeout_seconds": f"{seconds(old['server']['timeout']):g}",
        "keepalive": str(old.getboolean("server", "keepalive")).lower(),
    }
    for name in ("database", "cache"):
        parts = urlsplit(old[name]["url"])
        section = {"scheme": parts.scheme, "host": parts.hostname or "", "port": str(parts.port or "")}
        if parts.username:
            section["user"] = parts.username
            section["password_env"] = f"{name.upper()}_PASSWORD"
            log.warning("%s password moved out of the file (%d chars)", name, len(parts.password or ""))
        path = parts.path.lstrip("/")
        if path:
            section["db" if name == "database" else "index"] = path
        if parts.query:
            section.update(dict(kv.split("=", 1) for kv in parts.query.split("&")))
        if old.has_option(name, "pool"):
            section["pool_size"] = old[name]["pool"]
        if old.has_option(name, "ttl"):
            section["ttl_seconds"] = f"{seconds(old[name]['ttl']):g}"
        new[name] = section
    flags = old["feature flags"]
    new["features"] = {k: str(flags.getboolean(k)).lower() for k in flags if k not in old.defaults()}
    new["logging"] = {"level": old["DEFAULT"]["log_level"].upper()}
    return new


def validate(cfg: configparser.ConfigParser):
    problems = []
    port = cfg.getint("http", "port")
    if not 1 <= port <= 65535:
        problems.append((Severity.ERROR, f"http.port {port} out of range"))
    if cfg.getint("http", "workers") > 2 * 8:
        problems.append((Severity.WARNING, "many workers"))
    if cfg.getfloat("http", "timeout_seconds") > 60:
        problems.append((Severity.WARNING, f"timeout {cfg['http']['timeout_seconds']}s is long"))
    if cfg["database"].get("sslmode") != "require" and cfg["meta"]["env"] == "production":
        problems.append((Severity.ERROR, "database without TLS in production"))
    if cfg.has_section("cache") and not cfg.has_option("cache", "ttl_seconds"):
        problems.append((Severity.WARNING, "cache without ttl"))
    return sorted(problems, key=lambda p: (-p[0], p[1]))


def render(cfg) -> str:
    buf = io.StringIO()
    cfg.write(buf)
    return buf.getvalue()


def main(argv):
    parser = argparse.ArgumentParser(prog="cfgmig", description="config schema migrations")
    sub = parser.add_subparsers(dest="command", required=True)
    m = sub.add_parser("migrate", help="v1 -> v2")
    m.add_argument("--env", help="override env")
    m.add_argument("--json", action="store_true")
    sub.add_parser("check", help="validate v1 after migrating in memory")
    args = parser.parse_args(argv)

    old = configparser.ConfigParser()
    old.read_string(V1, source="service.ini")
    if getattr(args, "env", None):
        old["DEFAULT"]["env"] = args.env
    try:
        new = migrate(old)
    except MigrationError as e:
        print("migration failed:", e)
        return 2
    problems = validate(new)
    for sev, text in problems:
        print(f"{sev.name:<7} {text}")
    if args.command == "check":
        return 1 if any(s is Severity.ERROR for s, _ in problems) else 0
    before = render(old).splitlines(keepends=True)
    after = render(new).splitlines(keepends=True)
    diff = list(difflib.unified_diff(before, after, "service.ini (v1)", "service.ini (v2)", n=1))
    sys.stdout.writelines(diff[:30])
    print(f"... {len(diff)} diff lines, similarity {difflib.SequenceMatcher(None, before, after).ratio():.3f}")
    if args.json:
        summary = {s: dict(new[s]) for s in new.sections()}
        print(json.dumps(summary, indent=2)[:300])
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO, format="%(levelname)s:%(name)s:%(message)s", stream=sys.stdout)
    codes = [main(["migrate", "--json"]), main(["check"]), main(["migrate", "--env", "production"])]
    old = configparser.ConfigParser()
    old.read_string(V1.replace("2.5m", "2.5 fortnights"))
    try:
        migrate(old)
    except MigrationError as e:
        print("expected failure:", e)
    try:
        main(["frobnicate"])
    except SystemExit as e:
        codes.append(e.code)
    print("exit codes:", codes)
