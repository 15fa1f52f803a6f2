def accumulate():
    total = 0
    while True:
        value = yield total
        total += value


acc = accumulate()
next(acc)
print(acc.send(5))
print(acc.send("ten"))
