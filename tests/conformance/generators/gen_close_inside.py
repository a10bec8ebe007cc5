# close() called from inside the running generator, and throw() into itself.
def closer():
    try:
        yield 1
        g.close()
    except ValueError as e:
        print("close inside:", type(e).__name__, e)
    try:
        g.throw(KeyError("k"))
    except ValueError as e:
        print("throw inside:", type(e).__name__, e)
    yield 2


g = closer()
print(next(g))
print(next(g))
g.close()
print("closed from outside:", g.gi_frame is None)
