# isinstance/issubclass with tuples and bool, callable(), id() identity and hash() agreement.
class A:
    pass


class B(A):
    def __call__(self):
        return "called"


print(isinstance(B(), A), isinstance(A(), B), isinstance(True, int), isinstance(1, (str, (float, int))))
print(issubclass(B, A), issubclass(bool, int), issubclass(A, (B, object)), issubclass(int, int))
print(callable(len), callable(B()), callable(A()), callable(A), callable(1), callable(lambda: 0))
x = []
print(id(x) == id(x), id(x) == id([]), isinstance(id(x), int))
print(hash(1) == hash(1.0) == hash(True), hash((1, 2)) == hash((1, 2)), hash(-1), hash(2 ** 61))
for call in [lambda: isinstance(1, 2), lambda: issubclass(1, int), lambda: isinstance(1), lambda: hash([]),
             lambda: hash({}), lambda: callable()]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
