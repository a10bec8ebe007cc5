# vars() and dir() with and without arguments, and locals()/globals() at module and function level.
class P:
    cls_attr = 0

    def __init__(self):
        self.a = 1
        self.b = 2


p = P()
print(vars(p), sorted(k for k in vars(P) if not k.startswith("__")))
print([n for n in dir(p) if not n.startswith("__")], "cls_attr" in dir(P), "__init__" in dir(P))


class Custom:
    def __dir__(self):
        return ["zeta", "alpha", "mid"]


print(dir(Custom()))


def f(arg):
    local_one = 1
    print(sorted(locals()), dir(), vars() == locals())
    print("f" in globals(), "local_one" in globals())


f(0)
print("P" in dir(), globals() is globals(), locals() is globals())
try:
    vars(1)
except TypeError as e:
    print("TypeError", e)
