# cached_property, total_ordering, cmp_to_key and singledispatch.
import functools


class Data:
    def __init__(self):
        self.count = 0

    @functools.cached_property
    def value(self):
        self.count += 1
        return 42


d = Data()
print(d.value, d.value, d.count, "value" in d.__dict__)
del d.value
print(d.value, d.count)


@functools.total_ordering
class V:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v

    def __lt__(self, other):
        return self.v < other.v


print(V(1) < V(2), V(1) > V(2), V(2) >= V(2), V(3) <= V(2))
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)


def cmp(a, b):
    return (a > b) - (a < b)


print(sorted([3, 1, 2], key=functools.cmp_to_key(lambda a, b: cmp(b, a))))


@functools.singledispatch
def show(x):
    return "object " + repr(x)


@show.register(int)
def _(x):
    return "int %d" % x


@show.register
def _(x: list):
    return "list of %d" % len(x)


print(show(1), show(True), show([1, 2]), show("s"))
print(show.dispatch(bool) is show.dispatch(int))
