# A comprehension that awaits is asynchronous: it needs an async function too.
def collect(items):
    return {x: await x for x in items}
