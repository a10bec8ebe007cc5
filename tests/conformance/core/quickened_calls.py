# Keyword calls (CALL_PY_KW), super().method() without a super object (CALL_SUPER_METHOD),
# positional calls at sites that see several functions (the generic CALL's frame fast path,
# *args included) and property getters: each must give the generic results, and keep doing so
# when what it assumed changes (__code__, __defaults__, __kwdefaults__ replaced or mutated, a
# class attribute reassigned, __class__ different, builtins shadowed).


def mix(a, b, c=7, d=3):
    return a * 1000 + b * 100 + c * 10 + d


def kw_only(x, *, scale=2, shift=1):
    return x * scale + shift


def call_mix(i):
    return mix(a=i, b=2, d=5), mix(i, 4, d=1), kw_only(i, scale=3), kw_only(i, shift=i)


print([call_mix(i) for i in range(40)][-1])
kw_only.__kwdefaults__["scale"] = 10          # mutated in place: no new version
print(call_mix(1))
del kw_only.__kwdefaults__["shift"]
try:
    call_mix(1)
except TypeError as e:
    print("TypeError", e)
kw_only.__kwdefaults__ = {"scale": 5, "shift": 100}
print(call_mix(1))
mix.__defaults__ = (1, 2)
print(call_mix(1))
mix.__defaults__ = (9,)
try:
    call_mix(1)
except TypeError as e:
    print("TypeError", e)


def other(a, b, c=0, d=0, e=-1):
    return (a, b, c, d, e)


mix.__code__ = other.__code__
mix.__defaults__ = (0, 0, -1)
print(call_mix(2))


def site(f, i):
    return f(x=i, y=2)


def f1(x, y):
    return x - y


def f2(y, x):
    return x * y


def f3(**kw):
    return sorted(kw.items())


def f4(x, y, *args):
    return x, y, args


for i in range(30):
    site(f1, i)
print(site(f1, 5), site(f2, 5), site(f3, 5), site(f4, 5))
try:
    site(len, 1)
except TypeError as e:
    print("TypeError", e)


def poly(fs, *args):
    out = []
    for f in fs:
        out.append(f(*args) if args else f(1, 2))
    return out


def p2(a, b):
    return a + b


def p3(a, b, c=10):
    return a + b + c


def pv(a, *rest):
    return a, rest


def pk(a, b, *, k=4):
    return a, b, k


def pg(a, b):
    yield a
    yield b


for _ in range(30):
    r = poly([p2, p3, pv, pk])
print(r, list(poly([pg])[0]))
try:
    poly([p2, lambda a: a])
except TypeError as e:
    print("TypeError", e)


class Base:
    def __init__(self, v):
        self.v = v

    def rate(self, m):
        return self.v * m

    def who(self):
        return "Base"


class Mid(Base):
    def rate(self, m):
        return super().rate(m) + 1

    def who(self):
        return "Mid>" + super().who()


class Leaf(Mid):
    def __init__(self, v):
        super().__init__(v * 2)

    def who(self):
        return "Leaf>" + super().who()


objs = [Base(1), Mid(2), Leaf(3)]
for _ in range(30):
    r = [(o.rate(3), o.who()) for o in objs]
print(r)
Base.who = lambda self: "Base2"                # a class attribute reassigned
print([o.who() for o in objs])
Base.rate = staticmethod(lambda m: -m)        # no longer a plain function
print([o.rate(3) for o in objs])


def new_who(self):
    return "Mid-new"


Mid.who = new_who                               # the function super() finds from Leaf
print(Leaf(1).who())
Mid.who = lambda self: "Mid3>" + super(Mid, self).who()
print(Leaf(1).who())


class Other(Base):
    pass


try:
    Mid.__dict__["rate"](Other(1), 2)          # self not an instance of __class__
except TypeError as e:
    print("TypeError", e)


def shadow_super():
    class S(Base):
        def who(self):
            return "S>" + super().who()
    return S


S = shadow_super()
print(S(1).who())
import builtins
real_super = builtins.super


class FakeSuper:
    def __init__(self, *a):
        pass

    def who(self):
        return "fake"


builtins.super = FakeSuper
print(S(1).who())
builtins.super = real_super
print(S(1).who())


class P:
    def __init__(self, w):
        self.w = w

    @property
    def double(self):
        return self.w * 2

    @property
    def cells(self):
        return (lambda: self.w)()


ps = [P(i) for i in range(5)]
for _ in range(30):
    r = [(p.double, p.cells) for p in ps]
print(r)
P.double = property(lambda self, extra=5: self.w + extra)
print([p.double for p in ps])


class R:
    @property
    def boom(self):
        raise ValueError("getter failed")


try:
    for _ in range(30):
        try:
            R().boom
        except ValueError:
            pass
    R().boom
except ValueError as e:
    print("ValueError", e)


# A method call site that sees several classes stays generic; an instance attribute of the
# method's name must still shadow the method there (the dict key filter only skips probes).
class K1:
    def go(self):
        return "K1"


class K2:
    def go(self):
        return "K2"


class K3(K1):
    def go(self):
        return "K3"


ks = [K1(), K2(), K3()]
for _ in range(30):
    r = [k.go() for k in ks]
print(r)
ks[1].go = lambda: "instance"
for n in range(40):
    setattr(ks[0], "x%d" % n, n)          # many keys: most filter bits set
ks[0].go = lambda: "instance0"
print([k.go() for k in ks])
del ks[0].go
print([k.go() for k in ks])
