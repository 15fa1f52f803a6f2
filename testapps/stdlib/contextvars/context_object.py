# The Context type itself: construction, run() with arguments, mapping methods, equality,
# hashing, subclassing, and contexts asyncio makes per task and per callback.
import asyncio
import contextvars
from contextvars import Context, ContextVar, copy_context

var = ContextVar("var", default=0)

for bad in ((1,), ()):
    try:
        Context(*bad) if bad else Context(x=1)
    except TypeError as e:
        print("TypeError", e)

try:
    class Sub(Context):
        pass
except TypeError as e:
    print("TypeError", e)

ctx = copy_context()
print(type(ctx).__module__, type(ctx).__qualname__, repr(ctx).startswith("<_contextvars.Context object at 0x"))
try:
    hash(ctx)
except TypeError as e:
    print("TypeError", e)
print(Context.__hash__ is None, ctx == copy_context(), ctx != Context(), ctx == 5)


def show(*args, **kwargs):
    var.set(var.get() + 1)
    return args, sorted(kwargs.items()), var.get()


print(ctx.run(show, 1, 2, k=3))
print(ctx.run(show), ctx[var], var.get())
try:
    ctx.run()
except TypeError as e:
    print("TypeError", e)
for key in (1, "var"):
    for op in (lambda: ctx[key], lambda: key in ctx, lambda: ctx.get(key)):
        try:
            op()
        except TypeError as e:
            print("TypeError", e)
print(var in ctx, ctx.get(var), ctx.get(ContextVar("other"), "dflt"), len(ctx), list(ctx) == [var])
print(sorted(ctx.keys(), key=id) == [var], list(ctx.values()), [(k.name, v) for k, v in ctx.items()])
copy = ctx.copy()
copy.run(var.set, 10)
print(ctx[var], copy[var], ctx == copy)

seen = []


async def child(n):
    var.set(n)
    await asyncio.sleep(0)
    seen.append((n, var.get()))
    return var.get()


async def main():
    var.set(100)
    tasks = [asyncio.create_task(child(i)) for i in range(3)]
    done = []
    tasks[0].add_done_callback(lambda t: done.append(("cb", var.get())))
    print(await asyncio.gather(*tasks), var.get())
    await asyncio.sleep(0)
    print(sorted(seen), done)
    custom = Context()
    t = asyncio.create_task(child(7), context=custom)
    await t
    print(custom[var], var.get())
    loop = asyncio.get_running_loop()
    handle = loop.call_soon(lambda: None)
    print(type(handle._context).__name__, handle._context is not copy_context())


asyncio.run(main())
print(var.get())
