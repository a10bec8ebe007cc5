"""Pseudo-random numbers with CPython's random API and CPython's exact sequences.

The Mersenne Twister core (seeding, random(), getrandbits(), state) is C++ in _random
(src/modules/random/); the integer helpers and distributions here draw from it in the same
order, with the same floating-point operations, as CPython 3.11, so one seed gives the same
numbers in both. SystemRandom reads the OS entropy source. CPython counterpart: Lib/random.py
(behaviour only).
"""

# Layout: the integer primitives (_randbelow and its two strategies) and randrange's argument
# checks (_integral) come first; the distributions with a loop of their own are module
# functions over a `draw` callable (the instance's random), which the methods call; the
# module-level API is the bound methods of one hidden instance, exported from a name list.

from math import log as _log, exp as _exp, pi as _pi, e as _e, ceil as _ceil
from math import sqrt as _sqrt, acos as _acos, cos as _cos, sin as _sin
from math import tau as TWOPI, floor as _floor, isfinite as _isfinite
from itertools import accumulate as _accumulate, repeat as _repeat
from bisect import bisect as _bisect
import _random
from _operator import index as _index
from os import urandom as _urandom

__all__ = [
    "Random", "SystemRandom", "betavariate", "choice", "choices", "expovariate", "gammavariate",
    "gauss", "getrandbits", "getstate", "lognormvariate", "normalvariate", "paretovariate",
    "randbytes", "randint", "random", "randrange", "sample", "seed", "setstate", "shuffle",
    "triangular", "uniform", "vonmisesvariate", "weibullvariate",
]

# Public constants; their values are fixed by the algorithms that use them (the same
# expressions as CPython's, so the same bits).
NV_MAGICCONST = 4 * _exp(-0.5) / _sqrt(2.0)
LOG4 = _log(4.0)
SG_MAGICCONST = 1.0 + _log(4.5)
BPF = 53            # bits in a float
RECIP_BPF = 2 ** -BPF
_ONE = 1
_MASK64 = (1 << 64) - 1


def _is_sequence(population):
    from collections.abc import Sequence
    return isinstance(population, Sequence)


def _warn(message, category=None, depth=1):
    # depth counts frames from _warn's caller: 1 is that function's own line.
    import warnings
    warnings.warn(message, category, depth + 1)


def _integral(value, which):
    """randrange's view of one argument: an int, or a float holding an integral value (still
    accepted in 3.11, with a DeprecationWarning at randrange's caller)."""
    try:
        return _index(value)
    except TypeError:
        whole = int(value)
        if whole != value:
            _warn("randrange() will raise TypeError in the future", DeprecationWarning, 3)
            raise ValueError("non-integer %s for randrange()" % which)
        _warn("non-integer arguments to randrange() have been deprecated since Python 3.10 "
              "and will be removed in a subsequent version", DeprecationWarning, 3)
        return whole


def _string_seed_v1(text):
    # Python 2's string hash, which seed(version=1) applied to str and bytes seeds.
    if isinstance(text, bytes):
        text = text.decode("latin-1")
    acc = ord(text[0]) << 7 if text else 0
    for code in map(ord, text):
        acc = (acc * 1000003 ^ code) & _MASK64
    acc ^= len(text)
    return -2 if acc == -1 else acc


def _string_seed_v2(data):
    # The bytes followed by their SHA-512 digest, read as one big-endian integer.
    from hashlib import sha512
    if isinstance(data, str):
        data = data.encode()
    return int.from_bytes(data + sha512(data).digest(), "big")


# Which _randbelow strategy a subclass needs, by the first of these names it (or a base
# before Random) defines: its own _randbelow wins, then getrandbits, then random.
_RANDBELOW_BY_OVERRIDE = (("_randbelow", None),
                          ("getrandbits", "_randbelow_with_getrandbits"),
                          ("random", "_randbelow_without_getrandbits"))


# ---- distributions with a loop of their own; draw is a random() ----

def _normal_ratio(draw):
    # Kinderman and Monahan's ratio-of-uniforms method: a standard normal deviate.
    while True:
        first = draw()
        second = 1.0 - draw()
        ratio = NV_MAGICCONST * (first - 0.5) / second
        if ratio * ratio / 4.0 <= -_log(second):
            return ratio


def _von_mises(draw, mu, kappa):
    # Best and Fisher (1979); a tiny kappa is the uniform distribution on the circle.
    if kappa <= 1e-6:
        return TWOPI * draw()
    half = 0.5 / kappa
    rho = half + _sqrt(1.0 + half * half)
    while True:
        z = _cos(_pi * draw())
        d = z / (rho + z)
        accept = draw()
        if accept < 1.0 - d * d or accept <= (1.0 - d) * _exp(d):
            break
    inverse = 1.0 / rho
    angle = _acos((inverse + z) / (1.0 + inverse * z))
    if draw() > 0.5:
        return (mu + angle) % TWOPI
    return (mu - angle) % TWOPI


def _gamma_cheng(draw, alpha):
    # Cheng's rejection algorithm GB, for alpha > 1; the caller scales by beta.
    spread = _sqrt(2.0 * alpha - 1.0)
    shift = alpha - LOG4
    scale = alpha + spread
    while True:
        first = draw()
        if not 1e-7 < first < 0.9999999:
            continue
        second = 1.0 - draw()
        v = _log(first / (1.0 - first)) / spread
        x = alpha * _exp(v)
        z = first * first * second
        r = shift + scale * v - x
        if r + SG_MAGICCONST - 4.5 * z >= 0.0 or r >= _log(z):
            return x


def _gamma_ahrens_dieter(draw, alpha):
    # Ahrens and Dieter's algorithm GS, for alpha < 1; the caller scales by beta.
    while True:
        bound = (_e + alpha) / _e
        p = bound * draw()
        if p <= 1.0:
            x = p ** (1.0 / alpha)
            if draw() <= _exp(-x):
                return x
        else:
            x = -_log((bound - p) / alpha)
            if draw() <= x ** (alpha - 1.0):
                return x


class Random(_random.Random):
    """Random number generator base class; subclass it and override random() (and optionally
    getrandbits()) to use another core generator."""

    VERSION = 3

    def __init__(self, x=None):
        self.seed(x)
        self.gauss_next = None

    def seed(self, a=None, version=2):
        """Initialise the state from a (None: from the system's entropy)."""
        if version == 1 and isinstance(a, (str, bytes)):
            a = _string_seed_v1(a)
        elif version == 2 and isinstance(a, (str, bytes, bytearray)):
            a = _string_seed_v2(a)
        elif a is not None and not isinstance(a, (int, float, str, bytes, bytearray)):
            raise TypeError("The only supported seed types are: None,\n"
                            "int, float, str, bytes, and bytearray.")
        super().seed(a)
        self.gauss_next = None

    def getstate(self):
        return (self.VERSION, super().getstate(), self.gauss_next)

    def setstate(self, state):
        version = state[0]
        if version not in (2, 3):
            raise ValueError("state with version %s passed to Random.setstate() of version %s"
                             % (version, self.VERSION))
        _, words, self.gauss_next = state
        if version == 2:
            # Version 2 pickled the words as signed 32-bit values.
            try:
                words = tuple(word % (2 ** 32) for word in words)
            except ValueError as e:
                raise TypeError from e
        super().setstate(words)

    def __getstate__(self):
        return self.getstate()

    def __setstate__(self, state):
        self.setstate(state)

    def __reduce__(self):
        return (self.__class__, (), self.getstate())

    def __init_subclass__(cls, /, **kwargs):
        for klass in cls.__mro__:
            for name, strategy in _RANDBELOW_BY_OVERRIDE:
                if name in klass.__dict__:
                    if strategy is not None:
                        cls._randbelow = getattr(cls, strategy)
                    return

    # ---- Integers ----

    def _randbelow_with_getrandbits(self, n):
        """An int in [0, n), n > 0, by rejection sampling on getrandbits."""
        bits = self.getrandbits
        width = n.bit_length()
        while True:
            candidate = bits(width)
            if candidate < n:
                return candidate

    def _randbelow_without_getrandbits(self, n, maxsize=1 << BPF):
        """An int in [0, n) from random() alone."""
        draw = self.random
        if n >= maxsize:
            _warn("Underlying random() generator does not supply \n"
                  "enough bits to choose from a population range this large.\n"
                  "To remove the range limitation, add a getrandbits() method.")
            return _floor(draw() * n)
        # Only draws below the largest multiple of n that fits in maxsize are kept, so that
        # every residue is equally likely.
        cutoff = (maxsize - maxsize % n) / maxsize
        value = draw()
        while value >= cutoff:
            value = draw()
        return _floor(value * maxsize) % n

    _randbelow = _randbelow_with_getrandbits

    def randbytes(self, n):
        """n random bytes."""
        return self.getrandbits(n * 8).to_bytes(n, "little")

    def randrange(self, start, stop=None, step=_ONE):
        """A random item from range(start, stop[, step])."""
        low = _integral(start, 'arg 1')
        if stop is None:
            # randrange(n): one argument is the stop of range(0, n).
            if step is not _ONE:
                raise TypeError("Missing a non-None stop argument")
            if low <= 0:
                raise ValueError("empty range for randrange()")
            return self._randbelow(low)
        high = _integral(stop, 'stop')
        span = high - low
        stride = _integral(step, 'step')
        if stride == 1:
            if span <= 0:
                raise ValueError("empty range for randrange() (%d, %d, %d)" % (low, high, span))
            return low + self._randbelow(span)
        if stride == 0:
            raise ValueError("zero step for randrange()")
        # len(range(low, high, stride)), for either sign of stride.
        count = (span + stride + (-1 if stride > 0 else 1)) // stride
        if count <= 0:
            raise ValueError("empty range for randrange()")
        return low + stride * self._randbelow(count)

    def randint(self, a, b):
        """A random int in [a, b], both ends included."""
        return self.randrange(a, b + 1)

    # ---- Sequences ----

    def choice(self, seq):
        """A random element of a non-empty sequence."""
        size = len(seq)
        if not size:
            raise IndexError("Cannot choose from an empty sequence")
        return seq[self._randbelow(size)]

    def shuffle(self, x):
        """Shuffles the list x in place."""
        # Fisher-Yates from the end: position `last` swaps with one at or before it.
        pick = self._randbelow
        for last in range(len(x) - 1, 0, -1):
            other = pick(last + 1)
            x[last], x[other] = x[other], x[last]

    def sample(self, population, k, *, counts=None):
        """k unique elements chosen from the population sequence."""
        if not _is_sequence(population):
            raise TypeError("Population must be a sequence.  For dicts or sets, use sorted(d).")
        size = len(population)
        if counts is not None:
            return self._sample_counted(population, size, counts, k)
        if not 0 <= k <= size:
            raise ValueError("Sample larger than population or is negative")
        # Small samples of big populations remember the chosen indices; otherwise a copy of the
        # population is drawn down. The threshold is CPython's, so the draws are the same.
        threshold = 21
        if k > 5:
            threshold += 4 ** _ceil(_log(k * 3, 4))
        if size <= threshold:
            return self._sample_pool(population, size, k)
        return self._sample_sparse(population, size, k)

    def _sample_pool(self, population, size, k):
        pool = list(population)
        chosen = []
        for taken in range(k):
            # The picked slot is refilled with the last still-unpicked element.
            slot = self._randbelow(size - taken)
            chosen.append(pool[slot])
            pool[slot] = pool[size - taken - 1]
        return chosen

    def _sample_sparse(self, population, size, k):
        seen = set()
        chosen = []
        for _ in range(k):
            index = self._randbelow(size)
            while index in seen:
                index = self._randbelow(size)
            seen.add(index)
            chosen.append(population[index])
        return chosen

    def _sample_counted(self, population, size, counts, k):
        # Sample positions in the population repeated per counts, then map each position back
        # to its element through the running totals.
        bounds = list(_accumulate(counts))
        if len(bounds) != size:
            raise ValueError("The number of counts does not match the population")
        total = bounds.pop()
        if not isinstance(total, int):
            raise TypeError("Counts must be integers")
        if total <= 0:
            raise ValueError("Total of counts must be greater than zero")
        positions = self.sample(range(total), k=k)
        return [population[_bisect(bounds, where)] for where in positions]

    def choices(self, population, weights=None, *, cum_weights=None, k=1):
        """k elements chosen with replacement, optionally weighted."""
        draw = self.random
        size = len(population)
        if cum_weights is None and weights is None:
            scale = size + 0.0
            return [population[_floor(draw() * scale)] for _ in _repeat(None, k)]
        if cum_weights is None:
            try:
                cum_weights = list(_accumulate(weights))
            except TypeError:
                if not isinstance(weights, int):
                    raise
                # choices(population, 3): the caller meant k.
                k = weights
                raise TypeError(f"The number of choices must be a keyword argument: {k=}") from None
        elif weights is not None:
            raise TypeError("Cannot specify both weights and cumulative weights")
        if len(cum_weights) != size:
            raise ValueError("The number of weights does not match the population")
        total = cum_weights[-1] + 0.0
        if total <= 0.0:
            raise ValueError("Total of weights must be greater than zero")
        if not _isfinite(total):
            raise ValueError("Total of weights must be finite")
        last = size - 1
        return [population[_bisect(cum_weights, draw() * total, 0, last)]
                for _ in _repeat(None, k)]

    # ---- Real-valued distributions ----

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def triangular(self, low=0.0, high=1.0, mode=None):
        u = self.random()
        try:
            # Where the mode sits in [low, high], as a fraction of the width.
            peak = 0.5 if mode is None else (mode - low) / (high - low)
        except ZeroDivisionError:
            return low
        if u > peak:
            # The right-hand side: mirror the problem.
            u, peak, low, high = 1.0 - u, 1.0 - peak, high, low
        return low + (high - low) * _sqrt(u * peak)

    def normalvariate(self, mu=0.0, sigma=1.0):
        return mu + _normal_ratio(self.random) * sigma

    def gauss(self, mu=0.0, sigma=1.0):
        # Box-Muller makes two deviates per pair of draws: the second waits in gauss_next.
        z, self.gauss_next = self.gauss_next, None
        if z is None:
            draw = self.random
            angle = draw() * TWOPI
            radius = _sqrt(-2.0 * _log(1.0 - draw()))
            z = _cos(angle) * radius
            self.gauss_next = _sin(angle) * radius
        return mu + z * sigma

    def lognormvariate(self, mu, sigma):
        return _exp(self.normalvariate(mu, sigma))

    def expovariate(self, lambd):
        # 1.0 - random() is in (0, 1]: log never sees 0.
        return -_log(1.0 - self.random()) / lambd

    def vonmisesvariate(self, mu, kappa):
        return _von_mises(self.random, mu, kappa)

    def gammavariate(self, alpha, beta):
        if alpha <= 0.0 or beta <= 0.0:
            raise ValueError("gammavariate: alpha and beta must be > 0.0")
        draw = self.random
        if alpha == 1.0:
            # The exponential distribution.
            return -_log(1.0 - draw()) * beta
        if alpha > 1.0:
            return _gamma_cheng(draw, alpha) * beta
        return _gamma_ahrens_dieter(draw, alpha) * beta

    def betavariate(self, alpha, beta):
        # X / (X + Y) for X ~ Gamma(alpha), Y ~ Gamma(beta).
        x = self.gammavariate(alpha, 1.0)
        if not x:
            return 0.0
        return x / (x + self.gammavariate(beta, 1.0))

    def paretovariate(self, alpha):
        u = 1.0 - self.random()
        return u ** (-1.0 / alpha)

    def weibullvariate(self, alpha, beta):
        u = 1.0 - self.random()
        return alpha * (-_log(u)) ** (1.0 / beta)


class SystemRandom(Random):
    """Random numbers from the operating system (os.urandom); cannot be seeded or saved."""

    def random(self):
        # 56 random bits, the low 3 dropped: a multiple of 2**-53 in [0, 1).
        return (int.from_bytes(_urandom(7), 'big') >> 3) * RECIP_BPF

    def getrandbits(self, k):
        if k < 0:
            raise ValueError('number of bits must be non-negative')
        whole_bytes = (k + 7) // 8
        return int.from_bytes(_urandom(whole_bytes), 'big') >> (whole_bytes * 8 - k)

    def randbytes(self, n):
        return _urandom(n)

    def seed(self, *args, **kwds):
        return None

    def _notimplemented(self, *args, **kwds):
        raise NotImplementedError('System entropy source does not have state.')

    getstate = setstate = _notimplemented


# The module-level functions share one generator.
_inst = Random()
for _name in ("seed", "random", "uniform", "triangular", "randint", "choice", "randrange",
              "sample", "shuffle", "choices", "normalvariate", "lognormvariate", "expovariate",
              "vonmisesvariate", "gammavariate", "gauss", "betavariate", "paretovariate",
              "weibullvariate", "getstate", "setstate", "getrandbits", "randbytes"):
    globals()[_name] = getattr(_inst, _name)
del _name


def _reseed_after_fork():
    # A forked child must not repeat its parent's sequence.
    _inst.seed()


try:
    from os import register_at_fork as _at_fork
except ImportError:
    pass
else:
    _at_fork(after_in_child=_reseed_after_fork)
