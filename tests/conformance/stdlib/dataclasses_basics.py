# dataclasses: generated __init__/__repr__/__eq__/order/hash, defaults and default_factory,
# frozen, __post_init__ with InitVar, ClassVar, kw_only/KW_ONLY, slots, match_args, inheritance,
# fields/asdict/astuple/replace/make_dataclass/is_dataclass, and the error messages.
from dataclasses import (dataclass, field, fields, asdict, astuple, replace, make_dataclass,
                         is_dataclass, InitVar, KW_ONLY, FrozenInstanceError, MISSING)
from typing import ClassVar, List


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1, 2)
print(p, repr(Point(3)), p == Point(1, 2), p == Point(2, 1), p != (1, 2), Point.__match_args__)
print(Point.__doc__, Point.__hash__, is_dataclass(p), is_dataclass(Point), is_dataclass(1))
print([f.name for f in fields(p)], fields(Point)[1].default, fields(Point)[0].default is MISSING)


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    tags: tuple = ()


v1, v2 = Version(1, 2), Version(1, 10)
print(v1 < v2, v1 >= v2, sorted([v2, v1]), hash(v1) == hash(Version(1, 2)))
try:
    v1.major = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, isinstance(e, AttributeError))
try:
    del v1.minor
except FrozenInstanceError as e:
    print(e)
print(replace(v1, minor=7), v1)


@dataclass
class Inventory:
    items: List[str] = field(default_factory=list)
    counts: dict = field(default_factory=dict, repr=False)
    total: int = field(init=False, default=0)
    secret: str = field(default='s', compare=False)
    unit: ClassVar[str] = 'kg'
    scale: InitVar[int] = 1

    def __post_init__(self, scale):
        self.total = len(self.items) * scale


inv = Inventory(['a', 'b'], scale=10)
print(inv, inv.total, Inventory.unit, Inventory() == Inventory(), Inventory().items is not Inventory().items)
print(asdict(inv), astuple(inv))
print(Inventory(['x'], secret='t') == Inventory(['x']))
print([(f.name, f.init, f.repr, f.compare) for f in fields(Inventory)])


@dataclass
class Nested:
    name: str
    points: list
    mapping: dict


n = Nested('n', [Point(1, 2), Point(3, 4)], {'k': Point(5, 6)})
print(asdict(n))
print(astuple(n))


@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int


print(Options(level=3), Options.__match_args__)
try:
    Options(True, 3)
except TypeError as e:
    print('TypeError', e)


@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int = 2
    c: int


print(Mixed(1, c=3), Mixed.__match_args__)


@dataclass
class Base:
    x: int = 1


@dataclass
class Derived(Base):
    y: int = 2
    x: int = 10


print(Derived(), Derived(3, 4), [f.name for f in fields(Derived)])


@dataclass(slots=True)
class Slotted:
    a: int
    b: str = 'b'


s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, '__dict__'))
try:
    s.c = 1
except AttributeError as e:
    print('AttributeError')


@dataclass(unsafe_hash=True)
class Hashable:
    a: int
    b: list = field(default=None, hash=False)


print(hash(Hashable(1)) == hash(Hashable(1, [1])))


@dataclass(eq=False)
class NoEq:
    a: int


print(NoEq(1) == NoEq(1), NoEq.__hash__ is object.__hash__)


C = make_dataclass('C', ['a', ('b', int), ('c', int, field(default=5))], namespace={'total': lambda self: self.a + self.b + self.c})
print(C(1, 2), C(1, 2).total(), C.__name__)


@dataclass
class Rec:
    children: list = field(default_factory=list)


r = Rec()
r.children.append(r)
print(r)

errors = []
try:
    @dataclass
    class Bad1:
        a: list = []
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad2:
        a: int = 1
        b: int
except TypeError as e:
    print(e)
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(e)
try:
    @dataclass
    class Bad3:
        a = field()
except TypeError as e:
    print(e)
try:
    @dataclass(order=True, eq=False)
    class Bad4:
        a: int
except ValueError as e:
    print(e)
try:
    @dataclass(frozen=True)
    class Bad5(Base):
        z: int = 0
except TypeError as e:
    print(e)
try:
    fields(5)
except TypeError as e:
    print(e)
try:
    asdict(Point)
except TypeError as e:
    print(e)
try:
    replace(inv, total=3)
except ValueError as e:
    print(e)
try:
    replace(inv, items=[])
except ValueError as e:
    print(e)
try:
    @dataclass(order=True)
    class Bad6:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print(e)
print(repr(fields(Point)[0]).startswith("Field(name='x',type=<class 'int'>,default=<dataclasses._MISSING_TYPE object at"))
print(Point.__dataclass_params__)
