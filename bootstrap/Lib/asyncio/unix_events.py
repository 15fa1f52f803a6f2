"""The loop class and policy CPython uses on Linux, here on PyPack's selector-less loop."""

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

from . import base_events
from . import events


class _UnixSelectorEventLoop(base_events.BaseEventLoop):
    """The default event loop. It has no selector: the class exists for its name, which
    type(loop) and the loop's repr show as CPython's do."""


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    """The default policy; its loops are _UnixSelectorEventLoop."""
    _loop_class = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
