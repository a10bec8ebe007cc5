# random: every method's draws for one seed (CPython's exact sequences), seeding versions 1 and 2, state round trip, _randbelow chosen by a subclass's override, and the error messages.
import random, warnings
warnings.simplefilter('ignore')
r = random.Random(12345)
out = []
for i in range(3):
    out += [r.random(), r.randrange(10), r.randrange(3, 100, 7), r.randrange(100, 3, -7), r.randint(-5, 5), r.choice('abcdef'),
            r.sample(range(100), 10), r.sample(range(10000), 7), r.sample('abcde', 5), r.sample(['x', 'y'], 3, counts=[2, 3]),
            r.choices('abc', k=5), r.choices('abc', [1, 2, 3], k=5), r.choices('abc', cum_weights=[1, 5, 6], k=4),
            r.uniform(1, 2), r.triangular(), r.triangular(0, 10, 3), r.triangular(1, 1, 1), r.normalvariate(2, 3), r.gauss(), r.gauss(1, 2), r.gauss(),
            r.lognormvariate(0, 1), r.expovariate(2), r.vonmisesvariate(1, 2), r.vonmisesvariate(1, 0), r.gammavariate(0.5, 2), r.gammavariate(1, 2),
            r.gammavariate(3, 2), r.betavariate(2, 3), r.paretovariate(2), r.weibullvariate(1, 2), r.getrandbits(70), r.randbytes(5),
            r.randrange(2.0, 10.0)]
    l = list(range(20)); r.shuffle(l); out.append(l)
for v in (1, 2):
    for s in ('hello', b'hello', '', 3.5, -7, 2**100) + ((bytearray(b'zz'),) if v == 2 else ()):
        r.seed(s, version=v); out.append(r.random())
st = r.getstate(); a = r.random(); r.setstate(st); out.append(a == r.random())
class R(random.Random):
    def random(self): return 0.3
out += [R().randrange(10), R().choice('abcd')]
class G(random.Random):
    def getrandbits(self, k): return 1
out += [G().randrange(10)]
for bad in [lambda: r.randrange(0), lambda: r.randrange(5, 5), lambda: r.randrange(1, 5, 0), lambda: r.randrange(1.5),
            lambda: r.randrange(1, 2.5), lambda: r.randrange(1, 5, 1.5), lambda: r.randrange(5, step=2), lambda: r.choice([]),
            lambda: r.sample({1, 2}, 1), lambda: r.sample([1], 2), lambda: r.choices('ab', 3), lambda: r.choices('ab', [1], k=1),
            lambda: r.choices('ab', [0, 0]), lambda: r.seed([1]), lambda: r.setstate((9, (), None)), lambda: r.gammavariate(0, 1),
            lambda: r.sample('ab', 1, counts=[1.5, 1]), lambda: r.sample('ab', 1, counts=[1]), lambda: r.randrange(5, 1, 2),
            lambda: random.SystemRandom().getstate(), lambda: r.choices('ab', [1, float('inf')])]:
    try: out.append(bad())
    except Exception as e: out.append('%s: %s' % (type(e).__name__, e))
print('\n'.join(map(repr, out)))
print(type(random.SystemRandom().random()), len(random.SystemRandom().randbytes(3)), random.SystemRandom().getrandbits(0))
