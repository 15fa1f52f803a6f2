# A tiny task runner in the style of a Makefile replacement: tasks read from an embedded file
# with shlex.shlex (comments, quotes, punctuation), commands expanded through a string.Template
# subclass with its own delimiter, run with subprocess, context managers from contextlib
# (contextmanager, ExitStack, suppress, redirect_stdout) and generators with finally blocks.
import contextlib
import io
import os
import shlex
import string
import subprocess
import sys

TASKFILE = """
# name : deps = command
clean : = rm -rf @{build}
setup : clean = mkdir -p @{build} ; echo 'made @{build}'
compile : setup = echo "compiling @{src} into @{build}/@{name}.o"
test : compile = sh -c 'echo tests: 3 passed; exit @{fail}'
package : compile test = echo packaging "@@{literal}" @{version}
"""


class AtTemplate(string.Template):
    delimiter = "@"
    idpattern = r"[a-z][a-z0-9_]*"


class StrictTemplate(AtTemplate):
    braceidpattern = r"[a-z]+"


def read_tasks(text):
    lexer = shlex.shlex(text, posix=True, punctuation_chars=False)
    lexer.whitespace_split = False
    lexer.wordchars += "-./@{}'\""
    tasks = {}
    for raw in text.strip().splitlines():
        if raw.startswith("#"):
            continue
        head, _, command = raw.partition(" = ")
        lx = shlex.shlex(head, posix=True)
        tokens = list(lx)
        name, deps = tokens[0], tokens[2:]
        tasks[name] = (deps, command)
    first = [lexer.get_token() for _ in range(6)]
    return tasks, first


def order(tasks, target, seen=None, out=None):
    seen = set() if seen is None else seen
    out = [] if out is None else out
    if target in seen:
        return out
    seen.add(target)
    for dep in tasks[target][0]:
        order(tasks, dep, seen, out)
    out.append(target)
    return out


@contextlib.contextmanager
def step(name, journal):
    journal.append(f"start {name}")
    try:
        yield name.upper()
    except subprocess.CalledProcessError as e:
        journal.append(f"failed {name} ({e.returncode})")
        raise
    else:
        journal.append(f"done {name}")
    finally:
        journal.append(f"leave {name}")


def lines_of(text):
    try:
        for line in text.splitlines():
            yield line
    finally:
        print("    (lines_of finished)")


def run_task(name, command, env, journal):
    expanded = AtTemplate(command).safe_substitute(env)
    argv_groups = [shlex.split(part) for part in expanded.split(" ; ")]
    with step(name, journal) as label:
        for argv in argv_groups:
            print(f"  [{label}] $ {shlex.join(argv)}")
            if argv[0] in ("rm", "mkdir"):
                continue
            proc = subprocess.run(argv, capture_output=True, text=True, check=True)
            for line in lines_of(proc.stdout):
                print("    |", line)
                if "passed" in line:
                    break


def main():
    tasks, first = read_tasks(TASKFILE)
    print("first tokens:", first)
    for name, (deps, command) in tasks.items():
        print(f"{name:>8} <- {deps!s:20} {command}")
    plan = order(tasks, "package")
    print("plan:", " -> ".join(plan))
    env = {"build": "out/build", "src": "src/main.c", "name": "app", "version": "1.0", "fail": 0}
    journal = []
    for name in plan:
        run_task(name, tasks[name][1], env, journal)
    print("journal:", journal)

    journal.clear()
    env["fail"] = 3
    try:
        run_task("test", tasks["test"][1], env, journal)
    except subprocess.CalledProcessError as e:
        print("CalledProcessError:", e.returncode, e.cmd[:2], repr(e.stdout))
        print(str(e))
    print("journal:", journal)

    print(AtTemplate("@name costs @@@{price}").substitute(name="tea", price="2"))
    print(AtTemplate("@missing and @{name}").safe_substitute(name="x"))
    print(StrictTemplate("@{abc} @def").substitute(abc=1, **{"def": 2}))
    try:
        AtTemplate("@{nope}").substitute({})
    except KeyError as e:
        print("KeyError:", e)
    try:
        AtTemplate("cost: @5").substitute({})
    except ValueError as e:
        print("ValueError:", e)
    print(AtTemplate.pattern.pattern.count("@"), AtTemplate("@a @b").get_identifiers())

    buf = io.StringIO()
    with contextlib.redirect_stdout(buf):
        print("captured line")
        with contextlib.suppress(FileNotFoundError):
            os.stat("/definitely/not/here")
            print("not reached")
    print("buffer:", repr(buf.getvalue()))

    with contextlib.ExitStack() as stack:
        for n in ("a", "b", "c"):
            stack.enter_context(step(n, journal))
        stack.callback(print, "callback ran first")
        print("inside stack:", journal[-3:])
    print("after stack:", journal[-4:])

    lex = shlex.shlex("a && b || (c; d) > out.txt", punctuation_chars=True)
    print("punctuation:", list(lex))
    lex = shlex.shlex("key = 'quoted value' # comment\nnext", posix=True)
    print("posix:", [lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno, lex.get_token()])
    print(shlex.quote("it's"), shlex.quote("plain"), shlex.quote(""), shlex.split("a 'b c' \"d\\\"e\""))
    out = subprocess.run(["sh", "-c", "echo to-err >&2; echo to-out"], stdout=subprocess.PIPE,
                         stderr=subprocess.STDOUT, text=True)
    print(sorted(out.stdout.split()), out.returncode, out.args[0])
    print(subprocess.check_output(["printf", "%s-%s", "x", "y"]))
    sys.stdout.flush()
    try:
        subprocess.run(["sh", "-c", "exit 7"], check=True)
    except subprocess.CalledProcessError as e:
        sys.exit(f"task_shell: {e}")


if __name__ == "__main__":
    main()
