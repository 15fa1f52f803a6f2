# A deployment driver whose steps fail in the ways real scripts do: wrapped errors
# (raise ... from ...), errors while handling errors, exception groups from a batch of checks,
# notes added on the way up, and finally an uncaught chained error that ends the program.
import contextlib
import sys
import traceback


class DeployError(Exception):
    def __init__(self, step, reason):
        super().__init__(f"{step}: {reason}")
        self.step = step


class ConfigError(DeployError):
    pass


def read_setting(settings, key):
    try:
        return settings[key]
    except KeyError as e:
        raise ConfigError("config", f"missing {key}") from e


def parse_port(text):
    return int(text)


def open_port(settings):
    try:
        return parse_port(settings["port"])
    except ValueError:
        raise DeployError("network", "bad port")


def cleanup(resource):
    raise OSError(f"cannot remove {resource}")


def step_with_cleanup():
    try:
        raise TimeoutError("upload timed out")
    finally:
        with contextlib.suppress(ZeroDivisionError):
            1 / 0
        print("  cleanup ran")


def checks(host):
    problems = []
    if not host.startswith("prod"):
        problems.append(ValueError(f"host {host!r} is not a prod host"))
    problems.append(PermissionError(13, "Permission denied", "/etc/deploy"))
    try:
        {}["token"]
    except KeyError as e:
        e.add_note("the token comes from DEPLOY_TOKEN")
        problems.append(e)
    if problems:
        raise ExceptionGroup(f"{len(problems)} checks failed on {host}", problems)


def nested_group():
    try:
        checks("staging")
    except* ValueError as eg:
        print("  handled", [str(e) for e in eg.exceptions])
        raise


def show(fn, *args):
    print(f"-- {fn.__name__}")
    try:
        fn(*args)
    except BaseException as e:
        text = "".join(traceback.format_exception(e))
        print(text.replace(__file__, "deploy_fail.py"), end="")
        print("  cause:", repr(e.__cause__), "context:", repr(e.__context__), "suppress:", e.__suppress_context__)


def main():
    show(read_setting, {}, "region")
    show(open_port, {"port": "80a"})
    show(step_with_cleanup)
    show(checks, "staging")
    show(nested_group)
    try:
        checks("prod-1")
    except* PermissionError as eg:
        print("perm:", eg.message, [e.errno for e in eg.exceptions], eg.exceptions[0].filename)
    except* KeyError as eg:
        print("key:", eg.exceptions[0].__notes__)
    eg = ExceptionGroup("outer", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    match, rest = eg.split(ValueError)
    print(repr(match), repr(rest))
    print(eg.subgroup(lambda e: isinstance(e, TypeError)))
    print(traceback.format_exception_only(ConfigError("a", "b"))[-1], end="")
    lines = traceback.format_exception_only(SyntaxError("bad token", ("conf.py", 3, 5, "x = = 1\n", 3, 8)))
    print("".join(lines), end="")
    try:
        raise ConfigError("final", "giving up") from open_port_error()
    finally:
        print("exiting", file=sys.stderr)


def open_port_error():
    try:
        open_port({"port": "http"})
    except DeployError as e:
        e.add_note("while opening the admin port")
        return e


main()
