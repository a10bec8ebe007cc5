# iter() with one and two arguments, next() with and without a default.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), next(it, None))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", e.args)
counter = iter([5, 4, 3, 0, 9]).__next__
print(list(iter(counter, 0)))


class Seq:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError(i)
        return i * i


print(list(iter(Seq())), list(Seq()))
for call in [lambda: next(5), lambda: next([1]), lambda: iter(5), lambda: iter(1, 2), lambda: iter(),
             lambda: next()]:
    try:
        call()
    except TypeError as e:
        print("TypeError", e)
