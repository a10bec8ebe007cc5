# enum: the class-body rules (_ignore_, _order_, auto in tuples, member/nonmember, sunder
# names), members made before __init_subclass__, enum.property, _missing_ and its errors, the
# functional API, Flag boundaries and pseudo-members, verify/unique messages, global_enum,
# _simple_enum and _convert_, and the errors with their messages.
import enum
import pickle
import sys
import types
import warnings
from enum import (CONFORM, CONTINUOUS, EJECT, KEEP, NAMED_FLAGS, STRICT, UNIQUE, Enum, Flag,
                  IntEnum, IntFlag, ReprEnum, StrEnum, auto, member, nonmember, unique, verify)


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, type(exc).__name__ + ':', exc)
    else:
        print(label, repr(result))


class Planet(Enum):
    _ignore_ = 'scratch'
    scratch = 5
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def gravity(self):
        return round(6.673e-11 * self.mass / (self.radius * self.radius), 2)


print(list(Planet), Planet.EARTH.gravity, Planet.EARTH.value, hasattr(Planet, 'scratch'))


def one():
    return 1


class Mixed(Enum):
    A = auto()
    B = (auto(), 'x')
    D = nonmember(7)
    E = auto()
    C = member(one)

    def helper(self):
        return self.name.lower()


print([m.name for m in Mixed], Mixed.D, Mixed.C.value(), Mixed.A.helper(), Mixed.E.value)


class Tracking(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print('subclass sees', list(cls.__members__))


class Tracked(Tracking):
    X = 1
    Y = 2


class Coordinate(bytes, Enum):
    def __new__(cls, value, label):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        return obj

    PX = (0, 'P.X')
    PY = (1, 'P.Y')


print(Coordinate.PY, Coordinate(1).label, Coordinate.PX.value, bytes(Coordinate.PY))


class Shade(Enum):
    RED = 1
    CRIMSON = 1
    BLUE = [2]     # unhashable

    @classmethod
    def _missing_(cls, value):
        if value == 'r':
            return cls.RED
        if value == 'bad':
            return 'nope'
        if value == 'boom':
            raise KeyError('boom')
        return None


print(Shade(1), Shade.CRIMSON is Shade.RED, Shade([2]), Shade('r'), list(Shade.__members__))
attempt('missing', lambda: Shade(9))
attempt('bad missing', lambda: Shade('bad'))
try:
    Shade('boom')
except KeyError as exc:
    print('KeyError', exc, type(exc.__context__).__name__, exc.__context__)


class WithName(Enum):
    @enum.property
    def size(self):
        return len(self.name)
    size_ = 1
    big = 2


print(WithName.big.size, WithName.big.name, WithName.big.value)

# class-body errors
for label, body in [
    ('reserved sunder', "class E(Enum):\n    _bad_ = 1\n"),
    ('duplicate', "class E(Enum):\n    A = 1\n    A = 2\n"),
    ('order', "class E(Enum):\n    _order_ = 'B A'\n    A = 1\n    B = 2\n"),
    ('mro name', "class E(Enum):\n    mro = 1\n"),
    ('ignore set', "class E(Enum):\n    A = 1\n    _ignore_ = ['A']\n"),
    ('late gnv', "class E(Enum):\n    A = auto()\n    def _generate_next_value_(n, s, c, l):\n        return 1\n"),
    ('extend', "class Base(Enum):\n    A = 1\nclass E(Base):\n    B = 2\n"),
    ('repr enum', "class E(ReprEnum):\n    A = 1\n"),
    ('strenum', "class E(StrEnum):\n    A = 1\n"),
    ('bad order', "class E(Enum, int):\n    A = 1\n"),
]:
    attempt(label, lambda: exec(body, dict(globals())))
try:
    exec("class E(int, str, Enum):\n    A = 1\n", dict(globals()))
except TypeError as exc:
    print('data types', str(exc).split(':')[0])    # the set of types shows in any order
attempt('reassign', lambda: setattr(Planet, 'EARTH', 1))
attempt('delete', lambda: delattr(Planet, 'EARTH'))
with warnings.catch_warnings():
    warnings.simplefilter('ignore')
    attempt('contains non-member', lambda: 3 in Planet)
print(Planet.EARTH in Planet, Tracked.X in Planet)

# functional API
Animal = Enum('Animal', 'ANT BEE CAT', module=__name__)
print(list(Animal), Animal.CAT.value, pickle.loads(pickle.dumps(Animal.BEE)) is Animal.BEE)
Ordinals = IntEnum('Ordinals', [('first', 10), ('second', 20)], module=__name__)
print(Ordinals.second + 1, list(Ordinals), Ordinals(10))
Mapped = Enum('Mapped', {'x': 'ex', 'y': 'why'}, module=__name__, qualname='Holder.Mapped')
print(Mapped.y, Mapped.__qualname__, repr(Mapped.x))
Started = Enum('Started', 'a b', start=5, module=__name__)
print([m.value for m in Started])
Typed = Enum('Typed', 'one two', type=str, module=__name__)
print(Typed.one.value, isinstance(Typed.two, str))

# str, format, repr of the mixed kinds


class Num(IntEnum):
    ONE = 1


class Word(StrEnum):
    HELLO = auto()


class Perm(IntFlag):
    R = 4
    W = 2
    X = 1


print(str(Num.ONE), format(Num.ONE), repr(Num.ONE), f'{Num.ONE:>4}', Num.ONE == 1)
print(str(Word.HELLO), format(Word.HELLO), repr(Word.HELLO), Word.HELLO.upper())
print(str(Perm.R | Perm.W), repr(Perm.R | Perm.W), repr(Perm(8)), repr(~Perm.R), repr(Perm(-1)))
print(repr(Perm.R | 8), list(Perm(7)), len(Perm(7)), Perm.W in Perm(6), bool(Perm(0)))
print(repr(Perm(0)), Perm(0).name, Perm(6).name)

# Flag boundaries


class Strict(Flag, boundary=STRICT):
    A = 1
    C = 4


class Conform(Flag, boundary=CONFORM):
    A = 1
    C = 4


class Eject(Flag, boundary=EJECT):
    A = 1
    C = 4


class Keep(Flag, boundary=KEEP):
    A = 1
    C = 4


attempt('strict', lambda: Strict(2))
print(repr(Conform(7)), repr(Eject(7)), repr(Keep(7)), repr(~Strict.A), repr(~Keep.A))
attempt('not int', lambda: Strict('x'))


class Colors(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
    NONE = 0


print(list(Colors), Colors.WHITE, repr(Colors.RED | Colors.BLUE), Colors.NONE, list(Colors.WHITE))
print(Colors._member_names_, Colors(3), repr(Colors(0)), Colors.WHITE.value)
print(enum.show_flag_values(13), enum.bin(10), enum.bin(~10), enum.bin(5, 8))

# verify and unique
attempt('unique', lambda: unique(Shade))
attempt('verify unique', lambda: verify(UNIQUE)(Shade))
attempt('continuous', lambda: verify(CONTINUOUS)(Enum('Gappy', [('a', 1), ('b', 3), ('c', 6)])))
attempt('continuous flag', lambda: verify(CONTINUOUS)(Flag('GapFlag', [('a', 1), ('b', 8)])))
attempt('named flags', lambda: verify(NAMED_FLAGS)(Flag('Named', [('a', 1), ('b', 2),
                                                                 ('abc', 7)])))
print(verify(UNIQUE, CONTINUOUS)(Num) is Num)
attempt('verify plain', lambda: verify(UNIQUE)(int))

# global_enum, _simple_enum, _convert_
mod = types.ModuleType('enumdemo')
sys.modules['enumdemo'] = mod
exec('''
import enum
@enum.global_enum
class Mode(enum.IntFlag):
    READ = 1
    WRITE = 2
@enum.global_enum
class Level(enum.Enum):
    LOW = 1
    HIGH = 2
''', mod.__dict__)
print(repr(mod.READ), repr(mod.READ | mod.WRITE), repr(mod.Mode(4)), str(mod.LOW), repr(mod.HIGH))


@enum._simple_enum(IntEnum)
class Simple:
    ALPHA = 1
    BETA = 2
    GAMMA = 2


print(list(Simple), Simple.GAMMA is Simple.BETA, Simple(1), repr(Simple.ALPHA), Simple.__doc__)


class Checked(IntEnum):
    ALPHA = 1
    BETA = 2
    GAMMA = 2


enum._test_simple_enum(Checked, Simple)
print('simple enum matches')


class Other(IntEnum):
    ALPHA = 1
    BETA = 3


attempt('mismatch', lambda: enum._test_simple_enum(Other, Simple) or 'no error')
consts = types.ModuleType('consts')
consts.SIG_A, consts.SIG_B, consts.OTHER = 1, 2, 3
sys.modules['consts'] = consts
Converted = IntEnum._convert_('Sig', 'consts', lambda name: name.startswith('SIG_'))
print(list(Converted), consts.SIG_A is Converted.SIG_A, consts.Sig is Converted)
print(dir(Num)[:5], dir(Num.ONE)[-3:], dir(Planet), 'gravity' in dir(Planet.EARTH))
print(Planet.__members__['EARTH'], len(Planet), list(reversed(Planet)), bool(Enum))
