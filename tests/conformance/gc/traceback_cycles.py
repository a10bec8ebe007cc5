# Cycles through a traceback that Python code holds on its own: a frame whose local keeps the
# traceback of an exception it caught (frame -> tb -> frame), a traceback stored on an object that
# the frame also holds, and __exit__ keeping its traceback argument. The collector frees them, as
# CPython's does.
import gc
import sys
import weakref


class Marker:
    pass


def keeps_own_traceback():
    m = Marker()
    try:
        raise ValueError("x")
    except ValueError as e:
        tb = e.__traceback__
    return weakref.ref(m)


def keeps_exc_info():
    m = Marker()
    try:
        1 / 0
    except ZeroDivisionError:
        info = sys.exc_info()
    return weakref.ref(m)


class Holder:
    pass


def stores_on_object():
    h = Holder()
    h.me = h
    try:
        raise KeyError(1)
    except KeyError as e:
        h.tb = e.__traceback__.tb_next or e.__traceback__
    return weakref.ref(h)


class Keeper:
    def __enter__(self):
        return self

    def __exit__(self, typ, value, tb):
        self.tb = tb
        return True


def exit_keeps_traceback():
    m = Marker()
    k = Keeper()
    with k:
        raise RuntimeError("inside")
    return weakref.ref(m)


for make in (keeps_own_traceback, keeps_exc_info, stores_on_object, exit_keeps_traceback):
    ref = make()
    alive_before = ref() is not None
    gc.collect()
    print(make.__name__, "alive before collect:", alive_before, "freed by collect:", ref() is None)
