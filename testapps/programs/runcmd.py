"""runcmd: a thin, logged wrapper around subprocess for release scripts."""
import logging
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping, Optional, Sequence, Union

Command = Union[str, Sequence[str]]


class CommandFailed(RuntimeError):
    def __init__(self, result: "Result"):
        self.result = result
        super().__init__(f"command {result.pretty!r} exited with {result.returncode}")


@dataclass
class Result:
    argv: Sequence[str]
    returncode: int
    stdout: str
    stderr: str

    @property
    def pretty(self) -> str:
        return shlex.join(self.argv)

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    def lines(self):
        return self.stdout.splitlines()


class Runner:
    def __init__(self, cwd: Path, env: Optional[Mapping[str, str]] = None, dry_run: bool = False):
        self.cwd = cwd
        self.env = dict(env or {})
        self.dry_run = dry_run
        self.history: list[Result] = []
        self.log = logging.getLogger("runcmd")

    def run(self, cmd: Command, *, check: bool = True, input: Optional[str] = None,
            timeout: Optional[float] = None) -> Result:
        argv = shlex.split(cmd) if isinstance(cmd, str) else list(cmd)
        self.log.info("$ %s", shlex.join(argv))
        if self.dry_run:
            res = Result(argv, 0, "", "")
        else:
            env = {**{"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "LC_ALL": "C"}, **self.env}
            proc = subprocess.run(argv, cwd=self.cwd, env=env, input=input, capture_output=True,
                                  text=True, timeout=timeout)
            res = Result(argv, proc.returncode, proc.stdout, proc.stderr)
        self.history.append(res)
        for line in res.stderr.splitlines():
            self.log.warning("  stderr: %s", line)
        if check and not res.ok:
            raise CommandFailed(res)
        return res

    @contextmanager
    def cd(self, sub: str):
        old = self.cwd
        self.cwd = old / sub
        self.log.debug("entering %s", sub)
        try:
            yield self
        finally:
            self.cwd = old


def main() -> int:
    logging.basicConfig(level=logging.INFO, format="%(levelname)-7s %(message)s", stream=sys.stdout)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        (root / "pkg").mkdir()
        for i, name in enumerate(["alpha.txt", "beta.txt", "gamma file.txt"]):
            (root / "pkg" / name).write_text("line\n" * (i + 1))
        r = Runner(root, env={"GREETING": "hello world"})
        print(r.run("echo $GREETING").stdout, end="")
        print(r.run(["sh", "-c", "echo \"$GREETING\" from sh"]).stdout, end="")
        with r.cd("pkg"):
            res = r.run(["ls", "-1"])
            print(res.lines())
            wc = r.run(["sh", "-c", "cat *.txt | wc -l"])
            print("total lines:", int(wc.stdout))
            print(r.run("sort -r", input="b\na\nc\n").stdout.split())
            print(r.run(["cat", "gamma file.txt"]).stdout.count("line"))
        print("back in root:", r.cwd == root)
        res = r.run(["sh", "-c", "echo out; echo err >&2; exit 3"], check=False)
        print(res.returncode, repr(res.stdout), repr(res.stderr), res.ok)
        try:
            r.run(["sh", "-c", "exit 7"])
        except CommandFailed as e:
            print("failed:", e, "| rc", e.result.returncode)
        try:
            r.run(["false"])
        except RuntimeError as e:
            print(type(e).__name__, e)
        try:
            r.run(["definitely-not-a-command-xyz"])
        except FileNotFoundError as e:
            print("FileNotFoundError:", e.errno, e.strerror, e.filename)
        try:
            r.run(["sleep", "5"], timeout=0.05)
        except subprocess.TimeoutExpired as e:
            print("timeout:", e.cmd, e.timeout, str(e))
        try:
            subprocess.run(["sh", "-c", "exit 4"], check=True)
        except subprocess.CalledProcessError as e:
            print("CalledProcessError:", e, e.returncode, e.cmd)
        print(subprocess.check_output(["printf", "%s|", "a b", "c"], text=True))
        out = subprocess.check_output("echo $((6*7))", shell=True)
        print(out, type(out).__name__)
        p = subprocess.Popen(["tr", "a-z", "A-Z"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        up, _ = p.communicate("make it loud\n")
        print(up.strip(), p.returncode, p.args)
        cp = subprocess.run(["sh", "-c", "exit 2"])
        print(repr(cp))
        try:
            cp.check_returncode()
        except subprocess.CalledProcessError as e:
            print(repr(e))
        print("which sh:", shutil.which("sh") is not None, shutil.which("nope-xyz"))
        print(shlex.quote("it's here"), shlex.split("a 'b c' \"d e\" f\\ g"))
        print(len(r.history), "commands,", sum(not x.ok for x in r.history), "failed")
        dry = Runner(root, dry_run=True)
        dry.run("rm -rf /")
        print("dry history:", [h.pretty for h in dry.history])
        width = max(len(h.pretty) for h in r.history)
        for h in r.history:
            mark = "ok " if h.ok else f"rc={h.returncode}"
            print(f"  {h.pretty:<{width}}  {mark}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
