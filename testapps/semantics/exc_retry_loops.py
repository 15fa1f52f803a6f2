# Exceptions inside loops: retries, continue/break from handlers, loop else, finally per iteration.
attempts = {"a": 2, "b": 0, "c": 5}


def fetch(name, state):
    state[name] = state.get(name, 0) + 1
    if state[name] <= attempts[name]:
        raise ConnectionError(f"{name} failed try {state[name]}")
    return f"{name} ok after {state[name]}"


state = {}
for name in "abc":
    for attempt in range(3):
        try:
            print(fetch(name, state))
        except ConnectionError as e:
            print("retry:", e)
            continue
        finally:
            print("  finally", name, attempt)
        break
    else:
        print("gave up on", name)

results = []
for token in ["1", "x", "3", "", "5"]:
    try:
        if not token:
            break
        value = int(token)
    except ValueError:
        results.append("bad")
        continue
    else:
        results.append(value)
    finally:
        results.append("|")
print(results)


def first_valid(items):
    for item in items:
        try:
            return int(item)
        except ValueError:
            pass
        finally:
            print("checked", repr(item))
    return None


print(first_valid(["a", "b", "7", "8"]), first_valid([]))

count = 0
while True:
    try:
        count += 1
        if count < 3:
            raise RuntimeError(count)
        break
    except RuntimeError as e:
        print("while caught", e.args)
print("count", count)

errors = []
for i in range(4):
    try:
        [10, 20][i]
        {0: "x"}[i]
    except IndexError as e:
        errors.append(("index", i))
    except KeyError as e:
        errors.append(("key", e.args[0]))
print(errors)


def gen_with_errors():
    for i in range(4):
        try:
            if i % 2:
                raise ValueError(i)
            yield i
        except ValueError as e:
            yield f"odd {e}"


print(list(gen_with_errors()))
try:
    for i in range(3):
        try:
            1 / (i - 1)
        finally:
            print("inner finally", i)
except ZeroDivisionError as e:
    print("escaped at", i, e)
