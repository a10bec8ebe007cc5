# calendar for pygen, written from the CPython 3.11 documentation.
#
# Month and year calendars as lists (Calendar), text (TextCalendar) and HTML (HTMLCalendar),
# plus the module-level helpers (isleap, leapdays, weekday, monthrange, timegm, ...). Weekdays
# are numbered from 0 (Monday) to 6 (Sunday). pygen runs in the C locale, so month and day
# names are English; the Locale* calendars accept a locale and use the same names.

import datetime
import sys
from itertools import chain, repeat

__all__ = ["IllegalMonthError", "IllegalWeekdayError", "setfirstweekday", "firstweekday",
           "isleap", "leapdays", "weekday", "monthrange", "monthcalendar", "prmonth", "month",
           "prcal", "calendar", "timegm", "month_name", "month_abbr", "day_name", "day_abbr",
           "Calendar", "TextCalendar", "HTMLCalendar", "LocaleTextCalendar",
           "LocaleHTMLCalendar", "weekheader", "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
           "FRIDAY", "SATURDAY", "SUNDAY"]

error = ValueError


class IllegalMonthError(ValueError):
    def __init__(self, month):
        self.month = month

    def __str__(self):
        return f"bad month number {self.month!r}; must be 1-12"


class IllegalWeekdayError(ValueError):
    def __init__(self, weekday):
        self.weekday = weekday

    def __str__(self):
        return f"bad weekday number {self.weekday!r}; must be 0 (Monday) to 6 (Sunday)"


January = 1
February = 2

# Days per month of a common year (index 0 unused, so mdays[month] reads naturally).
mdays = [0] + [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = range(7)

EPOCH = 1970
_EPOCH_ORD = datetime.date(EPOCH, 1, 1).toordinal()


class _Names:
    """A read-only sequence of names as strftime gives them (month_name, day_abbr, ...)."""

    def __init__(self, names):
        self._names = names

    def __getitem__(self, i):
        return self._names[i]

    def __len__(self):
        return len(self._names)


_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
           'September', 'October', 'November', 'December']
_DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']

day_name = _Names(_DAYS)
day_abbr = _Names([d[:3] for d in _DAYS])
month_name = _Names([''] + _MONTHS)
month_abbr = _Names([''] + [m[:3] for m in _MONTHS])


def isleap(year):
    """True for leap years of the Gregorian calendar."""
    if year % 400 == 0:
        return True
    return year % 4 == 0 and year % 100 != 0


def leapdays(y1, y2):
    """How many leap years there are in range(y1, y2)."""
    def before(y):          # leap years in 1..y-1 (a formula, also right for y <= 0)
        y -= 1
        return y // 4 - y // 100 + y // 400
    return before(y2) - before(y1)


def weekday(year, month, day):
    """Day of the week (0-6 ~ Mon-Sun) for year, month (1-12), day (1-31)."""
    if year < datetime.MINYEAR or year > datetime.MAXYEAR:
        year = 2000 + year % 400        # the Gregorian calendar repeats every 400 years
    return datetime.date(year, month, day).weekday()


def _days_in(year, month):
    if month == February and isleap(year):
        return 29
    return mdays[month]


def monthrange(year, month):
    """(weekday of the month's first day, number of days in the month)."""
    if month < 1 or month > 12:
        raise IllegalMonthError(month)
    return weekday(year, month, 1), _days_in(year, month)


def _chunks(items, size):
    return [items[i:i + size] for i in range(0, len(items), size)]


class Calendar(object):
    """Base calendar: the weeks of a month or year as lists, weeks starting on firstweekday."""

    def __init__(self, firstweekday=0):
        self.firstweekday = firstweekday

    def getfirstweekday(self):
        return self._firstweekday % 7

    def setfirstweekday(self, firstweekday):
        self._firstweekday = firstweekday

    firstweekday = property(getfirstweekday, setfirstweekday)

    def iterweekdays(self):
        """The weekday numbers of one week, starting with the first one."""
        first = self.firstweekday
        return ((first + k) % 7 for k in range(7))

    def _padding(self, year, month):
        """(days shown before the 1st, days in the month, days shown after the last)."""
        first, length = monthrange(year, month)
        lead = (first - self.firstweekday) % 7
        trail = -(lead + length) % 7
        return lead, length, trail

    def itermonthdays3(self, year, month):
        """(year, month, day) for every day of the weeks the month touches.

        Works on the whole range of years, even where datetime.date cannot go."""
        lead, length, trail = self._padding(year, month)
        py, pm = (year - 1, 12) if month == 1 else (year, month - 1)
        ny, nm = (year + 1, 1) if month == 12 else (year, month + 1)
        last_of_prev = _days_in(py, pm)
        for d in range(last_of_prev - lead + 1, last_of_prev + 1):
            yield py, pm, d
        for d in range(1, length + 1):
            yield year, month, d
        for d in range(1, trail + 1):
            yield ny, nm, d

    def itermonthdates(self, year, month):
        """datetime.date for every day of the weeks the month touches."""
        return (datetime.date(*ymd) for ymd in self.itermonthdays3(year, month))

    def itermonthdays(self, year, month):
        """Day numbers of the month's weeks, 0 for days of the months around it."""
        lead, length, trail = self._padding(year, month)
        return chain(repeat(0, lead), range(1, length + 1), repeat(0, trail))

    def itermonthdays2(self, year, month):
        """(day number or 0, weekday number) for the month's weeks."""
        first = self.firstweekday
        for k, day in enumerate(self.itermonthdays(year, month)):
            yield day, (first + k) % 7

    def itermonthdays4(self, year, month):
        """(year, month, day, weekday) for the month's weeks."""
        first = self.firstweekday
        for k, ymd in enumerate(self.itermonthdays3(year, month)):
            yield ymd + ((first + k) % 7,)

    def monthdatescalendar(self, year, month):
        return _chunks(list(self.itermonthdates(year, month)), 7)

    def monthdays2calendar(self, year, month):
        return _chunks(list(self.itermonthdays2(year, month)), 7)

    def monthdayscalendar(self, year, month):
        return _chunks(list(self.itermonthdays(year, month)), 7)

    def yeardatescalendar(self, year, width=3):
        return _chunks([self.monthdatescalendar(year, m) for m in range(1, 13)], width)

    def yeardays2calendar(self, year, width=3):
        return _chunks([self.monthdays2calendar(year, m) for m in range(1, 13)], width)

    def yeardayscalendar(self, year, width=3):
        return _chunks([self.monthdayscalendar(year, m) for m in range(1, 13)], width)


class TextCalendar(Calendar):
    """Calendars as plain text (what the cal program prints)."""

    def prweek(self, theweek, width):
        print(self.formatweek(theweek, width), end='')

    def formatday(self, day, weekday, width):
        return ('%2i' % day if day else '').center(width)

    def formatweek(self, theweek, width):
        return ' '.join([self.formatday(day, wd, width) for day, wd in theweek])

    def formatweekday(self, day, width):
        name = (day_name if width >= 9 else day_abbr)[day]
        return name[:width].center(width)

    def formatweekheader(self, width):
        return ' '.join([self.formatweekday(wd, width) for wd in self.iterweekdays()])

    def formatmonthname(self, theyear, themonth, width, withyear=True):
        title = month_name[themonth]
        if withyear:
            title += ' ' + repr(theyear)
        return title.center(width)

    def prmonth(self, theyear, themonth, w=0, l=0):
        print(self.formatmonth(theyear, themonth, w, l), end='')

    def formatmonth(self, theyear, themonth, w=0, l=0):
        w, l = max(2, w), max(1, l)
        rows = [self.formatmonthname(theyear, themonth, 7 * (w + 1) - 1),
                self.formatweekheader(w)]
        rows += [self.formatweek(wk, w) for wk in self.monthdays2calendar(theyear, themonth)]
        gap = '\n' * l
        return ''.join(row.rstrip() + gap for row in rows)

    def formatyear(self, theyear, w=2, l=1, c=6, m=3):
        w, l, c = max(2, w), max(1, l), max(2, c)
        colwidth = (w + 1) * 7 - 1
        gap = '\n' * l

        def line(cells):
            return formatstring(cells, colwidth, c).rstrip() + gap

        out = [repr(theyear).center(colwidth * m + c * (m - 1)).rstrip(), gap]
        for row_index, row in enumerate(self.yeardays2calendar(theyear, m)):
            months = range(row_index * m + 1, min(row_index * m + m, 12) + 1)
            out.append(gap)
            out.append(line([self.formatmonthname(theyear, k, colwidth, False)
                             for k in months]))
            out.append(line([self.formatweekheader(w)] * len(months)))
            for week_index in range(max(map(len, row))):
                out.append(line([self.formatweek(cal[week_index], w)
                                 if week_index < len(cal) else '' for cal in row]))
        return ''.join(out)

    def pryear(self, theyear, w=0, l=0, c=6, m=3):
        print(self.formatyear(theyear, w, l, c, m), end='')


class HTMLCalendar(Calendar):
    """Calendars as HTML tables; the CSS class names are attributes to override."""

    cssclasses = [d[:3].lower() for d in _DAYS]
    cssclasses_weekday_head = cssclasses
    cssclass_noday = "noday"
    cssclass_month_head = "month"
    cssclass_month = "month"
    cssclass_year_head = "year"
    cssclass_year = "year"

    def formatday(self, day, weekday):
        if not day:
            return f'<td class="{self.cssclass_noday}">&nbsp;</td>'
        return f'<td class="{self.cssclasses[weekday]}">{day}</td>'

    def formatweek(self, theweek):
        return '<tr>' + ''.join([self.formatday(d, wd) for d, wd in theweek]) + '</tr>'

    def formatweekday(self, day):
        return f'<th class="{self.cssclasses_weekday_head[day]}">{day_abbr[day]}</th>'

    def formatweekheader(self):
        return '<tr>' + ''.join([self.formatweekday(wd) for wd in self.iterweekdays()]) + '</tr>'

    def formatmonthname(self, theyear, themonth, withyear=True):
        title = month_name[themonth] + (f' {theyear}' if withyear else '')
        return f'<tr><th colspan="7" class="{self.cssclass_month_head}">{title}</th></tr>'

    def _table_open(self, css):
        return f'<table border="0" cellpadding="0" cellspacing="0" class="{css}">'

    def formatmonth(self, theyear, themonth, withyear=True):
        rows = [self._table_open(self.cssclass_month),
                self.formatmonthname(theyear, themonth, withyear=withyear),
                self.formatweekheader()]
        rows += [self.formatweek(wk) for wk in self.monthdays2calendar(theyear, themonth)]
        rows.append('</table>')
        return '\n'.join(rows) + '\n'

    def formatyear(self, theyear, width=3):
        width = max(width, 1)
        parts = [self._table_open(self.cssclass_year), '\n',
                 f'<tr><th colspan="{width}" class="{self.cssclass_year_head}">{theyear}</th></tr>']
        for first in range(1, 13, width):
            cells = ''.join('<td>%s</td>' % self.formatmonth(theyear, m, withyear=False)
                            for m in range(first, min(first + width, 13)))
            parts.append('<tr>' + cells + '</tr>')
        parts.append('</table>')
        return ''.join(parts)

    def formatyearpage(self, theyear, width=3, css='calendar.css', encoding=None):
        if encoding is None:
            encoding = sys.getdefaultencoding()
        page = [f'<?xml version="1.0" encoding="{encoding}"?>',
                '<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" '
                '"http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                '<html>', '<head>',
                f'<meta http-equiv="Content-Type" content="text/html; charset={encoding}" />']
        if css is not None:
            page.append(f'<link rel="stylesheet" type="text/css" href="{css}" />')
        page += ['<title>Calendar for %d</title>' % theyear, '</head>', '<body>',
                 self.formatyear(theyear, width) + '</body>', '</html>', '']
        return '\n'.join(page).encode(encoding, 'xmlcharrefreplace')


class different_locale:
    """Switch LC_TIME to a locale for a with block (only the C locale exists in pygen)."""

    def __init__(self, locale):
        self.locale = locale

    def __enter__(self):
        import locale
        self.oldlocale = locale.getlocale(locale.LC_TIME)
        locale.setlocale(locale.LC_TIME, self.locale)

    def __exit__(self, *exc):
        import locale
        locale.setlocale(locale.LC_TIME, self.oldlocale)


class LocaleTextCalendar(TextCalendar):
    """TextCalendar with the month and day names of a locale (pygen: the C locale's)."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = locale


class LocaleHTMLCalendar(HTMLCalendar):
    """HTMLCalendar with the month and day names of a locale (pygen: the C locale's)."""

    def __init__(self, firstweekday=0, locale=None):
        super().__init__(firstweekday)
        self.locale = locale


# The module-level functions are methods of one shared TextCalendar.
c = TextCalendar()
firstweekday = c.getfirstweekday


def setfirstweekday(firstweekday):
    # Compared, not looked up: a non-number is the comparison's TypeError, as in CPython.
    if not MONDAY <= firstweekday <= SUNDAY:
        raise IllegalWeekdayError(firstweekday)
    c.firstweekday = firstweekday


monthcalendar = c.monthdayscalendar
prweek = c.prweek
week = c.formatweek
weekheader = c.formatweekheader
prmonth = c.prmonth
month = c.formatmonth
calendar = c.formatyear
prcal = c.pryear

_colwidth = 7 * 3 - 1
_spacing = 6


def format(cols, colwidth=_colwidth, spacing=_spacing):
    """Print the strings of cols centred in columns of colwidth, spacing apart."""
    print(formatstring(cols, colwidth, spacing))


def formatstring(cols, colwidth=_colwidth, spacing=_spacing):
    """The strings of cols centred in columns of colwidth, spacing apart."""
    return (' ' * spacing).join([col.center(colwidth) for col in cols])


def timegm(tuple):
    """Seconds since the epoch for a UTC time tuple: the inverse of time.gmtime()."""
    y, mo, d, h, mi, sec = tuple[:6]
    day_number = datetime.date(y, mo, 1).toordinal() + d - 1 - _EPOCH_ORD
    return ((day_number * 24 + h) * 60 + mi) * 60 + sec


def main(args=None):
    """python -m calendar [-w W] [-l L] [-s S] [-m M] [-t text|html] [year [month]]."""
    import argparse
    ap = argparse.ArgumentParser()
    text_opts = ap.add_argument_group('text only arguments')
    html_opts = ap.add_argument_group('html only arguments')
    for flags, dest, default, doc in (
            (('-w', '--width'), 'width', 2, 'width of date column (default 2)'),
            (('-l', '--lines'), 'lines', 1, 'number of lines for each week (default 1)'),
            (('-s', '--spacing'), 'spacing', 6, 'spacing between months (default 6)'),
            (('-m', '--months'), 'months', 3, 'months per row (default 3)')):
        text_opts.add_argument(*flags, dest=dest, type=int, default=default, help=doc)
    html_opts.add_argument('-c', '--css', default='calendar.css', help='CSS to use for page')
    ap.add_argument('-L', '--locale', default=None,
                    help='locale to use for month and weekday names')
    ap.add_argument('-e', '--encoding', default=None, help='encoding to use for output')
    ap.add_argument('-t', '--type', default='text', choices=('text', 'html'),
                    help='output type (text or html)')
    ap.add_argument('year', nargs='?', type=int, help='year number (1-9999)')
    ap.add_argument('month', nargs='?', type=int, help='month number (1-12, text only)')
    opts = ap.parse_args(args)
    if opts.locale and not opts.encoding:
        ap.error('if --locale is specified --encoding is required')
    year = datetime.date.today().year if opts.year is None else opts.year
    if opts.type == 'html':
        if opts.month is not None:
            ap.error('incorrect number of arguments')
        cal = LocaleHTMLCalendar(locale=opts.locale) if opts.locale else HTMLCalendar()
        page = cal.formatyearpage(year, css=opts.css,
                                  encoding=opts.encoding or sys.getdefaultencoding())
        sys.stdout.write(page.decode(opts.encoding or sys.getdefaultencoding()))
        return
    cal = LocaleTextCalendar(locale=opts.locale) if opts.locale else TextCalendar()
    if opts.month is None:
        text = cal.formatyear(year, opts.width, opts.lines, opts.spacing, opts.months)
    else:
        text = cal.formatmonth(year, opts.month, opts.width, opts.lines)
    print(text, end='')


if __name__ == "__main__":
    main()
