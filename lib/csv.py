# csv: the Python half of the csv module. The reader, writer, Dialect checking, the dialect
# registry, field_size_limit and csv.Error are C++ (_csv, src/modules/csv/csv_module.cpp); here
# are the Dialect classes (excel, excel-tab, unix), DictReader, DictWriter and Sniffer.
# CPython counterpart: Lib/csv.py over Modules/_csv.c (written here from the docs).

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel",
           "excel_tab", "unix_dialect", "reader", "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "field_size_limit", "DictReader", "DictWriter", "Sniffer", "__doc__",
           "__version__"]

import re
from _csv import (Error, __version__, writer, reader, register_dialect, unregister_dialect, get_dialect,
                  list_dialects, field_size_limit, QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE)
from _csv import Dialect as _Dialect


class Dialect:
    """Describe a CSV dialect."""
    _name = ""
    _valid = False
    delimiter = None
    quotechar = None
    escapechar = None
    doublequote = None
    skipinitialspace = None
    lineterminator = None
    quoting = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        self._validate()

    def _validate(self):
        # _csv.Dialect checks the parameters; its TypeError becomes csv.Error, as in CPython.
        try:
            _Dialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\r\n'
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = '\t'


class unix_dialect(Dialect):
    delimiter = ','
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = '\n'
    quoting = QUOTE_ALL


# The three built-in names, registered as _csv's registry expects dialect objects.
for _label, _dialect_class in (("excel", excel), ("excel-tab", excel_tab), ("unix", unix_dialect)):
    register_dialect(_label, _dialect_class)
del _label, _dialect_class


# ---- Dict reader / writer ---------------------------------------------------------------------

class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    @fieldnames.setter
    def fieldnames(self, value):
        self._fieldnames = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        d = dict(zip(self.fieldnames, row))
        lf = len(self.fieldnames)
        lr = len(row)
        if lf < lr:
            d[self.restkey] = row[lf:]
        elif lf > lr:
            for key in self.fieldnames[lr:]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        if fieldnames is not None and iter(fieldnames) is fieldnames:
            fieldnames = list(fieldnames)
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        header = dict(zip(self.fieldnames, self.fieldnames))
        return self.writerow(header)

    def _dict_to_list(self, rowdict):
        if self.extrasaction == "raise":
            wrong_fields = rowdict.keys() - self.fieldnames
            if wrong_fields:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong_fields]))
        return (rowdict.get(key, self.restval) for key in self.fieldnames)

    def writerow(self, rowdict):
        return self.writer.writerow(self._dict_to_list(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(map(self._dict_to_list, rowdicts))


class Sniffer:
    """Guesses a dialect (delimiter, quotechar) and whether a sample has a header row."""

    def __init__(self):
        self.preferred = [',', '\t', ';', ' ', ':']

    def sniff(self, sample, delimiters=None):
        """A Dialect subclass for the sample: quote character and delimiter from quoted fields
        when there are some, else the delimiter from how evenly characters recur per line."""
        # Records end at \r\n, \r or \n alike.
        sample = '\n'.join(sample.replace('\r\n', '\n').split('\r'))
        quotechar, doublequote, delimiter, skipinitialspace = self._guess_quote_and_delimiter(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._guess_delimiter(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        settings = {"_name": "sniffed", "lineterminator": "\r\n", "quoting": QUOTE_MINIMAL,
                    "doublequote": doublequote, "delimiter": delimiter,
                    "quotechar": quotechar if quotechar else '"', "skipinitialspace": skipinitialspace}
        return type("dialect", (Dialect,), settings)

    # A quoted field's text: up to the first quote that is not doubled (possessive, so a sample
    # full of quotes is scanned once, not from every start).
    _QUOTED_BODY = r'(?:(?P=quote){2}|(?!(?P=quote)).)*+'
    # Quoted fields, tried in this order: between two delimiters, at a line start before a
    # delimiter, after a delimiter at a line end, and alone on a line.
    _QUOTED_FIELD_PATTERNS = (
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\'])' + _QUOTED_BODY + r'(?P=quote)(?P=delim)',
        r'(?:^|\n)(?P<quote>["\'])' + _QUOTED_BODY + r'(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\'])' + _QUOTED_BODY + r'(?P=quote)(?:$|\n)',
        r'(?:^|\n)(?P<quote>["\'])' + _QUOTED_BODY + r'(?P=quote)(?:$|\n)',
    )

    def _guess_quote_and_delimiter(self, data, delimiters):
        """(quotechar, doublequote, delimiter, skipinitialspace) from the sample's quoted
        fields; ('', False, None, 0) when it has none."""
        for pattern in self._QUOTED_FIELD_PATTERNS:
            regex = re.compile(pattern, re.DOTALL | re.MULTILINE)
            found = regex.findall(data)
            if found:
                break
        else:
            return ('', False, None, 0)
        group = regex.groupindex
        quote_counts = {}
        delim_counts = {}
        spaced = 0
        for match in found:
            quote = match[group['quote'] - 1]
            if quote:
                quote_counts[quote] = quote_counts.get(quote, 0) + 1
            if 'delim' not in group:
                continue
            delim = match[group['delim'] - 1]
            if delim and (delimiters is None or delim in delimiters):
                delim_counts[delim] = delim_counts.get(delim, 0) + 1
            if 'space' in group and match[group['space'] - 1]:
                spaced += 1
        quotechar = max(quote_counts, key=quote_counts.get)
        if delim_counts:
            delim = max(delim_counts, key=delim_counts.get)
            skipinitialspace = delim_counts[delim] == spaced
            if delim == '\n':   # a field alone on its line says nothing of the delimiter
                delim = ''
        else:
            delim = ''
            skipinitialspace = 0
        # Quotes are doubled when a whole quoted field (from a delimiter or line start to a
        # delimiter or line end) holds a pair of them.
        doublequote = False
        if delim:
            q = quotechar
            blanks = ' *+' if delim != ' ' else ''
            field = re.compile(r"(?:(?<=%s)|^)%s%s((?:%s%s|[^%s]++)*+)%s(?:%s|$)"
                               % (re.escape(delim), blanks, q, q, q, q, q, re.escape(delim)), re.MULTILINE)
            doublequote = any(q * 2 in m.group(1) for m in field.finditer(data))
        return quotechar, doublequote, delim, skipinitialspace

    def _guess_delimiter(self, data, delimiters):
        """(delimiter, skipinitialspace) from how often each ASCII character occurs per line:
        the character with the most consistent non-zero count, looking at ten more lines at a
        time until one stands out; ('', 0) when none does."""
        lines = [line for line in data.split('\n') if line]
        chunk = min(10, len(lines))
        histograms = {}   # char -> {count per line: number of lines}
        modes = {}
        found = {}
        rounds = 0
        start, end = 0, chunk

        def skips_space(delim):
            return lines[0].count(delim) == lines[0].count(delim + ' ')

        while start < len(lines):
            rounds += 1
            for line in lines[start:end]:
                for code in range(127):
                    char = chr(code)
                    histogram = histograms.setdefault(char, {})
                    n = line.count(char)
                    histogram[n] = histogram.get(n, 0) + 1
            for char, histogram in histograms.items():
                entries = list(histogram.items())
                if len(entries) == 1 and entries[0][0] == 0:
                    continue
                if len(entries) > 1:
                    top = max(entries, key=lambda entry: entry[1])
                    others = sum(entry[1] for entry in entries if entry is not top)
                    modes[char] = (top[0], top[1] - others)
                else:
                    modes[char] = entries[0]
            seen = float(min(chunk * rounds, len(lines)))
            wanted = 1.0
            while not found and wanted >= 0.9:
                for char, (count, lines_with_it) in modes.items():
                    if count > 0 and lines_with_it > 0 and lines_with_it / seen >= wanted and \
                            (delimiters is None or char in delimiters):
                        found[char] = (count, lines_with_it)
                wanted -= 0.01
            if len(found) == 1:
                delim = next(iter(found))
                return (delim, skips_space(delim))
            start = end
            end += chunk
        if not found:
            return ('', 0)
        if len(found) > 1:
            for delim in self.preferred:
                if delim in found:
                    return (delim, skips_space(delim))
        delim = max((mode, char) for char, mode in found.items())[1]
        return (delim, skips_space(delim))

    def has_header(self, sample):
        rdr = reader(sample.splitlines(), self.sniff(sample))
        header = next(rdr)
        columns = len(header)
        column_types = {}
        for i in range(columns):
            column_types[i] = None
        checked = 0
        for row in rdr:
            if checked > 20:
                break
            checked += 1
            if len(row) != columns:
                continue
            for col in list(column_types.keys()):
                thisType = complex
                try:
                    thisType(row[col])
                except (ValueError, OverflowError):
                    thisType = len(row[col])
                if thisType != column_types[col]:
                    if column_types[col] is None:
                        column_types[col] = thisType
                    else:
                        del column_types[col]
        has_header = 0
        for col, colType in column_types.items():
            if isinstance(colType, int):
                if len(header[col]) != colType:
                    has_header += 1
                else:
                    has_header -= 1
            else:
                try:
                    colType(header[col])
                except (ValueError, TypeError):
                    has_header += 1
                else:
                    has_header -= 1
        return has_header > 0
