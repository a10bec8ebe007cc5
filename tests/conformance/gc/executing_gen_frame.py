# A collection that runs while a generator's frame is executing must not look at that frame's
# value stack through the generator (its saved depth is stale then): a function's
# __kwdefaults__ dict, referenced only from a slot the frame has already popped, was cleared.
import gc


def victim(*args, flag="kwdefault ok"):
    return flag


def helper():
    return 1


def sub():
    yield


def gen():
    t = (0, 0, 0, victim(*[helper()]))
    gc.set_threshold(1)      # the next new frame runs an automatic collection
    s = sub()                # a collection while gen's frame is executing
    yield t


print(next(gen()))
gc.set_threshold(700)
print("kwdefaults", victim.__kwdefaults__)
print(victim())


# The same with the collection forced explicitly, several values live on the executing stack.
def gen2(n):
    acc = []
    for i in range(n):
        acc.append((i, [i] * 2, {"k": i}, victim(*[i], flag="x%d" % i)))
        gc.collect()
        yield len(acc), acc[-1]


for item in gen2(3):
    print(item)
print(victim())
