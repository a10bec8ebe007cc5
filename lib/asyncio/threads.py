# asyncio.to_thread: runs func(*args, **kwargs) in the loop's default executor with the caller's
# context variables. pygen has no threads: the executor runs the call from a loop callback
# soon after (see BaseEventLoop.run_in_executor), so the result and its exceptions are the same.

import contextvars
import functools

from . import events

__all__ = ('to_thread',)


async def to_thread(func, /, *args, **kwargs):
    """Run func(*args, **kwargs) in the default executor and return its result."""
    context = contextvars.copy_context()
    call = functools.partial(context.run, func, *args, **kwargs)
    return await events.get_running_loop().run_in_executor(None, call)
