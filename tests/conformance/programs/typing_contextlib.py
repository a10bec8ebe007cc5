# Realistic program: typing at run time (hints, generics, protocols), inspect signatures, contextlib, pprint and traceback.
from __future__ import annotations
import contextlib, io, sys, typing, inspect, pprint, traceback, types, dataclasses
from typing import (Any, Callable, Dict, Generic, List, Literal, Optional, Protocol, TypeVar, TypedDict,
                    Union, overload, get_type_hints, get_origin, get_args, runtime_checkable, NamedTuple, Final, Annotated, ClassVar, cast, NewType, Iterator)

T = TypeVar("T")
K = TypeVar("K", bound=str)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, x: T) -> None:
        self.items.append(x)
    def pop(self) -> T:
        return self.items.pop()

class Movie(TypedDict, total=False):
    title: str
    year: int

@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...

class Point(NamedTuple):
    x: int
    y: int = 0

UserId = NewType("UserId", int)

def f(a: int, b: "str" = "x", *args: float, c: Optional[List[int]] = None, **kw: Any) -> Dict[str, int]:
    return {}

@overload
def g(x: int) -> int: ...
@overload
def g(x: str) -> str: ...
def g(x):
    return x

@dataclasses.dataclass
class Cfg:
    name: str
    level: Literal["a", "b"] = "a"
    extra: Annotated[int, "meta"] = 0
    LIMIT: ClassVar[int] = 5

print(f.__annotations__)
print(get_type_hints(f))
print(get_type_hints(Cfg, include_extras=True))
print(get_type_hints(Movie), Movie.__total__, sorted(Movie.__optional_keys__))
print(get_origin(Dict[str, int]), get_args(Dict[str, int]), get_origin(list[int]), get_args(Union[int, str]), get_args(Optional[int]))
print(get_origin(Literal["a"]), get_args(Callable[[int, str], bool]), get_origin(int | None), get_args(Annotated[int, "m"]))
s = Stack[int](); s.push(1); print(s.pop(), Stack[int], Stack.__parameters__, Stack[int].__origin__ is Stack)
print(isinstance(io.StringIO(), Closable), isinstance(1, Closable), Point(1), Point._field_defaults, UserId(5), UserId.__name__)
print(g("q"), cast(int, "x"), typing.TYPE_CHECKING, List[int], Optional[str], Union[int, str, None], Callable[..., int], type(None) | int)
print(inspect.signature(f), inspect.signature(Cfg), list(inspect.signature(f).parameters))
for name, p in inspect.signature(f).parameters.items():
    print(" ", name, p.kind.name, p.default is inspect.Parameter.empty, p.annotation)
sig = inspect.signature(f)
ba = sig.bind(1, "y", 2.0, c=[1], z=3); ba.apply_defaults(); print(ba.arguments)
try:
    sig.bind()
except TypeError as e:
    print("bind:", e)
print(inspect.isfunction(f), inspect.isclass(Cfg), inspect.isgeneratorfunction(f), inspect.getdoc(Stack.push), inspect.ismethod(s.push))
print([n for n, _ in inspect.getmembers(Point) if not n.startswith("_")], inspect.getmro(bool))
def gen(): yield 1
gg = gen(); print(inspect.getgeneratorstate(gg)); next(gg); print(inspect.getgeneratorstate(gg))
print(inspect.getsource(g).splitlines()[0], inspect.getfile(g).endswith(".py"), inspect.getmodule(g).__name__)

# contextlib
@contextlib.contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield name.upper()
    except ValueError as e:
        log.append(f"caught {e}")
    finally:
        log.append(f"</{name}>")
log = []
with tag("a", log) as t1, tag("b", log) as t2:
    log.append(t1 + t2)
with tag("c", log):
    raise ValueError("inner")
print(log)
with contextlib.suppress(KeyError, IndexError):
    {}["x"]
print("suppressed")
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    print("captured")
    help_text = "x"
print(repr(buf.getvalue()))
with contextlib.ExitStack() as stack:
    files = [stack.enter_context(io.StringIO(f"f{i}")) for i in range(3)]
    stack.callback(lambda: print("callback ran"))
    print([f.read() for f in files])
    saved = stack.pop_all()
print(files[0].closed)
saved.close()
print(files[0].closed)
class Res:
    def close(self): print("closed Res")
with contextlib.closing(Res()):
    pass
with contextlib.nullcontext(5) as v:
    print(v)
class Ctx(contextlib.ContextDecorator):
    def __enter__(self): print("enter"); return self
    def __exit__(self, *a): print("exit", a[0].__name__ if a[0] else None); return True
@Ctx()
def boom(): raise RuntimeError("x")
boom()
@contextlib.asynccontextmanager
async def actx():
    yield 7
async def use():
    async with actx() as v:
        return v
import asyncio
print(asyncio.run(use()))

# pprint
data = {"name": "pygen", "versions": list(range(30)), "nested": {"a": [{"k": i, "v": "x" * i} for i in range(5)], "t": (1, 2)}, "set": {3, 1, 2}}
pprint.pprint(data, width=60)
print(pprint.pformat(data, depth=2, compact=True, width=50))
pprint.pprint([[1, 2, [3, 4, [5, [6]]]]], depth=3)
print(pprint.pformat("a long string " * 8, width=40))
print(pprint.isreadable({"a": 1}), pprint.saferepr([1, [2]]))
pprint.pp({"z": 1, "a": 2}, sort_dicts=False)

# traceback
def inner(): return 1 / 0
def outer(): return inner()
try:
    outer()
except ZeroDivisionError:
    tb = traceback.format_exc()
    lines = [l for l in tb.splitlines() if not l.startswith("  File")]
    print(lines)
    et, ev, etb = sys.exc_info()
    summ = traceback.extract_tb(etb)
    print([(fs.name, fs.line) for fs in summ])
    print(traceback.format_exception_only(et, ev))
try:
    try:
        raise KeyError("k")
    except KeyError as e:
        raise ValueError("v") from e
except ValueError as e:
    te = traceback.TracebackException.from_exception(e)
    print([l for l in te.format() if not l.startswith("  File")])
    print(e.__cause__, e.__context__ is e.__cause__, e.__suppress_context__)
err = ValueError("note me")
err.add_note("a note")
print("".join(traceback.format_exception_only(type(err), err)), err.__notes__)
print(types.SimpleNamespace(a=1, b=[2]), types.MappingProxyType({"a": 1}), isinstance(f, types.FunctionType), type(len) is types.BuiltinFunctionType)
