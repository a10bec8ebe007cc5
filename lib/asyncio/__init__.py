# asyncio for pygen: the event loop, futures and tasks that drive native coroutines, plus the
# synchronisation, queue, timeout and task-group helpers, re-exported flat as in CPython.
# Written for pygen in Python; CPython counterpart: Lib/asyncio/__init__.py.

import sys

from .base_events import *
from .coroutines import *
from .events import *
from .exceptions import *
from .futures import *
from .locks import *
from .protocols import *
from .queues import *
from .runners import *
from .streams import *
from .subprocess import *
from .taskgroups import *
from .tasks import *
from .threads import *
from .timeouts import *
from .transports import *
from .unix_events import *

# As in CPython 3.11, TaskGroup is exported but missing from __all__.
__all__ = (base_events.__all__ + coroutines.__all__ + events.__all__ + exceptions.__all__ +
           futures.__all__ + locks.__all__ + protocols.__all__ + queues.__all__ +
           runners.__all__ + streams.__all__ + subprocess.__all__ + tasks.__all__ + threads.__all__ +
           timeouts.__all__ + transports.__all__ + unix_events.__all__)
