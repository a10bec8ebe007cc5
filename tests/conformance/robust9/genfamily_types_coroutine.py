import types, inspect
def gen():
    x = yield 1
    print("got", x)
    yield 2
@types.coroutine
def wrapped():
    return gen()
w = wrapped()
print(type(w).__name__, type(w).__qualname__, type(w).__module__)
print(w.gi_code.co_name, w.gi_running, w.gi_frame is not None, w.gi_yieldfrom, w.cr_code.co_name, w.cr_running, w.cr_await)
print(w.__name__, w.__qualname__)
print(next(w), w.send(5))
print(inspect.isawaitable(w), hasattr(w, '__await__'), w.__await__() is w, iter(w) is w)
w.close()
print(sorted(n for n in dir(w) if not n.startswith('__')))
@types.coroutine
def g2():
    yield 1
print(type(g2()).__name__, g2.__code__.co_flags & 0x100)
class Obj:
    def __iter__(self): return self
    def __next__(self): return 1
    def send(self, v): return 2
    def throw(self, *a): return 3
    def close(self): pass
@types.coroutine
def w3(): return Obj()
print(type(w3()).__name__)
