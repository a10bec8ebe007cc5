# throw() edge cases: an exception class whose constructor raises, GeneratorExit instances and
# subclasses thrown into a yield from, and a generator lambda's return value.
f = lambda: (yield 1)
g = f(); next(g)
try:
    g.send(2)
except StopIteration as e:
    print("lambda value", e.value)
class E(Exception):
    def __init__(self): raise KeyError("in init")
def gen():
    yield 1
    yield 2
g = gen(); next(g)
try:
    g.throw(E)
except KeyError as e:
    print("throw E() raised", repr(e))
print("finished", g.gi_frame is None, next(g, 'done'))
def inner():
    try:
        yield 1
    finally:
        print("inner finally")
def outer():
    try:
        yield from inner()
    except GeneratorExit as e:
        print("outer got", type(e).__name__)
        raise
class GE(GeneratorExit): pass
for exc in (GeneratorExit, GeneratorExit(), GE, GE()):
    g = outer(); next(g)
    try:
        g.throw(exc)
    except GeneratorExit as e:
        print("propagated", type(e).__name__)
