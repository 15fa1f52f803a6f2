import platform
import os

u = platform.uname()
system, node, release, version, machine = u[:5]
print(system, machine)
print(system == u.system, node == u.node)
print(tuple(u)[:5] == (system, node, release, version, machine), len(u))
print(u == platform.uname(), len(tuple(u)))
print(release != "" and version != "")
