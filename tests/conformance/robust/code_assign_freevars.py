# Assigning a __code__ whose free-variable count differs from the closure's is refused (it would
# read past the closure); a matching one is accepted.
def mk():
    x = 1
    def a(): return x
    return a
def mk3():
    x = y = z = 1
    def b(): return x + y + z
    return b
def plain(): return 7
a = mk(); b = mk3()
for target, source in ((a, b), (plain, a), (a, plain)):
    try:
        target.__code__ = source.__code__
        print("accepted")
    except ValueError as e:
        print("ValueError:", e)
print(a())
def mk_other():
    q = 5
    def c(): return q * 2
    return c
a.__code__ = mk_other().__code__
print(a())
