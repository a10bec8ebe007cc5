# frame.clear() on a suspended generator closes it; on a running one it raises.
def g():
    try:
        yield 1
        yield 2
    finally:
        print("finally")


it = g()
next(it)
it.gi_frame.clear()
print("after clear:", it.gi_frame, list(it))


def running():
    try:
        me.gi_frame.clear()
    except RuntimeError as e:
        print("RuntimeError:", e)
    yield 1


me = running()
print(next(me))
