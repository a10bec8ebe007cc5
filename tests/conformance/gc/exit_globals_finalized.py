# At exit, objects that only module globals keep alive are finalised (issue #9 item 10): __del__
# runs with the globals still intact, a suspended generator runs its finally block, the objects
# the namespace names first in its order, then what they hold.
import sys


class D:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name, "| a is", type(globals().get("a")).__name__,
              "| __main__ in sys.modules:", "__main__" in sys.modules)


def gen(name):
    try:
        yield 1
    finally:
        print("finally", name)


a = D("a")
g1 = gen("g1")
next(g1)
lst = [D("in list")]
b = D("b")
_u = D("_u")
cyc = D("cyc")
cyc.self = cyc
t = (D("in tuple"),)
g2 = gen("g2")
next(g2)
d = {"k": D("in dict")}
print("end of program")
