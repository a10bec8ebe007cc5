# The concrete loop and policy asyncio hands out: _UnixSelectorEventLoop (named as in CPython,
# though pygen's loop polls no file descriptors) and the default policy.
# CPython counterparts: asyncio/selector_events.py, asyncio/unix_events.py.

__all__ = ('SelectorEventLoop', 'DefaultEventLoopPolicy')

from . import base_events
from . import events


class BaseSelectorEventLoop(base_events.BaseEventLoop):
    """Selector-based loop; without sockets it only runs callbacks and timers."""


class _UnixSelectorEventLoop(BaseSelectorEventLoop):
    pass


class _UnixDefaultEventLoopPolicy(events.BaseDefaultEventLoopPolicy):
    _loop_factory = _UnixSelectorEventLoop


SelectorEventLoop = _UnixSelectorEventLoop
DefaultEventLoopPolicy = _UnixDefaultEventLoopPolicy
