# Frames that Python code holds (sys._getframe, f_back, tb_frame, gi_frame) can sit in cycles that
# only the collector breaks: a frame kept by its own local, by a local dict, by a traceback stored
# in a local. Each must be freed by gc.collect(), running the __del__ of what it held (#9).
import gc, sys

class D:
    def __init__(self, name): self.name = name
    def __del__(self): print("freed", self.name)

def own_local():
    fr = sys._getframe()
    d = D("own_local")
    return 1

def in_dict():
    box = {"frame": sys._getframe(), "d": D("in_dict")}
    return 2

def caller_frame():
    d = D("caller_frame")
    def inner():
        return sys._getframe().f_back
    back = inner()
    return 3

def via_traceback():
    d = D("via_traceback")
    try:
        1 / 0
    except ZeroDivisionError as e:
        tb = e.__traceback__
    return tb.tb_frame.f_code.co_name

def gen():
    fr = sys._getframe()
    d = D("generator")
    yield 1
    yield 2

def gen_frame_kept():
    g = gen()
    next(g)
    f = g.gi_frame
    f.f_locals  # the snapshot dict is held by the frame
    return g

gc.collect()
for fn in (own_local, in_dict, caller_frame, via_traceback):
    print(fn.__name__, fn())
    print("collected", gc.collect() > 0)
g = gen_frame_kept()
del g
print("collected", gc.collect() > 0)
g = gen()
for x in g:
    pass
del g
print("collected", gc.collect() > 0)
# A frame cleared explicitly drops its locals at once.
def cleared():
    fr = sys._getframe()
    return fr
fr = cleared()
fr.clear()
print(fr.f_locals)
print("done")
