# typing at run time: aliases and special forms (reprs, origin/args, substitution, equality),
# Generic and Protocol classes (runtime_checkable isinstance/issubclass), NamedTuple/TypedDict class
# syntax, get_type_hints evaluating string annotations, NewType, overload, cast, final.
from typing import *
import typing
T = TypeVar('T')
print(repr(Optional['A']), repr(List['int']), Union[int,str,None], Tuple[int,...], Tuple[()], Callable[...,int], Callable[[],int], ClassVar[int], Annotated[int,'x'], Literal['a',1], Type[int], typing.Pattern, typing.Pattern[str], FrozenSet[int], List[T], List[T][int], Dict[str,T][int], Union[int, List[T]][str], Optional[T])
print(List[int].__origin__, Optional[int].__origin__, List.__origin__, get_args(Callable[[int],str]), Callable[[int],str].__args__, get_origin(List[int]), get_args(Dict[str,int]), get_args(Optional[int]), get_origin(Literal[1]), get_args(Annotated[int,1]), List[int]==List[int], hash(List[int])==hash(List[int]), Union[int,str]==Union[str,int], Union[int], Union[int,int])
class B(Generic[T]): pass
print(B.__parameters__, B[int], B[int].__origin__, B.__orig_bases__, B.__mro__)
try: B[int,str]
except TypeError as e: print(e)
try: isinstance(1, List[int])
except TypeError as e: print(e)
print(isinstance([], List), issubclass(list, Sequence), isinstance({}, Mapping))
class C(List[int]): pass
print(C.__mro__)
class D(Iterable[T]): pass
print(D.__mro__, D.__parameters__)
N = NewType('N', int); print(N, N(3), N.__supertype__)
print(repr(ForwardRef('x')), AnyStr, Text, typing.Any, typing.NoReturn, Protocol, Generic)
try: List[int]()
except TypeError as e: print(e)
try: Union[1]
except TypeError as e: print(e)
print(int | List[int], List[int] | None)
@runtime_checkable
class P(Protocol):
    def m(self): ...
class HasM:
    def m(self): pass
print(issubclass(int, P), isinstance(1, P), isinstance(HasM(), P), issubclass(HasM, P))
class Q(Protocol):
    x: int
try: isinstance(1, Q)
except TypeError as e: print(e)
try: issubclass(int, runtime_checkable(Q))
except TypeError as e: print(e)
print(isinstance(1.5, SupportsFloat), isinstance("x", SupportsIndex), isinstance(3, SupportsIndex))
class Pair(NamedTuple):
    a: int
    b: str = "x"
    def both(self): return f"{self.a}{self.b}"
p = Pair(1)
print(p, p.both(), Pair._field_defaults, Pair.__annotations__, p._replace(a=2), isinstance(p, tuple))
Emp = NamedTuple("Emp", [("name", str), ("id", int)])
print(Emp("a", 1), Emp._fields)
class Movie(TypedDict, total=False):
    title: str
    year: int
m = Movie(title="x")
print(m, type(m), Movie.__required_keys__, Movie.__optional_keys__, Movie.__total__)
class Node:
    children: "List[Node]"
    parent: Optional["Node"]
    val: 'int' = 0
def walk(n: "Node", depth: int = 0) -> "Iterator[Node]": ...
print(get_type_hints(Node), get_type_hints(walk))
print(get_type_hints(Movie), typing.get_type_hints(Pair))
def g(x: Annotated[int, "m"]) -> None: ...
print(get_type_hints(g), get_type_hints(g, include_extras=True))
@overload
def h(x: int) -> int: ...
@overload
def h(x: str) -> str: ...
def h(x): return x
print(h(3), cast(int, "s"), cast("List[int]", 5))
@final
class F: pass
print(F.__final__, TYPE_CHECKING)
S = TypeVar("S", bound=int)
U = TypeVar("U", int, str)
print(S.__bound__, U.__constraints__, repr(TypeVar("V", covariant=True)))
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
s = Stack[int](); s.push(1); print(s.items, s.__orig_class__)
class MyMap(Dict[str, int]): pass
print(MyMap(a=1), MyMap.__mro__)
print(list[int] == List[int], Dict[str, List[int]], Callable[[int, str], Dict[str, int]], Type["B"])
print(typing.Deque[int], typing.DefaultDict[str, int], typing.Counter[str], typing.OrderedDict[str, int])
print(get_origin(int | str), get_args(int | str), get_origin(Callable[[int], str]))
@runtime_checkable
class HasX(Protocol):
    x: int
@runtime_checkable
class SupportsInt(Protocol):
    def __int__(self) -> int: ...
class PX:
    @property
    def x(self): return 1
class IV:
    def __init__(self): self.x = 1
class N(HasX):
    def __init__(self): self.x = 2
class Empty: pass
for c in (Empty, PX, IV, N):
    print(c.__name__, isinstance(c(), HasX), isinstance(c(), SupportsInt))
print(isinstance(3, SupportsInt), getattr(HasX, "_is_protocol", None), getattr(N, "_is_protocol", False))
class A:
    x: "int"
    y: Optional["A"] = None
    z: "List[Dict[str, int]]"
def f(a: "int", b: "Optional[str]" = None) -> "A": pass
print(get_type_hints(A))
print(get_type_hints(f))
T = TypeVar("T")
class Box(Generic[T]):
    def __init__(self, v: T): self.v = v
print(Box[int], Box(3).v, Union[int, str], Optional[int], Callable[[int], str], Literal[1, 2])
class P(NamedTuple):
    a: int
    b: str = "x"
print(P(1), P._fields, get_type_hints(P))
class TD(TypedDict):
    a: int
print(TD(a=1), get_type_hints(TD))
