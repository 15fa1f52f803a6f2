# How a task steps its coroutine: returns, cancellation at the return, coroutine-like objects,
# generator-based coroutines, Task subclasses, the task registry and contexts copied per task.
import asyncio
import contextvars
import types

var = contextvars.ContextVar("var", default="unset")


async def returns(value):
    await asyncio.sleep(0)
    return value


async def cancels_itself_then_returns():
    asyncio.current_task().cancel("at the return")
    return "ignored"


async def catches_cancel():
    try:
        await asyncio.sleep(10)
    except asyncio.CancelledError as e:
        return f"caught {e.args}"


class Stepper:
    """Not a coroutine type, but coroutine-like enough for asyncio (send/throw/close/__await__)."""

    def __init__(self, steps, value):
        self.steps = steps
        self.value = value
        self.log = []

    def send(self, sent):
        self.log.append(sent)
        if self.steps == 0:
            raise StopIteration(self.value)
        self.steps -= 1
        return None

    def throw(self, exc):
        self.log.append(type(exc).__name__)
        raise StopIteration("thrown " + type(exc).__name__)

    def close(self):
        pass

    def __await__(self):
        return self


@types.coroutine
def generator_based(n):
    total = 0
    for i in range(n):
        yield
        total += i
    return total


class NamedTask(asyncio.Task):
    made = 0

    def __init__(self, coro, *, loop=None, name=None, context=None):
        NamedTask.made += 1
        super().__init__(coro, loop=loop, name=name or f"named-{NamedTask.made}", context=context)


async def reads_var(tag):
    before = var.get()
    var.set(tag)
    await asyncio.sleep(0)
    return before, var.get()


async def main():
    print("returns", await asyncio.create_task(returns(42)))
    task = asyncio.create_task(cancels_itself_then_returns())
    try:
        await task
    except asyncio.CancelledError as e:
        print("cancelled at return", task.cancelled(), e.args)
    task = asyncio.create_task(catches_cancel())
    await asyncio.sleep(0)
    task.cancel("stop")
    print("catches", await task, task.cancelled())

    stepper = Stepper(3, "stepped")
    task = asyncio.ensure_future(stepper)
    print("stepper", await task, stepper.log)
    stepper = Stepper(5, "never")
    task = asyncio.ensure_future(stepper)
    await asyncio.sleep(0)
    task.cancel()
    print("stepper thrown", await task, stepper.log)

    print("generator-based", await asyncio.ensure_future(generator_based(5)))

    same = returns("twice")
    print("gather same", await asyncio.gather(same, same, returns("once")))

    loop = asyncio.get_running_loop()
    loop.set_task_factory(lambda loop, coro, **kw: NamedTask(coro, loop=loop, **kw))
    task = asyncio.create_task(returns("sub"))
    print(type(task).__name__, task.get_name(), isinstance(task, asyncio.Future))
    print("in all_tasks", task in asyncio.all_tasks(), len(asyncio.all_tasks()))
    print("sub result", await task, task in asyncio.all_tasks(), len(asyncio.all_tasks()))
    loop.set_task_factory(None)

    # The registry functions asyncio exposes for third-party tasks.
    fut = loop.create_future()
    asyncio.tasks._register_task(fut)
    asyncio.tasks._register_task(fut)
    print("registered future", fut in asyncio.all_tasks(), len(asyncio.all_tasks()))
    asyncio.tasks._unregister_task(fut)
    print("unregistered", fut in asyncio.all_tasks(), len(asyncio.all_tasks()))
    fut.cancel()

    print("current", asyncio.current_task().get_name(), asyncio.current_task(loop) is asyncio.current_task())

    # Each task runs in a copy of the context at its creation; its sets stay in it.
    var.set("main")
    first = asyncio.create_task(reads_var("first"))
    var.set("main again")
    second = asyncio.create_task(reads_var("second"))
    print("vars", await first, await second, var.get())
    ctx = contextvars.copy_context()
    print("copy sees", ctx[var], ctx.run(var.set, "in copy") is not None, ctx[var], var.get())
    print("handle context", await run_in(loop, ctx))
    print("contexts", len(ctx), list(ctx.keys()) == [var], dict(ctx.items())[var])


async def run_in(loop, ctx):
    done = loop.create_future()
    loop.call_soon(lambda: done.set_result(var.get()), context=ctx)
    return await done


asyncio.run(main())
print("after run", asyncio.current_task(asyncio.new_event_loop()))
