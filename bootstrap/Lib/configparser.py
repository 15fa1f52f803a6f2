"""INI-style configuration files, written for PyPack from configparser's documented behaviour.

Lines are classified by hand (section header, option, continuation, comment, blank) for any
delimiters and comment prefixes; a SECTCRE set on a parser or subclass is honoured.
"""

import os
import sys

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError",
           "NoOptionError", "InterpolationError", "InterpolationDepthError",
           "InterpolationMissingOptionError", "InterpolationSyntaxError",
           "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "RawConfigParser",
           "Interpolation", "BasicInterpolation", "ExtendedInterpolation",
           "SectionProxy", "ConverterMapping", "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10

_UNSET = object()


# ---------------------------------------------------------------- errors

class Error(Exception):
    """Base class of the configparser errors; str() and repr() give the message."""

    def __init__(self, msg=''):
        self.message = msg
        Exception.__init__(self, msg)

    def __repr__(self):
        return self.message

    def __str__(self):
        return self.message


def _where(source, lineno):
    # "While reading from 'file' [line  3]: " prefix of the duplicate errors
    text = "While reading from %r" % (source,)
    if lineno is not None:
        text += " [line %2d]" % (lineno,)
    return text + ": "


class NoSectionError(Error):
    """A section that was asked for does not exist."""

    def __init__(self, section):
        Error.__init__(self, "No section: %r" % (section,))
        self.section = section
        self.args = (section,)


class DuplicateSectionError(Error):
    """A section appears twice (in one source, or add_section of an existing one)."""

    def __init__(self, section, source=None, lineno=None):
        if source is None:
            text = "Section %r already exists" % (section,)
        else:
            text = _where(source, lineno) + "section %r already exists" % (section,)
        Error.__init__(self, text)
        self.section = section
        self.source = source
        self.lineno = lineno
        self.args = (section, source, lineno)


class DuplicateOptionError(Error):
    """An option appears twice in one section of one source (strict parsers)."""

    def __init__(self, section, option, source=None, lineno=None):
        tail = "%r in section %r already exists" % (option, section)
        if source is None:
            text = "Option " + tail
        else:
            text = _where(source, lineno) + "option " + tail
        Error.__init__(self, text)
        self.section = section
        self.option = option
        self.source = source
        self.lineno = lineno
        self.args = (section, option, source, lineno)


class NoOptionError(Error):
    """An option that was asked for does not exist in the section."""

    def __init__(self, option, section):
        Error.__init__(self, "No option %r in section: %r" % (option, section))
        self.option = option
        self.section = section
        self.args = (option, section)


class InterpolationError(Error):
    """Base class of the errors raised while expanding references in a value."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option = option
        self.section = section
        self.args = (option, section, msg)


class InterpolationMissingOptionError(InterpolationError):
    """A reference names an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        text = ("Bad value substitution: option %r in section %r contains an interpolation "
                "key %r which is not a valid option name. Raw value: %r"
                % (option, section, reference, rawval))
        InterpolationError.__init__(self, option, section, text)
        self.reference = reference
        self.args = (option, section, rawval, reference)


class InterpolationSyntaxError(InterpolationError):
    """A value holds a malformed reference."""


class InterpolationDepthError(InterpolationError):
    """References nest deeper than MAX_INTERPOLATION_DEPTH."""

    def __init__(self, option, section, rawval):
        text = ("Recursion limit exceeded in value substitution: option %r in section %r "
                "contains an interpolation key which cannot be substituted in %d steps. "
                "Raw value: %r" % (option, section, MAX_INTERPOLATION_DEPTH, rawval))
        InterpolationError.__init__(self, option, section, text)
        self.args = (option, section, rawval)


class ParsingError(Error):
    """A source has lines that are not valid; each one is listed in the message."""

    def __init__(self, source=None, filename=None):
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        if not filename and not source:
            raise ValueError("Required argument `source' not given.")
        source = source or filename
        Error.__init__(self, "Source contains parsing errors: %r" % (source,))
        self.source = source
        self.errors = []
        self.args = (source,)

    @property
    def filename(self):
        import warnings
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=2)
        return self.source

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message += "\n\t[line %2d]: %s" % (lineno, line)


class MissingSectionHeaderError(ParsingError):
    """A source starts with something else than a section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, "File contains no section headers.\nfile: %r, line: %d\n%r"
                       % (filename, lineno, line))
        self.source = filename
        self.lineno = lineno
        self.line = line
        self.args = (filename, lineno, line)


# ---------------------------------------------------------------- interpolation

class Interpolation:
    """No interpolation: values are used as written."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


def _without_refs(value, escape, opener, closer):
    """value with the escapes (%% or $$) and the well-formed references removed."""
    text = value.replace(escape, '')
    out = []
    i = 0
    while i < len(text):
        if text.startswith(opener, i):
            end = text.find(closer, i + len(opener))
            if end > i + len(opener) and closer[0] not in text[i + len(opener):end]:
                i = end + len(closer)
                continue
        out.append(text[i])
        i += 1
    return ''.join(out)


class _Expander(Interpolation):
    # Shared walk of BasicInterpolation and ExtendedInterpolation: subclasses say what the
    # escape character is and how one reference is resolved.
    _mark = ''
    _opener = ''
    _closer = ''

    def before_get(self, parser, section, option, value, defaults):
        pieces = []
        self._expand(parser, option, pieces, value, section, defaults, 1)
        return ''.join(pieces)

    def before_set(self, parser, section, option, value):
        rest = _without_refs(value, self._mark * 2, self._opener, self._closer)
        if self._mark in rest:
            raise ValueError("invalid interpolation syntax in %r at position %d"
                             % (value, rest.find(self._mark)))
        return value

    def _expand(self, parser, option, pieces, rest, section, values, depth):
        raw = parser.get(section, option, raw=True, fallback=rest)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, raw)
        mark = self._mark
        while rest:
            at = rest.find(mark)
            if at < 0:
                pieces.append(rest)
                return
            pieces.append(rest[:at])
            rest = rest[at:]
            follower = rest[1:2]
            if follower == mark:
                pieces.append(mark)
                rest = rest[2:]
            elif follower == self._opener[1]:
                name, rest = self._reference(option, section, rest)
                self._substitute(parser, option, pieces, name, rest, section, values, depth, raw)
            else:
                raise InterpolationSyntaxError(
                    option, section,
                    "'%s' must be followed by '%s' or '%s', found: %r"
                    % (mark, mark, self._opener[1], rest))

    def _reference(self, option, section, rest):
        # rest starts with the opener: the name reaches the first closing character
        end = rest.find(self._closer[0], 2)
        if end <= 2 or not rest.startswith(self._closer, end):
            raise InterpolationSyntaxError(option, section,
                                           "bad interpolation variable reference %r" % (rest,))
        return rest[2:end], rest[end + len(self._closer):]


class BasicInterpolation(_Expander):
    """%(name)s refers to another option of the section (or DEFAULT); %% is a percent sign."""

    _mark = '%'
    _opener = '%('
    _closer = ')s'

    def _substitute(self, parser, option, pieces, name, after, section, values, depth, raw):
        key = parser.optionxform(name)
        try:
            value = values[key]
        except KeyError:
            raise InterpolationMissingOptionError(option, section, raw, key) from None
        if '%' in value:
            self._expand(parser, option, pieces, value, section, values, depth + 1)
        else:
            pieces.append(value)


class ExtendedInterpolation(_Expander):
    """${name} or ${section:name} (zc.buildout syntax); $$ is a dollar sign."""

    _mark = '$'
    _opener = '${'
    _closer = '}'

    def _substitute(self, parser, option, pieces, name, after, section, values, depth, raw):
        path = name.split(':')
        if len(path) > 2:
            raise InterpolationSyntaxError(option, section,
                                           "More than one ':' found: %r" % (after,))
        where = section
        try:
            if len(path) == 1:
                key = parser.optionxform(path[0])
                value = values[key]
            else:
                where = path[0]
                key = parser.optionxform(path[1])
                value = parser.get(where, key, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, raw, ":".join(path)) from None
        if '$' not in value:
            pieces.append(value)
            return
        if where != section:
            values = dict(parser.items(where, raw=True))
        self._expand(parser, key, pieces, value, where, values, depth + 1)


# ---------------------------------------------------------------- line reading

def _header_name(text):
    """'[name]' gives name (up to the last ']', at least one character), else None."""
    if not text.startswith('['):
        return None
    close = text.rfind(']')
    if close < 2:
        return None
    return text[1:close]


class _Lookup:
    """First of several dicts holding a key (vars, then the section, then DEFAULT)."""

    def __init__(self, *layers):
        self.layers = layers

    def __getitem__(self, key):
        for layer in self.layers:
            if key in layer:
                return layer[key]
        raise KeyError(key)

    def __contains__(self, key):
        for layer in self.layers:
            if key in layer:
                return True
        return False

    def get(self, key, default=None):
        for layer in self.layers:
            if key in layer:
                return layer[key]
        return default


def _no_attribute(obj, name):
    err = AttributeError("'%s' object has no attribute '%s'" % (type(obj).__name__, name))
    err.name = name   # for the "Did you mean" hint of tracebacks
    err.obj = obj
    return err


class _MappingMethods:
    # The methods a MutableMapping derives from __getitem__/__setitem__/__delitem__/__iter__
    # (PyPack has no collections.abc); get() is each class's own.

    def keys(self):
        return list(self)

    def values(self):
        return [self[key] for key in self]

    def pop(self, key, default=_UNSET):
        try:
            value = self[key]
        except KeyError:
            if default is _UNSET:
                raise
            return default
        del self[key]
        return value

    def popitem(self):
        for key in self:
            value = self[key]
            del self[key]
            return key, value
        raise KeyError

    def clear(self):
        while True:
            try:
                self.popitem()
            except KeyError:
                return

    def update(self, other=(), /, **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
        return default

    def __eq__(self, other):
        if not isinstance(other, _MappingMethods):
            return NotImplemented
        return dict(self.items()) == dict(other.items())

    __hash__ = None


# ---------------------------------------------------------------- parsers

class RawConfigParser(_MappingMethods):
    """Configuration parser without interpolation."""

    _standard_interpolation = Interpolation()
    BOOLEAN_STATES = {'1': True, 'yes': True, 'true': True, 'on': True,
                      '0': False, 'no': False, 'false': False, 'off': False}
    # A compiled pattern with a 'header' group replaces the default "[name]" rule.
    SECTCRE = None

    def __init__(self, defaults=None, dict_type=dict, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections = dict_type()
        self._defaults = dict_type()
        self._views = dict_type()
        self._views[default_section] = SectionProxy(self, default_section)
        self._delims = tuple(delimiters)
        self._line_comments = tuple(comment_prefixes) if comment_prefixes else ()
        self._inline_comments = tuple(inline_comment_prefixes) if inline_comment_prefixes else ()
        self._strict = strict
        self._bare_names = allow_no_value
        self._blank_lines_kept = empty_lines_in_values
        self.default_section = default_section
        if interpolation is _UNSET:
            interpolation = self._standard_interpolation
        self._interpolation = Interpolation() if interpolation is None else interpolation
        self._converters = ConverterMapping(self)
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._load_defaults(defaults)

    # -- sections and options

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names, DEFAULT left out."""
        return list(self._sections)

    def add_section(self, section):
        """Create a section; DuplicateSectionError if it exists, ValueError for DEFAULT."""
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % (section,))
        if section in self._sections:
            raise DuplicateSectionError(section)
        self._new_section(section)

    def _new_section(self, name):
        table = self._dict()
        self._sections[name] = table
        self._views[name] = SectionProxy(self, name)
        return table

    def has_section(self, section):
        return section in self._sections

    def options(self, section):
        """Option names of a section, the defaults included."""
        if section not in self._sections:
            raise NoSectionError(section)
        names = self._sections[section].copy()
        names.update(self._defaults)
        return list(names.keys())

    def has_option(self, section, option):
        key = self.optionxform(option)
        if not section or section == self.default_section:
            return key in self._defaults
        if section not in self._sections:
            return False
        return key in self._sections[section] or key in self._defaults

    def optionxform(self, optionstr):
        return optionstr.lower()

    def _table_for(self, section):
        # set() and remove_option() write to DEFAULT for '' or the default section's name
        if not section or section == self.default_section:
            return self._defaults
        if section not in self._sections:
            raise NoSectionError(section)
        return self._sections[section]

    def set(self, section, option, value=None):
        """Set an option of a section (or of DEFAULT)."""
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._table_for(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        """Remove an option; tells whether it existed."""
        table = self._table_for(section)
        key = self.optionxform(option)
        if key not in table:
            return False
        del table[key]
        return True

    def remove_section(self, section):
        """Remove a section; tells whether it existed."""
        existed = self._sections.pop(section, _UNSET) is not _UNSET
        if existed:
            self._views.pop(section)
        return existed

    # -- getting values

    def _layers(self, section, vars):
        if section in self._sections:
            own = self._sections[section]
        elif section == self.default_section:
            own = {}
        else:
            raise NoSectionError(section)
        given = {}
        if vars:
            for name in vars:
                value = vars[name]
                given[self.optionxform(name)] = value if value is None else str(value)
        return _Lookup(given, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """The value of option in section, interpolated unless raw."""
        try:
            values = self._layers(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        key = self.optionxform(option)
        if key not in values:
            if fallback is _UNSET:
                raise NoOptionError(key, section)
            return fallback
        value = values[key]
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, key, value, values)

    def _converted(self, section, option, conv, *, raw=False, vars=None,
                  fallback=_UNSET, **kwargs):
        try:
            text = self.get(section, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback
        return conv(text)

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._converted(section, option, int, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._converted(section, option, float, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._converted(section, option, self._to_bool, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def _to_bool(self, value):
        state = self.BOOLEAN_STATES.get(value.lower())
        if state is None:
            raise ValueError('Not a boolean: %s' % value)
        return state

    def __getattr__(self, name):
        # get<name>() for each converter registered in self.converters
        registry = self.__dict__.get('_converters')
        conv = registry._lookup(name) if registry is not None else None
        if conv is None:
            raise _no_attribute(self, name)

        def getter(section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
            return self._converted(section, option, conv, raw=raw, vars=vars,
                                  fallback=fallback, **kwargs)
        return getter

    @property
    def converters(self):
        return self._converters

    def items(self, section=_UNSET, raw=False, vars=None):
        """(name, value) pairs of a section; without a section, (name, SectionProxy) pairs."""
        if section is _UNSET:
            return [(name, self._views[name]) for name in self]
        merged = self._defaults.copy()
        if section in self._sections:
            merged.update(self._sections[section])
        elif section != self.default_section:
            raise NoSectionError(section)
        names = list(merged.keys())
        if vars:
            for name in vars:
                merged[self.optionxform(name)] = vars[name]
        if raw:
            return [(name, merged[name]) for name in names]
        expand = self._interpolation.before_get
        return [(name, expand(self, section, name, merged[name], merged)) for name in names]

    # -- mapping protocol: sections by name, DEFAULT first

    def __getitem__(self, key):
        if key != self.default_section and key not in self._sections:
            raise KeyError(key)
        return self._views[key]

    def __setitem__(self, key, value):
        if key in self._views and self._views[key] is value:
            return  # cp[name] = cp[name]
        # assigning replaces the section's options
        table = self._defaults if key == self.default_section else self._sections.get(key)
        if table is not None:
            table.clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if key not in self._sections:
            raise KeyError(key)
        self.remove_section(key)

    def __contains__(self, key):
        return key == self.default_section or key in self._sections

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        yield self.default_section
        yield from list(self._sections.keys())

    def popitem(self):
        # DEFAULT cannot be removed: the sections go, the defaults stay
        for name in self.sections():
            proxy = self[name]
            del self[name]
            return name, proxy
        raise KeyError

    # -- reading

    def read(self, filenames, encoding=None):
        """Read the files that can be opened; return the names of those read."""
        # one name (str, bytes or an os.PathLike: PyPack's os has no PathLike class) or several
        if isinstance(filenames, (str, bytes)) or hasattr(type(filenames), '__fspath__'):
            filenames = [filenames]
        done = []
        for name in filenames:
            try:
                with open(name, encoding=encoding) as fp:
                    self._read(fp, name)
            except OSError:
                continue
            done.append(os.fspath(name) if hasattr(type(name), '__fspath__') else name)
        return done

    def read_file(self, f, source=None):
        """Read an open file (any iterable of lines)."""
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        """Read configuration text."""
        import io
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Read {section: {option: value}}; keys and values become strings."""
        seen = set()
        for section, options in dictionary.items():
            section = str(section)
            try:
                self.add_section(section)
            except (DuplicateSectionError, ValueError):
                if self._strict and section in seen:
                    raise
            seen.add(section)
            for key, value in options.items():
                key = self.optionxform(str(key))
                if value is not None:
                    value = str(value)
                if self._strict and (section, key) in seen:
                    raise DuplicateOptionError(section, key, source)
                seen.add((section, key))
                self.set(section, key, value)

    def _load_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    def _strip_comment(self, line):
        """The meaningful part of a line, stripped; None when the line is only a comment."""
        body = line.strip()
        for prefix in self._line_comments:
            if body.startswith(prefix):
                return None
        cut = len(line)
        for prefix in self._inline_comments:
            at = line.find(prefix)
            # an inline comment starts the line or follows whitespace
            while 0 <= at < cut:
                if at == 0 or line[at - 1].isspace():
                    cut = at
                    break
                at = line.find(prefix, at + 1)
        if cut < len(line):
            return line[:cut].strip() or None
        return body

    def _split_option(self, text):
        """(name, value) of an option line, value None for a bare name; None if not one."""
        best = -1
        found = None
        for delimiter in self._delims:
            at = text.find(delimiter)
            if at >= 0 and (best < 0 or at < best):
                best, found = at, delimiter
        if found is not None:
            return text[:best].rstrip(), text[best + len(found):].strip()
        if self._bare_names:
            return text, None
        return None

    def _match_header(self, text):
        if self.SECTCRE is None:
            return _header_name(text)
        match = self.SECTCRE.match(text)
        return match.group('header') if match else None

    def _read(self, lines, source):
        """Parse lines into the sections; the lines of each value are joined at the end."""
        seen = set()
        table = None          # dict of the current section
        section = None
        option = None         # the option that indented lines continue
        margin = 0            # indentation of the line that started the option
        problems = None
        lineno = 0
        for line in lines:
            lineno += 1
            text = self._strip_comment(line)
            if not text:
                if self._blank_lines_kept:
                    if text is not None and table is not None and option \
                            and table[option] is not None:
                        table[option].append('')
                else:
                    margin = sys.maxsize
                continue
            indent = len(line) - len(line.lstrip())
            if table is not None and option and indent > margin:
                table[option].append(text)
                continue
            margin = indent
            name = self._match_header(text)
            if name is not None:
                section = name
                option = None
                if name in self._sections:
                    if self._strict and name in seen:
                        raise DuplicateSectionError(name, source, lineno)
                    table = self._sections[name]
                    seen.add(name)
                elif name == self.default_section:
                    table = self._defaults
                else:
                    table = self._new_section(name)
                    seen.add(name)
                continue
            if table is None:
                raise MissingSectionHeaderError(source, lineno, line)
            parsed = self._split_option(text)
            if parsed is None:
                problems = self._note_problem(problems, source, lineno, line)
                continue
            key, value = parsed
            if not key:
                problems = self._note_problem(problems, source, lineno, line)
            option = self.optionxform(key)
            if self._strict and (section, option) in seen:
                raise DuplicateOptionError(section, option, source, lineno)
            seen.add((section, option))
            table[option] = None if value is None else [value]
        self._join_lines()
        if problems is not None:
            raise problems

    def _note_problem(self, problems, source, lineno, line):
        if problems is None:
            problems = ParsingError(source)
        problems.append(lineno, repr(line))
        return problems

    def _join_lines(self):
        tables = [(self.default_section, self._defaults)] + list(self._sections.items())
        for name, table in tables:
            for key, value in table.items():
                if isinstance(value, list):
                    value = '\n'.join(value).rstrip()
                table[key] = self._interpolation.before_read(self, name, key, value)

    # -- writing

    def write(self, fp, space_around_delimiters=True):
        """Write the configuration in INI form (DEFAULT first when it has options)."""
        delimiter = self._delims[0]
        if space_around_delimiters:
            delimiter = " %s " % delimiter
        if self._defaults:
            self._emit_section(fp, self.default_section, self._defaults.items(), delimiter)
        for name, table in self._sections.items():
            self._emit_section(fp, name, table.items(), delimiter)

    def _emit_section(self, fp, section_name, section_items, delimiter):
        fp.write("[%s]\n" % (section_name,))
        for key, raw in section_items:
            value = self._interpolation.before_write(self, section_name, key, raw)
            if value is None and self._bare_names:
                fp.write("%s\n" % (key,))
            else:
                fp.write("%s%s%s\n" % (key, delimiter, str(value).replace('\n', '\n\t')))
        fp.write("\n")

    def _check_types(self, *, section="", option="", value=""):
        # what ConfigParser (and any SectionProxy) accepts: strings only
        problem = None
        if not isinstance(section, str):
            problem = "section names must be strings"
        elif not isinstance(option, str):
            problem = "option keys must be strings"
        elif (value or not self._bare_names) and not isinstance(value, str):
            problem = "option values must be strings"
        if problem:
            raise TypeError(problem)


class ConfigParser(RawConfigParser):
    """Configuration parser with BasicInterpolation and checked value types."""

    _standard_interpolation = BasicInterpolation()

    def set(self, section, option, value=None):
        """Set an option; option and value must be strings."""
        self._check_types(option=option, value=value)
        super().set(section, option, value)

    def add_section(self, section):
        """Create a section; its name must be a string."""
        self._check_types(section=section)
        super().add_section(section)

    def _load_defaults(self, defaults):
        # constructor defaults are taken as written: no interpolation syntax check
        kept = self._interpolation
        self._interpolation = Interpolation()
        try:
            self.read_dict({self.default_section: defaults})
        finally:
            self._interpolation = kept


class SectionProxy(_MappingMethods):
    """A view of one section of a parser, usable as a mapping."""

    def __init__(self, parser, name):
        self._parser = parser
        self._name = name

    def __repr__(self):
        return '<Section: %s>' % (self._name,)

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def _names(self):
        if self._name == self._parser.default_section:
            return self._parser.defaults()
        return self._parser.options(self._name)

    def __getitem__(self, key):
        if not self._parser.has_option(self._name, key):
            raise KeyError(key)
        return self._parser.get(self._name, key)

    def __setitem__(self, key, value):
        self._parser._check_types(option=key, value=value)
        return self._parser.set(self._name, key, value)

    def __delitem__(self, key):
        if not self._parser.has_option(self._name, key) \
                or not self._parser.remove_option(self._name, key):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._names())

    def __iter__(self):
        return iter(list(self._names()))

    def items(self):
        return [(key, self[key]) for key in self]

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """The option's value (interpolated unless raw), or fallback."""
        fetch = _impl or self._parser.get
        return fetch(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getint(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self._parser.getint(self._name, option, raw=raw, vars=vars,
                                   fallback=fallback, **kwargs)

    def getfloat(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self._parser.getfloat(self._name, option, raw=raw, vars=vars,
                                     fallback=fallback, **kwargs)

    def getboolean(self, option, fallback=None, *, raw=False, vars=None, **kwargs):
        return self._parser.getboolean(self._name, option, raw=raw, vars=vars,
                                       fallback=fallback, **kwargs)

    def __getattr__(self, name):
        parser = self.__dict__['_parser']
        conv = parser.__dict__['_converters']._lookup(name)
        if conv is None:
            raise _no_attribute(self, name)

        def getter(option, fallback=None, *, raw=False, vars=None, **kwargs):
            return parser._converted(self._name, option, conv, raw=raw, vars=vars,
                                    fallback=fallback, **kwargs)
        return getter


class ConverterMapping(_MappingMethods):
    """The converters of a parser: name -> function, giving get<name>() methods."""

    def __init__(self, parser):
        self._parser = parser
        # the built-in getters exist as methods; their entries only name them
        self._data = {'boolean': None, 'float': None, 'int': None}

    def _lookup(self, attribute):
        if not attribute.startswith('get'):
            return None
        name = attribute[3:]
        return self._data.get(name) if name else None

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise ValueError("Incompatible key: {} (type: {})".format(key, type(key)))
        if not key:
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def items(self):
        return [(key, self._data[key]) for key in self._data]

    def get(self, key, default=None):
        return self._data.get(key, default)
