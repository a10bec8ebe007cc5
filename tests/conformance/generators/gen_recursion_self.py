# A generator that calls next() on itself, and one that recurses through new instances.
def selfish():
    yield next(me)


me = selfish()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)
print("state after:", me.gi_frame is None)


def tree(depth):
    if depth == 0:
        yield "leaf"
        return
    yield from tree(depth - 1)
    yield "node%d" % depth


print(list(tree(5)))
