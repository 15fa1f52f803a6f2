"""CSV reading and writing: reader, writer, dialects, DictReader and DictWriter, as CPython 3.11's csv.

The reader and writer themselves are native (_pypack_csv, CPython's _csv part); dialects are
checked here and handed to them as a checked Dialect object.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel", "excel_tab",
           "unix_dialect", "field_size_limit", "reader", "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "DictReader", "DictWriter", "Sniffer", "__version__"]

import _pypack_csv
from _pypack_csv import Error, field_size_limit

__version__ = "1.0"

QUOTE_MINIMAL = 0
QUOTE_ALL = 1
QUOTE_NONNUMERIC = 2
QUOTE_NONE = 3

_dialects = {}


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


for _key, _cls in (("excel", excel), ("excel-tab", excel_tab), ("unix", unix_dialect)):
    _dialects[_key] = _CheckedDialect(_cls)
del _key, _cls

def reader(csvfile, dialect=None, **fmtparams):
    """Iterate over the records of csvfile (any iterable of lines)."""
    # The input first, then the dialect, as _csv checks them. No dialect is not quite "excel":
    # quotechar=None alone then means QUOTE_NONE.
    lines = iter(csvfile)
    return _pypack_csv.reader(lines, _CheckedDialect(dialect, **fmtparams))


def writer(fileobj, dialect=None, **fmtparams):
    """A writer that formats records onto fileobj.write."""
    if not hasattr(fileobj, "write"):
        raise TypeError('argument 1 must have a "write" method')
    return _pypack_csv.writer(fileobj, _CheckedDialect(dialect, **fmtparams))


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
        while values == []:
            # Blank lines (empty lists, as CPython compares) are skipped, not returned as records of restval.
            values = next(self.reader)
        names = self.fieldnames
        # Native for exact lists and tuples (the reader's rows, the usual field names).
        record = _pypack_csv.dict_record(names, values, self.restkey, self.restval)
        if record is None:
            record = dict(zip(names, values))
            lf = len(names)
            lr = len(values)
            if lr < lf:
                for name in names[lr:]:
                    record[name] = self.restval
            elif lf < lr:
                record[self.restkey] = values[lf:]
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


class Sniffer:
    """Guesses a CSV sample's format (sniff) and whether its first row is a header (has_header).

    The guesses are heuristics whose results programs print, so they follow CPython's: quoted
    fields first tell the quote character and the delimiter next to them; failing that, the
    character that occurs the same number of times on (nearly) every line is the delimiter.
    """

    def __init__(self):
        # The order in which equally likely delimiters are preferred.
        self.preferred = [",", "\t", ";", " ", ":"]

    def sniff(self, sample, delimiters=None):
        quotechar, doublequote, delimiter, skipinitialspace = self._quoted_fields(sample, delimiters)
        if not delimiter:
            delimiter, skipinitialspace = self._consistent_char(sample, delimiters)
        if not delimiter:
            raise Error("Could not determine delimiter")

        class dialect(Dialect):
            _name = "sniffed"
            lineterminator = "\r\n"
            quoting = QUOTE_MINIMAL

        dialect.doublequote = doublequote
        dialect.delimiter = delimiter
        dialect.quotechar = quotechar or '"'
        dialect.skipinitialspace = skipinitialspace
        return dialect

    # Patterns of a quoted field, most telling first: between delimiters, at a line's start,
    # at a line's end, alone on a line.
    _QUOTED = (
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?P=delim)',
        r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?P<delim>[^\w\n"\'])(?P<space> ?)',
        r'(?P<delim>[^\w\n"\'])(?P<space> ?)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
        r'(?:^|\n)(?P<quote>["\']).*?(?P=quote)(?:$|\n)',
    )

    def _quoted_fields(self, data, delimiters):
        import re  # pypack: when-read Sniffer
        found = []
        for pattern in self._QUOTED:
            compiled = re.compile(pattern, re.DOTALL | re.MULTILINE)
            found = [m.groupdict() for m in compiled.finditer(data)]
            if found:
                break
        if not found:
            return "", False, None, 0
        quote_votes, delim_votes, spaced = {}, {}, 0
        for groups in found:
            if groups["quote"]:
                quote_votes[groups["quote"]] = quote_votes.get(groups["quote"], 0) + 1
            if "delim" not in groups:
                continue
            delim = groups["delim"]
            if delim and (delimiters is None or delim in delimiters):
                delim_votes[delim] = delim_votes.get(delim, 0) + 1
            if groups["space"]:
                spaced += 1
        quotechar = max(quote_votes, key=quote_votes.get)
        if delim_votes:
            delim = max(delim_votes, key=delim_votes.get)
            skipinitialspace = delim_votes[delim] == spaced
            if delim == "\n":
                delim = ""  # a single column
        else:
            delim, skipinitialspace = "", 0
        # A third quote between two delimiters means quotes are doubled inside fields.
        d, q = re.escape(delim), quotechar
        doubled = re.compile(r"((%s)|^)\W*%s[^%s\n]*%s[^%s\n]*%s\W*((%s)|$)" % (d, q, d, q, d, q, d), re.MULTILINE)
        return quotechar, bool(doubled.search(data)), delim, skipinitialspace

    def _consistent_char(self, data, delimiters):
        lines = [line for line in data.split("\n") if line]
        chunk = min(10, len(lines))
        histograms = {}  # char -> {count on a line: number of lines}
        modes, candidates = {}, {}
        rounds, start = 0, 0
        while start < len(lines):
            rounds += 1
            for line in lines[start:start + chunk]:
                for code in range(127):
                    char = chr(code)
                    histogram = histograms.setdefault(char, {})
                    count = line.count(char)
                    histogram[count] = histogram.get(count, 0) + 1
            for char, histogram in histograms.items():
                pairs = list(histogram.items())
                if len(pairs) == 1 and pairs[0][0] == 0:
                    continue
                if len(pairs) > 1:
                    best = max(pairs, key=lambda pair: pair[1])
                    pairs.remove(best)
                    # The mode's weight, less the lines that disagree with it.
                    modes[char] = (best[0], best[1] - sum(pair[1] for pair in pairs))
                else:
                    modes[char] = pairs[0]
            seen = float(min(chunk * rounds, len(lines)))
            consistency = 1.0
            while not candidates and consistency >= 0.9:
                for char, (count, weight) in modes.items():
                    if count > 0 and weight > 0 and weight / seen >= consistency \
                            and (delimiters is None or char in delimiters):
                        candidates[char] = (count, weight)
                consistency -= 0.01
            if len(candidates) == 1:
                delim = next(iter(candidates))
                return delim, lines[0].count(delim) == lines[0].count(delim + " ")
            start += chunk
        if not candidates:
            return "", 0
        if len(candidates) > 1:
            for delim in self.preferred:
                if delim in candidates:
                    return delim, lines[0].count(delim) == lines[0].count(delim + " ")
        delim = max((mode, char) for char, mode in candidates.items())[1]
        return delim, lines[0].count(delim) == lines[0].count(delim + " ")

    def has_header(self, sample):
        from io import StringIO
        rows = reader(StringIO(sample), self.sniff(sample))
        header = next(rows)
        width = len(header)
        # Per column: complex when every value parses as a number, else the one length all have.
        kinds = dict.fromkeys(range(width))
        for checked, row in enumerate(rows):
            if checked > 20:
                break
            if len(row) != width:
                continue
            for column in list(kinds):
                try:
                    complex(row[column])
                    kind = complex
                except (ValueError, OverflowError):
                    kind = len(row[column])
                if kind != kinds[column]:
                    if kinds[column] is None:
                        kinds[column] = kind
                    else:
                        del kinds[column]
        votes = 0
        for column, kind in kinds.items():
            if isinstance(kind, int):
                votes += 1 if len(header[column]) != kind else -1
            else:
                try:
                    kind(header[column])
                except (ValueError, TypeError):
                    votes += 1
                else:
                    votes -= 1
        return votes > 0
