# typing after its rewrite: special forms and their errors, Union/Literal/Annotated equality and
# flattening, substitution through Callable/ParamSpec/Concatenate/TypeVarTuple, Generic and
# Protocol class rules, NamedTuple/TypedDict details, ForwardRef and get_type_hints, pickling.
import pickle
import typing
from typing import *

T = TypeVar('T')
S = TypeVar('S', bound=int)
P = ParamSpec('P')
Ts = TypeVarTuple('Ts')


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


# special forms
print(repr(Any), repr(NoReturn), repr(Never), repr(Self), repr(LiteralString), repr(TypeAlias))
print(ClassVar[int], Final['x'], TypeGuard[list], Required[int], NotRequired[str], Unpack[Ts])
attempt('any-isinstance', lambda: isinstance(1, Any))
attempt('any-call', lambda: Any())
attempt('noreturn-sub', lambda: NoReturn[int])
attempt('union-call', lambda: Union())
attempt('union-empty', lambda: Union[()])
attempt('classvar-in-list', lambda: List[ClassVar[int]])
attempt('final-two', lambda: Final[int, str])
attempt('optional-two', lambda: Optional[int, str])
attempt('plain-generic', lambda: List[Generic])
attempt('tuple-arg', lambda: List[(1, 2)])
attempt('special-isinstance', lambda: isinstance(1, ClassVar))
attempt('concat-empty', lambda: Concatenate[()])
attempt('concat-last', lambda: Concatenate[int, str])


def subclass_form():
    class X(ClassVar):
        pass


attempt('subclass-form', subclass_form)
print(Union[int, Union[str, None]], Union[int, None, str], Union[None, int], Optional[Optional[int]])
print(Union[int, str] == Union[str, int], Union[int, str] == (int | str), hash(Union[int, str]) == hash(Union[str, int]))
print(isinstance(3, Union[int, str]), issubclass(bool, Union[str, int]), isinstance(b'', Optional[str]))
print(Literal[1, 2, 1], Literal[Literal[1, 2], 3], Literal[1] == Literal[True], Literal[1, 2] == Literal[2, 1])
print(Annotated[Annotated[int, 1], 2], Annotated[int, 1] == Annotated[int, 1], Annotated[List[T], 'm'][str])
attempt('annotated-one', lambda: Annotated[int])
attempt('annotated-call', lambda: Annotated())
print(int | T, T | None, ForwardRef('X') | int, List[int] | str)

# substitution
C1 = Callable[P, T]
print(C1[[int, str], bool], C1[..., int], C1[P, int], C1[Concatenate[int, P], int])
C2 = Callable[Concatenate[int, P], T]
print(C2, C2.__parameters__, C2[[str], bool], C2[..., None])
print(Dict[T, List[S]][str, int], Tuple[T, ...][int], Union[T, List[T]][str], Optional[T][int])
print(Tuple[Unpack[Ts]][int, str], Tuple[int, Unpack[Ts]][()], Tuple[T, Unpack[Ts]][int, str, bytes])
print(get_args(Callable[[int], str]), get_args(Callable[..., str]), get_args(Callable[P, str]), get_args(Callable[[], int]))
print(get_origin(Annotated[int, 1]), get_args(Annotated[int, 1, 2]), get_origin(P.args), get_origin(Generic), get_origin(ClassVar[int]))
attempt('too-many', lambda: Dict[T, S][int, str, bytes])
attempt('too-few', lambda: Dict[str, int][int])
attempt('not-generic', lambda: List[int][str])
attempt('hashable', lambda: Hashable[int])
attempt('callable-bad', lambda: Callable[int])
attempt('bound-sub', lambda: List[S][str])
print(S.__bound__, repr(TypeVar('Q', int, str)), repr(TypeVar('C', covariant=True)), repr(TypeVar('N', contravariant=True)))
attempt('bivariant', lambda: TypeVar('B', covariant=True, contravariant=True))
attempt('one-constraint', lambda: TypeVar('O', int))
attempt('constraint-bound', lambda: TypeVar('O', int, str, bound=int))
print(P.args, P.kwargs, P.args == P.args, P.args == P.kwargs, repr(Ts), list(Ts), T.__module__, P.__module__)


# Generic
class Box(Generic[T]):
    pass


class Pair(Box[T], Generic[T, S]):
    pass


class Fn(Generic[P]):
    pass


print(Pair.__parameters__, Pair[int, int], Fn[int, str], Fn[[int]], Fn[...].__args__, Box[int].__origin__)


class D(Box[int]):
    pass


class E(List[int]):
    pass


print(Box.__bases__, D.__bases__, E.__bases__)


def plain():
    class G(Generic):
        pass


def twice():
    class G(Generic[T], Generic[S]):
        pass


def unlisted():
    class G(Box[T], Generic[S]):
        pass


attempt('plain', plain)
attempt('twice', twice)
attempt('unlisted', unlisted)
attempt('empty', lambda: Generic[()])
attempt('not-tvars', lambda: Generic[int])
attempt('dup', lambda: Generic[T, T])
attempt('resub', lambda: Generic[T][int])
b = Box[int]()
print(type(b).__name__, b.__orig_class__)
Box[int].extra_attr = 5
print(Box.extra_attr, Box[int].__name__, List[int].__name__, Box[str].extra_attr)


# Protocol
@runtime_checkable
class Closer(Protocol):
    def close(self): ...


class HasClose:
    def close(self):
        return 'closed'


class Impl(Closer):
    def __init__(self, v):
        super().__init__()
        self.v = v


print(isinstance(HasClose(), Closer), issubclass(HasClose, Closer), isinstance(1, Closer), Impl(3).v)
attempt('proto-new', lambda: Closer())
attempt('not-proto', lambda: runtime_checkable(Box))


def proto_base():
    class PP(Protocol, int):
        pass


attempt('proto-base', proto_base)
print(isinstance(2.5, SupportsInt), isinstance('x', SupportsInt), isinstance(1, SupportsRound), issubclass(float, SupportsAbs))


# NamedTuple / TypedDict
class Point(NamedTuple, Generic[T]):
    x: T
    y: int = 0

    def norm(self):
        return abs(self.x) + abs(self.y)


print(Point(3, -4).norm(), Point[int], Point.__parameters__, Point._field_defaults)
attempt('nt-order', lambda: NamedTuple('N', [('a', int)], b=str))


def nt_overwrite():
    class Q(NamedTuple):
        a: int
        _make = 1


def nt_default_order():
    class Q(NamedTuple):
        a: int = 1
        b: str


attempt('nt-overwrite', nt_overwrite)
attempt('nt-default-order', nt_default_order)


class Movie(TypedDict, total=False):
    title: Required[str]
    year: int
    note: Annotated[NotRequired[str], 'x']


class Film(Movie):
    director: str


print(sorted(Film.__required_keys__), sorted(Film.__optional_keys__), Film.__total__, is_typeddict(Film), is_typeddict(dict))
attempt('td-isinstance', lambda: isinstance({}, Movie))
print(get_type_hints(Film), get_type_hints(Film, include_extras=True)['note'])


# ForwardRef and get_type_hints
print(ForwardRef('x') == ForwardRef('x'), ForwardRef('x') == ForwardRef('x', module='m'), repr(ForwardRef('a', module='m')))
attempt('fwd-int', lambda: ForwardRef(1))
attempt('fwd-syntax', lambda: ForwardRef('1 +'))


class Tree:
    left: 'Optional[Tree]'
    kids: 'list[Tree] | None'
    count: ClassVar['int'] = 0


def walk(t: 'Tree', n: 'Annotated[int, "depth"]' = 0) -> None: ...


print(get_type_hints(Tree), get_type_hints(walk), get_type_hints(walk, include_extras=True)['n'])
attempt('hints-bad', lambda: get_type_hints(3))


# helpers
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x


print(len(get_overloads(f)), f(1))
attempt('assert-never', lambda: assert_never('z' * 150))
UserId = NewType('UserId', int)
print(UserId, UserId(5), UserId | None)


def newtype_sub():
    class Sub(UserId):
        pass


attempt('newtype-sub', newtype_sub)
for obj in (List[int], Dict[str, T], Optional[int], Callable[[int], str], Literal['a'], Annotated[int, 'm'], List, ClassVar[int], T, Any):
    print(pickle.loads(pickle.dumps(obj)) == obj, end=' ')
print()
print(typing.Pattern[str], typing.Match, typing.ContextManager[int], IO[str], TextIO.__mro__[1:], Point.__mro__)
