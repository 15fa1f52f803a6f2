"""layered_config: merge defaults, an INI file, a TOML file, JSON and env vars into one config."""
from __future__ import annotations

import configparser
import enum
import io
import json
import os
import pprint
import sys
import tomllib
from collections import ChainMap
from collections.abc import Mapping, MutableMapping
from copy import deepcopy
from typing import Any, Callable


class ConfigError(Exception):
    def __init__(self, key: str, message: str, *, source: str = "<merged>"):
        super().__init__(f"{source}: {key}: {message}")
        self.key = key
        self.source = source


class MissingKey(ConfigError, KeyError):
    pass


class BadValue(ConfigError, ValueError):
    pass


class Source(enum.Flag):
    DEFAULTS = enum.auto()
    INI = enum.auto()
    TOML = enum.auto()
    JSON = enum.auto()
    ENV = enum.auto()
    FILES = INI | TOML | JSON


DEFAULTS = {
    "server": {"host": "127.0.0.1", "port": 8000, "workers": 2, "debug": False},
    "database": {"url": "sqlite:///app.db", "pool": {"min": 1, "max": 5}},
    "features": ["login"],
    "log_level": "INFO",
}

INI_TEXT = """
[server]
host = 0.0.0.0
port = 8080
debug = yes

[database]
url = postgres://db/app
pool.max = 20
"""

TOML_TEXT = """
log_level = "DEBUG"
features = ["login", "export"]

[server]
workers = 4
timeouts = { read = 2.5, write = 10 }

[database.pool]
min = 2
"""

JSON_TEXT = '{"server": {"port": 9090, "tags": ["a", "b"]}, "extra": null}'


def deep_merge(base: MutableMapping, over: Mapping, path: str = "") -> MutableMapping:
    for key, value in over.items():
        here = f"{path}.{key}" if path else key
        if isinstance(value, Mapping) and isinstance(base.get(key), Mapping):
            deep_merge(base[key], value, here)
        elif isinstance(value, list) and isinstance(base.get(key), list):
            base[key] = base[key] + [v for v in value if v not in base[key]]
        else:
            base[key] = deepcopy(value)
    return base


def coerce(text: str) -> Any:
    low = text.lower()
    if low in configparser.ConfigParser.BOOLEAN_STATES:
        return configparser.ConfigParser.BOOLEAN_STATES[low]
    for conv in (int, float):
        try:
            return conv(text)
        except ValueError:
            pass
    return text


def from_ini(text: str) -> dict:
    cp = configparser.ConfigParser()
    cp.read_file(io.StringIO(text), source="app.ini")
    out: dict = {}
    for section in cp.sections():
        for key, raw in cp.items(section):
            node = out.setdefault(section, {})
            *parents, leaf = key.split(".")
            for p in parents:
                node = node.setdefault(p, {})
            node[leaf] = coerce(raw)
    return out


def from_env(environ: Mapping[str, str], prefix: str = "APP_") -> dict:
    out: dict = {}
    for name in sorted(environ):
        if not name.startswith(prefix):
            continue
        *parents, leaf = name[len(prefix):].lower().split("__")
        node = out
        for p in parents:
            node = node.setdefault(p, {})
        node[leaf] = coerce(environ[name])
    return out


def lookup(cfg: Mapping, dotted: str) -> Any:
    node: Any = cfg
    for i, part in enumerate(dotted.split(".")):
        try:
            node = node[part]
        except (KeyError, TypeError):
            raise MissingKey(".".join(dotted.split(".")[: i + 1]), "not set") from None
    return node


def validate(cfg: Mapping) -> list[str]:
    checks: list[tuple[str, Callable[[Any], bool], str]] = [
        ("server.port", lambda v: isinstance(v, int) and 0 < v < 65536, "must be a port number"),
        ("server.workers", lambda v: isinstance(v, int) and v >= 1, "must be >= 1"),
        ("database.pool.min", lambda v: v <= lookup(cfg, "database.pool.max"), "exceeds pool.max"),
        ("log_level", lambda v: v in {"DEBUG", "INFO", "WARNING", "ERROR"}, "unknown level"),
        ("server.timeouts.connect", lambda v: v > 0, "must be positive"),
    ]
    problems = []
    for key, ok, why in checks:
        try:
            value = lookup(cfg, key)
            if not ok(value):
                raise BadValue(key, f"{why} (got {value!r})")
        except ConfigError as e:
            problems.append(f"{type(e).__name__}: {e}")
    return problems


def main() -> int:
    layers: list[tuple[Source, dict]] = [
        (Source.DEFAULTS, deepcopy(DEFAULTS)),
        (Source.INI, from_ini(INI_TEXT)),
        (Source.TOML, tomllib.loads(TOML_TEXT)),
        (Source.JSON, json.loads(JSON_TEXT)),
        (Source.ENV, from_env({"APP_SERVER__WORKERS": "8", "APP_LOG_LEVEL": "TRACE",
                               "HOME": "/root", "APP_DATABASE__POOL__MAX": "1"})),
    ]
    merged: dict = {}
    used = Source(0)
    for src, layer in layers:
        deep_merge(merged, layer)
        used |= src
        print(f"after {src.name:<8} keys={sorted(merged)}")
    print("sources:", used, "| files only:", used & Source.FILES, "| repr:", repr(Source.FILES))
    print(Source.INI in Source.FILES, Source.ENV in Source.FILES, list(Source.FILES))
    pprint.pprint(merged, width=72, sort_dicts=True)
    flat = ChainMap(*(layer for _, layer in reversed(layers)))
    print("top-level winners:", {k: type(flat[k]).__name__ for k in sorted(flat)})
    for problem in validate(merged):
        print(" -", problem)
    try:
        lookup(merged, "server.port.number")
    except KeyError as e:
        print("KeyError caught:", repr(e.args[0]), isinstance(e, ConfigError), e.key)
    try:
        configparser.ConfigParser().read_string("[a]\nx=1\n[a]\ny=2\n", source="dup.ini")
    except configparser.Error as e:
        print(type(e).__name__, "-", e)
    try:
        tomllib.loads("a = 1\na = 2\n")
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError -", e)
    try:
        json.loads('{"a": 1,}')
    except json.JSONDecodeError as e:
        print("JSONDecodeError -", e, (e.lineno, e.colno, e.pos))
    out = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
    out["paths"] = {"root": "/srv/app", "logs": "${root}/logs", "cache": "${root}/cache"}
    out["server"] = {k: str(v) for k, v in merged["server"].items() if not isinstance(v, (dict, list))}
    buf = io.StringIO()
    out.write(buf)
    print(buf.getvalue().rstrip())
    print("logs ->", out["paths"]["logs"], "| port int:", out.getint("server", "port"),
          "| debug:", out.getboolean("server", "debug"))
    print(json.dumps(merged["server"], indent=2, sort_keys=True))
    return 1 if validate(merged) else 0


if __name__ == "__main__":
    sys.exit(main())
