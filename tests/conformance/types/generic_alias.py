# PEP 585 generic aliases: list[int] and friends from __class_getitem__ on builtins and
# collections classes; repr, __origin__/__args__/__parameters__, equality, calling, isinstance.
import collections
import collections.abc
import contextlib
import types

print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], set[bytes], frozenset[int])
print(type[int], type[int].__args__, type(list[int]), type(list[int]) is types.GenericAlias)
a = dict[str, int]
print(a.__origin__, a.__args__, a.__parameters__)
print(list[int] == list[int], list[int] == list[str], list[int] == list, hash(list[int]) == hash(list[int]))
print(list[int]([1, 2]), dict[str, int](a=1), tuple[int, ...]((1, 2)), set[int]())
print(types.GenericAlias(list, int), types.GenericAlias(list, (int, str)).__args__)
print(list[int].append is list.append)

for cls in [collections.deque, collections.defaultdict, collections.OrderedDict,
            collections.Counter, collections.ChainMap]:
    print(cls[int])
for name in ["Iterable", "Iterator", "Generator", "AsyncGenerator", "Coroutine", "Awaitable",
             "Mapping", "MutableMapping", "Sequence", "MutableSequence", "Set", "MutableSet",
             "Collection", "Container", "KeysView", "ItemsView", "ValuesView", "Reversible"]:
    print(getattr(collections.abc, name)[int])
print(collections.abc.Callable[[int, str], bool])
print(contextlib.AbstractContextManager[int], contextlib.AbstractAsyncContextManager[int])
print(BaseExceptionGroup[int], ExceptionGroup[int])
print(list[int] | None, (list[int] | None).__args__)

for f in (lambda: isinstance([], list[int]), lambda: issubclass(list, list[int]),
          lambda: str[int], lambda: int[int], lambda: collections.abc.Hashable[int]):
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)


class C:
    pass


try:
    C[int]
except TypeError as e:
    print("TypeError:", e)


class MyList(list[int]):
    pass


print(MyList.__bases__, MyList([3]), MyList[str])
