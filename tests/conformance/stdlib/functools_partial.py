# functools.partial: calls, attributes, repr, keyword merging and flattening of nested partials.
import functools


def f(a, b, c=3, *, d=4):
    return (a, b, c, d)


p = functools.partial(f, 1)
print(p(2), p(2, c=5, d=6))
print(p.func is f, p.args, p.keywords)
q = functools.partial(p, 2, d=10)
print(q(), q.func is f, q.args, q.keywords)
print(repr(q).replace(hex(id(f)), "ADDR"))
r = functools.partial(q, d=11)
print(r(), r.keywords)
print(repr(functools.partial(max, 1, key=abs)))
try:
    functools.partial(5)
except TypeError as e:
    print(e)


class Sub(functools.partial):
    pass


print(repr(Sub(f, 1)).replace(hex(id(f)), "ADDR"))


class C:
    m = functools.partialmethod(f, 9)


print(C().m(8)[1:])
