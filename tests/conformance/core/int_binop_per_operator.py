# The per-operator int handlers (* & | ^ % // >> and their in-place forms) give the general
# results at the 64-bit edges, for zero divisors and negative shifts, bools and int subclasses,
# after the sites have specialized (40 rounds).
import sys
vals = [0, 1, -1, 2, -2, 3, 7, -7, 12, 255, -256, 10**6, -10**6, 2**31, -2**31, 2**62, -2**62, 2**63 - 1, -2**63, 2**64, -2**64 - 3]
def run():
    out = []
    for a in vals:
        for b in vals:
            row = [a * b, a & b, a | b, a ^ b]
            for op in (lambda x, y: x % y, lambda x, y: x // y, lambda x, y: x >> y):
                try:
                    row.append(op(a, b))
                except (ZeroDivisionError, ValueError, OverflowError) as e:
                    row.append(type(e).__name__ + ":" + str(e))
            x = a
            x *= b; row.append(x)
            x = a
            x %= (b or 1); row.append(x)
            x = a
            x //= (b or 1); row.append(x)
            x = a
            x >>= (b if 0 <= b < 200 else 3); row.append(x)
            x = a; x &= b; x |= 5; x ^= b; row.append(x)
            out.append(repr(row))
    return out
first = run()
for _ in range(40):
    assert run() == first
import zlib; print(zlib.crc32("".join(first).encode()), len(first))
print(True * 3, True & 5, False | 2, 7 // True, 5 % True, -9 >> 1, 3 * -0)
class I(int): pass
print(type(I(6) * 2).__name__, I(6) & 3, I(7) % 4, I(9) // 2, I(8) >> 1)
for _ in range(30):
    r = [i * i % 7 for i in range(-5, 5)]
print(r, 10 ** 20 // 3, (10 ** 20) % 7, (2 ** 70) >> 65, -(2 ** 70) >> 65)
