# inspect.getsource and friends: blocks found through brackets, strings, comments and indentation.
import inspect, functools

# A comment about f
# spanning two lines
def f(a,
      b=(1,
         2)):
    """Doc
with a line at column 0
    """
    x = [1,
2]
    # inner comment
    return x

    # trailing comment at body indent

def one(): return 1

class K:
    """A class."""
    attr = 1

    @staticmethod
    def sm(x):
        return x  # comment

    class Inner:
        def meth(self):
            pass
lam = (lambda x:
       x + 1)
def deco(fn):
    @functools.wraps(fn)
    def w(*a): return fn(*a)
    return w
@deco
def decorated(y):
    return y * 2
async def coro():
    await something
print(inspect.getsource(f))
print(inspect.getsourcelines(one))
print(inspect.getsource(K))
print(inspect.getsource(K.sm), inspect.getsource(K.Inner), inspect.getsource(K.Inner.meth))
print(repr(inspect.getsource(lam)))
print(inspect.getsource(decorated))
print(inspect.getsource(coro))
print(inspect.getcomments(f), inspect.getcomments(one))
print(inspect.getfile(f) == __file__, inspect.getsourcefile(K) == __file__, inspect.getmodulename("/a/b/mod.py"), inspect.indentsize("   \tx"))
for bad in [len, 3, inspect]:
    try: print(inspect.getfile(bad)[-10:])
    except TypeError as e: print("TypeError", e)
def gen():
    yield inspect.currentframe()
fr = next(gen())
print(inspect.getsource(fr.f_code))
