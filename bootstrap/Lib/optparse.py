"""optparse: the older command-line option parser (argparse supersedes it; many tools still use it).

Written for PyPack from CPython 3.11's documentation and observed behaviour. An OptionParser holds
Options (directly or in OptionGroups); parse_args() returns a Values object and the positional
arguments left over. A bad command line prints the usage and "prog: error: message" on stderr and
exits with status 2. Help text is laid out exactly as CPython lays it out.

The design here: what an action does and how a type converts are tables (_ACTION_TABLE,
_NUMBER_TYPES) that the documented extension points (Option.ACTIONS, TYPE_CHECKER, take_action)
still front; the checks a new Option runs are plain functions listed in Option.CHECK_METHODS, so a
subclass can append its own as the documentation shows.
"""

import os as _os
import sys as _sys
import textwrap as _textwrap

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values', 'OptionContainer',
           'OptionGroup', 'OptionParser', 'HelpFormatter', 'IndentedHelpFormatter',
           'TitledHelpFormatter', 'OptParseError', 'OptionError', 'OptionConflictError',
           'OptionValueError', 'BadOptionError', 'check_choice']

__version__ = "1.5.3"

SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"
NO_DEFAULT = ("NO", "DEFAULT")


# The module comes from the program's own call: only modules compiled in can be found, so this
# generic lookup is not reported as an import the packager cannot see.
_import_by_name = __import__


def _(text):
    """Messages are not translated (CPython's gettext hook, kept for programs that call it)."""
    return text


def _with_address(obj):
    return "<{} at {:#x}: {}>".format(type(obj).__name__, id(obj), obj)


# ============================================================================ exceptions

class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """An Option defined wrongly: raised while the parser is being built."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        return "option {}: {}".format(self.option_id, self.msg) if self.option_id else self.msg


class OptionConflictError(OptionError):
    """An option string that is already taken (with the 'error' conflict handler)."""


class OptionValueError(OptParseError):
    """A value on the command line that its option's type rejects."""


class BadOptionError(OptParseError):
    """An option string the parser does not know."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return "no such option: " + self.opt_str


class AmbiguousOptionError(BadOptionError):
    """A prefix of more than one long option."""

    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = possibilities

    def __str__(self):
        return "ambiguous option: {} ({}?)".format(self.opt_str, ", ".join(self.possibilities))


# ============================================================================ help layout

def _terminal_width():
    """COLUMNS when it is a number, else 80; two columns are kept free at the right."""
    try:
        columns = int(_os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 80
    return columns - 2


class HelpFormatter:
    """Lays out the help: headings, wrapped paragraphs, and options in two columns (the option
    strings, then their help from help_position on)."""

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width, short_first):
        self.parser = None
        self.indent_increment = indent_increment
        self.width = _terminal_width() if width is None else width
        # The help column never goes right of width-20, nor left of two indent steps.
        column = min(max_help_position, max(self.width - 20, 2 * indent_increment))
        self.max_help_position = self.help_position = column
        self.current_indent = self.level = 0
        self.help_width = None
        self.short_first = short_first
        self.default_tag = "%default"
        self.option_strings = {}
        self._short_opt_fmt, self._long_opt_fmt = "%s %s", "%s=%s"

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim != "" and delim != " ":
            raise ValueError("invalid metavar delimiter for short options: %r" % delim)
        self._short_opt_fmt = "%s{}%s".format(delim)

    def set_long_opt_delimiter(self, delim):
        if delim != "=" and delim != " ":
            raise ValueError("invalid metavar delimiter for long options: %r" % delim)
        self._long_opt_fmt = "%s{}%s".format(delim)

    def indent(self):
        self.level += 1
        self.current_indent = self.current_indent + self.indent_increment

    def dedent(self):
        self.level -= 1
        self.current_indent = left = self.current_indent - self.indent_increment
        assert left >= 0, "Indent decreased below 0."

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")

    def _fill_paragraph(self, text):
        pad = " " * self.current_indent
        room = max(11, self.width - self.current_indent)
        return _textwrap.fill(text, room, initial_indent=pad, subsequent_indent=pad)

    def format_description(self, description):
        return self._fill_paragraph(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        return "\n{}\n".format(self._fill_paragraph(epilog)) if epilog else ""

    def expand_default(self, option):
        if self.parser is None or not self.default_tag:
            return option.help
        shown = self.parser.defaults.get(option.dest)
        if shown is None or shown is NO_DEFAULT:
            shown = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(shown))

    def format_option(self, option):
        names = self.option_strings[option]
        left = " " * self.current_indent
        first_column = self.help_position - self.current_indent - 2
        help_lines = _textwrap.wrap(self.expand_default(option), self.help_width) if option.help else []
        if len(names) > first_column:
            # Too wide for the first column: the help starts on the next line, in its column.
            out = [left + names + "\n"]
            out += [" " * self.help_position + line + "\n" for line in help_lines]
            return "".join(out)
        if not option.help:
            return left + names.ljust(first_column) + "  \n"
        out = [left + names.ljust(first_column) + "  " + help_lines[0] + "\n"]
        out += [" " * self.help_position + line + "\n" for line in help_lines[1:]]
        return "".join(out)

    def _containers_by_depth(self, parser):
        return [(1, parser)] + [(2, group) for group in parser.option_groups]

    def store_option_strings(self, parser):
        """Formats each option's strings once; the help column follows the widest of them."""
        widest = 0
        for depth, container in self._containers_by_depth(parser):
            indent = depth * self.indent_increment + self.current_indent
            for option in container.option_list:
                shown = self.format_option_strings(option)
                self.option_strings[option] = shown
                widest = max(widest, indent + len(shown))
        self.help_position = min(self.max_help_position, widest + 2)
        self.help_width = max(11, self.width - self.help_position)

    def format_option_strings(self, option):
        shorts, longs = option._short_opts, option._long_opts
        if option.takes_value():
            shown_value = option.metavar or option.dest.upper()
            shorts = [self._short_opt_fmt % (name, shown_value) for name in shorts]
            longs = [self._long_opt_fmt % (name, shown_value) for name in longs]
        ordered = list(shorts) + list(longs) if self.short_first else list(longs) + list(shorts)
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """The default layout: headings end in ':' and each level is indented."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        super().__init__(indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return "Usage: {}\n".format(usage)

    def format_heading(self, heading):
        return "{}{}:\n".format(" " * self.current_indent, heading)


class TitledHelpFormatter(HelpFormatter):
    """Headings underlined with '=' at the top level and '-' one level down."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        super().__init__(indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return "{}  {}\n".format(self.format_heading("Usage"), usage)

    def format_heading(self, heading):
        underline = ("=", "-")[self.level] * len(heading)
        return heading + "\n" + underline + "\n"


# ============================================================================ types

def _int_with_prefix(text, convert=int):
    """0x.. is hexadecimal, 0b.. binary, another leading 0 octal (as optparse has always read them)."""
    head = text[:2].lower()
    if head == "0x":
        return convert(text, 16)
    if head == "0b":
        return convert(text[2:] or "0", 2)
    return convert(text, 8 if text.startswith("0") else 10)


# type name -> (conversion, the word the error message uses)
_NUMBER_TYPES = {
    "int": (_int_with_prefix, "integer"),
    "long": (_int_with_prefix, "long integer"),
    "float": (float, "floating-point"),
    "complex": (complex, "complex"),
}


def check_builtin(option, opt, value):
    convert, described = _NUMBER_TYPES[option.type]
    try:
        return convert(value)
    except ValueError:
        pass
    raise OptionValueError("option {}: invalid {} value: {!r}".format(opt, described, value))


def check_choice(option, opt, value):
    if value not in option.choices:
        allowed = ", ".join(repr(choice) for choice in option.choices)
        raise OptionValueError("option {}: invalid choice: {!r} (choose from {})".format(opt, value, allowed))
    return value


# ============================================================================ values

class Values:
    """The parsed options, one attribute per destination."""

    def __init__(self, defaults=None):
        for name, value in (defaults or {}).items():
            setattr(self, name, value)

    def __str__(self):
        return str(self.__dict__)

    def __repr__(self):
        return _with_address(self)

    def __eq__(self, other):
        if isinstance(other, Values):
            other = other.__dict__
        elif not isinstance(other, dict):
            return NotImplemented
        return self.__dict__ == other

    def _update_careful(self, dict):
        """Copies only the names this object already has, and only values that are not None."""
        known = set(dir(self))
        for name, value in dict.items():
            if name in known and value is not None:
                setattr(self, name, value)

    def _update_loose(self, dict):
        vars(self).update(dict)

    def _update(self, dict, mode):
        updater = {"careful": self._update_careful, "loose": self._update_loose}.get(mode)
        if updater is None:
            raise ValueError("invalid update mode: %r" % (mode,))
        updater(dict)

    def read_module(self, modname, mode="careful"):
        _import_by_name(modname)
        self._update(vars(_sys.modules[modname]), mode)

    def read_file(self, filename, mode="careful"):
        # CPython exec()s the file; a compiled program has no interpreter to run it with.
        raise NotImplementedError("optparse.Values.read_file runs Python source, which a PyPack executable cannot")

    def ensure_value(self, attr, value):
        current = getattr(self, attr, None)
        if current is None:
            setattr(self, attr, value)
            current = getattr(self, attr)
        return current


# ============================================================================ actions

def _store(option, dest, value, into, parser):
    setattr(into, dest, value)


def _store_const(option, dest, value, into, parser):
    setattr(into, dest, option.const)


def _store_true(option, dest, value, into, parser):
    setattr(into, dest, True)


def _store_false(option, dest, value, into, parser):
    setattr(into, dest, False)


def _append(option, dest, value, into, parser):
    into.ensure_value(dest, []).append(value)


def _append_const(option, dest, value, into, parser):
    into.ensure_value(dest, []).append(option.const)


def _count(option, dest, value, into, parser):
    setattr(into, dest, 1 + into.ensure_value(dest, 0))


def _help(option, dest, value, into, parser):
    parser.print_help()
    parser.exit()


def _version(option, dest, value, into, parser):
    parser.print_version()
    parser.exit()


# What each standard action does; "callback" needs the option string, so take_action does it.
_ACTION_TABLE = {
    "store": _store, "store_const": _store_const, "store_true": _store_true,
    "store_false": _store_false, "append": _append, "append_const": _append_const,
    "count": _count, "help": _help, "version": _version,
}


# ============================================================================ option checks
# Run in this order on each new Option; they fill in what was left out (action, type, dest,
# nargs) and reject combinations that make no sense.

def _settle_action(option):
    if option.action is None:
        option.action = "store"
    elif option.action not in option.ACTIONS:
        raise OptionError("invalid action: %r" % (option.action,), option)


def _settle_type(option):
    kind = option.type
    if kind is None:
        if option.action in option.ALWAYS_TYPED_ACTIONS:
            option.type = "string" if option.choices is None else "choice"
        return
    if isinstance(kind, type):
        kind = kind.__name__  # type=int is taken as type="int"
    option.type = kind = "string" if kind == "str" else kind
    if kind not in option.TYPES:
        raise OptionError("invalid option type: %r" % (kind,), option)
    if option.action not in option.TYPED_ACTIONS:
        raise OptionError("must not supply a type for action %r" % (option.action,), option)


def _settle_choices(option):
    if option.type != "choice":
        if option.choices is not None:
            raise OptionError("must not supply choices for type %r" % (option.type,), option)
    elif option.choices is None:
        raise OptionError("must supply a list of choices for type 'choice'", option)
    elif not isinstance(option.choices, (list, tuple)):
        kind = type(option.choices)
        given = kind.__qualname__ if kind.__module__ == "builtins" else kind.__module__ + "." + kind.__qualname__
        raise OptionError("choices must be a list of strings ('{}' supplied)".format(given), option)


def _settle_dest(option):
    if option.dest is not None:
        return
    if option.action in option.STORE_ACTIONS or option.type is not None:
        # "--dry-run" stores in dry_run; a short-only "-v" in v.
        if option._long_opts:
            option.dest = option._long_opts[0][2:].replace("-", "_")
        else:
            option.dest = option._short_opts[0][1]


def _settle_const(option):
    if option.const is not None and option.action not in option.CONST_ACTIONS:
        raise OptionError("'const' must not be supplied for action %r" % (option.action,), option)


def _settle_nargs(option):
    if option.action not in option.TYPED_ACTIONS:
        if option.nargs is not None:
            raise OptionError("'nargs' must not be supplied for action %r" % (option.action,), option)
    elif option.nargs is None:
        option.nargs = 1


def _settle_callback(option):
    if option.action != "callback":
        for name in ("callback", "callback_args", "callback_kwargs"):
            given = getattr(option, name)
            if given is None:
                continue
            if name == "callback":
                raise OptionError("callback supplied (%r) for non-callback option" % (given,), option)
            raise OptionError(name + " supplied for non-callback option", option)
        return
    if not callable(option.callback):
        raise OptionError("callback not callable: %r" % (option.callback,), option)
    for name, kind, word in (("callback_args", tuple, "tuple"), ("callback_kwargs", dict, "dict")):
        given = getattr(option, name)
        if given is not None and not isinstance(given, kind):
            raise OptionError("{}, if supplied, must be a {}: not {!r}".format(name, word, given), option)


def _split_option_strings(option, strings):
    """Sorts '-x' and '--long' strings into the option's two lists, rejecting any other shape."""
    for text in strings:
        if len(text) < 2:
            raise OptionError("invalid option string %r: must be at least two characters long" % (text,), option)
        if len(text) == 2:
            if text[0] != "-" or text[1] == "-":
                raise OptionError("invalid short option string %r: must be of the form -x, (x any non-dash char)"
                                  % (text,), option)
            option._short_opts.append(text)
        elif text.startswith("--") and text[2] != "-":
            option._long_opts.append(text)
        else:
            raise OptionError("invalid long option string %r: must start with --, followed by non-dash"
                              % (text,), option)


class Option:
    """One option: its strings ('-v', '--verbose'), its action, and how its value is read."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices', 'callback',
             'callback_args', 'callback_kwargs', 'help', 'metavar']
    ACTIONS = ("store", "store_const", "store_true", "store_false", "append", "append_const",
               "count", "callback", "help", "version")
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false", "append", "append_const", "count")
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")
    TYPES = ("string", "int", "long", "float", "complex", "choice")
    TYPE_CHECKER = {"int": check_builtin, "long": check_builtin, "float": check_builtin,
                    "complex": check_builtin, "choice": check_choice}
    CHECK_METHODS = [_settle_action, _settle_type, _settle_choices, _settle_dest, _settle_const,
                     _settle_nargs, _settle_callback]

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        strings = [text for text in opts if text]
        if not strings:
            raise TypeError("at least one option string must be supplied")
        _split_option_strings(self, strings)
        for name in self.ATTRS:
            setattr(self, name, attrs.pop(name, NO_DEFAULT if name == "default" else None))
        if attrs:
            raise OptionError("invalid keyword arguments: " + ", ".join(sorted(attrs)), self)
        for check in self.CHECK_METHODS:
            check(self)

    def __str__(self):
        return "/".join(self._short_opts + self._long_opts)

    def __repr__(self):
        return _with_address(self)

    def takes_value(self):
        return self.type is not None

    def get_opt_string(self):
        return self._long_opts[0] if self._long_opts else self._short_opts[0]

    def check_value(self, opt, value):
        checker = self.TYPE_CHECKER.get(self.type)
        return value if checker is None else checker(self, opt, value)

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs == 1:
            return self.check_value(opt, value)
        return tuple([self.check_value(opt, item) for item in value])

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == "callback":
            extra = self.callback_args or ()
            named = self.callback_kwargs or {}
            self.callback(self, opt, value, parser, *extra, **named)
            return 1
        handler = _ACTION_TABLE.get(action)
        if handler is None:
            raise ValueError("unknown action %r" % (self.action,))
        handler(self, dest, value, values, parser)
        return 1


make_option = Option


# ============================================================================ containers

class OptionContainer:
    """What a parser and its groups share: the option list and the lookup tables (option string ->
    Option, dest -> default), which a group shares with its parser."""

    def __init__(self, option_class, conflict_handler, description):
        self._make_tables()
        self.option_class = option_class
        self.set_conflict_handler(conflict_handler)
        self.set_description(description)

    def set_conflict_handler(self, handler):
        if handler not in ("error", "resolve"):
            raise ValueError("invalid conflict_resolution value %r" % (handler,))
        self.conflict_handler = handler

    def set_description(self, description):
        self.description = description

    def get_description(self):
        return self.description

    def destroy(self):
        del self._short_opt, self._long_opt, self.defaults

    def _table_for(self, opt_string):
        return self._long_opt if opt_string.startswith("--") else self._short_opt

    def _settle_conflicts(self, option):
        clashes = [(text, self._table_for(text)[text]) for text in option._short_opts + option._long_opts
                   if text in self._table_for(text)]
        if not clashes:
            return
        if self.conflict_handler == "error":
            taken = ", ".join(text for text, _older in clashes)
            raise OptionConflictError("conflicting option string(s): " + taken, option)
        # "resolve": the newer option takes the string; an older one left with none goes away.
        for text, older in clashes:
            del self._table_for(text)[text]
            (older._long_opts if text.startswith("--") else older._short_opts).remove(text)
            if not older._short_opts and not older._long_opts:
                older.container.option_list.remove(older)

    def add_option(self, *args, **kwargs):
        first = args[0]
        if isinstance(first, str):
            option = self.option_class(*args, **kwargs)
        elif len(args) != 1 or kwargs:
            raise TypeError("invalid arguments")
        elif isinstance(first, Option):
            option = first
        else:
            raise TypeError("not an Option instance: %r" % (first,))
        self._settle_conflicts(option)
        self.option_list.append(option)
        option.container = self
        for text in option._short_opts + option._long_opts:
            self._table_for(text)[text] = option
        dest = option.dest
        if dest is not None:
            if option.default is not NO_DEFAULT:
                self.defaults[dest] = option.default
            else:
                self.defaults.setdefault(dest, None)
        return option

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        option = self.get_option(opt_str)
        if option is None:
            raise ValueError("no such option %r" % (opt_str,))
        for text in option._short_opts + option._long_opts:
            del self._table_for(text)[text]
        option.container.option_list.remove(option)

    def format_option_help(self, formatter):
        shown = [option for option in self.option_list if option.help is not SUPPRESS_HELP]
        return "".join([formatter.format_option(option) for option in shown])

    def format_description(self, formatter):
        return formatter.format_description(self.get_description())

    def format_help(self, formatter):
        pieces = []
        if self.description:
            pieces.append(self.format_description(formatter))
        if self.option_list:
            pieces.append(self.format_option_help(formatter))
        return "\n".join(pieces)


class OptionGroup(OptionContainer):
    """A titled section of a parser's options in the help; parsing sees one set of options."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        super().__init__(parser.option_class, parser.conflict_handler, description)
        self.title = title

    def _make_tables(self):
        self.option_list = []
        self._short_opt = self.parser._short_opt
        self._long_opt = self.parser._long_opt
        self.defaults = self.parser.defaults

    def set_title(self, title):
        self.title = title

    def destroy(self):
        super().destroy()
        del self.option_list

    def format_help(self, formatter):
        heading = formatter.format_heading(self.title)
        formatter.indent()
        try:
            return heading + super().format_help(formatter)
        finally:
            formatter.dedent()


class OptionParser(OptionContainer):
    """parse_args() reads a command line into (Values, positional arguments)."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler="error", description=None, formatter=None, add_help_option=True,
                 prog=None, epilog=None):
        super().__init__(option_class, conflict_handler, description)
        self.set_usage(usage)
        self.prog, self.version, self.epilog = prog, version, epilog
        self.allow_interspersed_args = self.process_default_values = True
        self.formatter = IndentedHelpFormatter() if formatter is None else formatter
        self.formatter.set_parser(self)
        for options in (self.standard_option_list, option_list or ()):
            self.add_options(options)
        if self.version:
            self.add_option("--version", action="version", help="show program's version number and exit")
        if add_help_option:
            self.add_option("-h", "--help", action="help", help="show this help message and exit")
        self.rargs = self.largs = self.values = None

    def _make_tables(self):
        self.option_list, self.option_groups = [], []
        self._short_opt, self._long_opt, self.defaults = {}, {}, {}

    def destroy(self):
        super().destroy()
        for group in self.option_groups:
            group.destroy()
        del self.option_list, self.option_groups, self.formatter

    # ---------------------------------------------------------------- settings

    def set_usage(self, usage):
        if usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage is None:
            self.usage = "%prog [options]"
        elif usage[:7].lower() == "usage: ":
            self.usage = usage[7:]  # the formatter puts its own "Usage: " in front
        else:
            self.usage = usage

    def enable_interspersed_args(self):
        self.allow_interspersed_args = True

    def disable_interspersed_args(self):
        self.allow_interspersed_args = False

    def set_process_default_values(self, process):
        self.process_default_values = process

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def _every_option(self):
        found = list(self.option_list)
        for group in self.option_groups:
            found += group.option_list
        return found

    def get_default_values(self):
        settled = dict(self.defaults)
        if self.process_default_values:
            # A default given as a string is converted as the same text on the command line would be.
            for option in self._every_option():
                raw = settled.get(option.dest)
                if isinstance(raw, str):
                    settled[option.dest] = option.check_value(option.get_opt_string(), raw)
        return Values(settled)

    def add_option_group(self, *args, **kwargs):
        first = args[0]
        if isinstance(first, str):
            group = OptionGroup(self, *args, **kwargs)
        elif len(args) != 1 or kwargs:
            raise TypeError("invalid arguments")
        elif not isinstance(first, OptionGroup):
            raise TypeError("not an OptionGroup instance: %r" % (first,))
        elif first.parser is not self:
            raise ValueError("invalid OptionGroup (wrong parser)")
        else:
            group = first
        self.option_groups.append(group)
        return group

    def get_option_group(self, opt_str):
        option = self.get_option(opt_str)
        if option is None or option.container is self:
            return None
        return option.container

    # ---------------------------------------------------------------- parsing

    def _get_args(self, args):
        return _sys.argv[1:] if args is None else list(args)

    def parse_args(self, args=None, values=None):
        remaining = self._get_args(args)
        self.values = values = self.get_default_values() if values is None else values
        self.rargs = remaining
        self.largs = positional = []
        try:
            self._process_args(positional, remaining, values)
        except (BadOptionError, OptionValueError) as problem:
            self.error(str(problem))
        return self.check_values(values, positional + remaining)

    def check_values(self, values, args):
        return values, args

    def _process_args(self, largs, rargs, values):
        """Consumes rargs: options are acted on, positional arguments go to largs (or, without
        interspersed arguments, the first one stops the scan); '--' ends the options."""
        while rargs:
            word = rargs[0]
            if word == "--":
                rargs.pop(0)
                return
            if word.startswith("--"):
                self._process_long_opt(rargs, values)
            elif word.startswith("-") and word != "-":
                self._process_short_opts(rargs, values)
            elif not self.allow_interspersed_args:
                return
            else:
                largs.append(rargs.pop(0))

    def _match_long_opt(self, opt):
        return _match_abbrev(opt, self._long_opt)

    def _pop_values(self, option, opt, rargs):
        wanted = option.nargs
        if len(rargs) < wanted:
            noun = "argument" if wanted == 1 else "arguments"
            self.error("{} option requires {} {}".format(opt, wanted, noun))
        taken = rargs[:wanted]
        del rargs[:wanted]
        return taken[0] if wanted == 1 else tuple(taken)

    def _process_long_opt(self, rargs, values):
        name, equals, attached = rargs.pop(0).partition("=")
        if equals:
            rargs.insert(0, attached)  # "--file=x" reads as "--file x"
        opt = self._match_long_opt(name)
        option = self._long_opt[opt]
        value = None
        if option.takes_value():
            value = self._pop_values(option, opt, rargs)
        elif equals:
            self.error("%s option does not take a value" % opt)
        option.process(opt, value, values, self)

    def _process_short_opts(self, rargs, values):
        cluster = rargs.pop(0)
        for position, letter in enumerate(cluster[1:], 2):
            opt = "-" + letter
            option = self._short_opt.get(opt)
            if option is None:
                raise BadOptionError(opt)
            if not option.takes_value():
                option.process(opt, None, values, self)
                continue
            if position < len(cluster):
                rargs.insert(0, cluster[position:])  # "-fFILE": the rest of the word is the value
            option.process(opt, self._pop_values(option, opt, rargs), values, self)
            return

    # ---------------------------------------------------------------- output

    def get_prog_name(self):
        return _os.path.basename(_sys.argv[0]) if self.prog is None else self.prog

    def expand_prog_name(self, s):
        return s.replace("%prog", self.get_prog_name())

    def get_description(self):
        return self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        if msg:
            _sys.stderr.write(msg)
        _sys.exit(status)

    def error(self, msg):
        """Usage and 'prog: error: msg' on stderr, then exit status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, "{}: error: {}\n".format(self.get_prog_name(), msg))

    def get_usage(self):
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        if self.usage:
            print(self.get_usage(), file=file)

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        if self.version:
            print(self.get_version(), file=file)

    def format_option_help(self, formatter=None):
        formatter = formatter or self.formatter
        formatter.store_option_strings(self)
        sections = []
        formatter.indent()
        if self.option_list:
            sections.append(OptionContainer.format_option_help(self, formatter))
        sections += [group.format_help(formatter) for group in self.option_groups]
        formatter.dedent()
        if not sections:
            return ""
        return formatter.format_heading("Options") + "\n".join(sections)

    def format_epilog(self, formatter):
        return formatter.format_epilog(self.epilog)

    def format_help(self, formatter=None):
        formatter = formatter or self.formatter
        text = self.get_usage() + "\n" if self.usage else ""
        if self.description:
            text += self.format_description(formatter) + "\n"
        return text + self.format_option_help(formatter) + self.format_epilog(formatter)

    def print_help(self, file=None):
        (_sys.stdout if file is None else file).write(self.format_help())


def _match_abbrev(s, wordmap):
    """s itself if wordmap has it, else the one key s is a prefix of."""
    if s in wordmap:
        return s
    matches = sorted(word for word in wordmap if word.startswith(s))
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise AmbiguousOptionError(s, matches)
    raise BadOptionError(s)
