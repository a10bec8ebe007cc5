# PEP 604 unions: int | str builds types.UnionType (deduplicated, order-independent equality),
# None stands for NoneType, isinstance/issubclass accept unions, and non-class operands fail.
import types

u = int | str
print(u, type(u), type(u) is types.UnionType)
print(u.__args__, u.__parameters__)
print(int | None, None | int, (int | None).__args__)
print(int | int, int | str | int, (int | str) | (bytes | int))
print((int | str) == (str | int), (int | str) != (int | bytes), hash(int | str) == hash(str | int))
print((int | str) == int, int | str in {str | int})
print(isinstance(1, int | str), isinstance("a", int | str), isinstance(1.5, int | str))
print(isinstance(None, int | None), isinstance(True, int | str))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(str, (float, int | str)))
print(isinstance(1, (float, int | None)))


class A:
    pass


class B(A):
    pass


print(A | B, B | None, isinstance(B(), A | None), issubclass(B, int | A))
print(list[int] | None, None | dict[str, int], (list[int] | str).__args__)
print(type.__or__(int, None), type.__ror__(int, str), str.__or__(bytes))

for left, right in [(int, 3), (3, int), (int, "str"), ("str", int), (None, None)]:
    try:
        print(left | right)
    except TypeError as e:
        print("TypeError:", e)

try:
    types.UnionType()
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance("x", int | list[int])
except TypeError as e:
    print("TypeError:", e)
print(isinstance(1, int | list[int]))
