# An async comprehension needs an async function.
def collect(items):
    return [x async for x in items]
