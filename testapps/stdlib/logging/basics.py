import logging
import sys

# The root logger with no configuration: warnings and above go to stderr, message only.
logging.getLogger("early").warning("before basicConfig: %s", "last resort")
logging.getLogger("early").info("not shown")

logging.basicConfig(level=logging.INFO, format="%(levelname)s|%(name)s|%(message)s", stream=sys.stdout)
log = logging.getLogger("app")
log.debug("hidden")
log.info("started with %d workers", 4)
log.warning("disk at %s%%", 91)
log.error("failed: %(what)s", {"what": "network"})
log.critical("giving up")
log.log(25, "custom level")
logging.info("module-level info")
logging.warning("module-level warning")
logging.basicConfig(level=logging.DEBUG)  # ignored: root already has a handler
logging.debug("still hidden")

print(logging.getLevelName(10), logging.getLevelName("ERROR"), logging.getLevelName(25))
logging.addLevelName(25, "NOTICE")
log.log(25, "now named")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"))
print(logging.DEBUG, logging.INFO, logging.WARNING, logging.ERROR, logging.CRITICAL, logging.FATAL, logging.WARN, logging.NOTSET)
print(log, logging.getLogger(), logging.root is logging.getLogger("root"))
print(log.getEffectiveLevel(), log.isEnabledFor(logging.DEBUG), log.isEnabledFor(logging.INFO))
print(logging.getLogger("app") is log, log.name, log.parent is logging.root)

for bad in ("LOUD", 3.5):
    try:
        log.setLevel(bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    log.log("INFO", "x")
except Exception as e:
    print(type(e).__name__, e)

logging.disable(logging.WARNING)
log.warning("disabled")
log.error("errors still pass")
logging.disable(logging.NOTSET)
log.warning("enabled again")

try:
    int("not a number")
except ValueError:
    log.exception("conversion went wrong")
try:
    raise KeyError("k")
except KeyError as e:
    log.error("with exc_info", exc_info=e)
    log.warning("no traceback", exc_info=False)
sys.stdout.flush()
