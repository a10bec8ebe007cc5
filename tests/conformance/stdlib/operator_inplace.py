# operator's in-place functions (iadd ... ixor, imatmul, iconcat), their dunder aliases and call:
# mutable operands are changed in place and returned, immutable ones give a new value.
import operator


class M:
    def __init__(self, v):
        self.v = v

    def __matmul__(self, other):
        return M(self.v * other.v)

    def __imatmul__(self, other):
        self.v += other.v
        return self

    def __repr__(self):
        return f"M({self.v})"


class OnlyMatmul:
    def __matmul__(self, other):
        return "plain @"


cases = [("iadd", 5, 3), ("isub", 5, 3), ("imul", 5, 3), ("itruediv", 7, 2), ("ifloordiv", 7, 2),
         ("imod", 7, 3), ("ipow", 2, 10), ("ilshift", 1, 5), ("irshift", 256, 3), ("iand", 12, 10),
         ("ior", 12, 10), ("ixor", 12, 10), ("iadd", "ab", "cd"), ("imul", (1, 2), 2),
         ("ior", {1}, {2}), ("iand", {1, 2}, {2, 3})]
for name, a, b in cases:
    print(name, repr(getattr(operator, name)(a, b)))

lst = [1]
r = operator.iadd(lst, [2, 3])
print(r, r is lst)
r = operator.iconcat(lst, (4,))
print(r, r is lst)
s = {1}
print(operator.ior(s, {5}) is s, s)
m = M(2)
print(operator.imatmul(m, M(5)) is m, m)
print(operator.imatmul(OnlyMatmul(), OnlyMatmul()))
print(operator.matmul(M(3), M(4)))
for bad in [lambda: operator.iconcat(1, 2), lambda: operator.imatmul(1, 2),
            lambda: operator.iadd([], 1), lambda: operator.itruediv(1, 0)]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
print(operator.call(max, 3, 9, key=lambda x: -x))
names = ["add", "iadd", "imatmul", "ixor", "concat", "iconcat", "inv", "invert", "not", "call",
         "getitem", "lt", "pow", "ipow", "truediv", "itruediv"]
print([getattr(operator, f"__{n}__") is getattr(operator, n if n != "not" else "not_") for n in names])
print(sorted(n for n in operator.__all__ if n.startswith("i")))
