import logging
import sys

logging.basicConfig(stream=sys.stdout, format="%(name)s %(lineno)d %(message)s")
log = logging.getLogger("stack")


def inner():
    log.warning("with the stack", stack_info=True)


def outer():
    inner()


outer()
record = log.makeRecord("x", logging.INFO, "f.py", 3, "m", (), None)
print(record.filename, record.module, record.lineno, record.funcName)
print(log.findCaller())
print(log.findCaller(stack_info=True)[3].splitlines()[0])
