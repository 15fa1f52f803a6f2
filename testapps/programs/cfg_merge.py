# Layered settings as CLI tools merge them: defaults, an INI file, environment-style overrides and
# command-line pairs, with typed coercion, interpolation, deep merging and a diff report.
import configparser
import copy
import json
import os
import shlex
from collections.abc import Mapping, MutableMapping
from types import MappingProxyType, SimpleNamespace

DEFAULTS = {"server": {"host": "127.0.0.1", "port": 8000, "debug": False, "workers": 2},
            "paths": {"root": "/srv/app", "logs": "%(root)s/logs"}, "features": []}
INI = """
[server]
port = 9000
debug = yes
; a comment
[paths]
root = /opt/app
cache = ${root}/cache
[extra]
name = Demo App
"""


class Settings(MutableMapping):
    def __init__(self, data=None):
        self._data = {}
        for k, v in (data or {}).items():
            self[k] = v

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[key] = Settings(value) if isinstance(value, Mapping) and not isinstance(value, Settings) else value

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    def __repr__(self):
        return f"Settings({self.plain()!r})"

    def plain(self):
        return {k: v.plain() if isinstance(v, Settings) else v for k, v in self.items()}

    def merge(self, other):
        for k, v in other.items():
            if isinstance(v, Mapping) and isinstance(self.get(k), Settings):
                self[k].merge(v)
            else:
                self[k] = copy.deepcopy(v)
        return self


def coerce(text, like):
    if isinstance(like, bool):
        low = text.lower()
        if low in ("1", "yes", "true", "on"):
            return True
        if low in ("0", "no", "false", "off"):
            return False
        raise ValueError(f"not a boolean: {text!r}")
    if isinstance(like, int):
        return int(text, 0)
    if isinstance(like, list):
        return [p for p in shlex.split(text)]
    return text


def from_ini(text):
    cp = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
    cp.read_string(text)
    out = {}
    for section in cp.sections():
        out[section] = {k: cp.get(section, k) for k in cp[section]}
    return out, cp


def diff(old, new, prefix=""):
    for key in sorted(set(old) | set(new)):
        a, b = old.get(key, "<unset>"), new.get(key, "<unset>")
        if isinstance(a, Mapping) and isinstance(b, Mapping):
            yield from diff(a, b, f"{prefix}{key}.")
        elif a != b:
            yield f"{prefix}{key}: {a!r} -> {b!r}"


def main():
    base = Settings(DEFAULTS)
    ini, cp = from_ini(INI)
    print("ini:", json.dumps(ini, sort_keys=True))
    print("cache:", cp["paths"]["cache"], cp.getint("server", "port"), cp.getboolean("server", "debug"))
    typed = {}
    for section, values in ini.items():
        for k, v in values.items():
            like = DEFAULTS.get(section, {}).get(k, "")
            typed.setdefault(section, {})[k] = coerce(v, like)
    merged = copy.deepcopy(base).merge(typed)
    env = {"APP_SERVER__WORKERS": "0x10", "APP_FEATURES": "'fast path' beta", "HOME": "/root", "APP_SERVER__DEBUG": "off"}
    for name, value in sorted(env.items()):
        if not name.startswith("APP_"):
            continue
        path = name[4:].lower().split("__")
        node = merged
        for part in path[:-1]:
            node = node[part]
        node[path[-1]] = coerce(value, node.get(path[-1], ""))
    for pair in ["server.host=0.0.0.0", "extra.name=Other", "server.port=notanint"]:
        key, _, value = pair.partition("=")
        section, _, option = key.partition(".")
        try:
            merged[section][option] = coerce(value, merged[section][option])
        except ValueError as e:
            print("bad override:", pair, "->", e)
    print(merged)
    for line in diff(base.plain(), merged.plain()):
        print("  ", line)
    print(len(merged), list(merged), "server" in merged, merged.get("nope", "dflt"), isinstance(merged, Mapping))
    view = MappingProxyType(merged.plain()["server"])
    try:
        view["port"] = 1
    except TypeError as e:
        print("TypeError:", e)
    ns = SimpleNamespace(**merged["server"])
    print(ns, ns.port, vars(ns) == merged["server"].plain())
    paths = {k: v % merged["paths"].plain() if "%(" in v else v for k, v in merged["paths"].items()}
    print(paths, os.path.join(paths["root"], "x", "..", "y"), os.path.normpath(os.path.join(paths["root"], "x", "..", "y")))
    print(merged.pop("features"), merged.setdefault("features", ["none"]), sorted(merged.keys() - {"extra"}))
    try:
        coerce("maybe", True)
    except ValueError as e:
        print("ValueError:", e)
    try:
        cp.get("server", "missing")
    except configparser.NoOptionError as e:
        print(type(e).__name__, e)
    try:
        from_ini("[a]\nx = ${b:y}\n")[1].get("a", "x")
    except configparser.Error as e:
        print(type(e).__name__, str(e).splitlines()[0])


if __name__ == "__main__":
    main()
