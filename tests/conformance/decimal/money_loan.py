# a realistic program: loan amortization in cents with ROUND_HALF_UP, sums, grouping, 60 digits
from decimal import Decimal, ROUND_HALF_UP, getcontext, localcontext
CENT = Decimal('0.01')
def amortize(principal, annual_rate, months):
    r = annual_rate / 12 / 100
    pay = (principal * r / (1 - (1 + r) ** -months)).quantize(CENT, ROUND_HALF_UP)
    bal = principal
    tot_int = Decimal(0)
    for m in range(1, months + 1):
        interest = (bal * r).quantize(CENT, ROUND_HALF_UP)
        princ = pay - interest
        if m == months:
            princ = bal
            pay = princ + interest
        bal -= princ
        tot_int += interest
    return pay, tot_int, bal
for p, rate, n in [('250000', '6.5', 360), ('18000.50', '3.9', 60), ('999.99', '19.99', 12)]:
    print(p, rate, n, *amortize(Decimal(p), Decimal(rate), n))
prices = [Decimal(i) / 7 for i in range(1, 2000)]
print(sum(prices), sum(x.quantize(CENT, ROUND_HALF_UP) for x in prices))
print(f"{sum(prices):,.2f}", f"{Decimal('1234.5'):>12,.2f}")
with localcontext(prec=60):
    print(Decimal(2).sqrt(), Decimal(1).exp(), Decimal(10).ln())
