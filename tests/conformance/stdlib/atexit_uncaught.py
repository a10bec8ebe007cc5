# atexit functions run after an uncaught exception's traceback; _run_exitfuncs empties the list.
import atexit
atexit.register(print, 'at exit 1')
atexit.register(lambda: print('at exit 2'))
atexit._run_exitfuncs()
print('ran early')
atexit.register(print, 'at exit 3')
atexit.register(print, 'dropped')
atexit._clear()
atexit.register(print, 'at exit 4', flush=True)
raise RuntimeError('main failed')
