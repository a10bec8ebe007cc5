# enum: Flag/IntFlag composites, reprs, iteration, ~ & | ^, boundaries (STRICT, CONFORM, EJECT,
# KEEP), verify and the ReprEnum rules.
import enum
from enum import Flag, IntFlag, auto, FlagBoundary, STRICT, CONFORM, EJECT, KEEP
class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(Perm.R, repr(Perm.R), Perm.R | Perm.W, repr(Perm.R | Perm.W), repr(Perm(0)), Perm(0), repr(Perm(7)), Perm(6))
print(list(Perm), list(Perm.R | Perm.X), len(Perm.R | Perm.W), bool(Perm(0)), Perm.R in (Perm.R | Perm.W), Perm.X in Perm.R)
print(repr(~Perm.R), repr(Perm.RWX & ~Perm.W), repr(Perm.R ^ Perm.RWX), (Perm.R | Perm.W).name, Perm(0).name, (Perm.R | Perm.W).value)
print(list(Perm.__members__), Perm._member_names_)
try: Perm(8)
except ValueError as e: print('ValueError', e)
class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE
print([m.value for m in Color], repr(Color.WHITE), repr(Color.RED | Color.BLUE), repr(~Color.RED), format(Color.RED | Color.GREEN))
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
print(IP.R, repr(IP.R), IP.R | IP.W, repr(IP.R | IP.W), IP.R + 1, repr(IP(8)), repr(IP(9)), repr(~IP.R), IP.R | 8, repr(IP.R | 8), format(IP.R | IP.W), IP.R == 4)
print(repr(IP(0)), list(IP(7)), isinstance(IP.R | IP.W, IP), repr(IP.R & 6), repr(4 | IP.W))
class SF(Flag, boundary=STRICT):
    A = 1
    B = 2
try: SF(7)
except ValueError as e: print('ValueError', e)
class CF(Flag, boundary=CONFORM):
    A = 1
    B = 2
print(repr(CF(7)))
class EF(Flag, boundary=EJECT):
    A = 1
    B = 2
print(repr(EF(7)), type(EF(7)))
class KF(Flag, boundary=KEEP):
    A = 1
    B = 2
print(repr(KF(7)), KF(7))
print(Perm._boundary_, IP._boundary_, FlagBoundary.STRICT, repr(STRICT))
print(enum.show_flag_values(7) if hasattr(enum, 'show_flag_values') else '')
class Mixed(Flag):
    A = 1
    B = 2
    C = 4
    AB = 3
print(repr(Mixed(7)), repr(Mixed.AB), list(Mixed.AB), repr(Mixed(3) | Mixed.C))
print(Perm.R.__class__, Perm.R is Perm(4), hash(Perm.R) == hash(Perm.R))
@enum.verify(enum.UNIQUE)
class V(enum.Enum):
    A = 1
try:
    @enum.verify(enum.CONTINUOUS)
    class V2(enum.IntEnum):
        A = 1
        C = 3
except ValueError as e: print('ValueError', e)
try:
    class RE(enum.ReprEnum): pass
except TypeError as e: print("TypeError", e)
print(enum.IntEnum.__mro__, enum.StrEnum.__mro__, enum.IntFlag.__mro__)
