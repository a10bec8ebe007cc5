# Which classes accept subscription (PEP 585 __class_getitem__) and what alias they give back:
# types.GenericAlias for the builtin and library classes CPython 3.11 makes generic, TypeError
# where it does not, and collections.abc.Callable's own alias with its flattened arguments.
import types, collections, functools, itertools, os, re, queue, asyncio, weakref, dataclasses
import contextvars, contextlib, typing, io, tempfile, logging, subprocess
import collections.abc as cabc

names = """collections.deque collections.defaultdict collections.OrderedDict collections.Counter
collections.ChainMap collections.UserDict collections.UserList collections.UserString
contextvars.ContextVar contextvars.Token re.Pattern re.Match asyncio.Future asyncio.Task
asyncio.Queue asyncio.LifoQueue asyncio.PriorityQueue queue.Queue queue.SimpleQueue
queue.LifoQueue queue.PriorityQueue enumerate types.AsyncGeneratorType types.MappingProxyType
itertools.chain functools.partial functools.partialmethod functools.cached_property weakref.ref
weakref.WeakMethod weakref.WeakKeyDictionary weakref.WeakValueDictionary weakref.WeakSet
dataclasses.Field os.PathLike os.DirEntry contextlib.AbstractContextManager
contextlib.AbstractAsyncContextManager tuple list dict set frozenset type
tempfile.TemporaryDirectory tempfile.SpooledTemporaryFile logging.LoggerAdapter subprocess.Popen
subprocess.CompletedProcess cabc.Iterable cabc.Awaitable cabc.Coroutine cabc.AsyncGenerator
cabc.Generator types.GeneratorType types.CoroutineType int str memoryview range zip""".split()
for n in names:
    try:
        r = eval(n)[int]
        print(n, "->", repr(r), type(r).__name__, r.__origin__ is eval(n))
    except TypeError as e:
        print(n, "!! TypeError", e)

for args in [(int,), (int, str), ([int], str), (..., int), ([], int), ((int,), str)]:
    try:
        a = cabc.Callable[args] if len(args) > 1 else cabc.Callable[args[0]]
        print(a, a.__args__, type(a).__name__)
    except TypeError as e:
        print("TypeError", e)
T = typing.TypeVar("T")
c = cabc.Callable[[T], list[T]]
print(c, c.__parameters__, c[int], c[int] == cabc.Callable[[int], list[int]])
print(cabc.Callable[..., T][str], cabc.Callable[[int], str].__reduce__()[1])
print(types.MappingProxyType.__name__, types.MappingProxyType.__module__)
print(queue.SimpleQueue.__module__, weakref.WeakSet.__module__, os.DirEntry.__module__)
print(io.StringIO, io.BytesIO, io.TextIOWrapper, io.FileIO, io.BufferedReader, io.BufferedWriter)
with open(__file__) as f:
    print(repr(f).replace(__file__, "FILE"), repr(f.buffer).replace(__file__, "FILE"))
import _io
print(_io.StringIO is io.StringIO, _io.open is io.open)
