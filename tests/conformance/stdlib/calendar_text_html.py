# calendar: text and HTML months and years, the list forms, module helpers, names and errors.
import calendar

print(calendar.month(2024, 2), end='')
print(calendar.month(2023, 12, w=3, l=2), end='')
print(calendar.calendar(2024), end='')
print(calendar.TextCalendar(6).formatyear(1999, w=3, l=1, c=2, m=4), end='')
print(calendar.TextCalendar(firstweekday=2).formatmonth(2000, 2, w=9))
print(calendar.HTMLCalendar(firstweekday=6).formatmonth(2024, 3))
print(calendar.HTMLCalendar().formatyear(2021, width=4)[:600])
print(calendar.HTMLCalendar().formatyearpage(2020)[:400])
calendar.prmonth(2025, 1)
calendar.prcal(2026, m=2, c=3)
print(calendar.monthcalendar(2024, 9))
cal = calendar.Calendar(firstweekday=3)
print(cal.firstweekday, list(cal.iterweekdays()))
print(cal.monthdatescalendar(2024, 1)[0])
print(list(cal.itermonthdays2(2024, 1))[:9])
print(list(cal.itermonthdays3(1, 1))[:3], list(cal.itermonthdays4(9999, 12))[-3:])
print(len(cal.yeardatescalendar(2024, 2)), len(cal.yeardays2calendar(2024)[0]),
      cal.yeardayscalendar(2024, 4)[2][3][-1])
c2 = calendar.Calendar(9)
print(c2.firstweekday, c2.getfirstweekday(), list(c2.itermonthdays(2024, 6))[:4])
print(calendar.isleap(1900), calendar.isleap(2000), calendar.isleap(2024),
      calendar.leapdays(1900, 2100), calendar.leapdays(2000, 2001))
print(calendar.weekday(2024, 2, 29), calendar.weekday(-400, 1, 1), calendar.weekday(12000, 3, 1))
print(calendar.monthrange(2024, 2), calendar.monthrange(1900, 2), calendar.monthrange(2023, 12))
print(calendar.timegm((2024, 2, 29, 12, 30, 15)), calendar.timegm((1969, 12, 31, 23, 59, 59, 0)))
print(calendar.month_name[1], calendar.month_abbr[12], repr(calendar.month_name[0]),
      list(calendar.day_name), calendar.day_abbr[-1], len(calendar.month_name),
      calendar.month_name[2:4])
print(calendar.MONDAY, calendar.SUNDAY, calendar.firstweekday(), calendar.weekheader(2),
      calendar.weekheader(9), calendar.weekheader(1))
print(calendar.week([(1, 0), (2, 1), (0, 2)], 3))
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(3))
print(calendar.month(2024, 6), end='')
calendar.setfirstweekday(0)
print(calendar.formatstring(['a', 'bb', 'c'], 5, 2))
calendar.format(['x', 'y'])
print(calendar.LocaleTextCalendar(locale='C').formatmonth(2024, 4))
for f in (lambda: calendar.monthrange(2024, 13), lambda: calendar.monthrange(2024, 0),
          lambda: calendar.setfirstweekday(7), lambda: calendar.weekday(2024, 2, 30),
          lambda: calendar.setfirstweekday(-1)):
    try:
        f()
    except ValueError as e:
        print(type(e).__name__, e, isinstance(e, calendar.error))
e = calendar.IllegalMonthError(14)
print(e.month, repr(str(e)), calendar.IllegalWeekdayError(8).weekday)
