# The "never awaited" RuntimeWarning goes through warnings._warn_unawaited_coroutine; a broken
# replacement is reported as unraisable and the warning still comes; without it, the bare warning.
import gc
import sys
import warnings


async def corofn():
    pass


def unraisable(info):
    print('unraisable', info.exc_type.__name__, info.object.__class__.__name__)


sys.unraisablehook = unraisable
original = warnings._warn_unawaited_coroutine

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    corofn()
    gc.collect()
    print([str(w.message) for w in caught])

warnings._warn_unawaited_coroutine = lambda coro: 1 / 0
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    corofn()
    gc.collect()
    print([(w.category.__name__, str(w.message)) for w in caught])

del warnings._warn_unawaited_coroutine
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    corofn()
    gc.collect()
    print([str(w.message) for w in caught])
warnings._warn_unawaited_coroutine = original


def make():
    return corofn()


sys.set_coroutine_origin_tracking_depth(2)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter('always')
    make()
    gc.collect()
    print(str(caught[0].message).replace(__file__, 'FILE'))
sys.set_coroutine_origin_tracking_depth(0)
