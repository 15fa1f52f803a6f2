"""asyncio for PyPack: the event loop, tasks, futures, synchronization primitives, queues and
executors (to_thread, run_in_executor, wrap_future, run_coroutine_threadsafe) of CPython 3.11's
asyncio, on a loop without sockets. Time comes from time.monotonic(); with only timers pending the
loop waits until the first one is due or another thread hands it a callback. Streams,
subprocesses, servers and signal handlers are not available: they raise NotImplementedError."""

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .queues import *
from .runners import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *
from .unix_events import *

__all__ = (base_events.__all__ +
           coroutines.__all__ +
           events.__all__ +
           exceptions.__all__ +
           futures.__all__ +
           locks.__all__ +
           queues.__all__ +
           runners.__all__ +
           taskgroups.__all__ +
           tasks.__all__ +
           threads.__all__ +
           timeouts.__all__ +
           unix_events.__all__)
