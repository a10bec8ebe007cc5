# Objects that only a temporary holds stay alive while used: BaseException.__setstate__'s keys
# and values while a key's __hash__ clears the state dict (gh-97591), and issubclass() walking a
# __bases__ property that returns a fresh tuple (bpo-39382).
import gc

d = {}
class ClearsOnHash(str):
    def __hash__(self):
        d.clear()
        return super().__hash__()
class Value(str):
    pass
exc = Exception()
d[ClearsOnHash('key')] = Value('value')
exc.__setstate__(d)
gc.collect()
print(exc.key, type(exc.key).__name__, d)

class A:
    @property
    def __bases__(self):
        return (int,)
class B:
    def __init__(self):
        self.x = 1
    @property
    def __bases__(self):
        return (A(),)
for _ in range(100):
    assert issubclass(B(), int)
print(issubclass(B(), int), issubclass(B(), str) if False else 'skip')
try:
    Exception().__setstate__([1])
except TypeError as e:
    print(e)
