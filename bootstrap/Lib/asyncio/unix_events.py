"""The loop class and policy CPython uses on Linux, here on PyPack's selector-less loop."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

from . import base_events
from . import events


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """The default event loop (CPython's class name, so type(loop) reads the same)."""


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
