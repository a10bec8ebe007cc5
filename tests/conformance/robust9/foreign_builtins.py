# __builtins__ that is not a module or an exact dict: lookups go through its __getitem__,
# as in CPython (TypeError for an int, NameError on KeyError; __import__ needs a dict).
for src in ['import os', 'class A: pass', 'print(1)', 'x = len']:
  for b in [5, {'len': len}, {}]:
    try: exec(src, {'__builtins__': b}); print('ok')
    except BaseException as e: print(src, type(e).__name__, str(e).replace('Objects/dictobject.c:1756: ', ''))
class M(dict): pass
class G:
    def __getitem__(self, k):
        if k == 'len': return len
        raise KeyError(k)
for b in [M(len=len), G()]:
  for src in ['x = len', 'print(1)', 'class A: pass']:
    try: exec(src, {'__builtins__': b}); print('ok')
    except BaseException as e: print(src, type(e).__name__, e)
g = {'__builtins__': G()}
exec('def h(): return len("ab")', g); print(g['h']())
exec('def h2(): return print', g)
for i in range(3):
    try: g['h2']()
    except BaseException as e: print(type(e).__name__, e)
print(type(g['h'].__builtins__).__name__)
import sys
exec('import sys; print(type(sys._getframe().f_builtins).__name__)', {'__builtins__': M(__import__=__import__, print=print, type=type)})
