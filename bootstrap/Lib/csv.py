"""CSV reading and writing: reader, writer, dialects, DictReader and DictWriter, as CPython 3.11's csv.

The reader is the state machine of CPython's _csv module, fed one character at a time plus an
end-of-line marker after each line, so quoting, escapes, embedded newlines and errors come out the same.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel", "excel_tab",
           "unix_dialect", "field_size_limit", "reader", "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "DictReader", "DictWriter", "__version__"]

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

_field_limit = [131072]
_dialects = {}


class Error(Exception):
    __module__ = "_csv"


# The format parameters, in the order _csv reads and checks them.
_PARAMETERS = ("delimiter", "doublequote", "escapechar", "lineterminator", "quotechar", "quoting",
               "skipinitialspace", "strict")
_MISSING = object()


def _one_char(name, value, default, nullable):
    if value is _MISSING:
        return default
    if value is None and nullable:
        return None
    if not isinstance(value, str):
        allowed = "string or None" if nullable else "string"
        raise TypeError('"%s" must be %s, not %s' % (name, allowed, type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _flag(value, default):
    return default if value is _MISSING else bool(value)


class Dialect:
    """A checked set of format parameters: what _csv.Dialect objects are in CPython."""

    __module__ = "_csv"
    __slots__ = _PARAMETERS

    def __init__(self, dialect=None, **kwargs):
        for key in kwargs:
            if key not in _PARAMETERS:
                raise TypeError("'%s' is an invalid keyword argument for this function" % key)
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        given = {}
        for key in _PARAMETERS:
            if key in kwargs:
                given[key] = kwargs[key]
            elif dialect is not None and hasattr(dialect, key):
                given[key] = getattr(dialect, key)
        self.delimiter = _one_char("delimiter", given.get("delimiter", _MISSING), ",", False)
        self.doublequote = _flag(given.get("doublequote", _MISSING), True)
        self.escapechar = _one_char("escapechar", given.get("escapechar", _MISSING), None, True)
        ending = given.get("lineterminator", "\r\n")
        if ending is not None and not isinstance(ending, str):
            raise TypeError('"lineterminator" must be a string')
        self.lineterminator = ending
        self.quotechar = _one_char("quotechar", given.get("quotechar", _MISSING), '"', True)
        quoting = given.get("quoting", QUOTE_MINIMAL)
        if type(quoting) is not int:
            raise TypeError('"quoting" must be an integer')
        if quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        if self.quotechar is None and "quoting" not in given:
            # No quote character and no quoting asked for: nothing is ever quoted.
            quoting = QUOTE_NONE
        self.quoting = quoting
        self.skipinitialspace = _flag(given.get("skipinitialspace", _MISSING), False)
        self.strict = _flag(given.get("strict", _MISSING), False)
        if self.quotechar is None and quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if ending is None:
            raise TypeError("lineterminator must be set")

    def __repr__(self):
        return "<_csv.Dialect object at 0x%x>" % id(self)


_CheckedDialect = Dialect


class Dialect:
    """Base class of dialect descriptions: a subclass sets the format attributes."""

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
        # The base class itself is never a usable dialect; its subclasses are once checked.
        if type(self) is not Dialect:
            self._valid = True
        try:
            _CheckedDialect(self)
        except TypeError as e:
            raise Error(str(e))


class excel(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    delimiter = ","
    quotechar = '"'
    doublequote = True
    skipinitialspace = False
    lineterminator = "\n"
    quoting = QUOTE_ALL


def register_dialect(name, dialect=None, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _CheckedDialect(dialect, **fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    found = _dialects.get(name) if isinstance(name, str) else None
    if found is None:
        raise Error("unknown dialect")
    return found


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    if len(args) > 1:
        raise TypeError("field_size_limit expected at most 1 argument, got %d" % len(args))
    old = _field_limit[0]
    if args:
        if not isinstance(args[0], int):
            raise TypeError("limit must be an integer")
        _field_limit[0] = args[0]
    return old


for _key, _cls in (("excel", excel), ("excel-tab", excel_tab), ("unix", unix_dialect)):
    _dialects[_key] = _CheckedDialect(_cls)
del _key, _cls

# Reader states, as _csv.c names them.
_START_RECORD = 0
_START_FIELD = 1
_ESCAPED_CHAR = 2
_IN_FIELD = 3
_IN_QUOTED_FIELD = 4
_ESCAPE_IN_QUOTED_FIELD = 5
_QUOTE_IN_QUOTED_FIELD = 6
_EAT_CRNL = 7
_AFTER_ESCAPED_CRNL = 8
_EOL = None


class _Reader:
    """csv.reader's result: iterate to get each record as a list of fields."""

    def __init__(self, iterable, dialect, fmtparams):
        self._input = iter(iterable)
        self.dialect = _CheckedDialect(dialect, **fmtparams)
        self.line_num = 0
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False

    def __iter__(self):
        return self

    def _save_field(self):
        field = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            field = float(field)
        self._fields.append(field)

    def _add_char(self, c):
        if len(self._field) >= _field_limit[0]:
            raise Error("field larger than field limit (%d)" % _field_limit[0])
        self._field.append(c)

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c is _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            state = self._state = _START_FIELD
        if state == _START_FIELD:
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            if c == "\n" or c == "\r":
                self._add_char(c)
                self._state = _AFTER_ESCAPED_CRNL
                return
            if c is _EOL:
                c = "\n"
            self._add_char(c)
            self._state = _IN_FIELD
        elif state == _AFTER_ESCAPED_CRNL or state == _IN_FIELD:
            if state == _AFTER_ESCAPED_CRNL and c is _EOL:
                return
            if c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            else:
                self._add_char(c)
                self._state = _IN_FIELD
        elif state == _IN_QUOTED_FIELD:
            if c is _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add_char(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            if c is _EOL:
                c = "\n"
            self._add_char(c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add_char(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter:
                self._save_field()
                self._state = _START_FIELD
            elif c is _EOL or c == "\n" or c == "\r":
                self._save_field()
                self._state = _START_RECORD if c is _EOL else _EAT_CRNL
            elif not d.strict:
                self._add_char(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c is _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - "
                            "do you need to open the file in universal-newline mode?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._state = _START_RECORD
        self._numeric = False
        while True:
            try:
                line = next(self._input)
            except StopIteration:
                if len(self._field) != 0 or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data")
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


class _Writer:
    """csv.writer's result: writerow and writerows format records onto the file object."""

    def __init__(self, fileobj, dialect, fmtparams):
        self.dialect = _CheckedDialect(dialect, **fmtparams)
        try:
            self._write = fileobj.write
        except AttributeError:
            raise TypeError('argument 1 must have a "write" method') from None

    def _append(self, out, field, quoted, first, quote_empty):
        d = self.dialect
        chars = []
        if field is None:
            field = ""
        for c in field:
            want_escape = False
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                if d.quoting == QUOTE_NONE:
                    want_escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            chars.append(d.quotechar)
                        else:
                            want_escape = True
                    elif c == d.escapechar:
                        want_escape = True
                    if not want_escape:
                        quoted = True
                if want_escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    chars.append(d.escapechar)
            chars.append(c)
        if not field and quote_empty:
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            quoted = True
        if not first:
            out.append(d.delimiter)
        if quoted:
            out.append(d.quotechar)
            out.extend(chars)
            out.append(d.quotechar)
        else:
            out.extend(chars)

    def writerow(self, row):
        d = self.dialect
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        out = []
        count = 0
        for field in fields:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not (isinstance(field, (int, float, complex)) or hasattr(type(field), "__float__")
                              or hasattr(type(field), "__index__"))
            else:
                quoted = d.quoting == QUOTE_ALL
            if field is None or isinstance(field, str):
                text = field
            elif isinstance(field, float):
                text = repr(field)
            else:
                text = str(field)
            self._append(out, text, quoted, count == 0, False)
            count += 1
        if count > 0 and not out:
            # A record of one empty field must be written quoted, or it would read back as no field at all.
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            out = [d.quotechar, d.quotechar]
        out.append(d.lineterminator)
        return self._write("".join(out))

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def reader(csvfile, dialect=None, **fmtparams):
    """Iterate over the records of csvfile (any iterable of lines)."""
    # No dialect is not quite "excel": quotechar=None alone then means QUOTE_NONE.
    return _Reader(csvfile, dialect, fmtparams)


def writer(fileobj, dialect=None, **fmtparams):
    """A writer that formats records onto fileobj.write."""
    return _Writer(fileobj, dialect, fmtparams)


class DictReader:
    """Iterates over the records of f as dicts keyed by the field names (by default the first record)."""

    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", *args, **kwds):
        self._names = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = reader(f, dialect, *args, **kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        # Read lazily: the header is the first record, consumed on first use.
        if self._names is None:
            try:
                self._names = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._names

    @fieldnames.setter
    def fieldnames(self, value):
        self._names = value

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        values = next(self.reader)
        self.line_num = self.reader.line_num
        while not values:
            # Blank lines are skipped, not returned as records of restval.
            values = next(self.reader)
        names = self.fieldnames
        record = dict(zip(names, values))
        surplus = len(values) - len(names)
        if surplus > 0:
            record[self.restkey] = values[len(names):]
        else:
            for name in names[len(values):]:
                record[name] = self.restval
        return record


class DictWriter:
    """Writes dicts as records, their values in the order of fieldnames."""

    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", *args, **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = writer(f, dialect, *args, **kwds)

    def writeheader(self):
        return self.writerow({name: name for name in self.fieldnames})

    def _values(self, rowdict):
        # Only the exact 'raise' checks for unknown keys ('RAISE' passes the check above but ignores).
        if self.extrasaction == "raise":
            unknown = rowdict.keys() - self.fieldnames
            if unknown:
                raise ValueError("dict contains fields not in fieldnames: "
                                 + ", ".join(repr(key) for key in unknown))
        return [rowdict.get(name, self.restval) for name in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._values(rowdict))

    def writerows(self, rowdicts):
        return self.writer.writerows(self._values(row) for row in rowdicts)
