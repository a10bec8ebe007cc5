# The quickened attribute loads, stores and method loads on instances whose attributes are inline
# see each change of storage: a __dict__ made mid-loop, attributes deleted and re-added, dicts
# swapped, several classes at one site, methods shadowed and class attributes changed (#6).


class A:
    def __init__(self, i):
        self.i = i
        self.sq = i * i

    def get(self):
        return self.i + self.sq


class B(A):
    pass


class C:
    def __init__(self, i):
        self.sq = -i
        self.i = i

    def get(self):
        return self.i - self.sq


def loads(objs):
    out = 0
    for o in objs:
        out += o.i * 3 + o.sq
    return out


def stores(objs, v):
    for o in objs:
        o.i = v
        o.sq = v + 1
        o.tag = "t"


def calls(objs):
    return [o.get() for o in objs]


objs = [A(n) for n in range(30)]
for rnd in range(6):
    print(rnd, loads(objs), calls(objs)[:3])
    if rnd == 1:
        objs[5].__dict__["i"] = 500          # made a dict mid-run
        vars(objs[6])
    if rnd == 2:
        del objs[7].i                          # a hole
        objs[7].i = 70                         # re-added after sq: dict order
        print(list(vars(objs[7])))
    if rnd == 3:
        objs[8].__dict__ = {"i": 1, "sq": 2}   # swapped
        objs[9].get = lambda: "shadowed"
    if rnd == 4:
        objs.extend(B(n) for n in range(5))   # a second class at the same sites
        objs.extend(C(n) for n in range(5))   # a third, keys in another order
        A.get = lambda self: -self.i           # class attribute changed

fresh = [A(n) for n in range(20)] + [C(n) for n in range(20)]
for rnd in range(4):
    stores(fresh, rnd)
    print(loads(fresh), calls(fresh)[:2], calls(fresh)[-2:], list(vars(fresh[0])), list(vars(fresh[-1])))
    if rnd == 1:
        for o in fresh[::3]:
            del o.tag
    if rnd == 2:
        for o in fresh[1::4]:
            o.__dict__.pop("sq")

# a class that gains attributes after many instances exist
class Grow:
    def __init__(self):
        self.a = 1


gs = [Grow() for _ in range(50)]
for k, g in enumerate(gs):
    for j in range(k % 9):
        setattr(g, "x%d" % j, j)
print(sum(len(vars(g)) for g in gs), vars(gs[-1]))
late = [Grow() for _ in range(5)]
for g in late:
    g.x0 = 0
    g.x1 = 1
    g.y = 2
print([list(vars(g)) for g in late[:2]])


# getattr/setattr hooks added to the class after the sites were quickened
def reader(objs):
    return [o.a for o in objs]


print(reader(gs[:3]) * 1, reader(gs[:20])[:3])
Grow.__getattribute__ = lambda self, name: "hooked " + name
print(reader(gs[:2]))
del Grow.__getattribute__
Grow.a = property(lambda self: "prop")
print(reader(gs[:2]))
del Grow.a
print(reader(gs[:2]))
