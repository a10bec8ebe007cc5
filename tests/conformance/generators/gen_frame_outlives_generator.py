# A generator's frame that someone else still holds keeps its locals and stack when the generator
# ends or dies, as CPython's frames take ownership of their data. A frame held by the traceback
# of an exception on its own stack is a cycle, so what it holds lives until a collection.
import gc


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def inner():
    try:
        yield 1
    finally:
        print("inner finally")


def ignores_exit():
    try:
        yield 0
    finally:
        yield from inner()


g = ignores_exit()
next(g)
del g        # RuntimeError: generator ignored GeneratorExit, reported as unraisable
print("after del")
gc.collect()
print("after collect")


def plain():
    kept = Noisy("kept")
    yield 1


g = plain()
next(g)
frame = g.gi_frame
del g
print("locals after the generator died:", sorted(frame.f_locals))
frame.clear()
print("cleared")


def finishes():
    kept = Noisy("finished")
    yield 1


g = finishes()
next(g)
frame = g.gi_frame
for _ in g:
    pass
print("locals after the generator finished:", sorted(frame.f_locals))
del frame
print("frame dropped")


def unheld():
    kept = Noisy("unheld")
    yield 1


g = unheld()
next(g)
del g
print("end")
