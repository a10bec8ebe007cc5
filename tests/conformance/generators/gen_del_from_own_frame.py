# Dropping the last outside reference to a generator while its own frame runs.
holder = {}


def body():
    print("running; deleting the only outside reference")
    del holder["g"]
    yield "after delete"
    print("resumed once more")
    yield "second"


holder["g"] = body()
g2 = holder["g"]
print(next(g2))
del g2
print("generator collected without a crash")


def finishing():
    global ref
    ref = None
    yield 1


ref = finishing()
print(list(ref) if ref is not None else "gone")
