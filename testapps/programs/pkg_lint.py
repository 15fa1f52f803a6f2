# A package linter: argparse with subcommands and mutually exclusive options, logging set up
# through logging.config.dictConfig (formatters, filters, handlers to a StringIO and stdout),
# a source tree in a temporary folder walked with pathlib, json reports, and rule classes
# registered by __init_subclass__.
import argparse
import io
import json
import logging
import logging.config
import sys
import tempfile
from pathlib import Path

LOG_STREAM = io.StringIO()


class DropNoisy(logging.Filter):
    def filter(self, record):
        return "noisy" not in record.getMessage()


CONFIG = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "short": {"format": "%(levelname)-7s %(name)s: %(message)s"},
        "long": {"format": "[%(levelname)s|%(name)s|%(funcName)s] %(message)s"},
    },
    "filters": {"quiet": {"()": DropNoisy}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout",
                    "formatter": "short", "level": "INFO", "filters": ["quiet"]},
        "memory": {"class": "logging.StreamHandler", "stream": LOG_STREAM,
                   "formatter": "long", "level": "DEBUG"},
    },
    "loggers": {
        "lint": {"level": "DEBUG", "handlers": ["console", "memory"], "propagate": False},
        "lint.rules": {"level": "WARNING"},
    },
    "root": {"level": "ERROR", "handlers": []},
}

logging.config.dictConfig(CONFIG)
log = logging.getLogger("lint")
rules_log = logging.getLogger("lint.rules")


class Rule:
    registry = {}
    code = "X000"
    severity = "warning"

    def __init_subclass__(cls, code, severity="warning", **kwargs):
        super().__init_subclass__(**kwargs)
        cls.code = code
        cls.severity = severity
        Rule.registry[code] = cls

    def check(self, path, lines):
        raise NotImplementedError

    def __repr__(self):
        return f"<{type(self).__name__} {self.code}/{self.severity}>"


class LineTooLong(Rule, code="E501", severity="error"):
    limit = 60

    def check(self, path, lines):
        for no, line in enumerate(lines, 1):
            if len(line) > self.limit:
                yield no, f"line too long ({len(line)} > {self.limit})"


class TrailingSpace(Rule, code="W291"):
    def check(self, path, lines):
        for no, line in enumerate(lines, 1):
            if line != line.rstrip():
                yield no, "trailing whitespace"


class TodoLeft(Rule, code="T100", severity="info"):
    def check(self, path, lines):
        for no, line in enumerate(lines, 1):
            if (i := line.find("TODO")) >= 0:
                yield no, f"TODO at column {i + 1}: {line[i:].strip()!r}"


class MissingDocstring(Rule, code="D100"):
    def check(self, path, lines):
        body = [l for l in lines if l.strip() and not l.startswith("#")]
        if body and not body[0].lstrip().startswith(('"""', "'''")):
            yield 1, "module has no docstring"


FILES = {
    "pkg/__init__.py": '"""The package."""\nVERSION = "0.3.1"\n',
    "pkg/core.py": "import os\n\ndef run(x):  \n    # TODO: handle x < 0\n    return x * 2\n",
    "pkg/util/strings.py": '"""Strings."""\ndef pad(s, n):\n    return s + " " * (n - len(s)) + "and then a comment that goes on far too long"\n',
    "pkg/util/__init__.py": "",
    "tests/test_core.py": "from pkg.core import run\n\ndef test_run():\n    assert run(2) == 4\n",
    "README.md": "# pkg\n",
}


def build_parser():
    p = argparse.ArgumentParser(prog="pkglint", description="Lint a package tree.")
    p.add_argument("-v", "--verbose", action="count", default=0)
    sub = p.add_subparsers(dest="command", required=True)
    check = sub.add_parser("check", help="run the rules")
    check.add_argument("paths", nargs="*", default=["."])
    check.add_argument("--select", type=lambda s: s.split(","), default=None)
    fmt = check.add_mutually_exclusive_group()
    fmt.add_argument("--json", action="store_true")
    fmt.add_argument("--text", action="store_true")
    check.add_argument("--max-line", type=int, default=60, metavar="N")
    rules = sub.add_parser("rules", help="list the rules")
    rules.add_argument("--severity", choices=["error", "warning", "info"])
    return p


def lint(root, args):
    selected = args.select or sorted(Rule.registry)
    rules = [Rule.registry[c]() for c in selected]
    for r in rules:
        if isinstance(r, LineTooLong):
            r.limit = args.max_line
    log.debug("rules: %s", rules)
    findings = []
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(root).as_posix()
        lines = path.read_text().splitlines()
        log.info("checking %s (%d lines)", rel, len(lines))
        log.info("noisy detail for %s", rel)
        for rule in rules:
            for no, msg in rule.check(path, lines):
                findings.append({"file": rel, "line": no, "code": rule.code,
                                 "severity": rule.severity, "message": msg})
                rules_log.info("never shown: %s", msg)
                if rule.severity == "error":
                    rules_log.warning("%s:%d %s", rel, no, rule.code)
    return findings


def run(argv, root):
    args = build_parser().parse_args(argv)
    log.debug("argv=%s -> %s", argv, vars(args))
    if args.command == "rules":
        for code, cls in sorted(Rule.registry.items()):
            if args.severity in (None, cls.severity):
                print(f"  {code}  {cls.severity:<8} {cls.__name__}")
        return 0
    findings = lint(root, args)
    if args.json:
        print(json.dumps({"count": len(findings), "findings": findings[:3]}, indent=2, sort_keys=True))
    else:
        for f in findings:
            print("{file}:{line}: {code} [{severity}] {message}".format(**f))
    worst = {"error": 2, "warning": 1, "info": 0}
    return max((worst[f["severity"]] for f in findings), default=0)


def main():
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, text in FILES.items():
            target = root / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text)
        print("tree:", sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file()))
        for argv in (["rules"], ["rules", "--severity", "warning"], ["check"],
                     ["-vv", "check", "--select", "E501,T100", "--max-line", "40", "--json"],
                     ["check", "--json", "--text"], ["check", "--max-line", "ten"], ["lint"]):
            print(f"$ pkglint {' '.join(argv)}")
            try:
                code = run(argv, root)
            except SystemExit as e:
                code = f"SystemExit({e.code})"
            print(f"-> exit {code}")
    print("--- captured log ---")
    print(LOG_STREAM.getvalue().replace(tmp, "<tmp>"), end="")
    print("handlers:", [type(h).__name__ for h in log.handlers], "propagate:", log.propagate)
    print("levels:", logging.getLevelName(log.level), logging.getLevelName(rules_log.getEffectiveLevel()),
          logging.getLevelName(logging.getLogger().level))
    print("filters:", [type(f).__name__ for f in log.handlers[0].filters])
    print("formatter:", log.handlers[1].formatter._fmt)


if __name__ == "__main__":
    sys.stderr = sys.stdout
    main()
