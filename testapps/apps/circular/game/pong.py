print("pong starts")
from . import ping
PING_NAME = ping.__name__
PING_READY_AT_IMPORT = "no READY yet"
READY = True


def volley(n):
    if n == 0:
        return "pong done"
    return "pong " + ping.serve(n - 1)
