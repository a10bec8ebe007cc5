# Results too big for any machine fail at once with CPython's exception (#9 hostile programs):
# replace() sizes its result before building it (it grew a buffer towards a terabyte), a left
# shift is MemoryError up to CPython's largest int and OverflowError past it, and rounding an int
# to a huge negative number of digits gives 0 without computing 10**k (GMP aborted or crashed).


def attempt(label, f):
    try:
        r = f()
        print(label, 'ok', r if not hasattr(r, '__len__') else len(r))
    except Exception as e:
        print(label, type(e).__name__, e)


big = 1 << 20
attempt('str empty', lambda: ('a' * big).replace('', 'x' * big))
attempt('str empty count', lambda: ('a' * big).replace('', 'x' * big, 3))
attempt('str grow', lambda: ('a' * big).replace('a', 'x' * big))
attempt('str shrink', lambda: ('ab' * big).replace('ab', ''))
attempt('str small', lambda: 'abc'.replace('', '-'))
attempt('bytes empty', lambda: (b'a' * big).replace(b'', b'x' * big))
attempt('bytes grow', lambda: (b'a' * big).replace(b'a', b'x' * big))
attempt('bytes count', lambda: (b'a' * big).replace(b'a', b'x' * big, 2))
attempt('bytearray empty', lambda: bytearray(b'a' * big).replace(b'', b'x' * big))
attempt('bytearray small', lambda: bytearray(b'abc').replace(b'', b'-'))
print(b'abc'.replace(b'', b'-'), 'abc'.replace('', '-', 2), b'aaa'.replace(b'a', b'bb', -1))

# CPython: MemoryError while the result's 30-bit digit count fits its int, OverflowError beyond.
limit = 69175290276410818320
for a in (1, -5, 1 << 100):
    for s in (1 << 40, 1 << 62, 1 << 64, limit - 100, limit, limit + 1, 1 << 70, 1 << 200):
        attempt(f'shift {a.bit_length()} {s}', lambda: a << s)
attempt('shift small', lambda: (1 << 100) >> 90)

for x in (12345, -12345, 5 * 10 ** 50, -6 * 10 ** 50, 10 ** 400 + 1, 0):
    for nd in (-1, -5, -51, -52, -400, -402, -10 ** 4, -(1 << 20)):
        attempt(f'round {x % 997} {nd}', lambda: round(x, nd))
        attempt(f'__round__ {x % 997} {nd}', lambda: x.__round__(nd))
attempt('round bool', lambda: round(True, -10 ** 5))
