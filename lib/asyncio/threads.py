# asyncio.to_thread: pygen has no threads, so it raises at once with a clear message instead of
# hanging. CPython counterpart: asyncio/threads.py.

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Not available: pygen runs a single thread (see README, asyncio)."""
    raise NotImplementedError('asyncio.to_thread() is not available: pygen has no threads')
