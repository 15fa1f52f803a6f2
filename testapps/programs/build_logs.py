# A build driver's logging: a logger tree with handlers to stderr and to an in-memory stream,
# formatters with %-style, {-style and $-style fields, filters, adapters, exception logging with
# tracebacks and stack info, and logging.config.dictConfig like a tool's --log-config would do.
import io
import logging
import logging.config
import sys


class StepFilter(logging.Filter):
    def __init__(self, blocked):
        super().__init__()
        self.blocked = blocked

    def filter(self, record):
        record.step = getattr(record, "step", "-")
        return record.step not in self.blocked


class FixedTimeFormatter(logging.Formatter):
    def formatTime(self, record, datefmt=None):
        return "2024-01-02 03:04:05"


def compile_unit(log, name):
    if name.endswith(".bad"):
        raise RuntimeError(f"compiler crashed on {name}")
    log.debug("compiled %s", name)
    return len(name)


def main():
    memory = io.StringIO()
    root = logging.getLogger()
    root.setLevel(logging.WARNING)
    build = logging.getLogger("build")
    build.setLevel(logging.DEBUG)
    to_err = logging.StreamHandler(sys.stderr)
    to_err.setLevel(logging.INFO)
    to_err.setFormatter(logging.Formatter("%(levelname)-8s %(name)s: %(message)s"))
    to_mem = logging.StreamHandler(memory)
    to_mem.setFormatter(FixedTimeFormatter("{asctime} [{levelname:^9}] {name}.{funcName}:{lineno} {step} {message}", style="{"))
    to_mem.addFilter(StepFilter({"skip"}))
    build.addHandler(to_err)
    build.addHandler(to_mem)
    compiler = logging.getLogger("build.compiler")
    print(compiler.parent.name, compiler.getEffectiveLevel(), logging.getLevelName(compiler.getEffectiveLevel()),
          compiler.isEnabledFor(logging.DEBUG), logging.getLogger("other").isEnabledFor(logging.INFO))
    build.info("starting build of %d units", 3, extra={"step": "init"})
    build.debug("debug goes to memory only")
    build.info("skipped here", extra={"step": "skip"})
    total = 0
    for unit in ["main.c", "util.c", "broken.bad", "io.c"]:
        try:
            total += compile_unit(compiler, unit)
        except RuntimeError:
            compiler.exception("unit %s failed", unit, extra={"step": "compile"})
    compiler.warning("total %s chars, %.1f%% done", total, 75.0)
    adapter = logging.LoggerAdapter(build, {"step": "link"})
    adapter.info("linking %s", "app")
    adapter.error("missing symbol %r", "frobnicate")
    compiler.propagate = False
    compiler.error("not propagated: no handler on build.compiler")
    compiler.propagate = True
    logging.getLogger("build.tests").log(25, "custom level 25")
    logging.addLevelName(25, "NOTICE")
    logging.getLogger("build.tests").log(25, "named level 25")
    print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(33))
    try:
        {}["key"]
    except KeyError:
        build.error("lookup failed", exc_info=True, extra={"step": "x"})
    build.critical("with %(name)s mapping", {"name": "dict-arg"})
    print("---- memory handler ----")
    print(memory.getvalue(), end="")
    build.handlers.clear()
    logging.config.dictConfig({
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"brief": {"format": "$levelname|$name|$message", "style": "$"}},
        "handlers": {"err": {"class": "logging.StreamHandler", "stream": "ext://sys.stdout", "formatter": "brief", "level": "DEBUG"}},
        "loggers": {"deploy": {"level": "INFO", "handlers": ["err"], "propagate": False}},
    })
    deploy = logging.getLogger("deploy")
    deploy.info("configured via dictConfig")
    deploy.debug("hidden")
    logging.getLogger("deploy.sub").warning("child reaches parent handler")
    logging.disable(logging.WARNING)
    deploy.warning("disabled")
    logging.disable(logging.NOTSET)
    deploy.warning("enabled again")
    rec = logging.LogRecord("n", logging.INFO, "/x/y.py", 7, "msg %s %s", ("a", 1), None)
    print(rec.getMessage(), rec.levelname, rec.filename, rec.module, rec.lineno)
    print(logging.Formatter("%(message)s|%(levelno)d|%(pathname)s").format(rec))
    logging.warning("root default config")
    logging.error("root error %s", "two")


main()
