"""Logging: levels, loggers in a dotted hierarchy, handlers, formatters and filters.

Written for PyPack from the documented behaviour of CPython 3.11's logging. Programs run on one
thread, so handlers need no locks (Handler.lock is None).
"""

import io
import os
import sys
import time
import traceback
import _pypack_logging

# The frames findCaller() passes over: logging's own.
_srcfile = os.path.normcase(__file__)
_package_dir = os.path.dirname(_srcfile)

__all__ = [
    'BASIC_FORMAT', 'BufferingFormatter', 'CRITICAL', 'DEBUG', 'ERROR', 'FATAL', 'FileHandler',
    'Filter', 'Formatter', 'Handler', 'INFO', 'LogRecord', 'Logger', 'LoggerAdapter', 'NOTSET',
    'NullHandler', 'StreamHandler', 'WARN', 'WARNING', 'addLevelName', 'basicConfig',
    'captureWarnings', 'critical', 'debug', 'disable', 'error', 'exception', 'fatal',
    'getLevelName', 'getLogger', 'getLoggerClass', 'info', 'log', 'makeLogRecord',
    'setLoggerClass', 'shutdown', 'warn', 'warning', 'getLogRecordFactory',
    'setLogRecordFactory', 'lastResort', 'raiseExceptions', 'getLevelNamesMapping',
]

__author__ = "Vinay Sajip <vinay_sajip@red-dove.com>"
__status__ = "production"
__version__ = "0.5.1.2"
__date__ = "07 February 2010"

# relativeCreated counts from here (the import of logging).
_import_time = time.time()

raiseExceptions = True
logThreads = True
logMultiprocessing = True
logProcesses = True


# ---------------------------------------------------------------- levels

CRITICAL = 50
FATAL = CRITICAL
ERROR = 40
WARNING = 30
WARN = WARNING
INFO = 20
DEBUG = 10
NOTSET = 0

# Both tables keep CPython's private names: code outside logging reads them.
_levelToName = {50: 'CRITICAL', 40: 'ERROR', 30: 'WARNING', 20: 'INFO', 10: 'DEBUG', 0: 'NOTSET'}
_nameToLevel = {'CRITICAL': 50, 'FATAL': 50, 'ERROR': 40, 'WARN': 30, 'WARNING': 30,
                'INFO': 20, 'DEBUG': 10, 'NOTSET': 0}


def getLevelNamesMapping():
    return dict(_nameToLevel)


def getLevelName(level):
    """The name of a level number, the number of a level name, else 'Level <level>'."""
    for table in (_levelToName, _nameToLevel):
        found = table.get(level)
        if found is not None:
            return found
    return "Level %s" % (level,)


def addLevelName(level, levelName):
    _levelToName[level] = levelName
    _nameToLevel[levelName] = level


def _level_number(level):
    """A level given as a number or a registered name, as a number."""
    if isinstance(level, int):
        return level
    if isinstance(level, str) and str(level) == level:
        number = _nameToLevel.get(level)
        if number is None:
            raise ValueError("Unknown level: %r" % (level,))
        return number
    raise TypeError("Level not an integer or a valid string: %r" % (level,))


# ---------------------------------------------------------------- records

class LogRecord:
    """One logged event: who logged what at which level, and when."""

    def __init__(self, name, level, pathname, lineno, msg, args, exc_info,
                 func=None, sinfo=None, **kwargs):
        now = time.time()
        self.name = name
        self.msg = msg
        # log("%(key)s", {"key": ...}): a lone non-empty dict is the mapping for % formatting.
        if args and len(args) == 1 and isinstance(args[0], dict) and args[0]:
            args = args[0]
        self.args = args
        self.levelname = getLevelName(level)
        self.levelno = level
        self.pathname = pathname
        try:
            base = os.path.basename(pathname)
            self.filename, self.module = base, os.path.splitext(base)[0]
        except (TypeError, ValueError, AttributeError):
            self.filename, self.module = pathname, "Unknown module"
        self.exc_info = exc_info
        self.exc_text = None
        self.stack_info = sinfo
        self.lineno = lineno
        self.funcName = func
        self.created = now
        self.msecs = float(int((now - int(now)) * 1000))
        self.relativeCreated = (now - _import_time) * 1000
        self.thread = 1 if logThreads else None
        self.threadName = "MainThread" if logThreads else None
        self.processName = "MainProcess" if logMultiprocessing else None
        self.process = os.getpid() if logProcesses and hasattr(os, "getpid") else None

    def __repr__(self):
        return '<LogRecord: %s, %s, %s, %s, "%s">' % (
            self.name, self.levelno, self.pathname, self.lineno, self.msg)

    def getMessage(self):
        text = str(self.msg)
        return text % self.args if self.args else text


_record_factory = LogRecord


def setLogRecordFactory(factory):
    global _record_factory
    _record_factory = factory


def getLogRecordFactory():
    return _record_factory


def makeLogRecord(dict):
    """A record whose attributes are those of dict (the rest as for an empty record)."""
    record = _record_factory(None, None, "", 0, "", (), None, None)
    record.__dict__.update(dict)
    return record


# ---------------------------------------------------------------- format strings

def _is_word(c):
    # re's \w for str patterns
    return c.isalnum() or c == '_'


def _digits_end(text, i):
    while i < len(text) and text[i].isdecimal():
        i += 1
    return i


def _percent_field_at(fmt, i):
    """Whether a well-formed %(name)<flags><width><.precision><type> starts at fmt[i]."""
    if not fmt.startswith('%(', i):
        return False
    close = fmt.find(')', i + 2)
    name = fmt[i + 2:close] if close > 0 else ''
    if not name or not all(_is_word(c) for c in name):
        return False
    j = close + 1
    while j < len(fmt) and fmt[j] in '#0+ -':
        j += 1
    j = j + 1 if fmt[j:j + 1] == '*' else _digits_end(fmt, j)
    if fmt[j:j + 1] == '.':
        if fmt[j + 1:j + 2] == '*':
            j += 2
        elif fmt[j + 1:j + 2].isdecimal():
            j = _digits_end(fmt, j + 1)
    return j < len(fmt) and fmt[j] in 'diouxefgcrsa%DIOUXEFGCRSA'


def _brace_fields(fmt):
    """(field name, conversion, spec) of each replacement field of a str.format() string,
    raising the ValueError str.format() would for a malformed one."""
    n = len(fmt)
    i = 0
    while i < n:
        c = fmt[i]
        if c == '}':
            if fmt[i + 1:i + 2] != '}':
                raise ValueError("Single '}' encountered in format string")
            i += 2
            continue
        if c != '{':
            i += 1
            continue
        if fmt[i + 1:i + 2] == '{':
            i += 2
            continue
        if i + 1 == n:
            raise ValueError("Single '{' encountered in format string")
        # the field name runs to '!', ':' or '}'; inside [...] every character is part of it
        j = i + 1
        while True:
            if j >= n:
                raise ValueError("expected '}' before end of string")
            c = fmt[j]
            if c == '[':
                close = fmt.find(']', j)
                if close < 0:
                    raise ValueError("expected '}' before end of string")
                j = close + 1
                continue
            if c == '{':
                raise ValueError("unexpected '{' in field name")
            if c in '!:}':
                break
            j += 1
        name = fmt[i + 1:j]
        conversion = None
        if fmt[j] == '!':
            if j + 1 >= n:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = fmt[j + 1]
            j += 2
            if j >= n:
                raise ValueError("unmatched '{' in format spec")
            if fmt[j] not in ':}':
                raise ValueError("expected ':' after conversion specifier")
        spec = ''
        if fmt[j] == ':':
            depth = 0
            start = j + 1
            j = start
            while True:
                if j >= n:
                    raise ValueError("unmatched '{' in format spec")
                if fmt[j] == '{':
                    depth += 1
                elif fmt[j] == '}':
                    if depth == 0:
                        break
                    depth -= 1
                j += 1
            spec = fmt[start:j]
        yield name, conversion, spec
        i = j + 1


def _valid_field_name(name):
    """arg_name ('.' attribute | '[' index ']')*, arg_name being word characters."""
    if name.endswith('\n'):
        name = name[:-1]  # logging checks with a regex, whose '$' also matches before a final newline
    i = 0
    while i < len(name) and _is_word(name[i]):
        i += 1
    if i == 0:
        return False
    while i < len(name):
        if name[i] == '.':
            j = i + 1
            while j < len(name) and _is_word(name[j]):
                j += 1
            if j == i + 1:
                return False
            i = j
        elif name[i] == '[':
            close = name.find(']', i + 1)
            if close <= i + 1:
                return False
            i = close + 1
        else:
            return False
    return True


def _spec_number_end(spec, i):
    """End of a width or precision at spec[i]: digits or a {word} field (i if neither)."""
    if spec[i:i + 1] == '{':
        close = spec.find('}', i)
        inner = spec[i + 1:close] if close > 0 else ''
        if inner and all(_is_word(c) for c in inner):
            return close + 1
        return i
    return _digits_end(spec, i)


def _valid_spec(spec):
    """[[fill]align][sign][#][0][width][,|_][.precision][type], as logging validates it."""
    if spec.endswith('\n'):
        spec = spec[:-1]
    i = 0
    if len(spec) > 1 and spec[1] in '<>=^' and spec[0] != '\n':
        i = 2
    elif spec[:1] in ('<', '>', '=', '^'):
        i = 1
    if spec[i:i + 1] in ('+', ' ', '-'):
        i += 1
    if spec[i:i + 1] == '#':
        i += 1
    if spec[i:i + 1] == '0':
        i += 1
    i = _spec_number_end(spec, i)
    if spec[i:i + 1] in (',', '_'):
        i += 1
    if spec[i:i + 1] == '.':
        after = _spec_number_end(spec, i + 1)
        if after == i + 1:
            return False
        i = after
    if i < len(spec) and spec[i].lower() in 'bcdefgnosx%':
        i += 1
    return i == len(spec)


def _dollar_fields(fmt):
    """(name, None) for each $name / ${name} of a string.Template, (None, offset) for a '$'
    that starts neither (and is not '$$')."""
    i = fmt.find('$')
    while i >= 0:
        nxt = fmt[i + 1:i + 2]
        if nxt == '$':
            i = fmt.find('$', i + 2)
            continue
        braced = nxt == '{'
        start = i + 2 if braced else i + 1
        j = start
        while j < len(fmt) and (fmt[j].isascii() and (fmt[j].isalnum() or fmt[j] == '_')):
            j += 1
        name = fmt[start:j]
        ok = name and not name[0].isdigit() and (not braced or fmt[j:j + 1] == '}')
        if ok:
            yield name, None
            i = fmt.find('$', j + 1 if braced else j)
        else:
            yield None, i
            i = fmt.find('$', i + 1)


# ---------------------------------------------------------------- styles

class PercentStyle:
    """%-formatting of the record's attributes: '%(levelname)s: %(message)s'."""

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        self._fmt = fmt or self.default_format
        self._defaults = defaults

    def usesTime(self):
        return self.asctime_search in self._fmt

    def validate(self):
        fmt = self._fmt
        i = fmt.find('%(')
        while i >= 0:
            if _percent_field_at(fmt, i):
                return
            i = fmt.find('%(', i + 1)
        raise ValueError("Invalid format '%s' for '%s' style" % (fmt, self.default_format[0]))

    def _format(self, record):
        if defaults := self._defaults:
            return self._fmt % (defaults | record.__dict__)
        # fmt % record.__dict__ with the attributes read in place (None: the dict itself is needed).
        text = _pypack_logging.format_record(self._fmt, record)
        if text is not None:
            return text
        return self._fmt % record.__dict__

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as missing:
            raise ValueError('Formatting field not found in record: %s' % missing)


class StrFormatStyle(PercentStyle):
    """str.format() of the record's attributes: '{levelname}: {message}'."""

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def validate(self):
        named = False
        try:
            for name, conversion, spec in _brace_fields(self._fmt):
                if name:
                    if not _valid_field_name(name):
                        raise ValueError('invalid field name/expression: %r' % name)
                    named = True
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _valid_spec(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as problem:
            raise ValueError('invalid format: %s' % problem)
        if not named:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        if defaults := self._defaults:
            return self._fmt.format(**(defaults | record.__dict__))
        return self._fmt.format(**record.__dict__)


class StringTemplateStyle(PercentStyle):
    """string.Template substitution of the record's attributes: '$levelname: ${message}'."""

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from string import Template
        self._tpl = Template(self._fmt)

    def usesTime(self):
        return '$asctime' in self._fmt or self.asctime_search in self._fmt

    def validate(self):
        named = False
        for name, bare in _dollar_fields(self._fmt):
            if name is None:
                raise ValueError("invalid format: bare '$' not allowed")
            named = True
        if not named:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        if defaults := self._defaults:
            return self._tpl.substitute(**(defaults | record.__dict__))
        return self._tpl.substitute(**record.__dict__)


BASIC_FORMAT = "%(levelname)s:%(name)s:%(message)s"

# style character -> (style class, basicConfig's default format)
_style_table = {
    '%': (PercentStyle, BASIC_FORMAT),
    '{': (StrFormatStyle, '{levelname}:{name}:{message}'),
    '$': (StringTemplateStyle, '${levelname}:${name}:${message}'),
}


def _check_style(style):
    if style not in _style_table:
        raise ValueError('Style must be one of: %s' % ','.join(_style_table))


# ---------------------------------------------------------------- formatters

class Formatter:
    """Turns a record into text: the message in a format, with time, traceback and stack."""

    converter = time.localtime
    default_time_format = '%Y-%m-%d %H:%M:%S'
    default_msec_format = '%s,%03d'

    def __init__(self, fmt=None, datefmt=None, style='%', validate=True, *,
                 defaults=None):
        _check_style(style)
        self._style = _style_table[style][0](fmt, defaults=defaults)
        if validate:
            self._style.validate()
        self._fmt = self._style._fmt
        self.datefmt = datefmt

    def formatTime(self, record, datefmt=None):
        when = self.converter(record.created)
        if datefmt:
            return time.strftime(datefmt, when)
        text = time.strftime(self.default_time_format, when)
        if self.default_msec_format:
            text = self.default_msec_format % (text, record.msecs)
        return text

    def formatException(self, ei):
        out = io.StringIO()
        traceback.print_exception(ei[0], ei[1], ei[2], None, out)
        text = out.getvalue()
        return text[:-1] if text.endswith("\n") else text

    def usesTime(self):
        return self._style.usesTime()

    def formatMessage(self, record):
        return self._style.format(record)

    def formatStack(self, stack_info):
        return stack_info

    def format(self, record):
        record.message = record.getMessage()
        if self.usesTime():
            record.asctime = self.formatTime(record, self.datefmt)
        text = self.formatMessage(record)
        # The traceback text is kept on the record, so later handlers reuse it.
        if record.exc_info and not record.exc_text:
            record.exc_text = self.formatException(record.exc_info)
        if record.exc_text:
            text = _on_next_line(text, record.exc_text)
        if record.stack_info:
            text = _on_next_line(text, self.formatStack(record.stack_info))
        return text


def _on_next_line(text, more):
    return text + more if text.endswith("\n") else text + "\n" + more


_defaultFormatter = Formatter()


class BufferingFormatter:
    """Formats a batch of records: a header, each record by linefmt, a footer."""

    def __init__(self, linefmt=None):
        self.linefmt = linefmt if linefmt else _defaultFormatter

    def formatHeader(self, records):
        return ""

    def formatFooter(self, records):
        return ""

    def format(self, records):
        if not records:
            return ""
        body = "".join(self.linefmt.format(record) for record in records)
        return self.formatHeader(records) + body + self.formatFooter(records)


# ---------------------------------------------------------------- filters

class Filter:
    """Passes the records of one logger and its descendants (all records for name '')."""

    def __init__(self, name=''):
        self.name = name
        self.nlen = len(name)

    def filter(self, record):
        if not self.nlen or record.name == self.name:
            return True
        return record.name.startswith(self.name) and record.name[self.nlen:self.nlen + 1] == "."


class Filterer:
    """What loggers and handlers share: a list of filters (objects with filter(), or callables)."""

    def __init__(self):
        self.filters = []

    def addFilter(self, filter):
        if filter not in self.filters:
            self.filters.append(filter)

    def removeFilter(self, filter):
        if filter in self.filters:
            self.filters.remove(filter)

    def filter(self, record):
        for each in self.filters:
            verdict = each.filter(record) if hasattr(each, 'filter') else each(record)
            if not verdict:
                return False
        return True


# ---------------------------------------------------------------- handlers

_named_handlers = {}
# Every handler made, for shutdown() at exit.
_all_handlers = []


class Handler(Filterer):
    """Receives records from loggers and emits them somewhere (emit() is the subclass's)."""

    def __init__(self, level=NOTSET):
        Filterer.__init__(self)
        self._name = None
        self.level = _level_number(level)
        self.formatter = None
        self._closed = False
        _all_handlers.append(self)
        self.createLock()

    def get_name(self):
        return self._name

    def set_name(self, name):
        _named_handlers.pop(self._name, None)
        self._name = name
        if name:
            _named_handlers[name] = self

    name = property(get_name, set_name)

    # One thread: nothing to lock.
    def createLock(self):
        self.lock = None

    def _at_fork_reinit(self):
        pass

    def acquire(self):
        pass

    def release(self):
        pass

    def setLevel(self, level):
        self.level = _level_number(level)

    def setFormatter(self, fmt):
        self.formatter = fmt

    def format(self, record):
        return (self.formatter or _defaultFormatter).format(record)

    def emit(self, record):
        raise NotImplementedError('emit must be implemented by Handler subclasses')

    def handle(self, record):
        passed = self.filter(record)
        if passed:
            self.emit(record)
        return passed

    def flush(self):
        pass

    def close(self):
        self._closed = True
        if self._name and self._name in _named_handlers:
            del _named_handlers[self._name]

    def handleError(self, record):
        """Report an exception raised while emitting (when raiseExceptions is true): its
        traceback, the call stack of the logging call, then the record's message and arguments."""
        if not (raiseExceptions and sys.stderr):
            return
        kind, problem, tb = sys.exc_info()
        err = sys.stderr
        try:
            err.write('--- Logging error ---\n')
            traceback.print_exception(kind, problem, tb, None, err)
            err.write('Call stack:\n')
            # The caller's frames: out from here past every frame of the logging package.
            frame = sys._getframe(0)
            while frame is not None and os.path.dirname(os.path.normcase(frame.f_code.co_filename)) == _package_dir:
                frame = frame.f_back
            if frame is not None:
                traceback.print_stack(frame, file=err)
            else:
                err.write('Logging error in stack\n')
            try:
                err.write('Message: %r\nArguments: %s\n' % (record.msg, record.args))
            except RecursionError:
                raise
            except Exception:
                err.write('Unable to print the message and arguments - possible formatting error.\n'
                          'Use the traceback above to help find the error.\n')
        except OSError:
            pass

    def __repr__(self):
        return '<%s (%s)>' % (type(self).__name__, getLevelName(self.level))


class StreamHandler(Handler):
    """Writes each formatted record and the terminator to a stream (sys.stderr by default)."""

    terminator = '\n'

    def __init__(self, stream=None):
        Handler.__init__(self)
        self.stream = sys.stderr if stream is None else stream

    def flush(self):
        out = self.stream
        if out and hasattr(out, "flush"):
            out.flush()

    def emit(self, record):
        try:
            text = self.format(record)
            self.stream.write(text + self.terminator)
            self.flush()
        except RecursionError:
            raise
        except Exception:
            self.handleError(record)

    def setStream(self, stream):
        """Write to stream from now on; return the previous stream (None if unchanged)."""
        if stream is self.stream:
            return None
        previous = self.stream
        self.flush()
        self.stream = stream
        return previous

    def __repr__(self):
        label = str(getattr(self.stream, 'name', ''))
        if label:
            label += ' '
        return '<%s %s(%s)>' % (type(self).__name__, label, getLevelName(self.level))


class FileHandler(StreamHandler):
    """A StreamHandler on a file it opens itself (at the first record with delay=True)."""

    def __init__(self, filename, mode='a', encoding=None, delay=False, errors=None):
        self.baseFilename = os.path.abspath(os.fspath(filename))
        self.mode = mode
        # CPython's io.text_encoding(): a text file with no encoding says "locale".
        self.encoding = encoding if encoding is not None or 'b' in mode else "locale"
        self.errors = errors
        self.delay = delay
        if delay:
            Handler.__init__(self)
            self.stream = None
        else:
            super().__init__(self._open())

    def _open(self):
        encoding = None if self.encoding == "locale" else self.encoding
        return open(self.baseFilename, self.mode, encoding=encoding, errors=self.errors)

    def emit(self, record):
        if self.stream is None and (self.mode != 'w' or not self._closed):
            self.stream = self._open()
        if self.stream:
            super().emit(record)

    def close(self):
        try:
            opened = self.stream
            if opened:
                try:
                    self.flush()
                finally:
                    self.stream = None
                    if hasattr(opened, "close"):
                        opened.close()
        finally:
            StreamHandler.close(self)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.baseFilename, getLevelName(self.level))


class _StderrHandler(StreamHandler):
    """The handler of last resort: writes to whatever sys.stderr is at the time."""

    def __init__(self, level=NOTSET):
        Handler.__init__(self, level)

    @property
    def stream(self):
        return sys.stderr


lastResort = _StderrHandler(WARNING)


class NullHandler(Handler):
    """Accepts records and does nothing (a library's way to stay quiet by default)."""

    def handle(self, record):
        pass

    def emit(self, record):
        pass


# ---------------------------------------------------------------- the logger hierarchy

class PlaceHolder:
    """Stands in the hierarchy for a logger not asked for yet, remembering its descendants."""

    def __init__(self, alogger):
        self.loggerMap = {alogger: None}

    def append(self, alogger):
        self.loggerMap.setdefault(alogger, None)


def _check_logger_class(klass):
    if klass != Logger and not issubclass(klass, Logger):
        raise TypeError("logger not derived from logging.Logger: " + klass.__name__)


def setLoggerClass(klass):
    """The class getLogger() makes new loggers with (Logger or a subclass)."""
    global _loggerClass
    _check_logger_class(klass)
    _loggerClass = klass


def getLoggerClass():
    return _loggerClass


class Manager:
    """Keeps the loggers by name and links each to its nearest existing ancestor."""

    def __init__(self, rootnode):
        self.root = rootnode
        self.disable = 0
        self.emittedNoHandlerWarning = False
        self.loggerDict = {}
        self.loggerClass = None
        self.logRecordFactory = None

    @property
    def disable(self):
        return self._disable_level

    @disable.setter
    def disable(self, value):
        self._disable_level = _level_number(value)

    def getLogger(self, name):
        if not isinstance(name, str):
            raise TypeError('A logger name must be a string')
        existing = self.loggerDict.get(name)
        if existing is not None and not isinstance(existing, PlaceHolder):
            return existing
        made = (self.loggerClass or _loggerClass)(name)
        made.manager = self
        self.loggerDict[name] = made
        if existing is not None:
            # Loggers made earlier below this name now hang from it, unless they already hang
            # from something between (a logger whose name starts with this one).
            for descendant in existing.loggerMap:
                if not descendant.parent.name.startswith(name):
                    descendant.parent = made
        made.parent = self._nearest_ancestor(made)
        return made

    def _nearest_ancestor(self, alogger):
        """The closest existing logger above alogger (the root if none); the names between
        get placeholders that remember alogger."""
        name = alogger.name
        cut = name.rfind('.')
        while cut > 0:
            above = self.loggerDict.get(name[:cut])
            if above is None:
                self.loggerDict[name[:cut]] = PlaceHolder(alogger)
            elif isinstance(above, PlaceHolder):
                above.append(alogger)
            else:
                return above
            cut = name.rfind('.', 0, cut - 1)
        return self.root

    def setLoggerClass(self, klass):
        _check_logger_class(klass)
        self.loggerClass = klass

    def setLogRecordFactory(self, factory):
        self.logRecordFactory = factory

    def _forget_enabled(self):
        # isEnabledFor() answers are remembered until a level or disable() changes.
        for each in self.loggerDict.values():
            if isinstance(each, Logger):
                each._enabled.clear()
        self.root._enabled.clear()


class Logger(Filterer):
    """A named source of records; passes them to its handlers and its ancestors' handlers."""

    def __init__(self, name, level=NOTSET):
        Filterer.__init__(self)
        self.name = name
        self.level = _level_number(level)
        self.parent = None
        self.propagate = True
        self.handlers = []
        self.disabled = False
        self._enabled = {}

    def setLevel(self, level):
        self.level = _level_number(level)
        self.manager._forget_enabled()

    def debug(self, msg, *args, **kwargs):
        self._log_at(DEBUG, msg, args, kwargs)

    def info(self, msg, *args, **kwargs):
        self._log_at(INFO, msg, args, kwargs)

    def warning(self, msg, *args, **kwargs):
        self._log_at(WARNING, msg, args, kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self._log_at(ERROR, msg, args, kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.error(msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self._log_at(CRITICAL, msg, args, kwargs)

    def fatal(self, msg, *args, **kwargs):
        self.critical(msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if isinstance(level, int):
            self._log_at(level, msg, args, kwargs)
        elif raiseExceptions:
            raise TypeError("level must be an integer")

    def _log_at(self, level, msg, args, options):
        if self.isEnabledFor(level):
            self._log(level, msg, args, **options)

    def findCaller(self, stack_info=False, stacklevel=1):
        # Walk out from here, counting only frames outside logging, to the stacklevel-th of
        # them (or the outermost frame, when the stack is not that deep).
        frame = sys._getframe(0)
        remaining = stacklevel
        while remaining > 0 and frame.f_back is not None:
            frame = frame.f_back
            if os.path.normcase(frame.f_code.co_filename) != _srcfile:
                remaining -= 1
        code = frame.f_code
        info = None
        if stack_info:
            info = "Stack (most recent call last):\n" + "".join(traceback.format_stack(frame))
            if info.endswith("\n"):
                info = info[:-1]
        return code.co_filename, frame.f_lineno, code.co_name, info

    def makeRecord(self, name, level, fn, lno, msg, args, exc_info,
                   func=None, extra=None, sinfo=None):
        record = _record_factory(name, level, fn, lno, msg, args, exc_info, func, sinfo)
        for key in (extra or {}):
            if key in ("message", "asctime") or key in record.__dict__:
                raise KeyError("Attempt to overwrite %r in LogRecord" % key)
            record.__dict__[key] = extra[key]
        return record

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False,
             stacklevel=1):
        path, line, func, sinfo = self.findCaller(stack_info, stacklevel)
        if isinstance(exc_info, BaseException):
            exc_info = (exc_info.__class__, exc_info, exc_info.__traceback__)
        elif exc_info and not isinstance(exc_info, tuple):
            exc_info = sys.exc_info()
        self.handle(self.makeRecord(self.name, level, path, line, msg, args, exc_info,
                                    func, extra, sinfo))

    def handle(self, record):
        if not self.disabled and self.filter(record):
            self.callHandlers(record)

    def addHandler(self, hdlr):
        if hdlr not in self.handlers:
            self.handlers.append(hdlr)

    def removeHandler(self, hdlr):
        if hdlr in self.handlers:
            self.handlers.remove(hdlr)

    def _chain(self):
        """This logger and the ancestors its records propagate to."""
        node = self
        while node:
            yield node
            node = node.parent if node.propagate else None

    def hasHandlers(self):
        return any(node.handlers for node in self._chain())

    def callHandlers(self, record):
        seen = 0
        for node in self._chain():
            for hdlr in node.handlers:
                seen += 1
                if record.levelno >= hdlr.level:
                    hdlr.handle(record)
        if seen:
            return
        if lastResort:
            if record.levelno >= lastResort.level:
                lastResort.handle(record)
        elif raiseExceptions and not self.manager.emittedNoHandlerWarning:
            sys.stderr.write('No handlers could be found for logger "%s"\n' % self.name)
            self.manager.emittedNoHandlerWarning = True

    def getEffectiveLevel(self):
        node = self
        while node:
            if node.level:
                return node.level
            node = node.parent
        return NOTSET

    def isEnabledFor(self, level):
        if self.disabled:
            return False
        known = self._enabled.get(level)
        if known is None:
            known = self.manager.disable < level and level >= self.getEffectiveLevel()
            self._enabled[level] = known
        return known

    def getChild(self, suffix):
        if self is not self.root:
            suffix = self.name + '.' + suffix
        return self.manager.getLogger(suffix)

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.name,
                                 getLevelName(self.getEffectiveLevel()))


class RootLogger(Logger):
    """The top of the hierarchy, named 'root'."""

    def __init__(self, level):
        super().__init__("root", level)

    def __reduce__(self):
        return getLogger, ()


_loggerClass = Logger


class LoggerAdapter:
    """Wraps a logger to add contextual information (extra) to every call."""

    def __init__(self, logger, extra=None):
        self.logger = logger
        self.extra = extra

    def process(self, msg, kwargs):
        kwargs["extra"] = self.extra
        return msg, kwargs

    def debug(self, msg, *args, **kwargs):
        self.log(DEBUG, msg, *args, **kwargs)

    def info(self, msg, *args, **kwargs):
        self.log(INFO, msg, *args, **kwargs)

    def warning(self, msg, *args, **kwargs):
        self.log(WARNING, msg, *args, **kwargs)

    def warn(self, msg, *args, **kwargs):
        import warnings
        warnings.warn("The 'warn' method is deprecated, use 'warning' instead",
                      DeprecationWarning, 2)
        self.warning(msg, *args, **kwargs)

    def error(self, msg, *args, **kwargs):
        self.log(ERROR, msg, *args, **kwargs)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self.log(ERROR, msg, *args, exc_info=exc_info, **kwargs)

    def critical(self, msg, *args, **kwargs):
        self.log(CRITICAL, msg, *args, **kwargs)

    def log(self, level, msg, *args, **kwargs):
        if self.isEnabledFor(level):
            msg, kwargs = self.process(msg, kwargs)
            self.logger.log(level, msg, *args, **kwargs)

    def isEnabledFor(self, level):
        return self.logger.isEnabledFor(level)

    def setLevel(self, level):
        self.logger.setLevel(level)

    def getEffectiveLevel(self):
        return self.logger.getEffectiveLevel()

    def hasHandlers(self):
        return self.logger.hasHandlers()

    def _log(self, level, msg, args, exc_info=None, extra=None, stack_info=False):
        return self.logger._log(level, msg, args, exc_info=exc_info, extra=extra,
                                stack_info=stack_info)

    @property
    def manager(self):
        return self.logger.manager

    @manager.setter
    def manager(self, value):
        self.logger.manager = value

    @property
    def name(self):
        return self.logger.name

    def __repr__(self):
        return '<%s %s (%s)>' % (type(self).__name__, self.logger.name,
                                 getLevelName(self.logger.getEffectiveLevel()))


root = RootLogger(WARNING)
Logger.root = root
Logger.manager = Manager(root)


# ---------------------------------------------------------------- module-level configuration

def basicConfig(**kwargs):
    """Give the root logger a handler and formatter, unless it has handlers (or force=True)."""
    force = kwargs.pop('force', False)
    encoding = kwargs.pop('encoding', None)
    errors = kwargs.pop('errors', 'backslashreplace')
    if force:
        for old in list(root.handlers):
            root.removeHandler(old)
            old.close()
    if root.handlers:
        return
    handlers = kwargs.pop('handlers', None)
    wants_stream = 'stream' in kwargs
    wants_file = 'filename' in kwargs
    if handlers is not None and (wants_stream or wants_file):
        raise ValueError("'stream' or 'filename' should not be specified together with 'handlers'")
    if wants_stream and wants_file:
        raise ValueError("'stream' and 'filename' should not be specified together")
    if handlers is None:
        filename = kwargs.pop('filename', None)
        mode = kwargs.pop('filemode', 'a')
        if filename:
            handlers = [FileHandler(filename, mode, encoding=encoding,
                                    errors=None if 'b' in mode else errors)]
        else:
            handlers = [StreamHandler(kwargs.pop('stream', None))]
    datefmt = kwargs.pop('datefmt', None)
    style = kwargs.pop('style', '%')
    _check_style(style)
    shared = Formatter(kwargs.pop('format', _style_table[style][1]), datefmt, style)
    for each in handlers:
        if each.formatter is None:
            each.setFormatter(shared)
        root.addHandler(each)
    level = kwargs.pop('level', None)
    if level is not None:
        root.setLevel(level)
    if kwargs:
        raise ValueError('Unrecognised argument(s): %s' % ', '.join(kwargs))


def getLogger(name=None):
    """The logger of that dotted name (made on first use); the root logger without a name."""
    if not name or (isinstance(name, str) and name == root.name):
        return root
    return Logger.manager.getLogger(name)


def _configured_root():
    # The module-level functions give the root logger a console handler on first use.
    if not root.handlers:
        basicConfig()
    return root


def critical(msg, *args, **kwargs):
    _configured_root().critical(msg, *args, **kwargs)


def fatal(msg, *args, **kwargs):
    critical(msg, *args, **kwargs)


def error(msg, *args, **kwargs):
    _configured_root().error(msg, *args, **kwargs)


def exception(msg, *args, exc_info=True, **kwargs):
    error(msg, *args, exc_info=exc_info, **kwargs)


def warning(msg, *args, **kwargs):
    _configured_root().warning(msg, *args, **kwargs)


def warn(msg, *args, **kwargs):
    import warnings
    warnings.warn("The 'warn' function is deprecated, use 'warning' instead",
                  DeprecationWarning, 2)
    warning(msg, *args, **kwargs)


def info(msg, *args, **kwargs):
    _configured_root().info(msg, *args, **kwargs)


def debug(msg, *args, **kwargs):
    _configured_root().debug(msg, *args, **kwargs)


def log(level, msg, *args, **kwargs):
    _configured_root().log(level, msg, *args, **kwargs)


def disable(level=CRITICAL):
    """Drop every record at this level or below, whatever the loggers' levels."""
    root.manager.disable = level
    root.manager._forget_enabled()


def shutdown(handlerList=_all_handlers):
    """Flush and close the handlers, newest first (registered to run at exit)."""
    for each in reversed(list(handlerList)):
        try:
            if each:
                if getattr(each, 'flushOnClose', True):
                    each.flush()
                each.close()
        except (OSError, ValueError):
            pass
        except BaseException:
            if raiseExceptions:
                raise


import atexit
atexit.register(shutdown)


# ---------------------------------------------------------------- warnings to logging

_saved_showwarning = None


def _showwarning(message, category, filename, lineno, file=None, line=None):
    # Warnings for a file go where they went before; the others become records of
    # 'py.warnings' (which gets a NullHandler if it has no handler of its own).
    if file is not None:
        if _saved_showwarning is not None:
            _saved_showwarning(message, category, filename, lineno, file, line)
        return
    import warnings
    text = warnings.formatwarning(message, category, filename, lineno, line)
    target = getLogger("py.warnings")
    if not target.handlers:
        target.addHandler(NullHandler())
    target.warning(str(text))


def captureWarnings(capture):
    """Route warnings to the 'py.warnings' logger (True) or back to their own display (False)."""
    global _saved_showwarning
    import warnings
    if capture:
        if _saved_showwarning is None:
            _saved_showwarning = warnings.showwarning
            warnings.showwarning = _showwarning
    elif _saved_showwarning is not None:
        warnings.showwarning = _saved_showwarning
        _saved_showwarning = None
