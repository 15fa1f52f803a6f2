import logging
import sys

logging.basicConfig(stream=sys.stdout, level=logging.DEBUG,
                    format="%(levelname)s %(filename)s:%(lineno)d %(funcName)s %(module)s: %(message)s")
log = logging.getLogger("app")


def work():
    log.info("working")
    log.log(logging.WARNING, "via log()")


def wrapper(msg):
    log.debug(msg, stacklevel=2)


class Job:
    def run(self):
        log.warning("from a method")
        wrapper("reported at the caller of wrapper")
        try:
            {}["missing"]
        except KeyError:
            log.exception("lookup failed")


work()
Job().run()
logging.info("root logger at module level")
log.info("too deep %d", 1, stacklevel=50)
styled = logging.Formatter("{funcName}@{lineno}: {message}", style="{")
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(styled)
other = logging.getLogger("styled")
other.addHandler(handler)
other.propagate = False
other.error("brace style")
templ = logging.Formatter("$funcName $lineno $message", style="$")
handler.setFormatter(templ)
(lambda: other.error("in a lambda"))()
print([other.error(x) for x in ["in a comprehension"]])
