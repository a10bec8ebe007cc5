# islice: stop only, start/stop/step, None bounds, laziness and CPython's ValueError messages.
import itertools


def numbers():
    n = 0
    while True:
        print("produce", n)
        yield n
        n += 1


print(list(itertools.islice(range(10), 3)))
print(list(itertools.islice(range(10), 2, 8, 2)))
print(list(itertools.islice(range(10), 7, None)))
print(list(itertools.islice(range(10), None)))
print(list(itertools.islice(range(5), 3, 2)))
print(list(itertools.islice(numbers(), 1, 4, 2)))
it = iter(range(10))
print(list(itertools.islice(it, 2, 4)), next(it))
for bad in ((-1,), (1, -2), (0, 5, 0), ("a",), (1.5,), (0, 3, -1)):
    try:
        itertools.islice(range(3), *bad)
    except ValueError as e:
        print(bad, "ValueError:", e)
try:
    itertools.islice(range(3))
except TypeError as e:
    print("TypeError:", e)
print(type(itertools.islice([], 1)).__name__)
