import sys
def hook(u):
    print("unraisable", type(u.exc_value).__name__, u.exc_value, u.err_msg, type(u.object).__name__)
sys.unraisablehook = hook
class It:
    def __iter__(self): return self
    def __next__(self): return 1
    def __getattr__(self, n):
        if n == 'close': raise ValueError("no close")
        raise AttributeError(n)
def outer():
    yield from It()
g = outer(); next(g)
try:
    g.close(); print("closed ok")
except Exception as e: print("propagated", type(e).__name__, e)
print(g.gi_frame)
