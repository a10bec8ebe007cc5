# gen.throw(E) where E() returns something that is not an exception: the TypeError is thrown
# into the generator (finishing an unstarted one; catchable at a yield), as CPython does.
class E(Exception):
    def __new__(cls, *args, **kwargs):
        return cls


def boring():
    yield


g = boring()
try:
    g.throw(E)
except TypeError as e:
    print('TypeError', str(e).split(' should')[1])
try:
    next(g)
except StopIteration:
    print('finished')


def catching():
    try:
        yield 1
    except TypeError as e:
        print('caught inside:', type(e).__name__)
        yield 2


g = catching()
next(g)
print(g.throw(E))
g.close()
