# types.UnionType with type variables is subscriptable (the members bound, joined again with |);
# typing.GenericAlias is types.GenericAlias.
import types
import typing

T = typing.TypeVar("T")
S = typing.TypeVar("S")
print(typing.GenericAlias is types.GenericAlias, repr(int | typing.GenericAlias(list, int)))
print((float | list[T])[int], (float | list[T])[int] == float | list[int])
print(list[int | list[T]].__parameters__, list[int | list[T]][str])
print((list[T] | list[S]).__parameters__, (list[T] | list[S])[int, T], (list[T] | list[S])[int, int])
print(type((list[T] | list[S])[int, str]).__name__, type((list[T] | list[S])[int, int]).__name__)
print((dict[T, S] | None)[str, int], (int | list[T])[T])
for bad in [lambda: (int | str)[int], lambda: (int | list[T])[int, str], lambda: (list[T] | list[S])[int]]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
