# Calling an exception class stores its arguments as args once when the class keeps
# BaseException's __new__ and __init__; every other combination still runs __init__ as CPython
# does (keywords refused, overridden __init__/__new__, StopIteration.value, explicit __init__).


class Plain(Exception):
    pass


class OwnInit(Exception):
    def __init__(self, *args):
        print("  OwnInit.__init__", args)
        super().__init__("replaced")


class SkipsSuper(Exception):
    def __init__(self, a, b):
        self.pair = (a, b)


class OwnNew(Exception):
    def __new__(cls, *args):
        print("  OwnNew.__new__", args)
        return super().__new__(cls, "from-new")


class Meta(type):
    def __call__(cls, *args, **kw):
        print("  Meta.__call__", args)
        return super().__call__(*args, **kw)


class WithMeta(Exception, metaclass=Meta):
    pass


for cls, args in ((Plain, (1, 2)), (Plain, ()), (OwnInit, (3,)), (SkipsSuper, (4, 5)), (OwnNew, (6,)),
                  (WithMeta, (7,)), (ValueError, ("v",)), (StopIteration, (8, 9)), (KeyError, ("k",)),
                  (OSError, (2, "nf")), (GeneratorExit, ())):
    e = cls(*args)
    print(cls.__name__, e.args, repr(e), getattr(e, "value", None), getattr(e, "pair", None))

for cls in (Plain, ValueError, StopIteration):
    try:
        cls(1, x=2)
    except TypeError as t:
        print("TypeError:", t)

e = Plain(1)
before = e.args
e.__init__(1)
print("explicit __init__ new tuple:", e.args == before, e.args is before)
BaseException.__init__(e, 2, 3)
print("after BaseException.__init__:", e.args)
e.args = [4]
print("args assigned:", e.args)
s = SkipsSuper(1, 2)
print("skips super:", s.args, s.pair)
n = Plain.__new__(Plain, 5, 6)
print("bare __new__:", n.args)
print(Plain(*range(3)).args, Plain(None).args, str(Plain("m")), str(Plain()))
