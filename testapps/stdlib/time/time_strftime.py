import time

t = time.gmtime(86400 * 45 + 3600 * 15 + 60 * 7 + 9)
print(time.strftime("%Y-%m-%d %H:%M:%S", t))
print(time.strftime("%a %A %b %B %j %p %y %I %w %u %%", t))
print(time.strftime("%D %F %T %R %e", t))
print(time.strftime("%U %W", time.gmtime(0)), time.strftime("%U %W", time.gmtime(86400 * 200)))
for secs in [0, 951782400, 1700000000, 4102444800]:
    print(time.strftime("%c | %x | %X", time.gmtime(secs)))
print(time.strftime("no directives"))
print(time.strftime("%H:%M", (2024, 1, 2, 3, 4, 5, 1, 2, 0)))
try:
    time.strftime(1)
except TypeError as e:
    print("TypeError", e)
print(time.strftime("%Y", time.localtime()) == time.strftime("%Y"))
