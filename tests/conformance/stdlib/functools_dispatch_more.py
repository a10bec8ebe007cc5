# singledispatch over unions and ABCs, ambiguity, registry; cached_property, partialmethod's
# repr and abstractness, total_ordering's pickled methods, lru_cache hashing each argument once.
import abc
import collections.abc as cabc
import functools
import pickle
import typing


@functools.singledispatch
def kind(x):
    return "object"


@kind.register
def _(x: int | float):
    return "number"


@kind.register
def _(x: typing.Union[str, bytes]):
    return "text"


@kind.register
def _(x: cabc.Sequence):
    return "sequence"


@kind.register(cabc.Mapping)
def _(x):
    return "mapping"


for value in (1, 2.5, "s", b"b", [1], (1,), {}, set(), None):
    print(type(value).__name__, kind(value))
print(sorted(t.__name__ for t in kind.registry))
print(type(kind.registry).__name__)
try:
    kind.registry[list] = None
except TypeError as e:
    print("TypeError", e)


# A class registered later with an ABC is dispatched anew (the cache follows ABC registrations).
class Later:
    def __len__(self):
        return 0

    def __getitem__(self, i):
        raise IndexError


print(kind(Later()))
cabc.Sequence.register(Later)
print(kind(Later()))


# Two unrelated ABCs that both match: CPython refuses to guess.
class A(abc.ABC):
    pass


class B(abc.ABC):
    pass


class Both:
    pass


A.register(Both)
B.register(Both)


@functools.singledispatch
def pick(x):
    return "default"


pick.register(A, lambda x: "A")
pick.register(B, lambda x: "B")
try:
    pick(Both())
except RuntimeError as e:
    print("RuntimeError", e)

for bad in (list[int], typing.List[int], 5):
    try:
        kind.register(bad, lambda x: x)
    except TypeError as e:
        print("TypeError", e)
try:
    @kind.register
    def _(x: int | list[int]):
        pass
except TypeError as e:
    print("TypeError", e)
try:
    @kind.register
    def _(x):
        pass
except TypeError as e:
    print("TypeError", str(e).split(":")[0])

print(functools._c3_mro(bool), functools._compose_mro(list, [cabc.Sized, cabc.Sequence])[:4])


class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return "plain"

    @area.register
    def _(self, arg: int):
        return "int %d" % arg

    @functools.singledispatchmethod
    @abc.abstractmethod
    def abstract(self, arg):
        pass


print(Shape().area("x"), Shape().area(3), Shape.__dict__["abstract"].__isabstractmethod__,
      Shape.__dict__["area"].__isabstractmethod__)


class Meta(type):
    @functools.cached_property
    def prop(cls):
        return 42


class UsesMeta(metaclass=Meta):
    pass


try:
    UsesMeta.prop
except TypeError as e:
    print("TypeError", e)


class Item:
    calls = 0

    @functools.cached_property
    def cost(self):
        Item.calls += 1
        return 10


item = Item()
print(item.cost, item.cost, Item.calls, type(Item.__dict__["cost"].lock).__name__)


def capture(*args, **kw):
    return args, kw


class P:
    both = functools.partialmethod(capture, 3, b=4)
    nothing = functools.partialmethod(capture)

    @abc.abstractmethod
    def base(self, x, y):
        pass

    add5 = functools.partialmethod(base, 5)


print(repr(P.__dict__["both"]).replace(repr(capture), "<capture>"))
print(repr(P.__dict__["nothing"]).replace(repr(capture), "<capture>"))
print(P.add5.__isabstractmethod__, P.__dict__["both"].__isabstractmethod__)


@functools.total_ordering
class Version:
    def __init__(self, n):
        self.n = n

    def __lt__(self, other):
        return self.n < other.n

    def __eq__(self, other):
        return self.n == other.n


for name in ("__gt__", "__le__", "__ge__"):
    method = getattr(Version, name)
    copy = pickle.loads(pickle.dumps(method))
    print(name, method.__qualname__, copy is method, copy(Version(2), Version(1)))


class CountedHash:
    hashes = 0

    def __hash__(self):
        CountedHash.hashes += 1
        return 999

    def __mul__(self, other):
        return 15


@functools.lru_cache(maxsize=1)
def f(x, y):
    return x * 3 + y


arg = CountedHash()
print(f(arg, 1), CountedHash.hashes, f.cache_info())
print(f(arg, 1), CountedHash.hashes, f.cache_info())
print(f(6, 2), CountedHash.hashes, f.cache_info())
print(f(arg, 1), CountedHash.hashes, f.cache_info())
