# copy.copy and copy.deepcopy: containers, shared and recursive references, instances,
# __copy__/__deepcopy__ hooks and slots.
import copy

data = {"a": [1, 2], "b": ([3], "s")}
shallow = copy.copy(data)
deep = copy.deepcopy(data)
data["a"].append(9)
data["b"][0].append(8)
print(shallow, deep)
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
loop = [1]
loop.append(loop)
dl = copy.deepcopy(loop)
print(dl[1] is dl, dl is not loop)
t = (1, "x", (2,))
print(copy.deepcopy(t) is t, copy.copy(t) is t)


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)


p = Point([1], 2)
p2 = copy.copy(p)
p3 = copy.deepcopy(p)
p.x.append(5)
print(p2, p3, type(p3).__name__, p2.x is p.x)


class Hooked:
    def __init__(self, v):
        self.v = v

    def __copy__(self):
        print("__copy__ called")
        return Hooked(self.v + 1)

    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Hooked(self.v + 100)


print(copy.copy(Hooked(1)).v, copy.deepcopy([Hooked(1)])[0].v)


class Slotted:
    __slots__ = ("a", "b")


s = Slotted()
s.a = [1]
s.b = 2
s2 = copy.deepcopy(s)
print(s2.a, s2.b, s2.a is s.a)
print(copy.copy({1, 2}), copy.deepcopy(frozenset([3])), copy.copy(len) is len)
