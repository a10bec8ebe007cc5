# decimal: decimal floating point arithmetic as the General Decimal Arithmetic specification
# defines it, behaving as CPython 3.11's decimal module (its C implementation, libmpdec).
# Written for pygen from the documentation and from python3's observed behaviour.
#
# A Decimal is (sign, coefficient, exponent, kind): the coefficient is a Python int, so all
# arithmetic rests on pygen's big ints. Every operation computes its exact (or suitably
# over-precise) result, then _fix rounds it to the context and collects the conditions that
# occurred as a bit set; Context._signal records them as flags and raises the first trapped
# one, as libmpdec does (all flags are set before anything is raised).

import sys as _sys
import math as _math

__all__ = [
    'Decimal', 'Context', 'DecimalTuple', 'DefaultContext', 'BasicContext', 'ExtendedContext',
    'DecimalException', 'Clamped', 'InvalidOperation', 'DivisionByZero', 'Inexact', 'Rounded',
    'Subnormal', 'Overflow', 'Underflow', 'FloatOperation', 'DivisionImpossible',
    'InvalidContext', 'ConversionSyntax', 'DivisionUndefined',
    'ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
    'ROUND_HALF_DOWN', 'ROUND_05UP', 'setcontext', 'getcontext', 'localcontext',
    'MAX_PREC', 'MAX_EMAX', 'MIN_EMIN', 'MIN_ETINY', 'HAVE_THREADS', 'HAVE_CONTEXTVAR']

__version__ = '1.70'
__libmpdec_version__ = '2.5.1'

ROUND_DOWN = 'ROUND_DOWN'
ROUND_HALF_UP = 'ROUND_HALF_UP'
ROUND_HALF_EVEN = 'ROUND_HALF_EVEN'
ROUND_CEILING = 'ROUND_CEILING'
ROUND_FLOOR = 'ROUND_FLOOR'
ROUND_UP = 'ROUND_UP'
ROUND_HALF_DOWN = 'ROUND_HALF_DOWN'
ROUND_05UP = 'ROUND_05UP'
_ROUNDINGS = (ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN,
              ROUND_HALF_EVEN, ROUND_05UP)


def _rounding_arg(v):
    """The rounding constant equal to v (None stays None); TypeError as CPython's otherwise."""
    if v is None:
        return None
    if not isinstance(v, str) or v not in _ROUNDINGS:
        raise TypeError("valid values for rounding are:\n"
                        "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                        "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                        "   ROUND_05UP]")
    return _ROUNDINGS[_ROUNDINGS.index(v)]

MAX_PREC = 999999999999999999
MAX_EMAX = 999999999999999999
MIN_EMIN = -999999999999999999
MIN_ETINY = MIN_EMIN - (MAX_PREC - 1)
HAVE_THREADS = True
HAVE_CONTEXTVAR = True


# ---------------------------------------------------------------------------------------------
# Signals (exception classes), with CPython's hierarchy.

class DecimalException(ArithmeticError):
    pass

class Clamped(DecimalException):
    pass

class InvalidOperation(DecimalException):
    pass

class ConversionSyntax(InvalidOperation):
    pass

class DivisionByZero(DecimalException, ZeroDivisionError):
    pass

class DivisionImpossible(InvalidOperation):
    pass

class DivisionUndefined(InvalidOperation, ZeroDivisionError):
    pass

class Inexact(DecimalException):
    pass

class InvalidContext(InvalidOperation):
    pass

class Rounded(DecimalException):
    pass

class Subnormal(DecimalException):
    pass

class Overflow(Inexact, Rounded):
    pass

class Underflow(Inexact, Rounded, Subnormal):
    pass

class FloatOperation(DecimalException, TypeError):
    pass


# Condition bits, in libmpdec's order: Context's repr lists flags and traps in this order.
_CL = 1        # Clamped
_CS = 2        # ConversionSyntax
_DZ = 4        # DivisionByZero
_DI = 8        # DivisionImpossible
_DU = 16       # DivisionUndefined
_IX = 64       # Inexact
_IC = 128      # InvalidContext
_IO = 256      # InvalidOperation
_FO = 1024     # FloatOperation
_OF = 2048     # Overflow
_RD = 4096     # Rounded
_SN = 8192     # Subnormal
_UF = 16384    # Underflow
_INVALID = _CS | _DI | _DU | _IC | _IO

# The public signals in CPython's order (SignalDict order, choice of the raised class).
_SIGNALS = (InvalidOperation, FloatOperation, DivisionByZero, Overflow, Underflow, Subnormal,
            Inexact, Rounded, Clamped)
_SIGNAL_BITS = {InvalidOperation: _INVALID, FloatOperation: _FO, DivisionByZero: _DZ,
                Overflow: _OF, Underflow: _UF, Subnormal: _SN, Inexact: _IX, Rounded: _RD,
                Clamped: _CL}
# What an exception's argument lists: the invalid-operation conditions, then the other signals.
_LIST_ORDER = ((_IO, InvalidOperation), (_CS, ConversionSyntax), (_DI, DivisionImpossible),
               (_DU, DivisionUndefined), (_IC, InvalidContext), (_FO, FloatOperation),
               (_DZ, DivisionByZero), (_OF, Overflow), (_UF, Underflow), (_SN, Subnormal),
               (_IX, Inexact), (_RD, Rounded), (_CL, Clamped))
# Names for Context's repr, by bit; the invalid conditions print once as InvalidOperation.
_REPR_ORDER = ((_CL, 'Clamped'), (_CS, 'InvalidOperation'), (_DZ, 'DivisionByZero'),
               (_DI, 'InvalidOperation'), (_DU, 'InvalidOperation'), (_IX, 'Inexact'),
               (_IC, 'InvalidOperation'), (_IO, 'InvalidOperation'), (_FO, 'FloatOperation'),
               (_OF, 'Overflow'), (_RD, 'Rounded'), (_SN, 'Subnormal'), (_UF, 'Underflow'))


_SIGNALS_MSG = ("valid values for signals are:\n"
                "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                "   Clamped]")


def _bits_of(signals, list_ok):
    """flags/traps given as a signal dict (or, to Context(), a list of signals) as bits."""
    bits = 0
    if isinstance(signals, (dict, _SignalDict)):
        items = list(signals.items())
        if len(items) != len(_SIGNALS) or any(k not in _SIGNAL_BITS for k, v in items):
            raise KeyError("invalid signal dict")
        for k, v in items:
            if v:
                bits |= _SIGNAL_BITS[k]
        return bits
    if not list_ok:
        raise TypeError("argument must be a signal dict")
    try:
        seq = list(signals)
    except TypeError:
        raise TypeError("argument must be a signal dict") from None
    for s in seq:
        b = _SIGNAL_BITS.get(s) if isinstance(s, type) else None
        if b is None:
            raise KeyError(_SIGNALS_MSG)
        bits |= b
    return bits


class _SignalDict(object):
    # Context.flags / Context.traps: a live mapping signal -> bool over the context's bits.
    __slots__ = ('_ctx', '_attr')

    def __init__(self, ctx, attr):
        self._ctx = ctx
        self._attr = attr

    def _bits(self):
        return getattr(self._ctx, self._attr)

    def __getitem__(self, sig):
        b = _SIGNAL_BITS.get(sig) if isinstance(sig, type) else None
        if b is None:
            raise KeyError(sig)
        return bool(self._bits() & b)

    def __setitem__(self, sig, value):
        b = _SIGNAL_BITS.get(sig) if isinstance(sig, type) else None
        if b is None:
            raise KeyError(sig)
        bits = self._bits()
        if value:
            bits |= b
        else:
            bits &= ~b
        setattr(self._ctx, self._attr, bits)

    def __delitem__(self, sig):
        raise ValueError("signal keys cannot be deleted")

    def __contains__(self, sig):
        return sig in _SIGNAL_BITS

    def __iter__(self):
        return iter(_SIGNALS)

    def __len__(self):
        return len(_SIGNALS)

    def keys(self):
        return list(_SIGNALS)

    def values(self):
        return [self[s] for s in _SIGNALS]

    def items(self):
        return [(s, self[s]) for s in _SIGNALS]

    def get(self, sig, default=None):
        try:
            return self[sig]
        except KeyError:
            return default

    def copy(self):
        return {s: self[s] for s in _SIGNALS}

    def update(self, other=(), **kw):
        for k, v in dict(other).items():
            self[k] = v

    def __eq__(self, other):
        if isinstance(other, _SignalDict):
            return self.copy() == other.copy()
        if isinstance(other, dict):
            return self.copy() == other
        return NotImplemented

    __hash__ = None

    def __repr__(self):
        return '{' + ', '.join('%r:%r' % (s, self[s]) for s in _SIGNALS) + '}'


# ---------------------------------------------------------------------------------------------
# Integer helpers.

def _nd(c):
    """Number of decimal digits of the non-negative int c (1 for 0)."""
    if c < 10:
        return 1
    if c < 1 << 64:
        return len(str(c))
    # estimate from the bit length, then correct by one comparison
    n = (c.bit_length() * 1233) >> 12
    if c >= _pow10(n):
        n += 1
    return n


_P10 = [10 ** i for i in range(64)]


def _pow10(n):
    return _P10[n] if n < 64 else 10 ** n


def _strip_zeros(c, e, limit):
    """Remove trailing zeros of c (raising e) while e < limit."""
    if c == 0 or c % 10:
        return c, e
    s = str(c)
    z = len(s) - len(s.rstrip('0'))
    if z > limit - e:
        z = limit - e
    if z <= 0:
        return c, e
    return c // _pow10(z), e + z


def _round_int(c, drop, sign, mode):
    """Drop the last `drop` digits of c, rounding by mode; returns (q, inexact)."""
    if drop <= 0:
        return c, False
    # (Below 64 digits the division below handles drop > digits too: q is 0, r < half.)
    if drop >= 64 and drop > _nd(c):
        q = 0
        if c == 0:
            return 0, False
        half = -1
    else:
        p = _pow10(drop)
        q, r = divmod(c, p)
        if r == 0:
            return q, False
        r2 = r + r
        half = 1 if r2 > p else (0 if r2 == p else -1)
    if mode == ROUND_HALF_EVEN:
        up = half > 0 or (half == 0 and q & 1)
    elif mode == ROUND_HALF_UP:
        up = half >= 0
    elif mode == ROUND_DOWN:
        up = False
    elif mode == ROUND_UP:
        up = True
    elif mode == ROUND_HALF_DOWN:
        up = half > 0
    elif mode == ROUND_CEILING:
        up = not sign
    elif mode == ROUND_FLOOR:
        up = bool(sign)
    else:  # ROUND_05UP: away from zero only if the kept last digit is 0 or 5
        up = q % 5 == 0
    return (q + 1 if up else q), True


# ---------------------------------------------------------------------------------------------
# Context.

_NONE = object()


class Context(object):
    """The environment of decimal arithmetic: precision, rounding, exponent limits, flags and
    traps."""

    __slots__ = ('_prec', '_rounding', '_Emin', '_Emax', '_capitals', '_clamp', '_flags',
                 '_traps', '__weakref__')

    def __init__(self, prec=None, rounding=None, Emin=None, Emax=None, capitals=None,
                 clamp=None, flags=None, traps=None):
        dc = DefaultContext if '_default_made' in globals() else None
        self._prec = 28
        self._rounding = ROUND_HALF_EVEN
        self._Emin = -999999
        self._Emax = 999999
        self._capitals = 1
        self._clamp = 0
        self._flags = 0
        self._traps = _INVALID | _DZ | _OF
        if dc is not None:
            self._prec = dc._prec
            self._rounding = dc._rounding
            self._Emin = dc._Emin
            self._Emax = dc._Emax
            self._capitals = dc._capitals
            self._clamp = dc._clamp
            self._traps = dc._traps
        if prec is not None:
            self.prec = prec
        if rounding is not None:
            self.rounding = rounding
        if Emin is not None:
            self.Emin = Emin
        if Emax is not None:
            self.Emax = Emax
        if capitals is not None:
            self.capitals = capitals
        if clamp is not None:
            self.clamp = clamp
        if traps is not None:
            self._traps = _bits_of(traps, True)
        if flags is not None:
            self._flags = _bits_of(flags, True)

    # --- attributes, validated as CPython does
    def _get_prec(self):
        return self._prec

    def _set_prec(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if not 1 <= v <= MAX_PREC:
            raise ValueError("valid range for prec is [1, MAX_PREC]")
        self._prec = v
    prec = property(_get_prec, _set_prec)

    def _get_rounding(self):
        return self._rounding

    def _set_rounding(self, v):
        self._rounding = _rounding_arg(v)
    rounding = property(_get_rounding, _set_rounding)

    def _get_Emin(self):
        return self._Emin

    def _set_Emin(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if not MIN_EMIN <= v <= 0:
            raise ValueError("valid range for Emin is [MIN_EMIN, 0]")
        self._Emin = v
    Emin = property(_get_Emin, _set_Emin)

    def _get_Emax(self):
        return self._Emax

    def _set_Emax(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if not 0 <= v <= MAX_EMAX:
            raise ValueError("valid range for Emax is [0, MAX_EMAX]")
        self._Emax = v
    Emax = property(_get_Emax, _set_Emax)

    def _get_capitals(self):
        return self._capitals

    def _set_capitals(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if v not in (0, 1):
            raise ValueError("valid values for capitals are 0 or 1")
        self._capitals = int(v)
    capitals = property(_get_capitals, _set_capitals)

    def _get_clamp(self):
        return self._clamp

    def _set_clamp(self, v):
        if not isinstance(v, int):
            raise TypeError("an integer is required")
        if v not in (0, 1):
            raise ValueError("valid values for clamp are 0 or 1")
        self._clamp = int(v)
    clamp = property(_get_clamp, _set_clamp)

    def _get_flags(self):
        return _SignalDict(self, '_flags')

    def _set_flags(self, v):
        self._flags = _bits_of(v, False)
    flags = property(_get_flags, _set_flags)

    def _get_traps(self):
        return _SignalDict(self, '_traps')

    def _set_traps(self, v):
        self._traps = _bits_of(v, False)
    traps = property(_get_traps, _set_traps)

    # --- signalling
    def _signal(self, status):
        """Record status as flags; raise the first trapped signal, listing the trapped
        conditions, as CPython's C decimal does."""
        self._flags |= status
        t = status & self._traps
        if t:
            for sig in _SIGNALS:
                if t & _SIGNAL_BITS[sig]:
                    break
            raise sig([cls for bit, cls in _LIST_ORDER if t & bit])

    def _raise_error(self, condition, explanation=None, *args):
        # compatibility with code written against _pydecimal
        bit = {ConversionSyntax: _CS, DivisionImpossible: _DI, DivisionUndefined: _DU,
               InvalidContext: _IC}.get(condition) or _SIGNAL_BITS.get(condition, _IO)
        if bit == _INVALID:
            bit = _IO
        self._signal(bit)
        return _NaN

    def Etiny(self):
        return self._Emin - self._prec + 1

    def Etop(self):
        return self._Emax - self._prec + 1

    def radix(self):
        return Decimal(10)

    def copy(self):
        c = Context.__new__(Context)
        c._prec = self._prec
        c._rounding = self._rounding
        c._Emin = self._Emin
        c._Emax = self._Emax
        c._capitals = self._capitals
        c._clamp = self._clamp
        c._flags = self._flags
        c._traps = self._traps
        return c

    __copy__ = copy

    def _shallow_copy(self):
        return self.copy()

    def clear_flags(self):
        self._flags = 0

    def clear_traps(self):
        self._traps = 0

    def _names(self, bits):
        out = []
        inv = False
        for bit, name in _REPR_ORDER:
            if bits & bit:
                if bit & _INVALID:
                    if inv:
                        continue
                    inv = True
                out.append(name)
        return '[' + ', '.join(out) + ']'

    def __repr__(self):
        return ('Context(prec=%d, rounding=%s, Emin=%d, Emax=%d, capitals=%d, clamp=%d, '
                'flags=%s, traps=%s)' % (self._prec, self._rounding, self._Emin, self._Emax,
                                         self._capitals, self._clamp, self._names(self._flags),
                                         self._names(self._traps)))

    def __reduce__(self):
        return (self.__class__, (self._prec, self._rounding, self._Emin, self._Emax,
                                 self._capitals, self._clamp,
                                 [s for s in _SIGNALS if self._flags & _SIGNAL_BITS[s]],
                                 [s for s in _SIGNALS if self._traps & _SIGNAL_BITS[s]]))

    def create_decimal(self, num='0'):
        if isinstance(num, str) or isinstance(num, float):
            d = Decimal(num, self)
        else:
            d = Decimal(num, self)
        if d._kind >= 2:
            # a NaN's payload is kept only if it fits in prec - clamp digits
            if d._int and _nd(d._int) > self._prec - self._clamp:
                self._signal(_CS)
                return _NaN
            return d
        if d._kind:
            return d
        r, st = _fix(d._sign, d._int, d._exp, self)
        if st:
            self._signal(st)
        return r

    def create_decimal_from_float(self, f):
        d = Decimal.from_float(f)
        r, st = _fix(d._sign, d._int, d._exp, self) if not d._kind else (d, 0)
        if st:
            self._signal(st)
        return r


# ---------------------------------------------------------------------------------------------
# The current context: per task (a ContextVar), as CPython keeps it.

try:
    from contextvars import ContextVar as _ContextVar
    _current = _ContextVar('decimal_context')
except ImportError:  # pragma: no cover
    _current = None
    _plain = [None]


def getcontext():
    """The current context of this thread or task (a copy of DefaultContext at first use)."""
    if _current is not None:
        try:
            return _current.get()
        except LookupError:
            c = Context()
            _current.set(c)
            return c
    if _plain[0] is None:
        _plain[0] = Context()
    return _plain[0]


def setcontext(context):
    """Make context the current one (the templates are copied first, as CPython does)."""
    if not isinstance(context, Context):
        raise TypeError("argument must be a context")
    if context is DefaultContext or context is BasicContext or context is ExtendedContext:
        context = context.copy()
        context._flags = 0
    if _current is not None:
        _current.set(context)
    else:
        _plain[0] = context


_CTX_KEYS = ('prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps')


class _ContextManager(object):
    __slots__ = ('new_context', 'saved_context')

    def __init__(self, new_context):
        self.new_context = new_context

    def __enter__(self):
        self.saved_context = getcontext()
        setcontext(self.new_context)
        return self.new_context

    def __exit__(self, t, v, tb):
        setcontext(self.saved_context)


def localcontext(ctx=None, **kwargs):
    """A context manager that makes a copy of ctx (default: the current context), with the
    given attributes changed, current inside its with block."""
    for k in kwargs:
        if k not in _CTX_KEYS:
            raise TypeError("'%s' is an invalid keyword argument for this function" % k)
    if ctx is None:
        ctx = getcontext()
    elif not isinstance(ctx, Context):
        raise TypeError("optional argument must be a context")
    new = ctx.copy()
    for k, v in kwargs.items():
        setattr(new, k, v)
    return _ContextManager(new)


# ---------------------------------------------------------------------------------------------
# Rounding a result to a context.

def _fix(sign, c, e, ctx, st=0, rounding=None, inexact=False):
    """Round (sign, c, e) to ctx's precision and exponent range. Returns (Decimal, status).
    inexact says the value given is already a rounded approximation."""
    prec = ctx._prec
    Emin = ctx._Emin
    Emax = ctx._Emax
    # The common case: at most prec digits and an exponent that keeps the value normal and
    # unclamped, so nothing is rounded and no condition is raised.
    if not inexact and prec < 64 and c < _P10[prec] and Emin <= e <= Emax - prec + 1:
        return _dec(sign, c, e), st
    etiny = Emin - prec + 1
    if c == 0:
        emax = Emax - prec + 1 if ctx._clamp else Emax
        if e < etiny:
            e = etiny
            st |= _CL
        elif e > emax:
            e = emax
            st |= _CL
        return _dec(sign, 0, e), st
    n = _nd(c)
    adj = e + n - 1
    if inexact:
        st |= _IX | _RD
        if adj < Emin:
            st |= _UF | _SN
    low = adj - prec + 1
    if low < etiny:
        low = etiny
    if e < low:
        c, lost = _round_int(c, low - e, sign, rounding or ctx._rounding)
        e = low
        st |= _RD
        if lost:
            st |= _IX
        if adj < Emin:
            st |= _SN
            if lost:
                st |= _UF
            if c == 0:
                st |= _CL
        if c and _nd(c) > prec:
            c //= 10
            e += 1
        adj = e + _nd(c) - 1
    elif adj < Emin:
        st |= _SN
    if adj > Emax and c:
        st |= _OF | _IX | _RD
        mode = rounding or ctx._rounding
        if (mode in (ROUND_HALF_UP, ROUND_HALF_EVEN, ROUND_HALF_DOWN, ROUND_UP)
                or (mode == ROUND_CEILING and not sign) or (mode == ROUND_FLOOR and sign)):
            return (_NegInf if sign else _Inf), st
        return _dec(sign, _pow10(prec) - 1, Emax - prec + 1), st
    if ctx._clamp:
        top = Emax - prec + 1
        if e > top:
            c *= _pow10(e - top)
            e = top
            st |= _CL
    return _dec(sign, c, e), st


def _round_sig(sign, c, e, prec, mode):
    # (c, e) rounded to prec significant digits, without exponent limits
    n = _nd(c)
    if n <= prec:
        return c, e
    c, lost = _round_int(c, n - prec, sign, mode)
    e += n - prec
    if _nd(c) > prec:
        c //= 10
        e += 1
    return c, e


def _dec(sign, c, e, kind=0, _new=object.__new__):
    d = _new(Decimal)
    d._sign = sign
    d._int = c
    d._exp = e
    d._kind = kind
    return d


# ---------------------------------------------------------------------------------------------
# Conversions from other types.

def _parse(s):
    """(sign, coefficient, exponent, kind) of a numeric string, or None if it is malformed."""
    s = s.strip()
    if not s.isascii():
        out = []
        for ch in s:
            if ch.isdecimal() and not '0' <= ch <= '9':
                out.append(str(int(ch)))
            elif ord(ch) > 127:
                return None
            else:
                out.append(ch)
        s = ''.join(out)
    if '_' in s:
        # CPython's C decimal drops underscores anywhere (even '1__0' or '_1')
        s = s.replace('_', '')
    if not s:
        return None
    sign = 0
    if s[0] in '+-':
        sign = 1 if s[0] == '-' else 0
        s = s[1:]
    low = s.lower()
    if low == 'inf' or low == 'infinity':
        return sign, 0, 0, 1
    kind = 0
    if low.startswith('nan'):
        kind = 2
        rest = s[3:]
    elif low.startswith('snan'):
        kind = 3
        rest = s[4:]
    if kind:
        if rest == '':
            return sign, 0, 0, kind
        if not rest.isdigit():
            return None
        return sign, int(rest.lstrip('0') or '0'), 0, kind
    epos = low.find('e')
    exp = 0
    if epos >= 0:
        es = s[epos + 1:]
        s = s[:epos]
        t = es[1:] if es[:1] in ('+', '-') else es
        if not t or not t.isdigit():
            return None
        exp = int(es)
    dot = s.find('.')
    if dot >= 0:
        ip = s[:dot]
        fp = s[dot + 1:]
    else:
        ip = s
        fp = ''
    if not ip and not fp:
        return None
    if (ip and not ip.isdigit()) or (fp and not fp.isdigit()):
        return None
    return sign, int(ip + fp), exp - len(fp), 0


def _from_float(f):
    if f != f:
        return _dec(1 if _math.copysign(1.0, f) < 0 else 0, 0, 0, 2)
    sign = 1 if _math.copysign(1.0, f) < 0 else 0
    if f in (_INF_F, -_INF_F):
        return _dec(sign, 0, 0, 1)
    n, d = abs(f).as_integer_ratio()
    k = d.bit_length() - 1
    return _dec(sign, n * 5 ** k, -k)


_INF_F = float('inf')


def _from_int(i):
    return _dec(1 if i < 0 else 0, -i if i < 0 else i, 0) if i.__class__ is int or \
        isinstance(i, int) else None


def _as_dec(x):
    """x as a Decimal for arithmetic: Decimals and ints; None for anything else."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        i = int(x)
        return _dec(1 if i < 0 else 0, -i if i < 0 else i, 0)
    return None


def _ctx_arg(context):
    if context is None:
        return getcontext()
    if not isinstance(context, Context):
        raise TypeError("optional argument must be a context")
    return context


def _nan_result(a, b, ctx, c=None):
    """The NaN result of an operation with a NaN operand, or None. sNaN signals
    InvalidOperation and becomes quiet."""
    for x in (a, b, c):
        if x is not None and x._kind == 3:
            ctx._signal(_IO)
            return _quiet(x, ctx)
    for x in (a, b, c):
        if x is not None and x._kind == 2:
            return _quiet(x, ctx)
    return None


def _quiet(x, ctx):
    p = x._int
    if p and _nd(p) > ctx._prec - ctx._clamp:
        # the payload keeps its low digits
        p = p % _pow10(ctx._prec - ctx._clamp)
    return _dec(x._sign, p, 0, 2)


def _invalid(ctx, bit=_IO):
    ctx._signal(bit)
    return _NaN


def _finish(r, st, ctx):
    if st:
        ctx._signal(st)
    return r


class Decimal(object):
    """Floating point decimal number, exactly as written: Decimal('3.14'), Decimal(314),
    Decimal((0, (3, 1, 4), -2)), Decimal(0.5)."""

    __slots__ = ('_sign', '_int', '_exp', '_kind')

    def __new__(cls, value="0", context=None):
        self = object.__new__(cls)
        if isinstance(value, str):
            p = _parse(value)
            if p is None:
                ctx = _ctx_arg(context)
                ctx._signal(_CS)
                p = (0, 0, 0, 2)
            self._sign, self._int, self._exp, self._kind = p
            return self
        if isinstance(value, int):
            v = int(value)
            self._sign = 1 if v < 0 else 0
            self._int = -v if v < 0 else v
            self._exp = 0
            self._kind = 0
            return self
        if isinstance(value, Decimal):
            self._sign = value._sign
            self._int = value._int
            self._exp = value._exp
            self._kind = value._kind
            return self
        if isinstance(value, float):
            ctx = _ctx_arg(context)
            ctx._signal(_FO)
            d = _from_float(value)
            self._sign, self._int, self._exp, self._kind = d._sign, d._int, d._exp, d._kind
            return self
        if isinstance(value, (tuple, list)):
            self._sign, self._int, self._exp, self._kind = _from_tuple(value)
            return self
        raise TypeError("conversion from %s to Decimal is not supported" % type(value).__name__)

    @classmethod
    def from_float(cls, f):
        """The exact value of the float (or int) f."""
        if isinstance(f, int):
            d = Decimal(f)
        elif isinstance(f, float):
            d = _from_float(f)
        else:
            raise TypeError("argument must be int or float")
        return d if cls is Decimal else cls(d)

    # --- inspection
    def as_tuple(self):
        if self._kind == 1:
            e = 'F'
        elif self._kind == 2:
            e = 'n'
        elif self._kind == 3:
            e = 'N'
        else:
            e = self._exp
        if self._kind == 1:
            digits = (0,)
        elif self._kind and self._int == 0:
            digits = ()
        else:
            digits = tuple(map(int, str(self._int)))
        return DecimalTuple(self._sign, digits, e)

    def as_integer_ratio(self):
        if self._kind == 1:
            raise OverflowError("cannot convert Infinity to integer ratio")
        if self._kind:
            raise ValueError("cannot convert NaN to integer ratio")
        c = self._int
        e = self._exp
        if c == 0:
            return 0, 1
        if e >= 0:
            n, d = c * _pow10(e), 1
        else:
            n, d = c, _pow10(-e)
            g = _math.gcd(n, d)
            n //= g
            d //= g
        return (-n if self._sign else n), d

    def adjusted(self):
        if self._kind:
            return 0
        return self._exp + _nd(self._int) - 1

    def _isinteger(self):
        if self._kind:
            return False
        if self._exp >= 0 or self._int == 0:
            return True
        return self._int % _pow10(-self._exp) == 0

    def is_finite(self):
        return self._kind == 0

    def is_infinite(self):
        return self._kind == 1

    def is_nan(self):
        return self._kind >= 2

    def is_qnan(self):
        return self._kind == 2

    def is_snan(self):
        return self._kind == 3

    def is_signed(self):
        return self._sign == 1

    def is_zero(self):
        return self._kind == 0 and self._int == 0

    def is_canonical(self):
        return True

    def canonical(self):
        return self

    def is_normal(self, context=None):
        if self._kind or self._int == 0:
            return False
        return self.adjusted() >= _ctx_arg(context)._Emin

    def is_subnormal(self, context=None):
        if self._kind or self._int == 0:
            return False
        return self.adjusted() < _ctx_arg(context)._Emin

    def number_class(self, context=None):
        if self._kind == 3:
            return 'sNaN'
        if self._kind == 2:
            return 'NaN'
        s = '-' if self._sign else '+'
        if self._kind == 1:
            return s + 'Infinity'
        if self._int == 0:
            return s + 'Zero'
        if self.is_subnormal(context):
            return s + 'Subnormal'
        return s + 'Normal'

    def radix(self):
        return Decimal(10)

    def same_quantum(self, other, context=None):
        o = _conv_strict(other)
        if self._kind or o._kind:
            return (self._kind >= 2 and o._kind >= 2) or (self._kind == 1 and o._kind == 1)
        return self._exp == o._exp

    # --- strings
    def __str__(self, eng=False, context=None):
        sign = '-' if self._sign else ''
        k = self._kind
        if k:
            if k == 1:
                return sign + 'Infinity'
            return sign + ('NaN' if k == 2 else 'sNaN') + (str(self._int) if self._int else '')
        digits = str(self._int)
        e = self._exp
        left = e + len(digits)
        if e <= 0 and left > -6:
            dot = left
        elif not eng:
            dot = 1
        elif self._int == 0:
            dot = (left + 1) % 3 - 1
        else:
            dot = (left - 1) % 3 + 1
        if dot <= 0:
            s = '0.' + '0' * -dot + digits
        elif dot >= len(digits):
            s = digits + '0' * (dot - len(digits))
        else:
            s = digits[:dot] + '.' + digits[dot:]
        if left != dot:
            caps = (context if context is not None else getcontext())._capitals
            s += ('E' if caps else 'e') + '%+d' % (left - dot)
        return sign + s

    def to_eng_string(self, context=None):
        return self.__str__(True, context)

    def __repr__(self):
        return "Decimal('%s')" % self.__str__()

    # --- conversions
    def __bool__(self):
        return self._kind != 0 or self._int != 0

    def __int__(self):
        if self._kind:
            if self._kind == 1:
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        e = self._exp
        v = self._int * _pow10(e) if e >= 0 else self._int // _pow10(-e)
        return -v if self._sign else v

    __trunc__ = __int__

    def __float__(self):
        if self._kind >= 2:
            if self._kind == 3:
                raise ValueError("cannot convert signaling NaN to float")
            return float('-nan') if self._sign else float('nan')
        return float(self.__str__(context=_ExtendedContextForStr))

    def __complex__(self):
        return complex(float(self))

    @property
    def real(self):
        return self

    @property
    def imag(self):
        return Decimal(0)

    def conjugate(self):
        return self

    def _to_int(self, mode):
        if self._kind:
            if self._kind == 1:
                raise OverflowError("cannot convert Infinity to integer")
            raise ValueError("cannot convert NaN to integer")
        e = self._exp
        if e >= 0:
            v = self._int * _pow10(e)
        else:
            v, _ = _round_int(self._int, -e, self._sign, mode)
        return -v if self._sign else v

    def __floor__(self):
        return self._to_int(ROUND_FLOOR)

    def __ceil__(self):
        return self._to_int(ROUND_CEILING)

    def __round__(self, n=None):
        if n is None:
            return self._to_int(ROUND_HALF_EVEN)
        if not isinstance(n, int):
            raise TypeError("optional arg must be an integer")
        return self.quantize(_dec(0, 1, -n))

    def __reduce__(self):
        return (self.__class__, (str(self),))

    def __copy__(self):
        if type(self) is Decimal:
            return self
        return self.__class__(str(self))

    def __deepcopy__(self, memo):
        return self.__copy__()

    # --- hashing: equal to the hash of an equal int, float or Fraction
    def __hash__(self):
        if self._kind:
            if self._kind == 3:
                raise TypeError("Cannot hash a signaling NaN value")
            if self._kind == 2:
                return object.__hash__(self)
            return -314159 if self._sign else 314159
        P = _HASH_MOD
        e = self._exp
        if e >= 0:
            h = self._int % P * pow(10, e, P) % P
        else:
            h = self._int % P * pow(_INV10, -e, P) % P
        if self._sign:
            h = -h
        return -2 if h == -1 else h

    # --- comparisons
    def _cmp_value(self, other, ordering):
        """(self <=> other) as -1/0/1, or None when unordered (NaN), or NotImplemented."""
        if isinstance(other, Decimal):
            o = other
        elif isinstance(other, int):
            o = _dec(1 if other < 0 else 0, abs(int(other)), 0)
        elif isinstance(other, float):
            # mixing with a float is recorded; only an ordering raises when it is trapped
            if ordering:
                getcontext()._signal(_FO)
            else:
                getcontext()._flags |= _FO
            o = _from_float(other)
        elif isinstance(other, complex):
            if ordering or other.imag != 0:
                return NotImplemented
            getcontext()._flags |= _FO
            o = _from_float(other.real)
        elif type(other).__name__ == 'Fraction' and hasattr(other, 'denominator'):
            if self._kind >= 2:
                return self._cmp_special(None, ordering)
            if self._kind:
                return -1 if self._sign else 1
            n, d = other.numerator, other.denominator
            a = self._int * d
            b = abs(n)
            e = self._exp
            if e >= 0:
                a *= _pow10(e)
            else:
                b *= _pow10(-e)
            x = -a if self._sign else a
            y = b if n >= 0 else -b
            return (x > y) - (x < y)
        else:
            return NotImplemented
        if self._kind or o._kind:
            return self._cmp_special(o, ordering)
        return _cmp(self, o)

    def _cmp_special(self, o, ordering):
        if self._kind >= 2 or (o is not None and o._kind >= 2):
            if ordering or self._kind == 3 or (o is not None and o._kind == 3):
                getcontext()._signal(_IO)
            return None
        return _cmp(self, o)

    def __eq__(self, other):
        r = self._cmp_value(other, False)
        if r is NotImplemented:
            return r
        return r == 0

    def __ne__(self, other):
        r = self._cmp_value(other, False)
        if r is NotImplemented:
            return r
        return r != 0

    def _order(self, other, sym):
        return self._cmp_value(other, True)

    def __lt__(self, other):
        r = self._order(other, '<')
        return r if r is NotImplemented else (r is not None and r < 0)

    def __le__(self, other):
        r = self._order(other, '<=')
        return r if r is NotImplemented else (r is not None and r <= 0)

    def __gt__(self, other):
        r = self._order(other, '>')
        return r if r is NotImplemented else (r is not None and r > 0)

    def __ge__(self, other):
        r = self._order(other, '>=')
        return r if r is NotImplemented else (r is not None and r >= 0)

    def compare(self, other, context=None):
        ctx = _ctx_arg(context)
        o = _conv_strict(other)
        n = _nan_result(self, o, ctx)
        if n is not None:
            return n
        return _dec((1 if _cmp(self, o) < 0 else 0), (0 if _cmp(self, o) == 0 else 1), 0)

    def compare_signal(self, other, context=None):
        ctx = _ctx_arg(context)
        o = _conv_strict(other)
        if self._kind >= 2 or o._kind >= 2:
            ctx._signal(_IO)
            return _NaN
        return self.compare(o, ctx)

    def compare_total(self, other, context=None):
        o = _conv_strict(other)
        return _dec(0, 0, 0) if _total_key(self) == _total_key(o) else (
            _dec(1, 1, 0) if _total_key(self) < _total_key(o) else _dec(0, 1, 0))

    def compare_total_mag(self, other, context=None):
        o = _conv_strict(other)
        return self.copy_abs().compare_total(o.copy_abs())

    # --- signs
    def copy_abs(self):
        return _dec(0, self._int, self._exp, self._kind)

    def copy_negate(self):
        return _dec(1 - self._sign, self._int, self._exp, self._kind)

    def copy_sign(self, other, context=None):
        o = _conv_strict(other)
        return _dec(o._sign, self._int, self._exp, self._kind)

    def __neg__(self, context=None):
        ctx = _ctx_arg(context)
        if self._kind >= 2:
            return _nan_result(self, None, ctx)
        if self._kind:
            return self.copy_negate()
        sign = 1 - self._sign
        if self._int == 0 and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return _finish(*_fix(sign, self._int, self._exp, ctx), ctx)

    def __pos__(self, context=None):
        ctx = _ctx_arg(context)
        if self._kind >= 2:
            return _nan_result(self, None, ctx)
        if self._kind:
            return _dec(self._sign, 0, 0, 1)
        sign = self._sign
        if self._int == 0 and ctx._rounding != ROUND_FLOOR:
            sign = 0
        return _finish(*_fix(sign, self._int, self._exp, ctx), ctx)

    def __abs__(self, round=True, context=None):
        if not round:
            return self.copy_abs()
        ctx = _ctx_arg(context)
        if self._kind >= 2:
            return _nan_result(self, None, ctx)
        if self._sign:
            return self.__neg__(ctx)
        return self.__pos__(ctx)

    # --- arithmetic
    def __add__(self, other, context=None):
        if other.__class__ is Decimal:
            return _add(self, other, getcontext() if context is None else _ctx_arg(context), 0)
        o = _as_dec(other)
        if o is None:
            return _reject(self, other, '+')
        return _add(self, o, _ctx_arg(context), 0)

    def __radd__(self, other, context=None):
        o = _as_dec(other)
        if o is None:
            return _reject_r(other, self, '+')
        return _add(o, self, _ctx_arg(context), 0)

    def __sub__(self, other, context=None):
        if other.__class__ is Decimal:
            return _add(self, other, getcontext() if context is None else _ctx_arg(context), 1)
        o = _as_dec(other)
        if o is None:
            return _reject(self, other, '-')
        return _add(self, o, _ctx_arg(context), 1)

    def __rsub__(self, other, context=None):
        o = _as_dec(other)
        if o is None:
            return _reject_r(other, self, '-')
        return _add(o, self, _ctx_arg(context), 1)

    def __mul__(self, other, context=None):
        if other.__class__ is Decimal:
            return _mul(self, other, getcontext() if context is None else _ctx_arg(context))
        o = _as_dec(other)
        if o is None:
            return _reject(self, other, '*')
        return _mul(self, o, _ctx_arg(context))

    def __rmul__(self, other, context=None):
        o = _as_dec(other)
        if o is None:
            return _reject_r(other, self, '*')
        return _mul(o, self, _ctx_arg(context))

    def __truediv__(self, other, context=None):
        o = _as_dec(other)
        if o is None:
            return _reject(self, other, '/')
        return _div(self, o, _ctx_arg(context))

    def __rtruediv__(self, other, context=None):
        o = _as_dec(other)
        if o is None:
            return _reject_r(other, self, '/')
        return _div(o, self, _ctx_arg(context))

    def __floordiv__(self, other, context=None):
        o = _as_dec(other)
        if o is None:
            return _reject(self, other, '//')
        return _divmod(self, o, _ctx_arg(context), 1)

    def __rfloordiv__(self, other, context=None):
        o = _as_dec(other)
        if o is None:
            return _reject_r(other, self, '//')
        return _divmod(o, self, _ctx_arg(context), 1)

    def __mod__(self, other, context=None):
        o = _as_dec(other)
        if o is None:
            return _reject(self, other, '%')
        return _divmod(self, o, _ctx_arg(context), 2)

    def __rmod__(self, other, context=None):
        o = _as_dec(other)
        if o is None:
            return _reject_r(other, self, '%')
        return _divmod(o, self, _ctx_arg(context), 2)

    def __divmod__(self, other, context=None):
        o = _as_dec(other)
        if o is None:
            return _reject(self, other, 'divmod()')
        return _divmod(self, o, _ctx_arg(context), 3)

    def __rdivmod__(self, other, context=None):
        o = _as_dec(other)
        if o is None:
            return _reject_r(other, self, 'divmod()')
        return _divmod(o, self, _ctx_arg(context), 3)

    def __pow__(self, other, modulo=None, context=None):
        o = _as_dec(other)
        if o is None:
            return _reject(self, other, '** or pow()')
        if modulo is not None:
            m = _as_dec(modulo)
            if m is None:
                return _reject(self, modulo, '** or pow()')
            return _powmod(self, o, m, _ctx_arg(context))
        return _power(self, o, _ctx_arg(context))

    def __rpow__(self, other, modulo=None, context=None):
        o = _as_dec(other)
        if o is None:
            return _reject_r(other, self, '** or pow()')
        return _power(o, self, _ctx_arg(context))

    def add(self, other, context=None):
        return _add(self, _conv_strict(other), _ctx_arg(context), 0)

    def subtract(self, other, context=None):
        return _add(self, _conv_strict(other), _ctx_arg(context), 1)

    def multiply(self, other, context=None):
        return _mul(self, _conv_strict(other), _ctx_arg(context))

    def divide(self, other, context=None):
        return _div(self, _conv_strict(other), _ctx_arg(context))

    def divide_int(self, other, context=None):
        return _divmod(self, _conv_strict(other), _ctx_arg(context), 1)

    def remainder(self, other, context=None):
        return _divmod(self, _conv_strict(other), _ctx_arg(context), 2)

    def power(self, other, modulo=None, context=None):
        return self.__pow__(_conv_strict(other), modulo, context)

    def fma(self, other, third, context=None):
        ctx = _ctx_arg(context)
        o = _conv_strict(other)
        t = _conv_strict(third)
        if self._kind or o._kind:
            n = _nan_result(self, o, ctx, t)
            if n is not None:
                return n
            p = _mul(self, o, ctx)
        else:
            p = _dec(self._sign ^ o._sign, self._int * o._int, self._exp + o._exp)
        return _add(p, t, ctx, 0)

    def remainder_near(self, other, context=None):
        ctx = _ctx_arg(context)
        o = _conv_strict(other)
        n = _nan_result(self, o, ctx)
        if n is not None:
            return n
        if self._kind == 1:
            return _invalid(ctx)
        if o._kind == 1:
            return _finish(*_fix(self._sign, self._int, self._exp, ctx), ctx)
        if o._int == 0:
            return _invalid(ctx, _DU if self._int == 0 else _IO)
        e = min(self._exp, o._exp)
        a = self._int * _pow10(self._exp - e)
        b = o._int * _pow10(o._exp - e)
        q, r = divmod(a, b)
        if 2 * r > b or (2 * r == b and q & 1):
            r -= b
            q += 1
        if q and _nd(q) > ctx._prec:
            return _invalid(ctx, _DI)
        sign = self._sign
        if r < 0:
            sign = 1 - sign
            r = -r
        return _finish(*_fix(sign, r, e, ctx), ctx)

    # --- exponents and rounding
    def quantize(self, exp, rounding=None, context=None):
        ctx = getcontext() if context is None else _ctx_arg(context)
        o = exp if exp.__class__ is Decimal else _conv_strict(exp)
        rounding = _rounding_arg(rounding)
        if self._kind or o._kind:
            n = _nan_result(self, o, ctx)
            if n is not None:
                return n
            if self._kind == 1 and o._kind == 1:
                return _dec(self._sign, 0, 0, 1)
            return _invalid(ctx)
        te = o._exp
        prec = ctx._prec
        Emax = ctx._Emax
        if te > Emax or te < ctx._Emin - prec + 1:
            return _invalid(ctx)
        c = self._int
        st = 0
        if te >= self._exp:
            c, lost = _round_int(c, te - self._exp, self._sign, rounding or ctx._rounding)
            if te > self._exp and self._int:
                st |= _RD
                if lost:
                    st |= _IX
        else:
            c *= _pow10(self._exp - te)
        if c:
            adj = te + _nd(c) - 1
            if adj - te >= prec or adj > Emax:
                return _invalid(ctx)
            if adj < ctx._Emin:
                st |= _SN
        if ctx._clamp and te > Emax - prec + 1:
            top = Emax - prec + 1
            c *= _pow10(te - top)
            te = top
            st |= _CL
        r = _dec(self._sign, c, te)
        if st:
            ctx._signal(st)
        return r

    def _rescale(self, exp, rounding):
        if self._kind:
            return self
        c = self._int
        if exp >= self._exp:
            c, _ = _round_int(c, exp - self._exp, self._sign, rounding)
        else:
            c *= _pow10(self._exp - exp)
        return _dec(self._sign, c, exp)

    def normalize(self, context=None):
        ctx = _ctx_arg(context)
        if self._kind:
            if self._kind >= 2:
                return _nan_result(self, None, ctx)
            return self
        r, st = _fix(self._sign, self._int, self._exp, ctx)
        if r._kind:
            return _finish(r, st, ctx)
        if r._int == 0:
            return _finish(_dec(r._sign, 0, 0), st, ctx)
        top = ctx._Emax - ctx._prec + 1 if ctx._clamp else ctx._Emax
        c, e = _strip_zeros(r._int, r._exp, top)
        return _finish(_dec(r._sign, c, e), st, ctx)

    reduce = normalize

    def to_integral_value(self, rounding=None, context=None):
        ctx = _ctx_arg(context)
        rounding = _rounding_arg(rounding)
        if self._kind:
            if self._kind >= 2:
                return _nan_result(self, None, ctx)
            return self
        if self._exp >= 0:
            return self
        return self._rescale(0, rounding or ctx._rounding)

    to_integral = to_integral_value

    def to_integral_exact(self, rounding=None, context=None):
        ctx = _ctx_arg(context)
        rounding = _rounding_arg(rounding)
        if self._kind:
            if self._kind >= 2:
                return _nan_result(self, None, ctx)
            return self
        if self._exp >= 0:
            return self
        c, lost = _round_int(self._int, -self._exp, self._sign, rounding or ctx._rounding)
        st = (_RD | (_IX if lost else 0)) if self._int else 0
        return _finish(_dec(self._sign, c, 0), st, ctx)

    def scaleb(self, other, context=None):
        ctx = _ctx_arg(context)
        o = _conv_strict(other)
        n = _nan_result(self, o, ctx)
        if n is not None:
            return n
        if o._kind or o._exp != 0:
            return _invalid(ctx)
        lim = 2 * (ctx._Emax + ctx._prec)
        k = int(o)
        if k > lim or k < -lim:
            return _invalid(ctx)
        if self._kind:
            return self
        return _finish(*_fix(self._sign, self._int, self._exp + k, ctx), ctx)

    def logb(self, context=None):
        ctx = _ctx_arg(context)
        if self._kind >= 2:
            return _nan_result(self, None, ctx)
        if self._kind:
            return _dec(0, 0, 0, 1)
        if self._int == 0:
            ctx._signal(_DZ)
            return _NegInf
        return _finish(*_fix(*_int_parts(self.adjusted()), ctx), ctx)

    def next_plus(self, context=None):
        return _next(self, _ctx_arg(context), 1)

    def next_minus(self, context=None):
        return _next(self, _ctx_arg(context), -1)

    def next_toward(self, other, context=None):
        ctx = _ctx_arg(context)
        o = _conv_strict(other)
        n = _nan_result(self, o, ctx)
        if n is not None:
            return n
        c = _cmp(self, o)
        if c == 0:
            return self.copy_sign(o)
        r = _next(self, ctx, -1 if c > 0 else 1)
        st = 0
        if r._kind == 1:
            st = _OF | _IX | _RD
        elif r._int == 0 or r.adjusted() < ctx._Emin:
            st = _UF | _SN | _IX | _RD
            if r._int == 0:
                st |= _CL
        return _finish(r, st, ctx)

    def max(self, other, context=None):
        return _minmax(self, _conv_strict(other), _ctx_arg(context), 1, False)

    def min(self, other, context=None):
        return _minmax(self, _conv_strict(other), _ctx_arg(context), -1, False)

    def max_mag(self, other, context=None):
        return _minmax(self, _conv_strict(other), _ctx_arg(context), 1, True)

    def min_mag(self, other, context=None):
        return _minmax(self, _conv_strict(other), _ctx_arg(context), -1, True)

    def sqrt(self, context=None):
        return _sqrt(self, _ctx_arg(context))

    def exp(self, context=None):
        return _exp(self, _ctx_arg(context))

    def ln(self, context=None):
        return _ln(self, _ctx_arg(context), False)

    def log10(self, context=None):
        return _ln(self, _ctx_arg(context), True)

    def __format__(self, spec, _localeconv=None):
        return _format(self, spec)

    # --- digit-wise operations (operands: zero-exponent, non-negative, digits 0 and 1)
    def _logical(self, other, context, fn):
        ctx = _ctx_arg(context)
        o = _conv_strict(other)
        a = _logical_digits(self, ctx)
        b = _logical_digits(o, ctx)
        if a is None or b is None:
            return _invalid(ctx)
        n = max(len(a), len(b))
        a = a.rjust(n, '0')
        b = b.rjust(n, '0')
        r = ''.join('1' if fn(x == '1', y == '1') else '0' for x, y in zip(a, b))
        return _dec(0, int(r), 0)

    def logical_and(self, other, context=None):
        return self._logical(other, context, lambda x, y: x and y)

    def logical_or(self, other, context=None):
        return self._logical(other, context, lambda x, y: x or y)

    def logical_xor(self, other, context=None):
        return self._logical(other, context, lambda x, y: x != y)

    def logical_invert(self, context=None):
        ctx = _ctx_arg(context)
        return self._logical(_dec(0, int('1' * ctx._prec), 0), ctx, lambda x, y: x != y)

    def _shift_amount(self, other, ctx):
        o = _conv_strict(other)
        n = _nan_result(self, o, ctx)
        if n is not None:
            return n, None
        if o._kind or o._exp != 0 or abs(int(o)) > ctx._prec:
            return _invalid(ctx), None
        return None, int(o)

    def shift(self, other, context=None):
        ctx = _ctx_arg(context)
        bad, k = self._shift_amount(other, ctx)
        if bad is not None:
            return bad
        if self._kind:
            return self
        p = _pow10(ctx._prec)
        c = self._int * _pow10(k) % p if k >= 0 else self._int // _pow10(-k)
        return _dec(self._sign, c, self._exp)

    def rotate(self, other, context=None):
        ctx = _ctx_arg(context)
        bad, k = self._shift_amount(other, ctx)
        if bad is not None:
            return bad
        if self._kind:
            return self
        prec = ctx._prec
        ds = str(self._int % _pow10(prec)).rjust(prec, '0')
        k %= prec
        ds = ds[k:] + ds[:k]
        return _dec(self._sign, int(ds), self._exp)


def _logical_digits(d, ctx):
    if d._kind or d._sign or d._exp != 0:
        return None
    t = str(d._int)
    if len(t) > ctx._prec or t.strip('01'):
        return None
    return t


def _int_parts(i):
    return (1 if i < 0 else 0), abs(i), 0


def _conv_strict(x):
    """Operand of a named method: Decimal or int, else TypeError as CPython."""
    if isinstance(x, Decimal):
        return x
    if isinstance(x, int):
        return Decimal(x)
    raise TypeError("conversion from %s to Decimal is not supported" % type(x).__name__)


def _reject(a, b, sym):
    # the interpreter reports the unsupported operands, naming the type 'decimal.Decimal' as
    # CPython's C type does (_decimal_accel.install gives it that name)
    return NotImplemented


def _reject_r(a, b, sym):
    return NotImplemented


def _from_tuple(v):
    if len(v) != 3:
        raise ValueError("argument must be a sequence of length 3")
    sign, digits, exp = v
    if not (isinstance(sign, int) and sign in (0, 1)):
        raise ValueError("sign must be an integer with the value 0 or 1")
    if isinstance(exp, str):
        if exp == 'F':
            return sign, 0, 0, 1
        if exp not in ('n', 'N'):
            raise ValueError("string argument in the third position must be 'F', 'n' or 'N'")
        kind = 2 if exp == 'n' else 3
    elif isinstance(exp, int):
        kind = 0
    else:
        raise ValueError("exponent must be an integer")
    if not isinstance(digits, (tuple, list)):
        raise ValueError("coefficient must be a tuple of digits")
    c = 0
    for d in digits:
        if not (isinstance(d, int) and 0 <= d <= 9):
            raise ValueError("coefficient must be a tuple of digits")
        c = c * 10 + d
    return sign, c, (0 if kind else exp), kind


# ---------------------------------------------------------------------------------------------
# Arithmetic on (sign, coefficient, exponent).

def _cmp(a, b):
    """Numeric order of two non-NaN Decimals: -1, 0 or 1."""
    if a._kind or b._kind:
        av = (-1 if a._sign else 1) if a._kind else 0
        bv = (-1 if b._sign else 1) if b._kind else 0
        if a._kind and b._kind:
            return (av > bv) - (av < bv)
        if a._kind:
            return av
        return -bv
    if a._int == 0:
        if b._int == 0:
            return 0
        return 1 if b._sign else -1
    if b._int == 0:
        return -1 if a._sign else 1
    if a._sign != b._sign:
        return -1 if a._sign else 1
    aa = a._exp + _nd(a._int)
    ba = b._exp + _nd(b._int)
    if aa != ba:
        r = 1 if aa > ba else -1
    else:
        x = a._int
        y = b._int
        if a._exp > b._exp:
            x *= _pow10(a._exp - b._exp)
        else:
            y *= _pow10(b._exp - a._exp)
        r = (x > y) - (x < y)
    return -r if a._sign else r


def _total_key(d):
    # compare_total's order: -NaN < -sNaN < -Inf < numbers (by value, then exponent) < ...
    k = d._kind
    if k >= 2:
        rank = 3 if k == 2 else 2
        v = (rank, d._int)
    elif k == 1:
        v = (1, 0)
    else:
        v = (0, d)
    return _TotalKey(d._sign, v)


class _TotalKey(object):
    __slots__ = ('s', 'v')

    def __init__(self, s, v):
        self.s = s
        self.v = v

    def _key(self, other):
        a = self.v
        b = other.v
        if a[0] != b[0]:
            r = (a[0] > b[0]) - (a[0] < b[0])
        elif a[0] == 0:
            r = _cmp(a[1].copy_abs(), b[1].copy_abs())
            if r == 0:
                r = (a[1]._exp > b[1]._exp) - (a[1]._exp < b[1]._exp)
        else:
            r = (a[1] > b[1]) - (a[1] < b[1])
        return r

    def __eq__(self, other):
        return self.s == other.s and self._key(other) == 0

    def __lt__(self, other):
        if self.s != other.s:
            return self.s > other.s
        r = self._key(other)
        return r > 0 if self.s else r < 0


def _add(a, b, ctx, negate_b):
    if a._kind or b._kind:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        bs = b._sign ^ negate_b
        if a._kind and b._kind:
            if a._sign != bs:
                return _invalid(ctx)
            return a
        if a._kind:
            return a
        return _dec(bs, 0, 0, 1)
    asg = a._sign
    bsg = b._sign ^ negate_b
    ac, ae, bc, be = a._int, a._exp, b._int, b._exp
    st = 0
    prec = ctx._prec
    if ac == 0 or bc == 0:
        # x + 0: x, at the smaller exponent (as far as the precision can show it)
        e = ae if ae < be else be
        if ac == 0 and bc == 0:
            if asg == bsg:
                sign = asg
            else:
                sign = 1 if ctx._rounding == ROUND_FLOOR else 0
            return _finish(*_fix(sign, 0, e, ctx), ctx)
        if ac == 0:
            sign, c, xe = bsg, bc, be
        else:
            sign, c, xe = asg, ac, ae
        if xe > e:
            shift = xe - e
            room = prec - _nd(c)
            if shift > room + 2:
                st |= _RD
                shift = room + 1 if room >= 0 else 0
                e = xe - shift
            c *= _pow10(shift)
        return _finish(*_fix(sign, c, e, ctx, st), ctx)
    # keep the operand with the larger exponent in a
    if ae < be:
        asg, ac, ae, bsg, bc, be = bsg, bc, be, asg, ac, ae
    if ae - be > prec + 3:
        a_adj = ae + _nd(ac) - 1
        sticky = min(ae - 1, a_adj - prec - 2)
        if be + _nd(bc) - 1 < sticky:
            # b lies wholly below the rounding digit: only its sign and non-zeroness matter
            bc, be = 1, sticky
    ac *= _pow10(ae - be)
    e = be
    x = -ac if asg else ac
    y = -bc if bsg else bc
    s = x + y
    if s == 0:
        sign = 1 if (asg and bsg) or (asg != bsg and ctx._rounding == ROUND_FLOOR) else 0
        return _finish(*_fix(sign, 0, e, ctx), ctx)
    r, st = _fix(1, -s, e, ctx) if s < 0 else _fix(0, s, e, ctx)
    if st:
        ctx._signal(st)
    return r


def _mul(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if (a._kind == 0 and a._int == 0) or (b._kind == 0 and b._int == 0):
            return _invalid(ctx)
        return _NegInf if sign else _Inf
    r, st = _fix(sign, a._int * b._int, a._exp + b._exp, ctx)
    if st:
        ctx._signal(st)
    return r


def _div(a, b, ctx):
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
        if a._kind and b._kind:
            return _invalid(ctx)
        if a._kind:
            return _NegInf if sign else _Inf
        ctx._signal(_CL)
        return _fix(sign, 0, ctx.Etiny(), ctx)[0]
    if b._int == 0:
        if a._int == 0:
            return _invalid(ctx, _DU)
        ctx._signal(_DZ)
        return _NegInf if sign else _Inf
    ideal = a._exp - b._exp
    if a._int == 0:
        return _finish(*_fix(sign, 0, ideal, ctx), ctx)
    prec = ctx._prec
    shift = _nd(b._int) - _nd(a._int) + prec + 1
    if shift >= 0:
        q, r = divmod(a._int * _pow10(shift), b._int)
    else:
        q, r = divmod(a._int, b._int * _pow10(-shift))
    e = ideal - shift
    if r:
        if q % 5 == 0:
            q += 1     # sticky digit: the quotient is not exact
    else:
        q, e = _strip_zeros(q, e, ideal)
    return _finish(*_fix(sign, q, e, ctx), ctx)


def _divmod(a, b, ctx, which):
    """which: 1 integer quotient, 2 remainder, 3 both (divmod)."""
    sign = a._sign ^ b._sign
    if a._kind or b._kind:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return (n, n) if which == 3 else n
        if a._kind and b._kind:
            n = _invalid(ctx)
            return (n, n) if which == 3 else n
        if a._kind:
            if which == 1:
                return _NegInf if sign else _Inf
            n = _invalid(ctx)
            return ((_NegInf if sign else _Inf), n) if which == 3 else n
        # finite / infinity: quotient 0, remainder a
        q = _dec(sign, 0, 0)
        r = _finish(*_fix(a._sign, a._int, a._exp, ctx), ctx) if which != 1 else None
        return q if which == 1 else (r if which == 2 else (q, r))
    if b._int == 0:
        if a._int == 0:
            n = _invalid(ctx, _DU)
            return (n, n) if which == 3 else n
        if which == 1:
            ctx._signal(_DZ)
            return _NegInf if sign else _Inf
        if which == 2:
            return _invalid(ctx)
        ctx._signal(_IO | _DZ)
        return (_NegInf if sign else _Inf), _NaN
    e = a._exp if a._exp < b._exp else b._exp
    prec = ctx._prec
    if a._int and (a._exp + _nd(a._int)) - (b._exp + _nd(b._int)) > prec + 1:
        n = _invalid(ctx, _DI)
        return (n, n) if which == 3 else n
    x = a._int * _pow10(a._exp - e)
    y = b._int * _pow10(b._exp - e)
    q, r = divmod(x, y)
    if q and _nd(q) > prec:
        n = _invalid(ctx, _DI)
        return (n, n) if which == 3 else n
    st = 0
    if which != 2:
        qd, st1 = _fix(sign, q, 0, ctx)
        st |= st1
    if which != 1:
        rd, st2 = _fix(a._sign, r, e, ctx)
        st |= st2
    if st:
        ctx._signal(st)
    return qd if which == 1 else (rd if which == 2 else (qd, rd))


def _next(d, ctx, direction):
    if d._kind >= 2:
        return _nan_result(d, None, ctx)
    big = _dec(0, _pow10(ctx._prec) - 1, ctx._Emax - ctx._prec + 1)
    if d._kind:
        if (d._sign == 0) == (direction > 0):
            return d
        return big.copy_negate() if d._sign else big
    etiny = ctx.Etiny()
    if d._int == 0:
        return _dec(0 if direction > 0 else 1, 1, etiny)
    # move by one unit below the last digit a prec-digit result could hold
    c, e = d._int, d._exp
    adj = e + _nd(c) - 1
    low = max(adj - ctx._prec + 1, etiny)
    if e > low:
        c *= _pow10(e - low)
        e = low
    val = -c if d._sign else c
    # nudge by a tiny amount then round toward the direction
    val = val * 10 + (1 if direction > 0 else -1)
    sign = 1 if val < 0 else 0
    r, st = _fix(sign, abs(val), e - 1, ctx,
                 rounding=ROUND_CEILING if direction > 0 else ROUND_FLOOR)
    return r


def _minmax(a, b, ctx, want, mag):
    if a._kind >= 2 or b._kind >= 2:
        if a._kind == 3 or b._kind == 3:
            return _nan_result(a, b, ctx)
        # a quiet NaN loses against a number
        if a._kind == 2 and b._kind == 2:
            return _quiet(a, ctx)
        x = b if a._kind == 2 else a
        return _finish(*_fix(x._sign, x._int, x._exp, ctx), ctx) if not x._kind else x
    c = _cmp(a.copy_abs(), b.copy_abs()) if mag else 0
    if c == 0:
        c = _cmp(a, b)
    if c == 0:
        # equal values: order by sign, then exponent
        if a._sign != b._sign:
            c = -1 if a._sign else 1
        elif a._exp != b._exp:
            c = (1 if a._exp > b._exp else -1) * (-1 if a._sign else 1)
    x = a if (c >= 0) == (want > 0) else b
    if c == 0:
        x = a
    if x._kind:
        return x
    return _finish(*_fix(x._sign, x._int, x._exp, ctx), ctx)


# ---------------------------------------------------------------------------------------------
# Square root, exp, ln, log10, power: correctly rounded by computing in fixed point with guard
# digits and widening until the rounding is certain (Ziv's strategy).

def _sqrt(d, ctx):
    if d._kind:
        if d._kind >= 2:
            return _nan_result(d, None, ctx)
        if d._sign:
            return _invalid(ctx)
        return d
    ideal = d._exp // 2
    if d._int == 0:
        return _finish(*_fix(d._sign, 0, ideal, ctx), ctx)
    if d._sign:
        return _invalid(ctx)
    prec = ctx._prec
    c, e = d._int, d._exp
    # scale so that the root has at least prec+1 digits and the exponent is even
    shift = max(0, 2 * (prec + 1) - _nd(c) + 1)
    if (e - shift) & 1:
        shift += 1
    c *= _pow10(shift)
    e -= shift
    r = _math.isqrt(c)
    re = e // 2
    if r * r != c:
        if r % 5 == 0:
            r += 1
    else:
        r, re = _strip_zeros(r, re, ideal)
    return _finish(*_fix(0, r, re, ctx, rounding=ROUND_HALF_EVEN), ctx)


_LN_CACHE = {}   # name -> (digits, value * 10**digits)


def _atanh_inv(k, M):
    # atanh(1/k) * M
    s = 0
    t = M // k
    k2 = k * k
    i = 1
    while t:
        s += t // i
        t //= k2
        i += 2
    return s


def _ln10(p):
    """ln(10) * 10**p, within 1."""
    got = _LN_CACHE.get('ln10')
    if got is not None and got[0] >= p:
        return got[1] // _pow10(got[0] - p)
    w = p + 20
    M = _pow10(w)
    ln2 = 2 * _atanh_inv(3, M)
    ln54 = 2 * _atanh_inv(9, M)
    v = 3 * ln2 + ln54
    _LN_CACHE['ln10'] = (w, v)
    return v // _pow10(20)


def _ln_fixed(c, e, p):
    """ln(c * 10**e) * 10**p (c > 0), with an error of a few units."""
    n = _nd(c)
    adj = e + n - 1
    w = p + 25
    M = _pow10(w)
    # m = c / 10**(n-1), in [1, 10)
    if w - n + 1 >= 0:
        m = c * _pow10(w - n + 1)
    else:
        m = c // _pow10(n - 1 - w)
    # bring m close to 1 by square roots: ln m = 2**j * ln(m**(1/2**j))
    j = 0
    while m > M + M // 100:
        m = _math.isqrt(m * M)
        j += 1
    # ln y = 2 atanh(z), z = (y-1)/(y+1)
    num = m - M
    z = num * M // (m + M)
    z2 = z * z // M
    s = z
    t = z
    i = 3
    while t:
        t = t * z2 // M
        s += t // i
        i += 2
    lnm = 2 * s * (1 << j)
    v = lnm + adj * _ln10(w + len(str(abs(adj))) + 2) // _pow10(len(str(abs(adj))) + 2)
    return v // _pow10(25)


def _exp_fixed(R, p):
    """exp(R / 10**p) * 10**p for |R / 10**p| <= about 3, within a few units."""
    g = 20
    w = p + g
    M = _pow10(w)
    neg = R < 0
    x = (-R if neg else R) * _pow10(g)
    k = 12
    r = x >> k
    s = M
    t = M
    i = 1
    while t:
        t = t * r // (M * i)
        s += t
        i += 1
    for _ in range(k):
        s = s * s // M
    if neg:
        s = M * M // s
    return s // _pow10(g)


def _ziv(compute, prec, mode):
    """compute(p) -> (Y, e): an approximation Y * 10**e of a non-zero value, within 100 units,
    with about p digits. Returns (sign, coefficient, exponent) rounded to prec digits."""
    extra = 10
    while True:
        Y, e = compute(prec + extra)
        sign = 1 if Y < 0 else 0
        A = -Y if sign else Y
        n = _nd(A)
        if n < prec + 6:
            extra += (prec + 8 - n) if A else extra
            continue
        lo = _round_sig(sign, A - 100, e, prec, mode)
        hi = _round_sig(sign, A + 100, e, prec, mode)
        if lo == hi or extra > 4 * prec + 400:
            c, ex = _round_sig(sign, A, e, prec, mode)
            return sign, c, ex
        extra *= 2


def _range_limit(ctx):
    return max(ctx._Emax, -ctx.Etiny()) + 2


def _exp_of(T, s, ctx, prec):
    """exp(T * 10**-s), correctly rounded (half-even) to prec digits: (sign, c, e)."""
    def compute(p):
        q = p + 3
        # n = round(t / ln 10); r = t - n ln 10
        l20 = _ln10(20)
        if s >= 0:
            n = (T * _pow10(20) * 2 + l20 * _pow10(s)) // (2 * l20 * _pow10(s))
        else:
            n = (T * _pow10(20 - s) * 2 + l20) // (2 * l20)
        nn = len(str(abs(n)))
        L = _ln10(q + nn + 2)
        if q >= s:
            tq = T * _pow10(q - s)
        else:
            tq = T // _pow10(s - q)
        R = tq - n * L // _pow10(nn + 2)
        return _exp_fixed(R, q), n - q
    return _ziv(compute, prec, ROUND_HALF_EVEN)


def _exp(d, ctx):
    if d._kind:
        if d._kind >= 2:
            return _nan_result(d, None, ctx)
        return _dec(0, 0, 0) if d._sign else d
    if d._int == 0:
        return _finish(*_fix(0, 1, 0, ctx), ctx)
    lim = _range_limit(ctx)
    if d.adjusted() > len(str(lim * 3)):
        # certainly out of range: overflow, or underflow to zero
        e = (ctx._Emax + 10) if not d._sign else (ctx.Etiny() - 10)
        return _finish(*_fix(0, 1, e, ctx, rounding=ROUND_HALF_EVEN, inexact=True), ctx)
    T = -d._int if d._sign else d._int
    sign, c, e = _exp_of(T * _pow10(d._exp) if d._exp > 0 else T, max(0, -d._exp), ctx,
                         ctx._prec)
    return _finish(*_fix(0, c, e, ctx, rounding=ROUND_HALF_EVEN, inexact=True), ctx)


def _ln(d, ctx, ten):
    if d._kind:
        if d._kind >= 2:
            return _nan_result(d, None, ctx)
        if d._sign:
            return _invalid(ctx)
        return d
    if d._int == 0:
        return _NegInf
    if d._sign:
        return _invalid(ctx)
    c, e = _strip_zeros(d._int, d._exp, 1 << 62)
    if c == 1 and (ten or e == 0):
        # exact: ln 1 = 0, log10(10**k) = k
        return _finish(*_fix(*_int_parts(e), ctx, rounding=ROUND_HALF_EVEN), ctx)
    if ten:
        def compute(p):
            L = _ln_fixed(c, e, p + 3)
            return L * _pow10(p) // _ln10(p + 3), -p
    else:
        def compute(p):
            return _ln_fixed(c, e, p), -p
    sign, rc, re = _ziv(compute, ctx._prec, ROUND_HALF_EVEN)
    return _finish(*_fix(sign, rc, re, ctx, rounding=ROUND_HALF_EVEN, inexact=True), ctx)


def _power(a, b, ctx):
    if a._kind or b._kind:
        n = _nan_result(a, b, ctx)
        if n is not None:
            return n
    odd = False
    if b._kind == 0 and b._isinteger():
        odd = int(b) & 1 == 1
    sign = a._sign if odd else 0
    # zero and infinite operands
    if b._kind == 0 and b._int == 0:
        if a._kind == 0 and a._int == 0:
            return _invalid(ctx)
        return _finish(*_fix(0, 1, 0, ctx), ctx)
    if a._sign and not b._isinteger() and not (a._kind == 0 and a._int == 0):
        return _invalid(ctx)
    if a._kind == 0 and a._int == 0:
        if b._sign:
            return _NegInf if sign else _Inf
        return _dec(sign, 0, 0)
    if a._kind == 1:
        if b._sign:
            return _dec(sign, 0, 0)
        return _NegInf if sign else _Inf
    if b._kind == 1:
        # |a| < 1, = 1 or > 1
        c = _cmp(a.copy_abs(), _dec(0, 1, 0))
        if c == 0:
            return _finish(*_fix(0, _pow10(ctx._prec - 1), 1 - ctx._prec, ctx,
                                 inexact=True), ctx)
        if (c > 0) != bool(b._sign):
            return _Inf
        return _dec(0, 0, 0)
    if b._isinteger():
        if b.adjusted() >= 18:
            # an astronomically large exponent: certainly out of range (or a power of one)
            la = _approx_log10(a)
            if la == 0:
                return _finish(*_fix(sign, 1, 0, ctx, inexact=True), ctx)
            big = (la > 0) != bool(b._sign)
            e = (ctx._Emax + 10) if big else (ctx.Etiny() - 10)
            return _finish(*_fix(sign, 1, e, ctx, inexact=True), ctx)
        return _power_int(a, b, sign, ctx)
    # general case: exp(b * ln |a|)
    lim = _range_limit(ctx)
    la = _approx_log10(a)
    lb = b.adjusted()
    if la != 0 and lb + len(str(abs(int(la * 1000)))) - 3 > len(str(lim * 3)):
        big = (la > 0) != bool(b._sign)
        e = (ctx._Emax + 10) if big else (ctx.Etiny() - 10)
        return _finish(*_fix(sign, 1, e, ctx, inexact=True), ctx)
    bc = -b._int if b._sign else b._int
    eb = b._exp
    extra_b = max(0, b.adjusted() + 1)
    ac, ae = a._int, a._exp

    def compute(p):
        q = p + 5 + extra_b
        L = _ln_fixed(ac, ae, q)
        T = bc * L
        s = q - eb
        qq = p + 3
        l20 = _ln10(20)
        if s >= 0:
            n = (T * _pow10(20) * 2 + l20 * _pow10(s)) // (2 * l20 * _pow10(s))
            tq = T * _pow10(qq) // _pow10(s) if qq < s else T * _pow10(qq - s)
        else:
            n = (T * _pow10(20 - s) * 2 + l20) // (2 * l20)
            tq = T * _pow10(qq - s)
        nn = len(str(abs(n)))
        Lq = _ln10(qq + nn + 2)
        R = tq - n * Lq // _pow10(nn + 2)
        return _exp_fixed(R, qq), n - qq
    s_, c, e = _ziv(compute, ctx._prec, ctx._rounding)
    return _finish(*_fix(sign, c, e, ctx, inexact=True), ctx)


def _power_int(a, b, sign, ctx):
    """a ** b for an integral b, computed as libmpdec does (so that results, flags and the
    rare inexact last digit agree): the reciprocal first for a negative b, then left-to-right
    binary powering, each step rounded half-even to a few extra digits within the context's
    exponent range, then one final rounding to the context."""
    n = int(b)
    work = Context.__new__(Context)
    work._prec = ctx._prec + _nd(b._int) + b._exp + 2
    work._rounding = ROUND_HALF_EVEN
    work._Emin = ctx._Emin
    work._Emax = ctx._Emax
    work._capitals = 1
    work._clamp = 0
    work._flags = 0
    work._traps = 0
    base = a.copy_abs()
    if n < 0:
        work._prec += 1
        base = _div(_dec(0, 1, 0), base, work)
        n = -n
    st = work._flags
    r = base
    bit = 1 << (n.bit_length() - 1)
    bit >>= 1
    while bit and not r._kind:
        r, s1 = _fix(0, r._int * r._int, r._exp + r._exp, work)
        st |= s1
        if n & bit and not r._kind:
            r, s1 = _fix(0, r._int * base._int, r._exp + base._exp, work)
            st |= s1
        if r._kind or (r._int == 0 and s1 & _CL):
            break
        bit >>= 1
    if r._kind:
        # overflowed on the way: the context's rounding decides Infinity or the largest number
        res, s2 = _fix(sign, 1, ctx._Emax + 10, ctx)
    else:
        res, s2 = _fix(sign, r._int, r._exp, ctx)
    return _finish(res, st | s2, ctx)


def _approx_log10(a):
    s = str(a._int)
    return a._exp + len(s) - 1 + _math.log10(float(s[:15]) / 10 ** (min(len(s), 15) - 1))


def _powmod(a, b, m, ctx):
    n = _nan_result(a, b, ctx, m)
    if n is not None:
        return n
    if not (a._isinteger() and b._isinteger() and m._isinteger()):
        return _invalid(ctx)
    if b._sign or m._int == 0 or a._kind or b._kind or m._kind:
        return _invalid(ctx)
    if _nd(int(abs(m))) > ctx._prec:
        return _invalid(ctx)
    if a._int == 0 and b._int == 0:
        return _invalid(ctx)
    mi = abs(int(m))
    r = pow(abs(int(a)), int(b), mi)
    sign = a._sign if int(b) & 1 else 0
    return _finish(*_fix(sign, r, 0, ctx), ctx)


# ---------------------------------------------------------------------------------------------
# format(): [[fill]align][sign][z][#][0][width][grouping][.precision][type]

def _parse_spec(spec):
    i = 0
    n = len(spec)
    fill = None
    align = None
    if n >= 2 and spec[1] in '<>=^':
        fill, align = spec[0], spec[1]
        i = 2
    elif n >= 1 and spec[0] in '<>=^':
        align = spec[0]
        i = 1
    sign = '-'
    if i < n and spec[i] in '+- ':
        sign = spec[i]
        i += 1
    z = False
    if i < n and spec[i] == 'z':
        z = True
        i += 1
    alt = False
    if i < n and spec[i] == '#':
        alt = True
        i += 1
    zero = False
    if i < n and spec[i] == '0':
        zero = True
        i += 1
    j = i
    while i < n and spec[i].isdigit():
        i += 1
    width = int(spec[j:i]) if i > j else 0
    group = ''
    if i < n and spec[i] in ',_':
        group = spec[i]
        i += 1
    prec = None
    if i < n and spec[i] == '.':
        i += 1
        j = i
        while i < n and spec[i].isdigit():
            i += 1
        if i == j:
            raise ValueError("invalid format string")
        prec = int(spec[j:i])
    typ = None
    if i < n:
        typ = spec[i]
        i += 1
    if i != n or (typ is not None and typ not in 'eEfFgGn%'):
        raise ValueError("invalid format string")
    if alt or group == '_':
        raise ValueError("invalid format string")
    if zero:
        if fill is None:
            fill = '0'
            zero = 2   # implied fill: infinities and NaNs are padded with spaces instead
        if align is None:
            align = '='
    if fill is None:
        fill = ' '
    if align is None:
        align = '>'
    if typ == 'n' and group:
        raise ValueError("invalid format string")
    return fill, align, sign, z, alt, zero, width, group, prec, typ


def _group(intpart, sep, minwidth):
    # insert sep every three digits from the right; pad with zeros up to minwidth
    out = []
    s = intpart
    while True:
        chunk = s[-3:]
        s = s[:-3]
        if not s and minwidth > 0 and len(chunk) < 3:
            need = minwidth - (sum(len(x) + 1 for x in out) + len(chunk))
            if need > 0:
                chunk = '0' * min(3 - len(chunk), need) + chunk
        out.append(chunk)
        used = sum(len(x) for x in out) + len(out) - 1
        if s:
            continue
        if used >= minwidth:
            break
        # more zero groups needed
        rest = minwidth - used - 1
        if rest <= 0:
            out.append('0' if rest == 0 else '')
            if rest < 0:
                out.pop()
            break
        s = '0' * min(3, rest)
    return sep.join(reversed(out))


def _format(d, spec):
    if not isinstance(spec, str):
        raise TypeError("format spec must be a string")
    fill, align, signopt, z, alt, zero, width, group, prec, typ = _parse_spec(spec)
    ctx = getcontext()
    neg = d._sign
    if d._kind:
        body = 'Infinity' if d._kind == 1 else ('NaN' if d._kind == 2 else 'sNaN')
        if d._kind >= 2 and d._int:
            body += str(d._int)
        if typ == '%':
            body += '%'
        intpart, frac, expo = body, '', ''
        if zero == 2:
            fill = ' '
            if align == '=':
                align = '>'
    else:
        c, e = d._int, d._exp
        if typ == '%':
            e += 2
        mode = ctx._rounding
        if typ in ('e', 'E'):
            if c == 0:
                # a zero keeps its quantum: 0 with '.2e' is 0.00e+2
                P = prec or 0
                intpart = '0'
                frac = '0' * P
                ex = e + P
            else:
                if prec is not None:
                    n = _nd(c)
                    if n > prec + 1:
                        c, e = _round_sig(neg, c, e, prec + 1, mode)
                    elif n < prec + 1:
                        k = prec + 1 - n
                        c *= _pow10(k)
                        e -= k
                digits = str(c)
                intpart = digits[0]
                frac = digits[1:]
                ex = e + len(digits) - 1
            if frac:
                frac = '.' + frac
            expo = ('E' if typ == 'E' else 'e') + '%+d' % ex
        else:
            if prec is not None:
                if typ in ('f', 'F', '%'):
                    if e < -prec:
                        c, _ = _round_int(c, -prec - e, neg, mode)
                        e = -prec
                    elif e > -prec:
                        c *= _pow10(e + prec)
                        e = -prec
                else:
                    p = prec if prec > 0 else 1
                    c, e = _round_sig(neg, c, e, p, mode)
            digits = str(c)
            left = e + len(digits)
            if typ in ('f', 'F', '%'):
                dot = left
            elif e <= 0 and left > -6:
                dot = left
            else:
                dot = 1
            if dot <= 0:
                intpart = '0'
                frac = '0' * -dot + digits
            elif dot >= len(digits):
                intpart = digits + '0' * (dot - len(digits)) if c else '0'
                frac = ''
            else:
                intpart = digits[:dot]
                frac = digits[dot:]
            if frac:
                frac = '.' + frac
            if left == dot:
                expo = ''
            else:
                if typ == 'G' or (typ is None and ctx._capitals):
                    ch = 'E'
                else:
                    ch = 'e'
                expo = ch + '%+d' % (left - dot)
        if typ == '%':
            expo += '%'
        if z and neg and c == 0:
            neg = 0
    sign = '-' if neg else ('+' if signopt == '+' else (' ' if signopt == ' ' else ''))
    if group and not d._kind:
        minw = 0
        if zero and align == '=' and fill == '0':
            minw = width - len(sign) - len(frac) - len(expo)
        intpart = _group(intpart, group, minw)
    body = intpart + frac + expo
    pad = width - len(sign) - len(body)
    if pad <= 0:
        return sign + body
    if align == '<':
        return sign + body + fill * pad
    if align == '>':
        return fill * pad + sign + body
    if align == '=':
        return sign + fill * pad + body
    half = pad // 2
    return fill * half + sign + body + fill * (pad - half)


# ---------------------------------------------------------------------------------------------
# Context's arithmetic methods: operands are Decimals or ints, computed in that context.

def _context_methods():
    # The argument checks of CPython's C methods: the one-operand ones (METH_O) name the
    # method, the two-operand ones (METH_VARARGS) do not; neither takes keywords.
    def one_operand(name, args, kw):
        if kw:
            raise TypeError("Context.%s() takes no keyword arguments" % name)
        if len(args) != 1:
            raise TypeError("Context.%s() takes exactly one argument (%d given)"
                            % (name, len(args)))
        return args[0]

    def unary(name, meth):
        def f(self, *args, **kw):
            a = one_operand(name, args, kw)
            return getattr(_conv_strict(a), meth)(context=self)
        f.__name__ = f.__qualname__ = name
        return f

    def plain(name):
        def f(self, *args, **kw):
            a = one_operand(name, args, kw)
            return getattr(_conv_strict(a), name)()
        f.__name__ = f.__qualname__ = name
        return f

    def binary(name, meth):
        def f(self, *args, **kw):
            if kw:
                raise TypeError("%s() takes no keyword arguments" % name)
            if len(args) != 2:
                raise TypeError("function takes exactly 2 arguments (%d given)" % len(args))
            return getattr(_conv_strict(args[0]), meth)(args[1], context=self)
        f.__name__ = f.__qualname__ = name
        return f

    for name, meth in [('abs', '__abs__'), ('minus', '__neg__'), ('plus', '__pos__'),
                       ('exp', 'exp'), ('ln', 'ln'), ('log10', 'log10'), ('logb', 'logb'),
                       ('normalize', 'normalize'), ('reduce', 'normalize'), ('sqrt', 'sqrt'),
                       ('next_plus', 'next_plus'), ('next_minus', 'next_minus'),
                       ('number_class', 'number_class'), ('to_integral', 'to_integral_value'),
                       ('to_integral_value', 'to_integral_value'),
                       ('to_integral_exact', 'to_integral_exact'), ('is_normal', 'is_normal'),
                       ('is_subnormal', 'is_subnormal'), ('logical_invert', 'logical_invert'),
                       ('to_eng_string', 'to_eng_string')]:
        setattr(Context, name, unary(name, meth))
    for name in ['copy_abs', 'copy_negate', 'is_canonical', 'is_finite', 'is_infinite',
                 'is_nan', 'is_qnan', 'is_signed', 'is_snan', 'is_zero', 'canonical']:
        setattr(Context, name, plain(name))
    for name, meth in [('add', 'add'), ('subtract', 'subtract'), ('multiply', 'multiply'),
                       ('divide', 'divide'), ('divide_int', 'divide_int'),
                       ('remainder', 'remainder'), ('remainder_near', 'remainder_near'),
                       ('divmod', '__divmod__'), ('compare', 'compare'),
                       ('compare_signal', 'compare_signal'), ('compare_total', 'compare_total'),
                       ('compare_total_mag', 'compare_total_mag'), ('max', 'max'),
                       ('min', 'min'), ('max_mag', 'max_mag'), ('min_mag', 'min_mag'),
                       ('quantize', 'quantize'), ('same_quantum', 'same_quantum'),
                       ('scaleb', 'scaleb'), ('copy_sign', 'copy_sign'),
                       ('next_toward', 'next_toward'), ('logical_and', 'logical_and'),
                       ('logical_or', 'logical_or'), ('logical_xor', 'logical_xor'),
                       ('shift', 'shift'), ('rotate', 'rotate')]:
        setattr(Context, name, binary(name, meth))

    def divmod_(self, a, b):
        return _conv_strict(a).__divmod__(_conv_strict(b), context=self)

    def power(self, a, b, modulo=None):
        return _conv_strict(a).__pow__(_conv_strict(b), modulo, context=self)

    def fma(self, a, b, c):
        return _conv_strict(a).fma(b, c, context=self)

    def to_sci_string(self, a):
        return _conv_strict(a).__str__(context=self)

    def copy_decimal(self, a):
        return Decimal(_conv_strict(a))

    Context.divmod = divmod_
    Context.power = power
    Context.fma = fma
    Context.to_sci_string = to_sci_string
    Context.copy_decimal = copy_decimal


_context_methods()


# ---------------------------------------------------------------------------------------------
# Module state.

_HASH_MOD = _sys.hash_info.modulus
_INV10 = pow(10, _HASH_MOD - 2, _HASH_MOD)


class DecimalTuple(tuple):
    """DecimalTuple(sign, digits, exponent)"""
    __slots__ = ()
    _fields = ('sign', 'digits', 'exponent')

    def __new__(cls, sign, digits, exponent):
        return tuple.__new__(cls, (sign, digits, exponent))

    sign = property(lambda self: self[0], doc='Alias for field number 0')
    digits = property(lambda self: self[1], doc='Alias for field number 1')
    exponent = property(lambda self: self[2], doc='Alias for field number 2')

    def __repr__(self):
        return 'DecimalTuple(sign=%r, digits=%r, exponent=%r)' % self

    def _asdict(self):
        return {'sign': self[0], 'digits': self[1], 'exponent': self[2]}

    def _replace(self, **kw):
        v = self._asdict()
        v.update(kw)
        return DecimalTuple(v['sign'], v['digits'], v['exponent'])

    def __getnewargs__(self):
        return tuple(self)


_NaN = _dec(0, 0, 0, 2)
_Inf = _dec(0, 0, 0, 1)
_NegInf = _dec(1, 0, 0, 1)

DefaultContext = Context(prec=28, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                         capitals=1, clamp=0, flags=[],
                         traps=[DivisionByZero, Overflow, InvalidOperation])
BasicContext = Context(prec=9, rounding=ROUND_HALF_UP, Emin=-999999, Emax=999999, capitals=1,
                       clamp=0, flags=[],
                       traps=[DivisionByZero, Overflow, InvalidOperation, Clamped, Underflow])
ExtendedContext = Context(prec=9, rounding=ROUND_HALF_EVEN, Emin=-999999, Emax=999999,
                          capitals=1, clamp=0, flags=[], traps=[])
_default_made = True
# str() inside float(): capitals do not matter, any context will do
_ExtendedContextForStr = ExtendedContext


def _register_numbers():
    # numbers is imported only if already loaded: isinstance(d, numbers.Number) then works
    m = _sys.modules.get('numbers')
    if m is not None:
        m.Number.register(Decimal)


_register_numbers()


def _accelerate():
    # pygen's native fast paths (src/modules/decimal/decimal_accel.cpp) take over +, -, *, /,
    # comparisons, hash, quantize, str, fixed-point format() and Decimal(int or numeric str)
    # for finite operands of up to 38 digits whose results raise no rare condition; every
    # other case still runs the methods above.
    try:
        import _decimal_accel
    except ImportError:
        return
    if _current is not None:
        _decimal_accel.install(Decimal, Context, _current, _ROUNDINGS)


_accelerate()
