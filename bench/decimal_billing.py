# decimal_billing: call-billing arithmetic on decimal.Decimal, as a telephone company's rating
# does: price = rate * seconds rounded half-even to cents, two taxes rounded down, running totals,
# and each line formatted; the checksum is the three totals and the line count.
import sys
from decimal import ROUND_DOWN, ROUND_HALF_EVEN, Decimal, getcontext

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 400000


def main():
    getcontext().rounding = ROUND_DOWN
    rates = [Decimal("0.0013"), Decimal("0.00894")]
    cents = Decimal("0.01")
    basic_tax = Decimal("0.0675")
    dist_tax = Decimal("0.0341")
    total = basic = dist = Decimal(0)
    seed = 12345
    lines = 0
    width = 0
    for _ in range(SIZE):
        seed = (seed * 1103515245 + 12345) % 2147483648
        seconds = seed % 7200 + 1
        long_distance = seed >> 30 & 1
        price = (rates[long_distance] * Decimal(seconds)).quantize(cents, rounding=ROUND_HALF_EVEN)
        tax = (price * basic_tax).quantize(cents, rounding=ROUND_DOWN)
        basic += tax
        line_total = price + tax
        if long_distance:
            d = (price * dist_tax).quantize(cents, rounding=ROUND_DOWN)
            dist += d
            line_total += d
        total += line_total
        width += len("%s" % line_total)
        lines += 1
    print(total, basic, dist, lines, width)


main()
