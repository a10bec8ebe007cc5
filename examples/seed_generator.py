# The seed chapter's generator example: fib(5) driven with send(), printing what the generator
# object holds after every step -- the frame, the running flag, the code, the weak references,
# the names and the saved exception state -- the view the chapter's author had to patch CPython
# to get. Run it with pygen:  build/pygen examples/seed_generator.py
import sys
import weakref

try:
    import pygen
except ImportError:   # CPython: no layout view, but the walk itself still runs
    pygen = None


def fib(n):
    t = 0
    i = 1
    j = 1
    r = 0
    result = None
    while t <= n:
        print("result", repr(result))
        if t < 2:
            result = yield i
        else:
            r = i + j
            result = yield r
            i = j
            j = r
        t += 1
    try:
        1 / 0
    except ZeroDivisionError:
        r = yield "ZeroDivisionError"
        print(repr(r))
        try:
            import empty
        except ModuleNotFoundError:
            result = yield "ModuleNotFoundError"
            print("result", repr(result))
        finally:
            result = yield "ModuleNotFoundError finally"
            print("result", repr(result))
    raise StopIteration


def show(gen, title):
    print()
    print("==", title)
    if pygen is None:
        frame = gen.gi_frame
        print("gi_frame:", "None" if frame is None else "f_lasti=%d f_lineno=%d" % (frame.f_lasti, frame.f_lineno))
        return
    pygen.dump(gen)


f = fib(5)
ref = weakref.ref(f)   # shows up in the head's weak-reference list
print(type(f), type(fib), "gi_code is fib.__code__:", f.gi_code is fib.__code__)
show(f, "created: nothing has run, f_lasti is the start value")

sends = [None, "handsome"] + ["handsome%d" % k for k in range(2, 10)]
for value in sends:
    try:
        r = f.send(value)
    except RuntimeError as e:
        print("send(%r) raised %s: %s (cause: %r)" % (value, type(e).__name__, e, e.__cause__))
        break
    show(f, "send(%r) -> %r" % (value, r))

show(f, "finished: gi_frame is None, the exception state is cleared")
print("caller's sys.exc_info():", sys.exc_info())
