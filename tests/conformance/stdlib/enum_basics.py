# enum: Enum/IntEnum/StrEnum members, aliases, lookup, auto, _missing_, _generate_next_value_,
# custom __new__/__init__, functional API, _ignore_/_order_, pickling and error messages.
import enum, pickle
from enum import Enum, IntEnum, Flag, IntFlag, StrEnum, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
    def describe(self): return '%s is %s' % (self.name, self.value)
    @property
    def lower(self): return self.name.lower()
    @classmethod
    def first(cls): return cls.RED
print(Color.RED, repr(Color.RED), Color.RED.name, Color.RED.value, Color.RED._name_, Color.RED._value_)
print(Color.CRIMSON is Color.RED, list(Color), len(Color), list(Color.__members__), Color.__members__['CRIMSON'])
print(Color(2), Color['BLUE'], Color.RED.describe(), Color.RED.lower, Color.first(), type(Color.RED), type(Color))
print(Color.RED in Color, isinstance(Color.RED, Color), Color.RED == 1, Color.RED == Color.RED, hash(Color.RED) == hash('RED'))
print(format(Color.RED), f'{Color.GREEN}', f'{Color.GREEN!r}', str(Color), repr(Color))
print(Color._member_names_, Color._value2member_map_, sorted(Color._member_map_))
print(list(reversed(Color)), bool(Color.RED), Color.RED.__class__.__name__)
for bad in (5, 'RED'):
    try: Color(bad)
    except ValueError as e: print('ValueError', e)
try: Color['PURPLE']
except KeyError as e: print('KeyError', e)
try: Color.RED = 5
except AttributeError as e: print('AttributeError', e)
try: del Color.RED
except AttributeError as e: print('AttributeError', e)
try: Color.RED < Color.GREEN
except TypeError as e: print('TypeError', e)
try:
    class More(Color): PINK = 4
except TypeError as e: print('TypeError', e)
try:
    class Dup(Enum):
        A = 1
        A = 2
except TypeError as e: print('TypeError', e)
try:
    @unique
    class U(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e: print('ValueError', e)
class Num(IntEnum):
    ONE = 1
    TWO = 2
print(Num.ONE, repr(Num.ONE), Num.ONE + 1, Num.TWO * 2, Num.ONE == 1, Num(2), format(Num.ONE), f'{Num.TWO:>4}', Num.ONE < Num.TWO, int(Num.TWO), str(Num.TWO), sorted([Num.TWO, Num.ONE]))
class A(Enum):
    X = auto()
    Y = auto()
    Z = 10
    W = auto()
print(list(A), [m.value for m in A])
class S(StrEnum):
    ALPHA = auto()
    BETA = 'b'
print(S.ALPHA, repr(S.ALPHA), S.BETA == 'b', S.ALPHA.upper(), f'{S.BETA}', S('b'))
class G(Enum):
    def _generate_next_value_(name, start, count, last_values): return name.lower() + str(count)
    P = auto()
    Q = auto()
print(list(G), G.Q.value)
class M(Enum):
    A = 1
    @classmethod
    def _missing_(cls, value):
        if value == 'a': return cls.A
        return None
print(M('a'))
try: M('b')
except ValueError as e: print('ValueError', e)
class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)
    def __init__(self, mass, radius):
        self.mass = mass; self.radius = radius
    @property
    def gravity(self): return 6.673e-11 * self.mass / (self.radius * self.radius)
print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.gravity, 3), Planet((5.976e+24, 6.37814e6)))
class Coord(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value]); obj._value_ = value; obj.label = label; return obj
    PX = (0, 'P.X')
    PY = (1, 'P.Y')
print(Coord.PY.label, Coord(1), Coord.PX.value)
Animal = Enum('Animal', 'ANT BEE CAT')
print(list(Animal), Animal.BEE.value, Animal.__module__ if False else '')
Animal2 = Enum('Animal2', [('A', 10), ('B', 20)])
Animal3 = Enum('Animal3', {'X': 'x'})
Animal4 = IntEnum('Animal4', ['P', 'Q'], start=5)
print(list(Animal2), list(Animal3), list(Animal4), repr(Animal4.Q))
print(pickle.loads(pickle.dumps(Color.GREEN)) is Color.GREEN, pickle.dumps(Color.GREEN, 0), pickle.dumps(Num.TWO, 2))
import copy; print(copy.copy(Color.RED) is Color.RED, copy.deepcopy(Color.RED) is Color.RED)
class Shape(Enum):
    _ignore_ = ['tmp']
    SQUARE = 2
    tmp = 5
print(list(Shape), hasattr(Shape, 'tmp'))
class Ordered(Enum):
    _order_ = 'A B'
    A = 1
    B = 2
print(list(Ordered))
try:
    class Bad(Enum):
        _order_ = 'B A'
        A = 1
        B = 2
except TypeError as e: print('TypeError', e)
print(Color.RED.__reduce_ex__(4), dir(Color.RED)[:3], sorted(dir(Color))[:6])
print(enum.EnumMeta is enum.EnumType, isinstance(Color, enum.EnumMeta))
class WithNameMember(Enum):
    name = 1
    value = 2
print(WithNameMember.name, WithNameMember.value.value, WithNameMember.name.name)
