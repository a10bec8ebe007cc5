# Realistic program: decimal invoices and contexts, fractions, math, cmath, seeded random distributions and statistics.
import math, cmath, random, statistics
from decimal import Decimal, getcontext, localcontext, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN, InvalidOperation, DivisionByZero, Context
from fractions import Fraction
import operator, functools, numbers, sys

# --- decimal: invoice computation
getcontext().prec = 28
items = [("widget", Decimal("19.99"), 3), ("gadget", Decimal("5.05"), 7), ("gizmo", Decimal("0.333"), 11)]
subtotal = sum(p * q for _, p, q in items)
tax = (subtotal * Decimal("0.0825")).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
print(subtotal, tax, subtotal + tax, (subtotal + tax).quantize(Decimal("1."), rounding=ROUND_DOWN))
print(Decimal(1) / Decimal(7), Decimal("1.30") + Decimal("1.20"), Decimal("3.14159").quantize(Decimal("0.001")))
print(Decimal(0.1), Decimal("1e3"), Decimal("-0"), Decimal("NaN"), Decimal("-Infinity"), Decimal("1.000").normalize())
print(Decimal("2").sqrt(), Decimal("10").ln(), Decimal("100").log10(), Decimal("2") ** 10, Decimal("2") ** Decimal("0.5"))
with localcontext() as ctx:
    ctx.prec = 5
    print(Decimal(1) / Decimal(3), +Decimal("1.23456789"))
    ctx.rounding = ROUND_HALF_EVEN
    print(Decimal("2.5").quantize(Decimal("1")), Decimal("3.5").quantize(Decimal("1")), round(Decimal("2.675"), 2))
print(Decimal("7.5").as_tuple(), Decimal("12.345").as_integer_ratio(), int(Decimal("-7.9")), float(Decimal("1.5")))
print(Decimal("10") % Decimal("3"), Decimal("-10") % Decimal("3"), Decimal("-10") // Decimal("3"), divmod(Decimal(17), Decimal(5)))
print(sorted([Decimal("1.1"), Decimal("1.10"), Decimal("0.9")]), Decimal("1.1") == Decimal("1.10"), hash(Decimal("1.0")) == hash(1))
print(f"{Decimal('1234567.891'):,.2f}", f"{Decimal('0.000123'):.2e}", format(Decimal("12.5"), ">10"), f"{Decimal('3'):%}")
print(Decimal("1.23E+5").to_eng_string(), str(Decimal("123E-10")), repr(Decimal("5")), Decimal(3).compare(Decimal(4)))
print(Decimal("3.7").to_integral_value(), Decimal("-3.5").to_integral_value(rounding=ROUND_HALF_UP), Decimal("5").max(Decimal("7")))
print(Decimal("1.5").is_finite(), Decimal("inf").is_infinite(), Decimal("nan").is_nan(), Decimal("-1").is_signed(), Decimal("0.00").is_zero())
try:
    Decimal(1) / Decimal(0)
except DivisionByZero as e:
    print("DivisionByZero", type(e).__mro__[1].__name__)
try:
    Decimal("abc")
except InvalidOperation as e:
    print("InvalidOperation")
c = Context(prec=3, rounding=ROUND_HALF_UP)
print(c.add(Decimal("1.234"), Decimal("2.345")), c.multiply(Decimal("1.11"), Decimal("1.11")), c.create_decimal("3.14159"))

# --- fractions
fs = [Fraction(1, 3), Fraction(2, 6), Fraction("0.25"), Fraction(3.5), Fraction(Decimal("1.1")), Fraction("-7/21")]
print(fs, sum(fs), math.prod(fs[:3]))
f = Fraction(355, 113)
print(f, float(f), f.limit_denominator(10), Fraction(math.pi).limit_denominator(1000), f.numerator, f.denominator)
print(Fraction(1, 3) ** 2, Fraction(4, 9) ** Fraction(1, 2), Fraction(1, 2) < 0.6, Fraction(5, 2) // 1, Fraction(-5, 2) % 1, round(Fraction(5, 2)), round(Fraction(7, 3), 2))
print(Fraction(3, 4) + 1, 1 - Fraction(1, 4), 2 * Fraction(1, 3), Fraction(1, 3) / 2, 0.5 + Fraction(1, 2), abs(Fraction(-1, 2)), hash(Fraction(1, 2)) == hash(0.5))
print(f"{Fraction(1, 3)}", repr(Fraction(1, 3)), Fraction(10).is_integer() if hasattr(Fraction, "is_integer") else True, Fraction(1, 3).as_integer_ratio(), math.floor(Fraction(7, 2)), math.ceil(Fraction(7, 2)))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

# harmonic numbers exact
H = functools.reduce(operator.add, (Fraction(1, k) for k in range(1, 21)))
print(H, float(H))

# --- math
print(math.gcd(48, 180, 12), math.lcm(4, 6, 10), math.isqrt(10 ** 20 + 1), math.comb(52, 5), math.perm(10, 3), math.factorial(25))
print(math.fsum([0.1] * 10), sum([0.1] * 10), math.hypot(3, 4, 12), math.dist((0, 0), (1, 1)), math.copysign(3, -0.0))
print(math.log(1024, 2), math.log2(1 << 100), math.log10(1e-5), math.log1p(1e-10), math.exp(1), math.expm1(1e-10))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1, rel_tol=0.2), math.isfinite(math.inf), math.isnan(math.nan))
print(math.trunc(-2.7), math.floor(-2.5), math.ceil(-2.5), round(2.5), round(3.5), round(-0.5), round(1.2345, 2), round(1234, -2))
print(math.degrees(math.pi), math.radians(180), math.atan2(1, -1), math.sin(math.pi / 6), math.cosh(1), math.erf(0.5), math.gamma(5.5), math.lgamma(10))
print(math.frexp(40.0), math.ldexp(0.625, 6), math.modf(-3.25), math.fmod(-7, 3), -7 % 3, math.remainder(7, 3), math.nextafter(1, 2), math.ulp(1.0))
print(cmath.sqrt(-4), cmath.phase(-1), cmath.polar(1j), cmath.exp(1j * math.pi), abs(3 + 4j), (1 + 2j) * (3 - 1j), (1 + 2j).conjugate(), complex("1-2j"))
print(float("1e400"), -float("inf"), float("nan") == float("nan"), (1e308 * 10), 2 ** 0.5, 10 / 3, 7 // -2, -7 // 2, 2 ** -2, pow(3, 4, 5), pow(3, -1, 7))
print((0.1).hex(), float.fromhex("0x1.8p1"), (2.5).as_integer_ratio(), (10).bit_length(), (255).to_bytes(2, "big"), int.from_bytes(b"\x01\x00", "little"), (-5).bit_count() if hasattr(int, "bit_count") else 2)
print(f"{1234567.891:,.2f} {0.000123:.3e} {42:08b} {255:#x} {255:X} {3.14159:10.3f}| {-3:+d} {1e-7:g} {123456789:_d} {0.5:.0%} {12:^7}|")
print(int("ff", 16), int("0o17", 0), int("1_000"), int(" -12 "), float(" 3.5e2 "), str(1e16), str(1e-5), repr(0.1 + 0.2), 1e22, 1.5e-323)
print(divmod(-7, 2), divmod(7.5, 2), (-7).__floordiv__(2), 5 .__rtruediv__(2), isinstance(1, numbers.Integral), isinstance(1.0, numbers.Rational), isinstance(Fraction(1), numbers.Real))
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.maxsize, sys.int_info.bits_per_digit > 0)

# --- random (seeded)
rng = random.Random(12345)
print([rng.randint(1, 100) for _ in range(8)])
print(rng.random(), rng.uniform(1, 2), rng.choice("abcdef"), rng.choices(range(10), k=5), rng.choices("abc", weights=[10, 1, 1], k=6))
deck = list(range(20)); rng.shuffle(deck); print(deck)
print(rng.sample(range(100), 6), rng.randrange(0, 100, 7), rng.getrandbits(70), rng.gauss(0, 1), rng.normalvariate(10, 2))
print(rng.expovariate(1.5), rng.betavariate(2, 3), rng.gammavariate(2, 2), rng.lognormvariate(0, 1), rng.triangular(0, 10, 3), rng.vonmisesvariate(1, 2), rng.paretovariate(3), rng.weibullvariate(1, 2))
print(rng.randbytes(6).hex(), rng.sample(["a", "b", "c", "d"], counts=[1, 2, 3, 4], k=5))
st = rng.getstate(); a = rng.random(); rng.setstate(st); print(a == rng.random())
random.seed(42); print(random.random(), random.randint(0, 10 ** 30))
random.seed("hello"); print(random.random())
random.seed(b"bytes"); print(random.random())
random.seed(3.5) if sys.version_info < (3, 12) else None
print(random.randrange(10))

# --- statistics
data = [2.5, 3.1, 4.7, 1.2, 5.9, 3.3, 4.4, 2.2, 3.8]
print(statistics.mean(data), statistics.fmean(data), statistics.median(data), statistics.median_low(data), statistics.median_high([1, 2, 3, 4]))
print(statistics.mode([1, 2, 2, 3, 3, 3]), statistics.multimode("aabbbcccc"), statistics.stdev(data), statistics.pstdev(data), statistics.variance(data), statistics.pvariance(data))
print(statistics.geometric_mean([1, 10, 100]), statistics.harmonic_mean([40, 60]), statistics.quantiles(data, n=4), statistics.quantiles(range(1, 11), n=10, method="inclusive"))
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.mean([Decimal("1.1"), Decimal("2.2")]), statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 5]))
print(statistics.correlation([1, 2, 3, 4, 5], [2, 4, 5, 4, 5]), statistics.covariance([1, 2, 3], [1, 2, 4]), statistics.linear_regression([1, 2, 3, 4], [3, 5, 7, 10]))
nd = statistics.NormalDist(100, 15)
print(nd.cdf(130), nd.inv_cdf(0.95), nd.pdf(100), nd.overlap(statistics.NormalDist(110, 10)), nd + 5, nd * 2, statistics.NormalDist.from_samples([1, 2, 3, 4]).stdev, nd.zscore(85))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError", e)
