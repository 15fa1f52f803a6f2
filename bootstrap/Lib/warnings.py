"""Warning control: the filter list, warn_explicit(), catch_warnings() and the display hooks.

Written for PyPack from the documented behaviour of CPython 3.11's warnings. Filter patterns are
matched by a small matcher of our own (literal text, '.', classes, quantifiers, anchors) so that
importing warnings does not pull the whole re module into every program; groups and alternation
are refused with NotImplementedError.
"""

import sys

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning",
           "filterwarnings", "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


# ---------------------------------------------------------------- messages and display

class WarningMessage:
    """One warning as recorded by catch_warnings(record=True)."""

    def __init__(self, message, category, filename, lineno, file=None,
                 line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = None if not category else category.__name__

    def __str__(self):
        return "{message : %r, category : %r, filename : %r, lineno : %s, line : %r}" % (
            self.message, self._category_name, self.filename, self.lineno, self.line)


def _read_source_line(filename, lineno):
    # linecache knows the program's own sources (embedded) and reads other files from disk.
    import linecache
    return linecache.getline(filename, lineno)


def _standard_text(msg):
    text = "%s:%s: %s: %s\n" % (msg.filename, msg.lineno, msg.category.__name__, msg.message)
    line = msg.line
    if line is None:
        line = _read_source_line(msg.filename, msg.lineno)
    if line:
        text += "  " + line.strip() + "\n"
    if msg.source is None:
        return text
    # tracemalloc never traces here, so CPython's hint is always the one printed.
    return text + msg.category.__name__ + ": Enable tracemalloc to get the object allocation traceback\n"


def formatwarning(message, category, filename, lineno, line=None):
    """The text showwarning() writes for a warning."""
    return _standard_text(WarningMessage(message, category, filename, lineno, None, line))


def _text_of(msg):
    # A program may replace warnings.formatwarning; the replacement then writes the text.
    try:
        hook = formatwarning
    except NameError:
        hook = _default_formatwarning
    if hook is _default_formatwarning:
        return _standard_text(msg)
    return hook(msg.message, msg.category, msg.filename, msg.lineno, msg.line)


def _write(msg):
    out = msg.file
    if out is None:
        out = sys.stderr
        if out is None:
            return
    text = _text_of(msg)
    try:
        out.write(text)
    except OSError:
        pass


# Where a shown warning ends up: written out, or appended to catch_warnings(record=True)'s list.
_sink = _write


def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to file (sys.stderr by default)."""
    _sink(WarningMessage(message, category, filename, lineno, file, line))


_default_showwarning = showwarning
_default_formatwarning = formatwarning


def _show(msg):
    try:
        hook = showwarning
    except NameError:
        hook = _default_showwarning
    if hook is _default_showwarning:
        _sink(msg)
        return
    if not callable(hook):
        raise TypeError("warnings.showwarning() must be set to a function or method")
    hook(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)


# ---------------------------------------------------------------- filter patterns

_ANY = "any"
_CHAR = "char"
_SET = "set"
_START = "start"
_END = "end"
_STRING_END = "string end"  # \Z: only at the very end (what -W module patterns end with)

_CLASS_ESCAPES = {
    "d": (lambda c: c.isdecimal()),
    "w": (lambda c: c.isalnum() or c == "_"),
    "s": (lambda c: c in " \t\n\r\f\v" or c.isspace()),
}


class _FilterPattern:
    """A filter's message or module pattern, shown as the re.compile() object CPython stores.

    It is matched as re.match would (from the start of the text, not to its end)."""

    def __init__(self, pattern, ignore_case):
        self.pattern = pattern
        self.flags = 34 if ignore_case else 32
        self._fold = ignore_case
        self._steps = _compile_pattern(pattern, ignore_case)

    def __repr__(self):
        if self._fold:
            return "re.compile(%r, re.IGNORECASE)" % self.pattern
        return "re.compile(%r)" % self.pattern

    # re caches compiled patterns, so equal patterns are the same object to CPython's filters.
    def __eq__(self, other):
        if not isinstance(other, _FilterPattern):
            return NotImplemented
        return self.pattern == other.pattern and self._fold == other._fold

    def __hash__(self):
        return hash((self.pattern, self._fold))

    def match(self, text):
        if not isinstance(text, str):
            raise TypeError("expected string or bytes-like object, got %r" % type(text).__name__)
        if self._fold:
            text = text.lower()
        return True if _run(self._steps, 0, text, 0) else None


def _unsupported(pattern, what):
    return NotImplementedError("PyPack's warnings filters do not support %s in a pattern: %r"
                               % (what, pattern))


def _read_class(pattern, i, fold):
    """Parse a [...] class starting after '['; return (step, index after ']')."""
    negate = pattern[i:i + 1] == "^"
    if negate:
        i += 1
    singles = []
    ranges = []
    tests = []
    first = True
    while True:
        if i >= len(pattern):
            raise _unsupported(pattern, "an unterminated character set")
        c = pattern[i]
        if c == "]" and not first:
            i += 1
            break
        first = False
        if c == "\\":
            if i + 1 >= len(pattern):
                raise _unsupported(pattern, "a trailing backslash")
            e = pattern[i + 1]
            i += 2
            if e == "Z":
                steps.append((_STRING_END, None, 1, 1))
                continue
            if e in _CLASS_ESCAPES:
                tests.append(_CLASS_ESCAPES[e])
                continue
            if e.isalnum():
                raise _unsupported(pattern, "the escape \\" + e)
            c = e
        else:
            i += 1
        if pattern[i:i + 1] == "-" and i + 1 < len(pattern) and pattern[i + 1] != "]":
            high = pattern[i + 1]
            i += 2
            ranges.append((c, high))
        else:
            singles.append(c)
    if fold:
        singles = [c.lower() for c in singles]
        ranges = ranges + [(lo.lower(), hi.lower()) for lo, hi in ranges]
    return (_SET, (negate, "".join(singles), ranges, tests)), i


def _compile_pattern(pattern, fold):
    """The steps of a pattern: (kind, data, least, most) with most None for unbounded."""
    steps = []
    i = 0
    n = len(pattern)
    while i < n:
        c = pattern[i]
        if c in "()|":
            raise _unsupported(pattern, "groups or alternation")
        if c in "*+?":
            raise _unsupported(pattern, "a quantifier with nothing to repeat")
        if c == "^":
            steps.append((_START, None, 1, 1))
            i += 1
            continue
        if c == "$":
            steps.append((_END, None, 1, 1))
            i += 1
            continue
        if c == ".":
            step = (_ANY, None)
            i += 1
        elif c == "[":
            step, i = _read_class(pattern, i + 1, fold)
        elif c == "\\":
            if i + 1 >= n:
                raise _unsupported(pattern, "a trailing backslash")
            e = pattern[i + 1]
            i += 2
            if e == "Z":
                steps.append((_STRING_END, None, 1, 1))
                continue
            if e in _CLASS_ESCAPES:
                step = (_SET, (False, "", [], [_CLASS_ESCAPES[e]]))
            elif e.isupper() and e.lower() in _CLASS_ESCAPES:
                step = (_SET, (True, "", [], [_CLASS_ESCAPES[e.lower()]]))
            elif e.isalnum():
                raise _unsupported(pattern, "the escape \\" + e)
            else:
                step = (_CHAR, e.lower() if fold else e)
        else:
            step = (_CHAR, c.lower() if fold else c)
            i += 1
        least, most, i = _read_repeat(pattern, i)
        steps.append(step + (least, most))
    return steps


def _read_repeat(pattern, i):
    """The repetition after an atom: (least, most, next index); most None is unbounded,
    and a negative least marks a lazy repeat."""
    c = pattern[i:i + 1]
    if c == "*":
        least, most, i = 0, None, i + 1
    elif c == "+":
        least, most, i = 1, None, i + 1
    elif c == "?":
        least, most, i = 0, 1, i + 1
    elif c == "{":
        close = pattern.find("}", i)
        body = pattern[i + 1:close] if close > 0 else ""
        low, comma, high = body.partition(",")
        if close < 0 or not (low.isdigit() or low == "") or not (high.isdigit() or high == "") \
                or (not comma and not low):
            return 1, 1, i  # not a repeat: re reads '{' literally
        least = int(low) if low else 0
        most = (int(high) if high else None) if comma else least
        i = close + 1
    else:
        return 1, 1, i
    if pattern[i:i + 1] == "?":
        return -1 - least, most, i + 1
    if pattern[i:i + 1] in ("*", "+", "?", "{"):
        raise _unsupported(pattern, "a repeated repeat")
    return least, most, i


def _accepts(step, c):
    kind, data = step[0], step[1]
    if kind == _ANY:
        return c != "\n"
    if kind == _CHAR:
        return c == data
    negate, singles, ranges, tests = data
    found = c in singles or any(lo <= c <= hi for lo, hi in ranges) or any(t(c) for t in tests)
    return found != negate


def _run(steps, k, text, pos):
    """Whether steps[k:] match text from pos (backtracking over repeats)."""
    if k == len(steps):
        return True
    step = steps[k]
    kind, least, most = step[0], step[2], step[3]
    if kind == _START:
        return pos == 0 and _run(steps, k + 1, text, pos)
    if kind == _END:
        at_end = pos == len(text) or (pos == len(text) - 1 and text[pos] == "\n")
        return at_end and _run(steps, k + 1, text, pos)
    if kind == _STRING_END:
        return pos == len(text) and _run(steps, k + 1, text, pos)
    lazy = least < 0
    if lazy:
        least = -1 - least
    count = 0
    limit = len(text) - pos if most is None else min(most, len(text) - pos)
    while count < limit and _accepts(step, text[pos + count]):
        count += 1
    if count < least:
        return False
    tries = range(least, count + 1) if lazy else range(count, least - 1, -1)
    for taken in tries:
        if _run(steps, k + 1, text, pos + taken):
            return True
    return False


def _matches(pattern, value):
    if pattern is None:
        return True
    if type(pattern) is str:
        # The default filter's module '__main__' is a plain string, compared for equality.
        if not isinstance(value, str):
            raise TypeError("Can't compare str and %s" % type(value).__name__)
        return pattern == value
    return bool(pattern.match(value))


# ---------------------------------------------------------------- the filter list

filters = [
    ("default", None, DeprecationWarning, "__main__", 0),
    ("ignore", None, DeprecationWarning, None, 0),
    ("ignore", None, PendingDeprecationWarning, None, 0),
    ("ignore", None, ImportWarning, None, 0),
    ("ignore", None, ResourceWarning, None, 0),
]
defaultaction = "default"
onceregistry = {}

# Bumped on every change to the filters: registries remember the version they were filled under.
_filters_version = 1


def _filters_changed():
    global _filters_version
    _filters_version += 1


def _insert_filter(entry, append):
    if append:
        if entry not in filters:
            filters.append(entry)
    else:
        if entry in filters:
            filters.remove(entry)
        filters.insert(0, entry)
    _filters_changed()


def filterwarnings(action, message="", category=Warning, module="", lineno=0,
                   append=False):
    """Add a filter whose message and module are regular expressions (matched from the start)."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(message, str), "message must be a string"
    assert isinstance(category, type), "category must be a class"
    assert issubclass(category, Warning), "category must be a Warning subclass"
    assert isinstance(module, str), "module must be a string"
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    message_pattern = _FilterPattern(message, True) if message else None
    module_pattern = _FilterPattern(module, False) if module else None
    _insert_filter((action, message_pattern, category, module_pattern, lineno), append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter that matches any message and module."""
    assert action in _ACTIONS, "invalid action: %r" % (action,)
    assert isinstance(lineno, int) and lineno >= 0, "lineno must be an int >= 0"
    _insert_filter((action, None, category, None, lineno), append)


def resetwarnings():
    """Empty the filter list (defaultaction then decides)."""
    filters[:] = []
    _filters_changed()


def _checked_filters():
    if not isinstance(filters, list):
        raise ValueError("_warnings.filters must be a list")
    for index, entry in enumerate(filters):
        if not isinstance(entry, tuple) or len(entry) != 5:
            raise ValueError("_warnings.filters item %d isn't a 5-tuple" % index)
        yield entry


def _choose(text, category, module, lineno):
    """(action, filter) of the first filter that matches, or (defaultaction, None)."""
    for entry in _checked_filters():
        action, message_pattern, wanted, module_pattern, wanted_line = entry
        text_ok = _matches(message_pattern, text)
        category_ok = issubclass(category, wanted)
        module_ok = _matches(module_pattern, module)
        if text_ok and category_ok and module_ok and (not wanted_line or wanted_line == lineno):
            return action, entry
    return defaultaction, None


# ---------------------------------------------------------------- issuing warnings

def _as_warning(message, category):
    """(text, category, the Warning instance) for a message and a category."""
    if issubclass(type(message), Warning):
        return str(message), type(message), message
    return message, category, category(message)


def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning: filtered, shown, ignored or raised as the filters say."""
    if getattr(type(stacklevel), "__index__", None) is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(stacklevel).__name__)
    if issubclass(type(message), Warning):
        category = type(message)
    elif category is None:
        category = UserWarning
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise TypeError("category must be a Warning subclass, not '%s'" % type(category).__name__)
    # stacklevel 1 (or less) is warn()'s caller; past the outermost frame, CPython names sys.
    try:
        frame = sys._getframe(max(int(stacklevel), 1))
    except ValueError:
        frame = None
    if frame is None:
        namespace, filename, lineno = sys.__dict__, "sys", 1
    else:
        namespace, filename, lineno = frame.f_globals, frame.f_code.co_filename, frame.f_lineno
    registry = namespace.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, namespace.get("__name__", "<string>"),
                  registry, namespace, source)


def _c_int(value):
    # The C int argument parsing of CPython's _warnings functions.
    index = getattr(type(value), "__index__", None)
    if index is None:
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    value = index(value)
    if not -2 ** 63 <= value < 2 ** 63:
        raise OverflowError("Python int too large to convert to C long")
    if value >= 2 ** 31:
        raise OverflowError("signed integer is greater than maximum")
    if value < -2 ** 31:
        raise OverflowError("signed integer is less than minimum")
    return value


def _seen(registry, key, remember):
    """Whether registry already holds key (forgetting everything if the filters changed since)."""
    version = registry.get("version")
    if type(version) is int and version == _filters_version:
        if registry.get(key):
            return True
    else:
        registry.clear()
        registry["version"] = _filters_version
    if remember:
        registry[key] = True
    return False


def warn_explicit(message, category, filename, lineno,
                  module=None, registry=None, module_globals=None,
                  source=None):
    """Issue a warning for a location given by the caller."""
    if not isinstance(filename, str):
        raise TypeError("warn_explicit() argument 3 must be str, not %s" % type(filename).__name__)
    lineno = _c_int(lineno)
    if registry is not None and not isinstance(registry, dict):
        raise TypeError("'registry' must be a dict or None")
    if module_globals is not None and not isinstance(module_globals, dict):
        raise TypeError("module_globals must be a dict, not '%s'" % type(module_globals).__name__)
    if module is None:
        if not filename:
            module = "<unknown>"
        elif filename.endswith(".py"):
            module = filename[:-3]
        else:
            module = filename
    text, category, instance = _as_warning(message, category)
    here = (text, category, lineno)
    if registry is not None and _seen(registry, here, False):
        return
    action, entry = _choose(text, category, module, lineno)
    if action == "error":
        raise instance
    if action == "ignore":
        return
    if action != "always":
        if registry is not None:
            registry[here] = True
        if action == "once" or action == "module":
            # Both remember (text, category): 'once' in onceregistry when no registry is given,
            # 'module' only in a given registry.
            target = registry if registry is not None or action == "module" else onceregistry
            if target is not None and _seen(target, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %r"
                               % (action, entry))
    _show(WarningMessage(instance, category, filename, lineno, None, None, source))


# ---------------------------------------------------------------- catch_warnings

class catch_warnings:
    """Save the filters and display hooks on entry and put them back on exit.

    record=True collects the warnings shown inside into the list __enter__ returns; action
    (with category, lineno and append) adds a simplefilter() on entry."""

    def __init__(self, *, record=False, module=None,
                 action=None, category=Warning, lineno=0, append=False):
        self._record = record
        self._module = sys.modules["warnings"] if module is None else module
        self._entered = False
        self._filter_args = None if action is None else (action, category, lineno, append)

    def __repr__(self):
        shown = []
        if self._record:
            shown.append("record=True")
        if self._module is not sys.modules["warnings"]:
            shown.append("module=%r" % (self._module,))
        return "%s(%s)" % (type(self).__name__, ", ".join(shown))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        target = self._module
        self._saved = (target.filters, target.showwarning, target._sink)
        target.filters = target.filters[:]
        target._filters_changed()
        if self._filter_args is not None:
            target.simplefilter(*self._filter_args)
        if not self._record:
            return None
        collected = []
        target._sink = collected.append
        target.showwarning = target._default_showwarning
        return collected

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        target = self._module
        target.filters, target.showwarning, target._sink = self._saved
        target._filters_changed()


# ---------------------------------------------------------------- PYTHONWARNINGS

class _BadOption(Exception):
    pass


def _escape(text):
    # re.escape: the characters special to regular expressions get a backslash.
    return "".join("\\" + c if c in _SPECIAL else c for c in text)


_SPECIAL = frozenset("()[]{}?*+-|^$\\.&~# \t\n\r\v\f")


# The builtins a -W category may name (PyPack has no builtins module to look them up in).
_BUILTIN_WARNINGS = {cls.__name__: cls for cls in (
    Warning, UserWarning, DeprecationWarning, PendingDeprecationWarning, SyntaxWarning,
    RuntimeWarning, FutureWarning, ImportWarning, UnicodeWarning, BytesWarning, ResourceWarning,
    EncodingWarning)}
# Builtin classes that are not warnings ("invalid warning category"), and builtins that are not
# classes at all (CPython fails to import warnings on those).
_BUILTIN_CLASSES = frozenset((
    'ArithmeticError', 'AssertionError', 'AttributeError', 'BaseException', 'BaseExceptionGroup',
    'BlockingIOError', 'BrokenPipeError', 'BufferError', 'ChildProcessError',
    'ConnectionAbortedError', 'ConnectionError', 'ConnectionRefusedError', 'ConnectionResetError',
    'EOFError', 'EnvironmentError', 'Exception', 'ExceptionGroup', 'FileExistsError',
    'FileNotFoundError', 'FloatingPointError', 'GeneratorExit', 'IOError', 'ImportError',
    'IndentationError', 'IndexError', 'InterruptedError', 'IsADirectoryError', 'KeyError',
    'KeyboardInterrupt', 'LookupError', 'MemoryError', 'ModuleNotFoundError', 'NameError',
    'NotADirectoryError', 'NotImplementedError', 'OSError', 'OverflowError', 'PermissionError',
    'ProcessLookupError', 'RecursionError', 'ReferenceError', 'RuntimeError', 'StopAsyncIteration',
    'StopIteration', 'SyntaxError', 'SystemError', 'SystemExit', 'TabError', 'TimeoutError',
    'TypeError', 'UnboundLocalError', 'UnicodeDecodeError', 'UnicodeEncodeError', 'UnicodeError',
    'UnicodeTranslateError', 'ValueError', 'ZeroDivisionError', 'bool', 'bytearray', 'bytes',
    'classmethod', 'complex', 'dict', 'enumerate', 'filter', 'float', 'frozenset', 'int', 'list',
    'map', 'memoryview', 'object', 'property', 'range', 'reversed', 'set', 'slice', 'staticmethod',
    'str', 'super', 'tuple', 'type', 'zip',
))
_BUILTIN_OTHERS = frozenset((
    'Ellipsis', 'False', 'None', 'NotImplemented', 'True', 'abs', 'aiter', 'all', 'anext', 'any',
    'ascii', 'bin', 'breakpoint', 'callable', 'chr', 'compile', 'copyright', 'credits', 'delattr',
    'dir', 'divmod', 'eval', 'exec', 'exit', 'format', 'getattr', 'globals', 'hasattr', 'hash',
    'help', 'hex', 'id', 'input', 'isinstance', 'issubclass', 'iter', 'len', 'license', 'locals',
    'max', 'min', 'next', 'oct', 'open', 'ord', 'pow', 'print', 'quit', 'repr', 'round', 'setattr',
    'sorted', 'sum', 'vars',
))


def _option_category(name):
    if not name:
        return Warning
    if "." in name:
        module_name, _, class_name = name.rpartition(".")
        module = sys.modules.get(module_name)
        if module is None:
            # CPython would import it here; a compiled program has only the modules it imports.
            raise NotImplementedError(
                "PyPack cannot import %r for the -W/PYTHONWARNINGS category %r: import it before warnings"
                % (module_name, name))
        category = getattr(module, class_name, None)
        if category is None:
            raise _BadOption("unknown warning category: %r" % (name,))
        if not isinstance(category, type):
            raise NotImplementedError("a -W/PYTHONWARNINGS category that is not a class: %r" % (name,))
        if not issubclass(category, Warning):
            raise _BadOption("invalid warning category: %r" % (name,))
        return category
    if name in _BUILTIN_WARNINGS:
        return _BUILTIN_WARNINGS[name]
    if name in _BUILTIN_CLASSES:
        raise _BadOption("invalid warning category: %r" % (name,))
    if name in _BUILTIN_OTHERS:
        raise NotImplementedError("a -W/PYTHONWARNINGS category that is not a class: %r" % (name,))
    raise _BadOption("unknown warning category: %r" % (name,))


def _apply_option(option):
    """One -W option, action:message:category:module:lineno (fields may be left out)."""
    parts = option.split(":")
    if len(parts) > 5:
        raise _BadOption("too many fields (max 5): %r" % (option,))
    parts += [""] * (5 - len(parts))
    action, message, category, module, lineno = [part.strip() for part in parts]
    # An action may be abbreviated to any prefix ("d", "err").
    if action == "all":
        action = "always"
    for known in ("default", "always", "ignore", "module", "once", "error"):
        if known.startswith(action):
            action = known
            break
    else:
        raise _BadOption("invalid action: %r" % (action,))
    category = _option_category(category)
    if lineno:
        try:
            lineno = int(lineno)
        except (ValueError, OverflowError):
            raise _BadOption("invalid lineno %r" % (lineno,)) from None
        if lineno < 0:
            raise _BadOption("invalid lineno %r" % (lineno,))
    else:
        lineno = 0
    message_pattern = _FilterPattern(_escape(message), True) if message else None
    module_pattern = _FilterPattern(_escape(module) + "\\Z", False) if module else None
    _insert_filter((action, message_pattern, category, module_pattern, lineno), False)


def _apply_environment():
    # CPython reads PYTHONWARNINGS at start-up into sys.warnoptions (-W options come first; a
    # packaged program has none) and the warnings module applies them in order, each in front.
    for option in getattr(sys, "warnoptions", ()):
        try:
            _apply_option(option)
        except _BadOption as error:
            sys.stderr.write("Invalid -W option ignored: %s\n" % (error,))


_apply_environment()
