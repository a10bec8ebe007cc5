# csv: reader/writer with dialects (excel, excel-tab, unix), the quoting modes, DictReader and
# DictWriter, Sniffer's basic has_header/sniff, field_size_limit and csv.Error messages as
# CPython's. CPython counterpart: Modules/_csv.c and Lib/csv.py (written here from the docs).

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel",
           "excel_tab", "unix_dialect", "reader", "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "field_size_limit", "DictReader", "DictWriter", "Sniffer", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_field_limit = 128 * 1024


class Error(Exception):
    pass


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
    strict = None

    def __init__(self):
        if self.__class__ != Dialect:
            self._valid = True
        _Dialect(self)


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


class _Dialect:
    """The checked, complete set of parameters a reader or writer works with."""

    def __init__(self, dialect=None, **kwargs):
        def get(name, default):
            if name in kwargs:
                return kwargs[name]
            if dialect is not None and getattr(dialect, name, None) is not None:
                return getattr(dialect, name)
            return default
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        self.delimiter = get('delimiter', ',')
        self.quotechar = get('quotechar', '"')
        self.escapechar = get('escapechar', None)
        self.doublequote = bool(get('doublequote', True))
        self.skipinitialspace = bool(get('skipinitialspace', False))
        self.lineterminator = get('lineterminator', '\r\n')
        self.quoting = get('quoting', QUOTE_MINIMAL)
        self.strict = bool(get('strict', False))
        if not isinstance(self.delimiter, str):
            raise TypeError('"delimiter" must be string, not %s' % type(self.delimiter).__name__)
        if len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quotechar is not None and (not isinstance(self.quotechar, str) or len(self.quotechar) != 1):
            if isinstance(self.quotechar, str):
                raise TypeError('"quotechar" must be a 1-character string')
            raise TypeError('"quotechar" must be string or None, not %s' % type(self.quotechar).__name__)
        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError('quotechar must be set if quoting enabled')
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')


_dialects = {'excel': excel, 'excel-tab': excel_tab, 'unix': unix_dialect}


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    d = _Dialect(dialect, **fmtparams)
    _dialects[name] = d


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    try:
        return _dialects[name]
    except (KeyError, TypeError):
        raise Error("unknown dialect")


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    global _field_limit
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit = args[0]
    return old


# ---- Reading ----------------------------------------------------------------------------------

class _Reader:
    def __init__(self, f, dialect='excel', **kwargs):
        self._iter = iter(f)
        self.dialect = _Dialect(dialect, **kwargs)
        self.line_num = 0

    def __iter__(self):
        return self

    def __next__(self):
        d = self.dialect
        fields = []
        field = []
        state = 'start'       # start of field, in field, in quoted field, quote in quoted, escape...
        quoted_field = False
        while True:
            try:
                line = next(self._iter)
            except StopIteration:
                if state in ('start',) and not fields and not field:
                    raise
                if state == 'quoted' or state == 'quoted_escape':
                    if d.strict:
                        raise Error("unexpected end of data")
                fields.append(self._finish(field, quoted_field))
                return fields
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %.200s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            if '\0' in line:
                raise Error("line contains NUL")
            i, n = 0, len(line)
            while i < n:
                c = line[i]
                if state == 'start':
                    quoted_field = False
                    if c in '\r\n':
                        # end of record
                        if fields or field:
                            fields.append(self._finish(field, quoted_field))
                        return fields if fields else []
                    if c == d.quotechar and d.quoting != QUOTE_NONE:
                        state = 'quoted'
                        quoted_field = True
                    elif c == d.escapechar:
                        state = 'escape'
                    elif c == ' ' and d.skipinitialspace:
                        pass
                    elif c == d.delimiter:
                        fields.append(self._finish(field, False))
                        field = []
                    else:
                        field.append(c)
                        state = 'field'
                elif state == 'field':
                    if c in '\r\n':
                        fields.append(self._finish(field, quoted_field))
                        return fields
                    if c == d.escapechar:
                        state = 'escape'
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted_field))
                        field = []
                        state = 'start'
                    else:
                        field.append(c)
                elif state == 'escape':
                    field.append(c)
                    state = 'field'
                elif state == 'quoted':
                    if c == d.escapechar:
                        state = 'quoted_escape'
                    elif c == d.quotechar:
                        state = 'quote_in_quoted' if d.doublequote else 'field'
                    else:
                        field.append(c)
                elif state == 'quoted_escape':
                    field.append(c)
                    state = 'quoted'
                elif state == 'quote_in_quoted':
                    if c == d.quotechar:
                        field.append(c)
                        state = 'quoted'
                    elif c == d.delimiter:
                        fields.append(self._finish(field, quoted_field))
                        field = []
                        state = 'start'
                    elif c in '\r\n':
                        fields.append(self._finish(field, quoted_field))
                        return fields
                    elif not d.strict:
                        field.append(c)
                        state = 'field'
                    else:
                        raise Error("'%c' expected after '%c'" % (d.delimiter, d.quotechar))
                i += 1
                if len(field) > _field_limit:
                    raise Error("field larger than field limit (%d)" % _field_limit)
            if state == 'field' or state == 'quote_in_quoted':
                fields.append(self._finish(field, quoted_field))
                return fields
            if state == 'start':
                if fields or field:
                    fields.append(self._finish(field, quoted_field))
                return fields   # an empty line is an empty record

    def _finish(self, chars, quoted):
        s = ''.join(chars)
        chars.clear()
        if self.dialect.quoting == QUOTE_NONNUMERIC and not quoted and s:
            return float(s)
        return s


def reader(csvfile, dialect='excel', **fmtparams):
    return _Reader(csvfile, dialect, **fmtparams)


# ---- Writing ----------------------------------------------------------------------------------

class _Writer:
    def __init__(self, f, dialect='excel', **kwargs):
        if not hasattr(f, 'write'):
            raise TypeError('argument 1 must have a "write" method')
        self._write = f.write
        self.dialect = _Dialect(dialect, **kwargs)

    def _quote(self, field):
        d = self.dialect
        if field is None:
            s = ''
        elif isinstance(field, float):
            s = repr(field)
        else:
            s = str(field)
        numeric = isinstance(field, (int, float)) and not isinstance(field, bool)
        if d.quoting == QUOTE_ALL or (d.quoting == QUOTE_NONNUMERIC and not numeric):
            need = True
        elif d.quoting == QUOTE_NONE:
            need = False
        else:
            need = (s == '' and False) or any(c in s for c in (d.delimiter, d.quotechar, '\r', '\n')) \
                or (s[:1] == ' ' and d.skipinitialspace) or any(c in s for c in d.lineterminator if c not in ' ')
        out = []
        for c in s:
            if c == d.quotechar and d.quotechar is not None:
                if d.doublequote and d.quoting != QUOTE_NONE:
                    out.append(c + c)
                    continue
                if d.escapechar:
                    out.append(d.escapechar + c)
                    continue
                raise Error('need to escape, but no escapechar set')
            if d.quoting == QUOTE_NONE and (c == d.delimiter or c in '\r\n' or c == d.escapechar):
                if not d.escapechar:
                    raise Error('need to escape, but no escapechar set')
                out.append(d.escapechar + c)
                continue
            if c == d.escapechar and d.escapechar is not None:
                out.append(c + c)
                continue
            out.append(c)
        s = ''.join(out)
        if need:
            s = d.quotechar + s + d.quotechar
        return s

    def writerow(self, row):
        try:
            fields = list(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__)
        d = self.dialect
        if len(fields) == 1 and (fields[0] is None or fields[0] == ''):
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            line = d.quotechar * 2 + d.lineterminator
        else:
            line = d.delimiter.join(self._quote(f) for f in fields) + d.lineterminator
        return self._write(line)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect='excel', **fmtparams):
    return _Writer(csvfile, dialect, **fmtparams)


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
        lines = [l for l in sample.split('\n') if l.strip()]
        candidates = delimiters or ''.join(self.preferred)
        best = None
        for delim in candidates:
            counts = [l.count(delim) for l in lines]
            if counts and counts[0] > 0 and all(c == counts[0] for c in counts):
                if best is None or self.preferred.index(delim) < self.preferred.index(best) \
                        if delim in self.preferred and best in self.preferred else best is None:
                    best = delim
        if best is None:
            raise Error("Could not determine delimiter")
        quote = '"' if '"' in sample or "'" not in sample else "'"

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = '\r\n'
            quoting = QUOTE_MINIMAL
        dialect.delimiter = best
        dialect.quotechar = quote
        dialect.doublequote = True
        dialect.skipinitialspace = False
        return dialect

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
