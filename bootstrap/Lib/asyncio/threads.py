"""asyncio.to_thread: not available, PyPack programs have one thread."""

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    raise NotImplementedError(
        "asyncio.to_thread() needs threads, which PyPack programs do not have")
