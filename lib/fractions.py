"""fractions: Fraction, exact rational numbers, as Python 3.11 has them.

Arithmetic mixes with int and Fraction exactly, with float and complex by converting to them.
Decimal input is accepted through its as_integer_ratio(). CPython counterpart: Lib/fractions.py
(behaviour only: messages, hashing and the accepted string forms match 3.11)."""

# How it is put together: construction funnels every accepted input into a (numerator,
# denominator) pair (_pair_from_one, _pair_from_two, _parse) and _new_fraction stores it;
# the binary operators are built by _mixed_mode from one exact function each, the exact
# functions working on the two operands brought over a common denominator (_over_common).

import math
import numbers
import operator
import re
import sys

__all__ = ["Fraction"]

_HASH_MODULUS = sys.hash_info.modulus
_HASH_INF = sys.hash_info.inf

# The string forms 3.11 accepts: "[sign]int[/int]" or a decimal literal with an optional
# exponent; underscores between digits as in int literals; whitespace around the whole.
# The fractional part also admits a run of the letter d (3.11's pattern has "d*" where
# "\d*" was meant): int() then rejects it, with its own message, as 3.11 does.
_DIGITS = r'\d+(?:_\d+)*'
_LITERAL = re.compile(
    r'\s*(?P<sign>[-+]?)(?=\.?\d)(?P<whole>\d*|{d})'
    r'(?:/(?P<below>{d})|(?:\.(?P<frac>[dD]*|{d}))?(?:[eE](?P<exp>[-+]?{d}))?)\s*'
    .format(d=_DIGITS))


def _parse(text):
    """(numerator, denominator) from a string, unnormalised; ValueError if malformed."""
    found = _LITERAL.fullmatch(text)
    if found is None:
        raise ValueError('Invalid literal for Fraction: %r' % text)
    whole, below, frac, exp = found.group('whole', 'below', 'frac', 'exp')
    top = int(whole or '0')
    if below:
        bottom = int(below)
    else:
        bottom = 1
        if frac:
            # "12.345" is 12345 / 1000: the digits after the point scale both terms.
            frac = frac.replace('_', '')
            bottom = 10 ** len(frac)
            top = top * bottom + int(frac)
        if exp:
            power = int(exp)
            if power < 0:
                bottom *= 10 ** -power
            else:
                top *= 10 ** power
    return (-top if found.group('sign') == '-' else top), bottom


def _pair_from_one(value):
    """(numerator, denominator) for Fraction(value), already in lowest terms; None for a
    string, which is parsed and normalised like a two-argument call."""
    if type(value) is int:
        return value, 1
    if isinstance(value, numbers.Rational):
        return value.numerator, value.denominator
    if isinstance(value, float) or _is_decimal(value):
        return value.as_integer_ratio()
    if isinstance(value, str):
        return None
    raise TypeError("argument should be a string or a Rational instance")


def _pair_from_two(top, bottom):
    if type(top) is int and type(bottom) is int:
        return top, bottom
    if isinstance(top, numbers.Rational) and isinstance(bottom, numbers.Rational):
        # (a/b) / (c/d) == (a*d) / (c*b)
        return top.numerator * bottom.denominator, bottom.numerator * top.denominator
    raise TypeError("both arguments should be Rational instances")


def _new_fraction(cls, top, bottom):
    made = object.__new__(cls)
    made._numerator = top
    made._denominator = bottom
    return made


def _refused(cls, method, wanted, value):
    return TypeError("%s.%s() only takes %s, not %r (%s)"
                     % (cls.__name__, method, wanted, value, type(value).__name__))


# ---- the exact halves of the binary operators (operands: Fraction or int) ----

def _over_common(a, b):
    """a and b as numerators over the common denominator a.denominator * b.denominator."""
    return (a.numerator * b.denominator, b.numerator * a.denominator,
            a.denominator * b.denominator)


def _exact_add(a, b):
    left, right, common = _over_common(a, b)
    return Fraction(left + right, common)


def _exact_sub(a, b):
    left, right, common = _over_common(a, b)
    return Fraction(left - right, common)


def _exact_mul(a, b):
    return Fraction(a.numerator * b.numerator, a.denominator * b.denominator)


def _exact_truediv(a, b):
    top, bottom = a.numerator * b.denominator, a.denominator * b.numerator
    if not bottom:
        raise ZeroDivisionError('Fraction(%s, 0)' % top)
    return Fraction(top, bottom)


def _exact_floordiv(a, b):
    left, right, _ = _over_common(a, b)
    return left // right


def _exact_divmod(a, b):
    left, right, common = _over_common(a, b)
    quotient, rest = divmod(left, right)
    return quotient, Fraction(rest, common)


def _exact_mod(a, b):
    left, right, common = _over_common(a, b)
    return Fraction(left % right, common)


def _mixed_mode(exact, inexact):
    """The forward and reflected methods of one operator. Two rationals meet in exact(); with
    a float or complex (or any other Real/Complex on the left) both sides become that kind
    and inexact() (the operator module's function) does the work."""
    def forward(a, b):
        if isinstance(b, (int, Fraction)):
            return exact(a, b)
        for kind in (float, complex):
            if isinstance(b, kind):
                return inexact(kind(a), b)
        return NotImplemented

    def reflected(b, a):
        if isinstance(a, numbers.Rational):
            return exact(Fraction(a), b)
        for abstract, kind in ((numbers.Real, float), (numbers.Complex, complex)):
            if isinstance(a, abstract):
                return inexact(kind(a), kind(b))
        return NotImplemented

    forward.__name__ = '__%s__' % inexact.__name__
    reflected.__name__ = '__r%s__' % inexact.__name__
    return forward, reflected


def _ordering(compare):
    def method(a, b):
        return a._richcmp(b, compare)
    method.__name__ = '__%s__' % compare.__name__
    return method


def _truncated(top, bottom):
    # Toward zero, unlike //, which rounds toward minus infinity.
    magnitude = abs(top) // bottom
    return magnitude if top >= 0 else -magnitude


class Fraction(numbers.Rational):
    """A rational number numerator/denominator in lowest terms, denominator > 0."""

    __slots__ = ('_numerator', '_denominator')

    def __new__(cls, numerator=0, denominator=None, *, _normalize=True):
        if denominator is None:
            ready = _pair_from_one(numerator)
            if ready is not None:
                return _new_fraction(cls, *ready)
            numerator, denominator = _parse(numerator)
        else:
            numerator, denominator = _pair_from_two(numerator, denominator)
        if denominator == 0:
            raise ZeroDivisionError('Fraction(%s, 0)' % numerator)
        if _normalize:
            # Divide out the gcd, its sign chosen so the denominator ends positive.
            divisor = math.gcd(numerator, denominator)
            if denominator < 0:
                divisor = -divisor
            numerator //= divisor
            denominator //= divisor
        return _new_fraction(cls, numerator, denominator)

    @classmethod
    def from_float(cls, f):
        """Exact conversion of a float (an int is accepted too)."""
        if isinstance(f, numbers.Integral):
            return cls(f)
        if not isinstance(f, float):
            raise _refused(cls, 'from_float', 'floats', f)
        return cls(*f.as_integer_ratio())

    @classmethod
    def from_decimal(cls, dec):
        """Exact conversion of a Decimal (an int is accepted too)."""
        if isinstance(dec, numbers.Integral):
            dec = _decimal_type()(int(dec))
        elif not _is_decimal(dec):
            raise _refused(cls, 'from_decimal', 'Decimals', dec)
        return cls(*dec.as_integer_ratio())

    def as_integer_ratio(self):
        return self._numerator, self._denominator

    def limit_denominator(self, max_denominator=1000000):
        """The closest Fraction to self with denominator at most max_denominator
        (continued-fraction convergents, then the better of the two bounds)."""
        if max_denominator < 1:
            raise ValueError("max_denominator should be at least 1")
        if max_denominator >= self._denominator:
            return Fraction(self)
        # older/newer: the last two convergents (numerator, denominator) of self's continued
        # fraction; stop before the one whose denominator would pass the limit.
        older, newer = (0, 1), (1, 0)
        rest_top, rest_bottom = self._numerator, self._denominator
        while True:
            term = rest_top // rest_bottom
            candidate = older[1] + term * newer[1]
            if candidate > max_denominator:
                break
            older, newer = newer, (older[0] + term * newer[0], candidate)
            rest_top, rest_bottom = rest_bottom, rest_top - term * rest_bottom
        # The semiconvergent `steps` past older and the last convergent bracket self; the
        # convergent wins ties, as CPython's does.
        steps = (max_denominator - older[1]) // newer[1]
        semi = (older[0] + steps * newer[0], older[1] + steps * newer[1])
        if 2 * rest_bottom * semi[1] <= self._denominator:
            return Fraction(*newer, _normalize=False)
        return Fraction(*semi, _normalize=False)

    @property
    def numerator(a):
        return a._numerator

    @property
    def denominator(a):
        return a._denominator

    def __repr__(self):
        return '%s(%s, %s)' % (type(self).__name__, self._numerator, self._denominator)

    def __str__(self):
        if self._denominator != 1:
            return '%s/%s' % (self._numerator, self._denominator)
        return str(self._numerator)

    # ---- arithmetic: int/Fraction exact, float and complex by conversion ----

    __add__, __radd__ = _mixed_mode(_exact_add, operator.add)
    __sub__, __rsub__ = _mixed_mode(_exact_sub, operator.sub)
    __mul__, __rmul__ = _mixed_mode(_exact_mul, operator.mul)
    __truediv__, __rtruediv__ = _mixed_mode(_exact_truediv, operator.truediv)
    __floordiv__, __rfloordiv__ = _mixed_mode(_exact_floordiv, operator.floordiv)
    __divmod__, __rdivmod__ = _mixed_mode(_exact_divmod, divmod)
    __mod__, __rmod__ = _mixed_mode(_exact_mod, operator.mod)

    def __pow__(a, b):
        """a ** b: exact for an integral exponent, else float (or complex) arithmetic."""
        if isinstance(b, numbers.Rational):
            if b.denominator != 1:
                return float(a) ** float(b)
            return a._to_power(b.numerator)
        if isinstance(b, (float, complex)):
            return float(a) ** b
        return NotImplemented

    def _to_power(self, power):
        top, bottom = self._numerator, self._denominator
        if power < 0:
            if not top:
                raise ZeroDivisionError('Fraction(%s, 0)' % (bottom ** -power))
            # A negative power inverts, the sign moving to the new numerator.
            top, bottom, power = bottom, top, -power
            if bottom < 0:
                top, bottom = -top, -bottom
        return Fraction(top ** power, bottom ** power, _normalize=False)

    def __rpow__(b, a):
        if b._denominator != 1:
            if isinstance(a, numbers.Rational):
                return Fraction(a.numerator, a.denominator) ** b
            return a ** float(b)
        # An integral exponent: the base's own ** unless a rational base needs exactness.
        if b._numerator < 0 and isinstance(a, numbers.Rational):
            return Fraction(a.numerator, a.denominator) ** b
        return a ** b._numerator

    def _same_denominator(self, top):
        return Fraction(top, self._denominator, _normalize=False)

    def __pos__(a):
        return a._same_denominator(a._numerator)

    def __neg__(a):
        return a._same_denominator(-a._numerator)

    def __abs__(a):
        return a._same_denominator(abs(a._numerator))

    def __int__(a, _index=operator.index):
        return _index(_truncated(a._numerator, a._denominator))

    def __trunc__(a):
        return _truncated(a._numerator, a._denominator)

    def __floor__(a):
        return a._numerator // a._denominator

    def __ceil__(a):
        whole, rest = divmod(a._numerator, a._denominator)
        return whole + 1 if rest else whole

    def __round__(self, ndigits=None):
        """Round half to even; with ndigits the result is a Fraction."""
        if ndigits is None:
            whole, rest = divmod(self._numerator, self._denominator)
            twice = 2 * rest
            if twice < self._denominator or (twice == self._denominator and whole % 2 == 0):
                return whole
            return whole + 1
        scale = 10 ** abs(ndigits)
        if ndigits <= 0:
            return Fraction(round(self / scale) * scale)
        return Fraction(round(self * scale), scale)

    def __hash__(self):
        # The numeric hash rule shared by int, float and Decimal (see the docs, "Hashing of
        # numeric types"): |n| * inverse(d) modulo the Mersenne prime, then n's sign; a
        # denominator the modulus divides has no inverse and hashes as infinity.
        try:
            inverse = pow(self._denominator, -1, _HASH_MODULUS)
        except ValueError:
            magnitude = _HASH_INF
        else:
            magnitude = hash(hash(abs(self._numerator)) * inverse)
        value = -magnitude if self._numerator < 0 else magnitude
        return value if value != -1 else -2

    def __eq__(a, b):
        if type(b) is int:
            return a._denominator == 1 and a._numerator == b
        if isinstance(b, numbers.Rational):
            return (a._numerator, a._denominator) == (b.numerator, b.denominator)
        if isinstance(b, numbers.Complex) and not b.imag:
            b = b.real
        if not isinstance(b, float):
            return NotImplemented
        if not math.isfinite(b):
            # No Fraction equals an infinity or a NaN; 0.0 == b says so with the right type.
            return 0.0 == b
        return a == a.from_float(b)

    def _richcmp(self, other, op):
        if isinstance(other, numbers.Rational):
            return op(self._numerator * other.denominator, self._denominator * other.numerator)
        if not isinstance(other, float):
            return NotImplemented
        if not math.isfinite(other):
            # Any finite value orders against inf/nan as 0.0 does.
            return op(0.0, other)
        return op(self, self.from_float(other))

    __lt__ = _ordering(operator.lt)
    __gt__ = _ordering(operator.gt)
    __le__ = _ordering(operator.le)
    __ge__ = _ordering(operator.ge)

    def __bool__(a):
        return bool(a._numerator)

    # Immutable: copies may share; a pickle rebuilds from the two terms (3.11 stopped going
    # through the string form).
    def __reduce__(self):
        terms = (self._numerator, self._denominator)
        return self.__class__, terms

    def __copy__(self):
        return _copied(self)

    def __deepcopy__(self, memo):
        return _copied(self)


def _copied(value):
    # An exact Fraction is its own copy; a subclass instance gets a fresh one of its class.
    if type(value) == Fraction:
        return value
    return value.__class__(value._numerator, value._denominator)


def _decimal_type():
    from decimal import Decimal
    return Decimal


def _is_decimal(x):
    # Only look when decimal is already loaded: a value cannot be a Decimal otherwise, and
    # fractions must not import decimal at start-up.
    mod = sys.modules.get('decimal')
    return mod is not None and isinstance(x, mod.Decimal)
