# random: sequences for fixed seeds must be CPython's exactly.
import random
import warnings

warnings.simplefilter("ignore", DeprecationWarning)

for seed in [0, 1, 42, -7, 2**40 + 3, 2**100, 123456789012345678901234567890, "hello", b"bytes", bytearray(b"ba"), 3.5, ""]:
    r = random.Random(seed)
    print(repr(seed)[:30], r.random(), r.getrandbits(5), r.getrandbits(32), r.getrandbits(33), r.getrandbits(100), r.getrandbits(0))
    print(" ", r.randrange(10), r.randrange(3, 1000, 7), r.randrange(10, 0, -3), r.randint(-5, 5), r.randrange(2**70))
    print(" ", r.choice("abcdefg"), r.choices(range(10), k=5), r.choices("abc", [1, 2, 3], k=4), r.choices("xyz", cum_weights=[1, 5, 6], k=3))
    items = list(range(20)); r.shuffle(items); print(" ", items)
    print(" ", r.sample(range(100), 5), r.sample(range(10**6), 8), r.sample("abcdef", 6), r.sample(["a", "b"], k=3, counts=[2, 2]))
    print(" ", r.uniform(1, 5), r.triangular(), r.triangular(0, 10, 2), r.normalvariate(), r.gauss(5, 2), r.gauss(), r.lognormvariate(0, 1))
    print(" ", r.expovariate(1.5), r.vonmisesvariate(1, 2), r.vonmisesvariate(0, 0), r.gammavariate(0.5, 1), r.gammavariate(1, 2), r.gammavariate(3, 1))
    print(" ", r.betavariate(2, 3), r.paretovariate(2), r.weibullvariate(1, 2), r.randbytes(5))

random.seed(12345)
a = [random.random() for _ in range(3)]
state = random.getstate()
b = [random.random() for _ in range(3)]
random.setstate(state)
print(a, b == [random.random() for _ in range(3)], len(state), state[0], len(state[1]), state[2])
r = random.Random(7)
for _ in range(700):
    r.random()
print(r.random(), r.getstate()[1][-1])
r2 = random.Random()
r2.setstate(r.getstate())
print(r2.random() == r.random())
random.seed(5, version=1); print(random.random())
random.seed("abc", version=1); print(random.random())
random.seed(b"abc", version=1); print(random.random())

class MyRandom(random.Random):
    def random(self):
        return 0.5
m = MyRandom()
print(m.randrange(10), m.choice("abc"), m.randint(1, 3))

class Bits(random.Random):
    def __init__(self, seed, extra):
        super().__init__(seed)
        self.extra = extra
b = Bits(3, "x")
print(b.random(), b.extra, isinstance(b, random.Random))

sr = random.SystemRandom()
x = sr.random(); print(0 <= x < 1, 0 <= sr.randrange(10) < 10, len(sr.randbytes(4)), sr.getrandbits(12) < 4096)
for f in [sr.getstate, lambda: random.seed([1]), lambda: random.randrange(0), lambda: random.randrange(5, 2),
          lambda: random.randrange(1, 5, 0), lambda: random.randrange(1.5), lambda: random.randrange(1, 2.5),
          lambda: random.randrange(1, 5, -1), lambda: random.randrange(1, None, 2), lambda: random.choice([]),
          lambda: random.sample({1, 2}, 1), lambda: random.sample([1], 2), lambda: random.choices([1], [1, 2]),
          lambda: random.choices([1], 3), lambda: random.getrandbits(-1), lambda: random.setstate((9, 2, 3)),
          lambda: random.Random().setstate((3, (1, 2), None)), lambda: random.gammavariate(0, 1),
          lambda: random.choices([1, 2], [0, 0]), lambda: random.choices([1], [1], cum_weights=[1]),
          lambda: random.sample([1, 2], 1, counts=[1]), lambda: random.Random().setstate((3, tuple([0] * 624 + [700]), None))]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(random.Random(0).random() == random.Random(0).random(), type(random.random()), random.__name__)
