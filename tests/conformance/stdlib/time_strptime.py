# time.strptime: the default format, directives, %j/%U/%W/%G-%V computations, 12-hour clock,
# %Z (UTC/GMT) and %z, and the errors for bad data and bad arguments.
import time

print(time.strptime('Thu Feb 29 13:05:06 2024'))
print(time.strptime('2024-02-29 13:05:06', '%Y-%m-%d %H:%M:%S'))
print(time.strptime('29/02/24', '%d/%m/%y')[:3], time.strptime('01/01/69', '%d/%m/%y')[0])
print(time.strptime('2023 100', '%Y %j')[:3], time.strptime('2024 10 3', '%Y %U %w')[:3],
      time.strptime('2024 10 3', '%Y %W %w')[:3], time.strptime('2024 10 3', '%G %V %u')[:3])
print(time.strptime('12:30:00 AM', '%I:%M:%S %p')[3], time.strptime('12:30 pm', '%I:%M %p')[3],
      time.strptime('1 PM', '%I %p')[3])
print(time.strptime('March 5 2020', '%B %d %Y')[:3], time.strptime('mar 5', '%b %d')[:3],
      time.strptime('Feb 29', '%b %d')[:3])
print(time.strptime('2024 UTC', '%Y %Z'), time.strptime('2024 gmt', '%Y %Z').tm_isdst)
print(time.strptime('2024 +0130', '%Y %z')[:9], time.strptime(' 5', '%d').tm_mday)
print(time.strptime('%2024', '%%%Y').tm_year, time.strptime('1\t 2', '%m %d')[:3])
for args in [('2024', '%d'), ('2024-13-01', '%Y-%m-%d'), ('2024x', '%Y'), ('1', '%Q'),
             ('1', '%'), ('2024 5', '%G %u'), ('5', '%V'), ('2024 5 5 1', '%G %V %u %j')]:
    try:
        time.strptime(*args)
    except ValueError as e:
        print('ValueError', e)
for args in [(1,), ('x', None), ()]:
    try:
        time.strptime(*args)
    except TypeError as e:
        print('TypeError', e)
try:
    time.strptime('1', format='%d')
except TypeError as e:
    print('TypeError', e)
