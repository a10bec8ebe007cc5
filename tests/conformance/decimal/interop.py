# Decimal with fractions, statistics, copy, pickle, sum/max and %-formatting
from decimal import Decimal
from fractions import Fraction
import statistics, copy, pickle
print(Fraction(Decimal('1.25')), Fraction.from_decimal(Decimal('-0.375')), Fraction(1, 3) == Decimal('0.5'))
print(statistics.mean([Decimal('1.5'), Decimal('2.25'), Decimal('3')]), statistics.median([Decimal(1), Decimal(4)]))
print(copy.deepcopy(Decimal('1.10')), pickle.loads(pickle.dumps(Decimal('-1.5E+7'))), pickle.loads(pickle.dumps(Decimal('NaN'))))
print(sum([Decimal('0.1')] * 10), max([Decimal('1'), 2, 1.5]), '%s %r %.2f' % (Decimal('1.5'), Decimal('2'), Decimal('3.14159')))
