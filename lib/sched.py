# sched: an event scheduler. Events (time, priority, action) wait in a heap and run() calls
# each when its time comes, sleeping with the delay function in between. Written for pygen
# from the 3.11 documentation.

import heapq
import itertools
import threading
from collections import namedtuple
from time import monotonic as _monotonic

__all__ = ["scheduler"]

_NO_KWARGS = object()


class Event(namedtuple('Event', 'time, priority, sequence, action, argument, kwargs')):
    """A scheduled call. As a tuple, events order by time, then priority, then sequence (the
    order they were made, always different), so the action is never compared."""
    __slots__ = []


Event.time.__doc__ = 'Numeric type compatible with the return value of the timefunc function passed to the constructor.'
Event.priority.__doc__ = 'Events scheduled for the same time will be executed in the order of their priority.'
Event.sequence.__doc__ = 'A continually increasing sequence number that separates events if time and priority are equal.'
Event.action.__doc__ = 'Executing the event means executing action(*argument, **kwargs)'
Event.argument.__doc__ = 'argument is a sequence holding the positional arguments for the action.'
Event.kwargs.__doc__ = 'kwargs is a dictionary holding the keyword arguments for the action.'


class scheduler:
    def __init__(self, timefunc=_monotonic, delayfunc=__import__('time').sleep):
        """timefunc() gives the current time; delayfunc(d) waits d units of it."""
        self._heap = []
        self._guard = threading.RLock()
        self.timefunc, self.delayfunc = timefunc, delayfunc
        self._counter = itertools.count()

    def enterabs(self, time, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action(*argument, **kwargs) at absolute `time`; returns the Event."""
        event = Event(time, priority, next(self._counter), action, argument,
                      {} if kwargs is _NO_KWARGS else kwargs)
        with self._guard:
            heapq.heappush(self._heap, event)
        return event

    def enter(self, delay, priority, action, argument=(), kwargs=_NO_KWARGS):
        """Schedule action `delay` time units from now."""
        return self.enterabs(self.timefunc() + delay, priority, action, argument, kwargs)

    def cancel(self, event):
        """Remove a scheduled event (ValueError if it is not in the queue)."""
        with self._guard:
            self._heap.remove(event)
            heapq.heapify(self._heap)

    def empty(self):
        with self._guard:
            return not self._heap

    def run(self, blocking=True):
        """Run the events in order, waiting for each one's time. With blocking false, run
        only those already due and return the delay until the next one (None if none)."""
        pop, clock, wait = heapq.heappop, self.timefunc, self.delayfunc
        while True:
            with self._guard:
                if not self._heap:
                    return None
                first = self._heap[0]
                now = clock()
                due = first.time <= now
                if due:
                    pop(self._heap)
            if not due:
                if not blocking:
                    return first.time - now
                wait(first.time - now)
                continue
            first.action(*first.argument, **first.kwargs)
            wait(0)    # lets other threads run in CPython

    @property
    def queue(self):
        """The pending events, soonest first."""
        with self._guard:
            pending = list(self._heap)
        return [heapq.heappop(pending) for _ in range(len(pending))]
