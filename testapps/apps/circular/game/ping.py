print("ping starts")
from . import pong
print("ping continues, pong is complete:", pong.READY)
READY = True


def serve(n):
    if n == 0:
        return "ping done"
    return "ping " + pong.volley(n - 1)
