# concurrent.futures: a callback's exception is logged and the others still run; work left by
# shutdown(wait=False) still runs before the interpreter exits; ProcessPoolExecutor's names.
import concurrent.futures as cf
from concurrent.futures import process, thread

print(process.BrokenProcessPool.__mro__[1:3], thread.BrokenThreadPool.__name__)
print(cf.ProcessPoolExecutor.__name__, issubclass(cf.ThreadPoolExecutor, cf.Executor))

f = cf.Future()
f.add_done_callback(lambda fut: 1 / 0)
f.add_done_callback(lambda fut: print('second callback', fut.result()))
f.set_result('ok')

import threading
ev = threading.Event()
ex = cf.ThreadPoolExecutor(1)
pending = ex.submit(lambda: (ev.wait(), print('ran at exit')))
ex.shutdown(wait=False)
print('main done')
ev.set()
