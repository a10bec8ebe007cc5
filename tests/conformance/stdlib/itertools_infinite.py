# count, cycle and repeat: values, reprs and type names.
import itertools

c = itertools.count(5)
print(next(c), next(c), repr(c))
c2 = itertools.count(1, 0.5)
print([next(c2) for _ in range(3)], repr(c2))
print(repr(itertools.count()), repr(itertools.count(2, 3)))
cy = itertools.cycle("ab")
print([next(cy) for _ in range(5)])
print(list(itertools.cycle([])))
r = itertools.repeat(1, 3)
print(repr(r), list(r), repr(r))
print(repr(itertools.repeat("x")), list(itertools.repeat(0, -2)))
print(list(zip(itertools.repeat("k"), "abc")))
print(type(c).__name__, type(cy).__name__, type(r).__name__)
