# Circular imports inside a package: each module sees the other partially initialised, names
# used at call time work, and a name read too early fails with CPython's "partially initialized
# module" error.
print("main imports game.ping")
import game.ping
from game import pong
ping = game.ping
print("ping.pong is pong:", ping.pong is pong, "and pong.ping is ping:", pong.ping is ping)
print(ping.serve(3))
print(pong.volley(2))
print("pong saw ping as:", pong.PING_NAME, pong.PING_READY_AT_IMPORT)
import game.late
