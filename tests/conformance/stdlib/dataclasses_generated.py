# dataclasses: the generated methods (signature, annotations, defaults, qualnames, doc), the
# __hash__ table, frozen and slots classes, InitVar/ClassVar/KW_ONLY (also as strings), errors
# with their messages, asdict/astuple/replace/make_dataclass, Field and params reprs.
import abc
import collections
import dataclasses
import inspect
import pickle
import pprint
import re
import typing
import weakref
from dataclasses import (KW_ONLY, MISSING, FrozenInstanceError, InitVar, asdict, astuple,
                         dataclass, field, fields, is_dataclass, make_dataclass, replace)


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, type(exc).__name__ + ':', exc)
    else:
        print(label, re.sub(r' at 0x[0-9a-f]+', '', repr(result)))


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: list = field(default_factory=list, repr=False)
    count: InitVar[int] = 1
    kind: typing.ClassVar[str] = 'item'
    _: KW_ONLY
    note: str = ''

    def __post_init__(self, count):
        self.total = self.price * count


it = Item('pen', 2.0, count=3, note='blue')
print(it, it.total, it.tags, Item.kind)
print(inspect.signature(Item), Item.__doc__)
print(Item.__init__.__qualname__, Item.__repr__.__qualname__, Item.__eq__.__qualname__)
print(Item.__init__.__annotations__)
print(Item.__init__.__defaults__, Item.__init__.__kwdefaults__)
print(Item.__match_args__, [f.name for f in fields(Item)], sorted(Item.__dataclass_fields__))
print(re.sub(r' at 0x[0-9a-f]+', '', repr(fields(Item)[0])))
print(Item.__dataclass_params__)
print('__create_fn__' in Item.__repr__.__wrapped__.__qualname__, Item.__hash__)
print(it == Item('pen', 2.0, note='blue'), it == Item('pen', 2.0), it == 3)

# string annotations
@dataclass
class Texts:
    a: 'int'
    b: 'typing.ClassVar[int]' = 1
    c: 'InitVar[int]' = 2
    d: 'dataclasses.InitVar[str]' = 'x'

    def __post_init__(self, c, d):
        self.seen = (c, d)


print(inspect.signature(Texts), Texts(5).seen, [f.name for f in fields(Texts)])

# hash table
for opts in ({}, {'eq': False}, {'frozen': True}, {'unsafe_hash': True},
             {'eq': False, 'frozen': True}, {'unsafe_hash': True, 'eq': False}):
    @dataclass(**opts)
    class H:
        x: int = 1
    h = H.__dict__.get('__hash__', 'inherited')
    print(opts, 'none' if h is None else type(h).__name__)
print(hash(dataclass(frozen=True)(type('F', (), {'__annotations__': {'x': int}, 'x': 2}))()) ==
      hash((2,)))


class Explicit:
    x: int = 0

    def __hash__(self):
        return 7


print(hash(dataclass(frozen=True)(Explicit)()))
attempt('unsafe_hash explicit', lambda: dataclass(unsafe_hash=True)(Explicit))

# ordering and errors
@dataclass(order=True)
class V:
    major: int
    minor: int = 0


print(sorted([V(2), V(1, 5), V(1, 2)]), V(1) < V(1, 1), V(1).__lt__(3))
attempt('order no eq', lambda: dataclass(order=True, eq=False)(type('O', (), {})))
attempt('order overwrite', lambda: dataclass(order=True)(
    type('O2', (), {'__lt__': lambda s, o: True})))
attempt('mutable default', lambda: dataclass(type('M', (), {'__annotations__': {'x': list},
                                                            'x': []})))
attempt('no annotation', lambda: dataclass(type('N', (), {'x': field()})))
attempt('non-default after default', lambda: make_dataclass('D', [('a', int, field(default=1)),
                                                                  'b']))
attempt('both defaults', lambda: field(default=1, default_factory=list))
attempt('two KW_ONLY', lambda: make_dataclass('K', [('a', KW_ONLY), ('b', KW_ONLY)]))
attempt('classvar factory', lambda: make_dataclass(
    'C', [('a', typing.ClassVar[int], field(default_factory=int))]))
attempt('classvar kw_only', lambda: make_dataclass(
    'C', [('a', typing.ClassVar[int], field(default=1, kw_only=True))]))
attempt('weakref without slots', lambda: make_dataclass('W', ['a'], weakref_slot=True))

# frozen and inheritance
@dataclass(frozen=True)
class Frozen:
    x: int
    y: list = field(default_factory=list, compare=False)


fr = Frozen(1)
attempt('assign', lambda: setattr(fr, 'x', 2))
attempt('assign new', lambda: setattr(fr, 'z', 2))
attempt('delete', lambda: delattr(fr, 'x'))
print(hash(fr) == hash((1,)), isinstance(FrozenInstanceError(), AttributeError))
print(pickle.loads(pickle.dumps(fr)) == fr)
attempt('thaw', lambda: dataclass(type('T', (Frozen,), {'__annotations__': {'z': int}})))
attempt('freeze', lambda: dataclass(frozen=True)(type('T', (V,), {})))
attempt('own setattr', lambda: dataclass(frozen=True)(type('S', (), {'__setattr__':
                                                                      lambda *a: None})))


@dataclass
class Child(V):
    patch: int = 0
    minor: int = 9


print(Child(1), inspect.signature(Child), [f.name for f in fields(Child)])

# slots
@dataclass(slots=True, frozen=True, weakref_slot=True)
class Slotted:
    a: int
    b: str = 'b'


sl = Slotted(1)
print(Slotted.__slots__, sl, weakref.ref(sl)() is sl, hasattr(sl, '__dict__'))
print(pickle.loads(pickle.dumps(sl)), Slotted.__qualname__)
attempt('slots twice', lambda: dataclass(slots=True)(type('X', (), {'__slots__': ()})))


# abstract methods filled in by generated ones
class Base(abc.ABC):
    @abc.abstractmethod
    def __repr__(self):
        ...


@dataclass
class Concrete(Base):
    x: int = 0


print(Concrete(), Concrete.__abstractmethods__)

# recursion and pprint
@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)


root = Node(1)
root.children.append(root)
print(root)
pprint.pprint(Node(1, [Node(i, [Node(j) for j in range(3)]) for i in range(3)]), width=40)

# asdict / astuple / replace
Pair = collections.namedtuple('Pair', 'left right')
nested = Node(1, [Node(2), Pair(Node(3), {'k': Node(4)})])
print(asdict(nested))
print(astuple(nested))
print(asdict(V(1, 2), dict_factory=lambda pairs: list(pairs)))
attempt('asdict class', lambda: asdict(V))
attempt('astuple int', lambda: astuple(3))
print(replace(V(1, 2), minor=7), replace(it, count=2).total)
attempt('replace initvar', lambda: replace(Texts(1)))


@dataclass
class NoInit:
    a: int
    b: int = field(init=False, default=5)


attempt('replace init=False', lambda: replace(NoInit(1), b=2))
print(replace(NoInit(1), a=3), inspect.signature(NoInit))
attempt('replace non-dataclass', lambda: replace(3))

# make_dataclass, fields, is_dataclass
Made = make_dataclass('Made', ['a', ('b', int), ('c', list, field(default_factory=list))],
                      namespace={'double': lambda self: self.b * 2}, frozen=True)
m = Made(1, 2)
print(m, m.double(), Made.__annotations__, Made.__qualname__)
for bad in (['a', 'a'], ['class'], ['1x'], [('a',)], [3]):
    attempt('make_dataclass', lambda: make_dataclass('Bad', bad))
attempt('fields int', lambda: fields(3))
print(is_dataclass(V), is_dataclass(V(1)), is_dataclass(3), is_dataclass(list[V]))
print(repr(MISSING)[:31], repr(KW_ONLY)[:32], repr(InitVar[int]), repr(InitVar[list[int]]))
print(dataclasses.Field[int], Item.__init__.__name__, Item.__repr__.__name__)


# the class keeps its own methods
@dataclass(repr=False, eq=False)
class Own:
    x: int

    def __init__(self, value):
        self.x = value * 10


print(Own(2).x, Own.__doc__, Own.__eq__ is object.__eq__)


@dataclass
class SelfField:
    self: int
    object: str = 'o'


print(SelfField(1), inspect.signature(SelfField))
