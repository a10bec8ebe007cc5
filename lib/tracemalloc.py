"""Memory allocation tracing: how many bytes the program holds since start(), and the peak.

pygen counts every block the runtime allocates while tracing (the C++ half, _tracemalloc), but it
does not record the source line of each allocation: get_object_traceback() answers None for every
object, and take_snapshot(), whose statistics are per line, is not available.
"""

from _tracemalloc import is_tracing, stop, get_traced_memory, reset_peak, clear_traces
import _tracemalloc

__all__ = ['start', 'stop', 'is_tracing', 'get_traced_memory', 'reset_peak', 'clear_traces',
           'get_traceback_limit', 'get_tracemalloc_memory', 'get_object_traceback', 'take_snapshot']

_traceback_limit = 1


def start(nframe=1, /):
    global _traceback_limit
    if not isinstance(nframe, int):
        raise TypeError(f"'{type(nframe).__name__}' object cannot be interpreted as an integer")
    if not 1 <= nframe <= 65535:
        raise ValueError("the number of frames must be in range [1; 65535]")
    _traceback_limit = nframe
    _tracemalloc._start()


def get_traceback_limit():
    return _traceback_limit


def get_tracemalloc_memory():
    # The counters live in the allocator's accounting; tracing keeps no per-block records.
    return 0


def get_object_traceback(obj):
    return None


def take_snapshot():
    if not is_tracing():
        raise RuntimeError("the tracemalloc module must be tracing memory allocations to take a snapshot")
    raise NotImplementedError("pygen's tracemalloc counts traced memory (get_traced_memory) but does "
                              "not record allocation sites, so it cannot take a snapshot")
