# Finalisers that run at exit (the cycle x <-> y is garbage once __main__'s globals go) and make
# new cycles, which make more: pygen collects until nothing
# is left (no leak), and, as in CPython, what the finalisers of the last rounds print is lost,
# because by then the sys module is cleared.
import os


class Chain:
    made = 0

    def __del__(self):
        Chain.made += 1
        if Chain.made < 5:
            a = Chain()
            b = Chain()
            a.other = b
            b.other = a
        print("finalised", Chain.made)


x = Chain()
y = Chain()
x.other = y
y.other = x


def suspended():
    try:
        yield 1
    finally:
        print("generator finally at exit")


held = suspended()
next(held)
print("end of program")
