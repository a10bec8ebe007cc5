# len() reads the size of an exact list, str or tuple directly; subclasses with their own __len__,
# other containers and wrong calls keep the general path and its messages.
class L(list):
    def __len__(self): return 42

class S(str):
    def __len__(self): return 7

class T(tuple):
    pass

items = [[], [1, 2, 3], "", "añ€", "abc" * 100, (), (1,), L([1]), S("xy"), T((1, 2)), {1: 2}, {1, 2, 3}, range(5), b"ab", bytearray(3)]
print([len(x) for x in items])
for bad in (5, None, iter([])):
    try:
        len(bad)
    except TypeError as e:
        print("TypeError", e)
for call in (lambda: len(), lambda: len([], []), lambda: len(obj=[])):
    try:
        call()
    except TypeError as e:
        print("TypeError", e)

class Neg:
    def __len__(self): return -1

try:
    len(Neg())
except ValueError as e:
    print("ValueError", e)
x = [0] * 10
n = 0
for i in range(30):
    x.append(i)
    n += len(x) + len(str(i)) + len(tuple(x[:i]))
print(n)
