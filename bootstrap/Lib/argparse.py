"""Command-line option and argument parsing: Python 3.11's argparse API, written for PyPack.

Usage lines, help pages and error messages are CPython's text, byte for byte. The module needs
no regular expressions: matching argument counts (nargs) against the command line is a small
backtracking search over a string of argument kinds, and the usage clean-ups are hand scans.
"""

import os as _os
import sys as _sys

__version__ = '1.1'
__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction',
    'FileType', 'HelpFormatter', 'ArgumentDefaultsHelpFormatter',
    'RawDescriptionHelpFormatter', 'RawTextHelpFormatter', 'MetavarTypeHelpFormatter',
    'Namespace', 'Action', 'ONE_OR_MORE', 'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS',
    'ZERO_OR_MORE',
]

SUPPRESS = '==SUPPRESS=='
OPTIONAL = '?'
ZERO_OR_MORE = '*'
ONE_OR_MORE = '+'
PARSER = 'A...'
REMAINDER = '...'

# Where a subparser leaves the strings it did not recognise, for the top parser to collect.
_LEFTOVERS = '_argparse_leftovers'


# ------------------------------------------------------------------------------ text helpers

_ASCII_BLANKS = ' \t\n\r\x0b\x0c'


def _squeeze_blanks(text):
    # Runs of ASCII whitespace become one space, then the ends are trimmed (str.strip).
    words = []
    begin = -1
    for at, ch in enumerate(text):
        if ch in _ASCII_BLANKS:
            if begin >= 0:
                words.append(text[begin:at])
                begin = -1
        elif begin < 0:
            begin = at
    if begin >= 0:
        words.append(text[begin:])
    return ' '.join(words).strip()


def _limit_blank_lines(text):
    # Three or more newlines in a row become two: sections never leave more than one blank line.
    out = []
    run = 0
    for ch in text:
        if ch == '\n':
            run += 1
            if run > 2:
                continue
        else:
            run = 0
        out.append(ch)
    return ''.join(out)


def _tidy_usage_brackets(text):
    # Removes a blank after '[' or '(', a blank before ']' or ')', then empty bracket pairs
    # (with only blanks inside): what remains of groups whose members are all suppressed.
    openers = '[('
    closers = '])'
    out = []
    i = 0
    n = len(text)
    while i < n:
        out.append(text[i])
        i += 2 if text[i] in openers and i + 1 < n and text[i + 1] == ' ' else 1
    text = ''.join(out)
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] == ' ' and i + 1 < n and text[i + 1] in closers:
            i += 1
        out.append(text[i])
        i += 1
    text = ''.join(out)
    out = []
    i = 0
    n = len(text)
    while i < n:
        if text[i] in openers:
            j = i + 1
            while j < n and text[j] == ' ':
                j += 1
            if j < n and text[j] in closers:
                i = j + 1
                continue
        out.append(text[i])
        i += 1
    return ''.join(out).strip()


def _at_part_end(text, pos):
    # A usage part ends before whitespace or at the end of the text.
    return pos == len(text) or text[pos].isspace()


def _bracketed_part(text, start, closer):
    # Shortest run from text[start] (an opener) to one or more closers that ends a part;
    # no newline may occur inside. Returns the end index or -1.
    pos = start + 1
    n = len(text)
    while pos < n and text[pos] != '\n':
        if text[pos] == closer:
            stop = pos
            while stop < n and text[stop] == closer:
                stop += 1
            if _at_part_end(text, stop):
                return stop
        pos += 1
    return -1


def _usage_parts(text):
    # Splits a usage line into the pieces that wrapping keeps whole: a bracketed or
    # parenthesised group (up to its closing run before a blank), else a run of non-blanks.
    parts = []
    pos = 0
    n = len(text)
    while pos < n:
        ch = text[pos]
        if ch.isspace():
            pos += 1
            continue
        stop = -1
        if ch == '(':
            stop = _bracketed_part(text, pos, ')')
        elif ch == '[':
            stop = _bracketed_part(text, pos, ']')
        if stop < 0:
            stop = pos
            while stop < n and not text[stop].isspace():
                stop += 1
        parts.append(text[pos:stop])
        pos = stop
    return parts


def _fill_rows(parts, indent, limit, first_used=None):
    # Greedy line filling for usage: a part moves to a new line when it would pass limit.
    # With first_used, the first line already holds that many columns and gets no indent.
    rows = []
    row = []
    used = (len(indent) if first_used is None else first_used) - 1
    for part in parts:
        if row and used + 1 + len(part) > limit:
            rows.append(row)
            row = []
            used = len(indent) - 1
        row.append(part)
        used += len(part) + 1
    if row:
        rows.append(row)
    lines = [indent + ' '.join(row) for row in rows]
    if first_used is not None:
        lines[0] = ' '.join(rows[0])
    return lines


def _looks_negative(text):
    # '-5', '-12', '-.5', '-1.25' (decimal digits of any script, as str.isdecimal).
    if text.endswith('\n'):
        text = text[:-1]
    if len(text) < 2 or text[0] != '-':
        return False
    body = text[1:]
    whole, dot, fraction = body.partition('.')
    if not dot:
        return body.isdecimal()
    return (whole == '' or whole.isdecimal()) and fraction.isdecimal()


def _terminal_columns():
    # The width shutil.get_terminal_size() reports: $COLUMNS, else the terminal, else 80.
    try:
        columns = int(_os.environ['COLUMNS'])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        columns = _os.get_terminal_size(_sys.__stdout__.fileno()).columns
    except (AttributeError, ValueError, OSError):
        columns = 0
    return columns or 80


def _plural(count, one, many):
    return one if count == 1 else many


# ------------------------------------------------------------------------------ nargs matching

# Each argument string is classified by one character: 'O' an option, 'A' an argument,
# '-' the '--' separator. An action's nargs becomes a list of pieces (characters allowed, least
# count, most count or -1 for no limit) and the pieces of several actions are matched one after
# the other from the start, greedy and backtracking, as a regular expression would.

_ANY = -1


def _nargs_pieces(nargs, takes_options):
    dashes = ('-', 0, _ANY)
    one = ('A', 1, 1)
    if nargs is None:
        pieces = [dashes, one, dashes]
    elif nargs == OPTIONAL:
        pieces = [dashes, ('A', 0, 1), dashes]
    elif nargs == ZERO_OR_MORE:
        pieces = [dashes, ('A-', 0, _ANY)]
    elif nargs == ONE_OR_MORE:
        pieces = [dashes, one, ('A-', 0, _ANY)]
    elif nargs == REMAINDER:
        pieces = [('-AO', 0, _ANY)]
    elif nargs == PARSER:
        pieces = [dashes, one, ('-AO', 0, _ANY)]
    elif nargs == SUPPRESS:
        pieces = [dashes, dashes]
    else:
        pieces = [dashes]
        for k in range(nargs):
            if k:
                pieces.append(dashes)
            pieces.append(one)
        pieces.append(dashes)
    if takes_options:
        # An option's own arguments never include the '--' separator.
        trimmed = []
        for chars, least, most in pieces:
            chars = chars.replace('-', '')
            if chars:
                trimmed.append((chars, least, most))
        pieces = trimmed
    return pieces


def _try_pieces(flat, k, kinds, pos, counts, failed):
    if k == len(flat):
        return True
    if (k, pos) in failed:
        return False
    chars, least, most = flat[k][0], flat[k][1], flat[k][2]
    room = len(kinds) - pos
    if most != _ANY and most < room:
        room = most
    run = 0
    while run < room and kinds[pos + run] in chars:
        run += 1
    count = run
    while count >= least:
        counts[k] = count
        if _try_pieces(flat, k + 1, kinds, pos + count, counts, failed):
            return True
        count -= 1
    failed.add((k, pos))
    return False


def _match_nargs(actions, kinds):
    """How many strings each action takes, matching from the start of kinds; None if the
    actions cannot all be satisfied."""
    flat = []
    for owner, action in enumerate(actions):
        for chars, least, most in _nargs_pieces(action.nargs, bool(action.option_strings)):
            flat.append((chars, least, most, owner))
    counts = [0] * len(flat)
    if not _try_pieces(flat, 0, kinds, 0, counts, set()):
        return None
    taken = [0] * len(actions)
    for piece, count in zip(flat, counts):
        taken[piece[3]] += count
    return taken


# ------------------------------------------------------------------------------ shared bases

class _FieldRepr(object):
    """repr() as Type(field=value, ...); names that are not identifiers go in a **{} tail."""

    def _repr_positional(self):
        return []

    def _repr_fields(self):
        return list(self.__dict__.items())

    def __repr__(self):
        shown = [repr(value) for value in self._repr_positional()]
        odd = {}
        for name, value in self._repr_fields():
            if name.isidentifier():
                shown.append('%s=%r' % (name, value))
            else:
                odd[name] = value
        if odd:
            shown.append('**%r' % (odd,))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


def _describe(action):
    # The name an error message uses for an argument.
    if action is None:
        return None
    if action.option_strings:
        return '/'.join(action.option_strings)
    if action.metavar not in (None, SUPPRESS):
        return action.metavar
    if action.dest not in (None, SUPPRESS):
        return action.dest
    if action.choices:
        return '{%s}' % ','.join(action.choices)
    return None


class ArgumentError(Exception):
    """A problem with one argument: bad value, missing values, conflict."""

    def __init__(self, argument, message):
        self.argument_name = _describe(argument)
        self.message = message

    def __str__(self):
        if self.argument_name is None:
            return '%s' % (self.message,)
        return 'argument %s: %s' % (self.argument_name, self.message)


class ArgumentTypeError(Exception):
    """Raised by type= converters; its text becomes the argument's error message."""


# ------------------------------------------------------------------------------ help formatting

class _HelpSection(object):
    def __init__(self, parent, heading):
        self.parent = parent
        self.heading = heading
        self.items = []


def _concat(pieces):
    return ''.join([piece for piece in pieces if piece and piece is not SUPPRESS])


class HelpFormatter(object):
    """Lays out usage and help text; the parser feeds it sections, texts and actions, and
    everything is rendered at the end, once the widest argument column is known."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._indent_increment = indent_increment
        self._max_help_position = min(max_help_position, max(indent_increment * 2, width - 20))
        self._width = width
        self._current_indent = 0
        self._level = 0
        self._action_max_length = 0
        self._root_section = _HelpSection(None, None)
        self._current_section = self._root_section

    # -- building

    def _indent(self):
        self._current_indent += self._indent_increment
        self._level += 1

    def _dedent(self):
        self._current_indent -= self._indent_increment
        self._level -= 1

    def _add_item(self, func, args):
        self._current_section.items.append((func, args))

    def start_section(self, heading):
        self._indent()
        section = _HelpSection(self._current_section, heading)
        self._add_item(self._render_section, [section])
        self._current_section = section

    def end_section(self):
        self._current_section = self._current_section.parent
        self._dedent()

    def add_text(self, text):
        if text is not SUPPRESS and text is not None:
            self._add_item(self._format_text, [text])

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._add_item(self._format_usage, [usage, actions, groups, prefix])

    def add_argument(self, action):
        if action.help is SUPPRESS:
            return
        widest = len(self._format_action_invocation(action))
        for sub in self._subactions(action):
            widest = max(widest, len(self._format_action_invocation(sub)))
        self._action_max_length = max(self._action_max_length, widest + self._current_indent)
        self._add_item(self._format_action, [action])

    def add_arguments(self, actions):
        for action in actions:
            self.add_argument(action)

    def format_help(self):
        text = self._render_section(self._root_section)
        if text:
            text = _limit_blank_lines(text).strip('\n') + '\n'
        return text

    # -- rendering

    def _render_section(self, section):
        nested = section.parent is not None
        if nested:
            self._indent()
        body = _concat([func(*args) for func, args in section.items])
        if nested:
            self._dedent()
        if not body:
            return ''
        title = ''
        if section.heading is not SUPPRESS and section.heading is not None:
            title = ' ' * self._current_indent + '%s:\n' % (section.heading,)
        return _concat(['\n', title, body, '\n'])

    def _format_text(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        width = max(self._width - self._current_indent, 11)
        return self._fill_text(text, width, ' ' * self._current_indent) + '\n\n'

    def _subactions(self, action):
        lister = getattr(action, '_get_subactions', None)
        if lister is None:
            return []
        return list(lister())

    def _format_action(self, action):
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        room = help_position - self._current_indent - 2
        invocation = self._format_action_invocation(action)
        margin = ' ' * self._current_indent
        first_indent = 0
        if not action.help:
            header = margin + invocation + '\n'
        elif len(invocation) <= room:
            header = margin + invocation.ljust(room) + '  '
        else:
            header = margin + invocation + '\n'
            first_indent = help_position
        pieces = [header]
        if action.help and action.help.strip():
            lines = self._split_lines(self._expand_help(action), help_width)
            pieces.append(' ' * first_indent + lines[0] + '\n')
            for line in lines[1:]:
                pieces.append(' ' * help_position + line + '\n')
        elif not header.endswith('\n'):
            pieces.append('\n')
        subs = self._subactions(action)
        if subs:
            self._indent()
            for sub in subs:
                pieces.append(self._format_action(sub))
            self._dedent()
        return _concat(pieces)

    def _format_action_invocation(self, action):
        if not action.option_strings:
            name, = self._metavar_formatter(action, self._get_default_metavar_for_positional(action))(1)
            return name
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        args = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join(['%s %s' % (flag, args) for flag in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        if action.metavar is not None:
            shown = action.metavar
        elif action.choices is not None:
            shown = '{%s}' % ','.join([str(choice) for choice in action.choices])
        else:
            shown = default_metavar

        def repeat(count):
            if isinstance(shown, tuple):
                return shown
            return (shown,) * count
        return repeat

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs is None:
            return '%s' % names(1)
        if nargs == OPTIONAL:
            return '[%s]' % names(1)
        if nargs == ZERO_OR_MORE:
            pair = names(1)
            if len(pair) == 2:
                return '[%s [%s ...]]' % pair
            return '[%s ...]' % pair
        if nargs == ONE_OR_MORE:
            return '%s [%s ...]' % names(2)
        if nargs == REMAINDER:
            return '...'
        if nargs == PARSER:
            return '%s ...' % names(1)
        if nargs == SUPPRESS:
            return ''
        try:
            slots = ['%s'] * len(range(nargs))
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(slots) % names(nargs)

    def _expand_help(self, action):
        values = dict(vars(action), prog=self._prog)
        for key in list(values):
            if values[key] is SUPPRESS:
                del values[key]
        for key in list(values):
            if hasattr(values[key], '__name__'):
                values[key] = values[key].__name__
        if values.get('choices') is not None:
            values['choices'] = ', '.join([str(choice) for choice in values['choices']])
        return self._get_help_string(action) % values

    # -- usage

    def _format_usage(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            usage = usage % {'prog': self._prog}
        elif not actions:
            usage = '%s' % (self._prog,)
        else:
            prog = '%s' % (self._prog,)
            optionals = [a for a in actions if a.option_strings]
            positionals = [a for a in actions if not a.option_strings]
            described = self._usage_of(optionals + positionals, groups)
            usage = ' '.join([text for text in (prog, described) if text])
            limit = self._width - self._current_indent
            if len(prefix) + len(usage) > limit:
                usage = '\n'.join(self._wrapped_usage(prefix, prog, optionals, positionals,
                                                      groups, limit))
        return '%s%s\n\n' % (prefix, usage)

    def _wrapped_usage(self, prefix, prog, optionals, positionals, groups, limit):
        option_text = self._usage_of(optionals, groups)
        positional_text = self._usage_of(positionals, groups)
        option_parts = _usage_parts(option_text)
        positional_parts = _usage_parts(positional_text)
        # Wrapping needs the parts to rebuild the same text (fails for odd metavars).
        if ' '.join(option_parts) != option_text or ' '.join(positional_parts) != positional_text:
            raise AssertionError
        if len(prefix) + len(prog) <= 0.75 * limit:
            # Continuation lines line up after the program name.
            indent = ' ' * (len(prefix) + len(prog) + 1)
            if option_parts:
                lines = _fill_rows([prog] + option_parts, indent, limit, len(prefix))
                return lines + _fill_rows(positional_parts, indent, limit)
            if positional_parts:
                return _fill_rows([prog] + positional_parts, indent, limit, len(prefix))
            return [prog]
        # A long program name stands alone; the arguments follow under the prefix.
        indent = ' ' * len(prefix)
        lines = _fill_rows(option_parts + positional_parts, indent, limit)
        if len(lines) > 1:
            lines = _fill_rows(option_parts, indent, limit) + \
                _fill_rows(positional_parts, indent, limit)
        return [prog] + lines

    def _usage_of(self, actions, groups):
        # Marks (brackets, '|') placed before the action at each index, for mutually exclusive
        # groups whose members sit next to each other in this list.
        marks = {}
        grouped = set()
        for group in groups:
            members = group._group_actions
            if not members:
                raise ValueError('empty group %s' % (group,))
            try:
                start = actions.index(members[0])
            except ValueError:
                continue
            end = start + len(members)
            if actions[start:end] != members:
                continue
            hidden = 0
            for member in members:
                grouped.add(member)
                if member.help is SUPPRESS:
                    hidden += 1
            if not group.required:
                opener, closer = '[', ']'
            elif len(members) - hidden > 1:
                opener, closer = '(', ')'
            else:
                opener = closer = None
            if opener is not None:
                marks[start] = marks[start] + ' ' + opener if start in marks else opener
                marks[end] = marks[end] + closer if end in marks else closer
            for inside in range(start + 1, end):
                marks[inside] = '|'

        shown = []
        for index, action in enumerate(actions):
            if action.help is SUPPRESS:
                shown.append(None)
                if marks.get(index) == '|':
                    del marks[index]
                elif marks.get(index + 1) == '|':
                    del marks[index + 1]
                continue
            if not action.option_strings:
                text = self._format_args(action, self._get_default_metavar_for_positional(action))
                if action in grouped and text[:1] == '[' and text[-1:] == ']':
                    text = text[1:-1]
            else:
                if action.nargs == 0:
                    text = action.format_usage()
                else:
                    args = self._format_args(action, self._get_default_metavar_for_optional(action))
                    text = '%s %s' % (action.option_strings[0], args)
                if not action.required and action not in grouped:
                    text = '[%s]' % text
            shown.append(text)

        tokens = []
        for index in range(len(actions) + 1):
            if index in marks:
                tokens.append(marks[index])
            if index < len(actions) and shown[index] is not None:
                tokens.append(shown[index])
        return _tidy_usage_brackets(' '.join(tokens))

    # -- hooks that the formatter subclasses replace

    def _fill_text(self, text, width, indent):
        import textwrap
        return textwrap.fill(_squeeze_blanks(text), width,
                             initial_indent=indent, subsequent_indent=indent)

    def _split_lines(self, text, width):
        import textwrap
        return textwrap.wrap(_squeeze_blanks(text), width)

    def _get_help_string(self, action):
        return action.help

    def _get_default_metavar_for_optional(self, action):
        return action.dest.upper()

    def _get_default_metavar_for_positional(self, action):
        return action.dest


class RawDescriptionHelpFormatter(HelpFormatter):
    """Keeps the description and epilog as written (only indented)."""

    def _fill_text(self, text, width, indent):
        return ''.join([indent + line for line in text.splitlines(True)])


class RawTextHelpFormatter(RawDescriptionHelpFormatter):
    """Keeps every help text as written, line breaks included."""

    def _split_lines(self, text, width):
        return text.splitlines()


class ArgumentDefaultsHelpFormatter(HelpFormatter):
    """Appends ' (default: ...)' to help texts that do not mention the default."""

    def _get_help_string(self, action):
        text = action.help
        if text is None:
            text = ''
        if '%(default)' in text or action.default is SUPPRESS:
            return text
        if action.option_strings or action.nargs in (OPTIONAL, ZERO_OR_MORE):
            text += ' (default: %(default)s)'
        return text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names argument values after their type= (int, float...) rather than their dest."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    def _get_default_metavar_for_positional(self, action):
        return action.type.__name__


# ------------------------------------------------------------------------------ actions

class Action(_FieldRepr):
    """What to do with an argument once its strings are found on the command line."""

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings = option_strings
        self.dest = dest
        self.nargs = nargs
        self.const = const
        self.default = default
        self.type = type
        self.choices = choices
        self.required = required
        self.help = help
        self.metavar = metavar

    def _repr_fields(self):
        names = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                 'required', 'help', 'metavar')
        return [(name, getattr(self, name)) for name in names]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    """--flag sets True, the generated --no-flag sets False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        flags = []
        for flag in option_strings:
            flags.append(flag)
            if flag.startswith('--'):
                flags.append('--no-' + flag[2:])
        super().__init__(option_strings=flags, dest=dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string in self.option_strings:
            setattr(namespace, self.dest, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


def _check_store_nargs(nargs, const, zero_message):
    if nargs == 0:
        raise ValueError(zero_message)
    if const is not None and nargs != OPTIONAL:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


def _copied_list(value):
    # append/extend never mutate a default list in place.
    if value is None:
        return []
    if type(value) is list:
        return list(value)
    import copy
    return copy.copy(value)


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _check_store_nargs(nargs, const,
                           'nargs for store actions must be != 0; if you have nothing to store, '
                           'actions such as store true or store const may be more appropriate')
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs, const=const,
                         default=default, type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, const=const,
                         default=default, required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, const=True,
                         default=default, required=required, help=help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, const=False,
                         default=default, required=required, help=help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _check_store_nargs(nargs, const,
                           'nargs for append actions must be != 0; if arg strings are not '
                           'supplying the value to append, the append const action may be '
                           'more appropriate')
        super().__init__(option_strings=option_strings, dest=dest, nargs=nargs, const=const,
                         default=default, type=type, choices=choices, required=required,
                         help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.append(values)
        setattr(namespace, self.dest, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, const=const,
                         default=default, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.append(self.const)
        setattr(namespace, self.dest, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings=option_strings, dest=dest, nargs=0, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        if so_far is None:
            so_far = 0
        setattr(namespace, self.dest, so_far + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0,
                         help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        text = self.version if self.version is not None else parser.version
        formatter = parser._get_formatter()
        formatter.add_text(text)
        parser._print_message(formatter.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = _copied_list(getattr(namespace, self.dest, None))
        items.extend(values)
        setattr(namespace, self.dest, items)


class _SubParsersAction(Action):
    """The positional that picks a sub-command and hands it the rest of the command line."""

    class _ChoicesPseudoAction(Action):
        # One line per sub-command in the help listing.

        def __init__(self, name, aliases, help):
            shown = name
            if aliases:
                shown += ' (%s)' % ', '.join(aliases)
            super().__init__(option_strings=[], dest=name, help=help, metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog
        self._parser_class = parser_class
        self._name_parser_map = {}
        self._choices_actions = []
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog') is None:
            kwargs['prog'] = '%s %s' % (self._prog_prefix, name)
        aliases = kwargs.pop('aliases', ())
        if name in self._name_parser_map:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in self._name_parser_map:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            entry = self._ChoicesPseudoAction(name, aliases, kwargs.pop('help'))
            self._choices_actions.append(entry)
        parser = self._parser_class(**kwargs)
        self._name_parser_map[name] = parser
        for alias in aliases:
            self._name_parser_map[alias] = parser
        return parser

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        name = values[0]
        rest = values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, name)
        chosen = self._name_parser_map.get(name)
        if chosen is None:
            raise ArgumentError(self, 'unknown parser %r (choices: %s)'
                                % (name, ', '.join(self._name_parser_map)))
        # The sub-command parses into a fresh namespace so that its defaults win over the
        # parent's, then everything it set is copied over.
        inner, rest = chosen.parse_known_args(rest, None)
        for key, value in vars(inner).items():
            setattr(namespace, key, value)
        if rest:
            if not hasattr(namespace, _LEFTOVERS):
                setattr(namespace, _LEFTOVERS, [])
            getattr(namespace, _LEFTOVERS).extend(rest)


class FileType(object):
    """type= converter that opens the named file ('-' is stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        if string == '-':
            binary = 'b' in self._mode
            if 'r' in self._mode:
                return _sys.stdin.buffer if binary else _sys.stdin
            for letter in 'wax':
                if letter in self._mode:
                    return _sys.stdout.buffer if binary else _sys.stdout
            raise ValueError('argument "-" with mode %r' % self._mode)
        try:
            return open(string, self._mode, self._bufsize, self._encoding, self._errors)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        shown = [repr(value) for value in (self._mode, self._bufsize) if value != -1]
        for name, value in (('encoding', self._encoding), ('errors', self._errors)):
            if value is not None:
                shown.append('%s=%r' % (name, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


class Namespace(_FieldRepr):
    """The object parse_args() fills: one attribute per destination."""

    def __init__(self, **kwargs):
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return vars(self) == vars(other)

    def __contains__(self, key):
        return key in self.__dict__

    __hash__ = None


# ------------------------------------------------------------------------------ containers

_ACTION_NAMES = {
    None: _StoreAction,
    'store': _StoreAction,
    'store_const': _StoreConstAction,
    'store_true': _StoreTrueAction,
    'store_false': _StoreFalseAction,
    'append': _AppendAction,
    'append_const': _AppendConstAction,
    'count': _CountAction,
    'help': _HelpAction,
    'version': _VersionAction,
    'parsers': _SubParsersAction,
    'extend': _ExtendAction,
}


def _same_string(text):
    return text


class _ActionsContainer(object):
    """What parsers and argument groups share: adding arguments, defaults, conflicts."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        self.description = description
        self.argument_default = argument_default
        self.prefix_chars = prefix_chars
        self.conflict_handler = conflict_handler
        self._registry = {'action': dict(_ACTION_NAMES), 'type': {None: _same_string}}
        self._actions = []
        self._option_string_actions = {}
        self._action_groups = []
        self._mutually_exclusive_groups = []
        self._defaults = {}
        # Non-empty once some option looks like a negative number ('-1'): then such
        # strings on the command line are options, not positional values.
        self._negative_flags = []
        self._conflict_resolver()

    def register(self, registry_name, value, object):
        self._registry.setdefault(registry_name, {})[value] = object

    def _lookup(self, registry_name, value, default=None):
        return self._registry.setdefault(registry_name, {}).get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for action in self._actions:
            if action.dest in kwargs:
                action.default = kwargs[action.dest]

    def get_default(self, dest):
        for action in self._actions:
            if action.dest == dest and action.default is not None:
                return action.default
        return self._defaults.get(dest, None)

    def add_argument(self, *args, **kwargs):
        """add_argument(dest, ..., name=value, ...)
        add_argument(option_string, option_string, ..., name=value, ...)
        """
        if not args or (len(args) == 1 and args[0][0] not in self.prefix_chars):
            if args and 'dest' in kwargs:
                raise ValueError('dest supplied twice for positional argument')
            kwargs = self._positional_settings(*args, **kwargs)
        else:
            kwargs = self._option_settings(args, kwargs)
        if 'default' not in kwargs:
            if kwargs['dest'] in self._defaults:
                kwargs['default'] = self._defaults[kwargs['dest']]
            elif self.argument_default is not None:
                kwargs['default'] = self.argument_default

        kind = kwargs.pop('action', None)
        action_class = self._lookup('action', kind, kind)
        if not callable(action_class):
            raise ValueError('unknown action "%s"' % (action_class,))
        action = action_class(**kwargs)

        converter = self._lookup('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (converter,))
        # Parsers (not groups) check that nargs and a tuple metavar fit together.
        if hasattr(self, '_get_formatter'):
            try:
                self._get_formatter()._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def _positional_settings(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE
                                                     and 'default' not in kwargs):
            kwargs['required'] = True
        kwargs['dest'] = dest
        kwargs['option_strings'] = []
        return kwargs

    def _option_settings(self, flags, kwargs):
        long_flags = []
        for flag in flags:
            if not flag[0] in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (flag, self.prefix_chars))
            if len(flag) > 1 and flag[1] in self.prefix_chars:
                long_flags.append(flag)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = long_flags[0] if long_flags else flags[0]
            dest = source.lstrip(self.prefix_chars)
            if not dest:
                raise ValueError('dest= is required for options like %r' % (flags[-1],))
            dest = dest.replace('-', '_')
        settings = dict(kwargs)
        settings['dest'] = dest
        settings['option_strings'] = list(flags)
        return settings

    def add_argument_group(self, *args, **kwargs):
        group = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(group)
        return group

    def add_mutually_exclusive_group(self, **kwargs):
        group = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(group)
        return group

    def _add_action(self, action):
        self._resolve_conflicts(action)
        self._actions.append(action)
        action.container = self
        for flag in action.option_strings:
            self._option_string_actions[flag] = action
        for flag in action.option_strings:
            if _looks_negative(flag) and not self._negative_flags:
                self._negative_flags.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        # Copies a parent parser's arguments, keeping its groups by title.
        by_title = {}
        for group in self._action_groups:
            if group.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r' % (group.title,))
            by_title[group.title] = group
        home = {}
        for group in container._action_groups:
            if group.title not in by_title:
                by_title[group.title] = self.add_argument_group(
                    title=group.title, description=group.description,
                    conflict_handler=group.conflict_handler)
            for action in group._group_actions:
                home[action] = by_title[group.title]
        for group in container._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=group.required)
            for action in group._group_actions:
                home[action] = twin
        for action in container._actions:
            home.get(action, self)._add_action(action)

    def _conflict_resolver(self):
        if self.conflict_handler == 'error':
            return self._refuse_conflict
        if self.conflict_handler == 'resolve':
            return self._drop_older_flags
        raise ValueError('invalid conflict_resolution value: %r' % (self.conflict_handler,))

    def _resolve_conflicts(self, action):
        clashes = [(flag, self._option_string_actions[flag]) for flag in action.option_strings
                   if flag in self._option_string_actions]
        if clashes:
            self._conflict_resolver()(action, clashes)

    def _refuse_conflict(self, action, clashes):
        flags = ', '.join([flag for flag, other in clashes])
        raise ArgumentError(action, _plural(len(clashes), 'conflicting option string: %s',
                                            'conflicting option strings: %s') % flags)

    def _drop_older_flags(self, action, clashes):
        # conflict_handler='resolve': the newer argument takes the flag; an older argument
        # left without any flag disappears.
        for flag, other in clashes:
            other.option_strings.remove(flag)
            self._option_string_actions.pop(flag, None)
            if not other.option_strings:
                other.container._remove_action(other)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, container, title=None, description=None, **kwargs):
        kwargs.setdefault('conflict_handler', container.conflict_handler)
        kwargs.setdefault('prefix_chars', container.prefix_chars)
        kwargs.setdefault('argument_default', container.argument_default)
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # A group is a view on its parser: the argument tables are the parser's own.
        self._registry = container._registry
        self._actions = container._actions
        self._option_string_actions = container._option_string_actions
        self._defaults = container._defaults
        self._negative_flags = container._negative_flags
        self._mutually_exclusive_groups = container._mutually_exclusive_groups

    def _add_action(self, action):
        action = super()._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        super()._remove_action(action)
        self._group_actions.remove(action)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        action = self._container._add_action(action)
        self._group_actions.append(action)
        return action

    def _remove_action(self, action):
        self._container._remove_action(action)
        self._group_actions.remove(action)


# ------------------------------------------------------------------------------ parsing

class _CommandLine(object):
    """One pass of parse_known_args over a list of strings."""

    def __init__(self, parser, namespace, strings):
        self.parser = parser
        self.namespace = namespace
        self.strings = strings
        self.extras = []
        self.seen = set()
        self.given = set()    # actions that got a value other than their default
        self.rivals = {}      # action -> the other members of its exclusive groups
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for at, member in enumerate(members):
                others = self.rivals.setdefault(member, [])
                others.extend(members[:at])
                others.extend(members[at + 1:])
        # Options are recognised once, up front (an ambiguous abbreviation stops here).
        kinds = []
        self.found = {}
        after_separator = False
        for at, text in enumerate(strings):
            if after_separator:
                kinds.append('A')
            elif text == '--':
                kinds.append('-')
                after_separator = True
            else:
                option = parser._parse_optional(text)
                if option is None:
                    kinds.append('A')
                else:
                    self.found[at] = option
                    kinds.append('O')
        self.kinds = ''.join(kinds)
        self.waiting = parser._positional_actions()

    def run(self):
        cursor = 0
        last = max(self.found) if self.found else -1
        while cursor <= last:
            upcoming = min([at for at in self.found if at >= cursor])
            if cursor != upcoming:
                reached = self._take_positionals(cursor)
                if reached > cursor:
                    cursor = reached
                    continue
                if cursor not in self.found:
                    # Strings no positional wants, before the next option.
                    self.extras.extend(self.strings[cursor:upcoming])
                    cursor = upcoming
            cursor = self._take_option(cursor)
        cursor = self._take_positionals(cursor)
        self.extras.extend(self.strings[cursor:])
        self._finish()
        return self.namespace, self.extras

    def _apply(self, action, strings, flag=None):
        self.seen.add(action)
        value = self.parser._get_values(action, strings)
        if value is not action.default:
            self.given.add(action)
            for other in self.rivals.get(action, ()):
                if other in self.given:
                    raise ArgumentError(action, 'not allowed with argument %s' % _describe(other))
        if value is not SUPPRESS:
            action(self.parser, self.namespace, value, flag)

    def _take_positionals(self, start):
        counts = self.parser._partial_match(self.waiting, self.kinds[start:])
        for action, count in zip(self.waiting, counts):
            strings = self.strings[start:start + count]
            start += count
            self._apply(action, strings)
        del self.waiting[:len(counts)]
        return start

    def _take_option(self, start):
        action, flag, attached = self.found[start]
        prefix_chars = self.parser.prefix_chars
        table = self.parser._option_string_actions
        pending = []
        while True:
            if action is None:
                self.extras.append(self.strings[start])
                return start + 1
            if attached is None:
                first = start + 1
                count = self.parser._count_for(action, self.kinds[first:])
                pending.append((action, self.strings[first:first + count], flag))
                stop = first + count
                break
            count = self.parser._count_for(action, 'A')
            if count == 0 and flag[1] not in prefix_chars and attached != '':
                # '-xyz' with -x taking no value: -x, then try '-y' with 'z' attached.
                pending.append((action, [], flag))
                flag = flag[0] + attached[0]
                if flag not in table:
                    raise ArgumentError(action, 'ignored explicit argument %r' % attached)
                action = table[flag]
                attached = attached[1:] or None
            elif count == 1:
                pending.append((action, [attached], flag))
                stop = start + 1
                break
            else:
                raise ArgumentError(action, 'ignored explicit argument %r' % attached)
        for action, strings, flag in pending:
            self._apply(action, strings, flag)
        return stop

    def _finish(self):
        parser = self.parser
        namespace = self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_describe(action))
            elif isinstance(action.default, str) and hasattr(namespace, action.dest) \
                    and getattr(namespace, action.dest) is action.default:
                # String defaults go through type= like command-line strings do.
                setattr(namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if not group.required:
                continue
            if any([member in self.given for member in group._group_actions]):
                continue
            names = [_describe(member) for member in group._group_actions
                     if member.help is not SUPPRESS]
            parser.error('one of the arguments %s is required' % ' '.join(names))


class ArgumentParser(_FieldRepr, _ActionsContainer):
    """Turns command-line strings into a Namespace, and writes usage, help and errors."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        _ActionsContainer.__init__(self, description=description, prefix_chars=prefix_chars,
                                   argument_default=argument_default,
                                   conflict_handler=conflict_handler)
        if prog is None:
            prog = _os.path.basename(_sys.argv[0])
        self.prog = prog
        self.usage = usage
        self.epilog = epilog
        self.formatter_class = formatter_class
        self.fromfile_prefix_chars = fromfile_prefix_chars
        self.add_help = add_help
        self.allow_abbrev = allow_abbrev
        self.exit_on_error = exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None

        if self.add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._add_container_actions(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _repr_fields(self):
        names = ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help')
        return [(name, getattr(self, name)) for name in names]

    # -- building

    def add_subparsers(self, **kwargs):
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', type(self))
        if 'title' in kwargs or 'description' in kwargs:
            title = kwargs.pop('title', 'subcommands')
            description = kwargs.pop('description', None)
            self._subparsers = self.add_argument_group(title, description)
        else:
            self._subparsers = self._positionals
        if kwargs.get('prog') is None:
            # Sub-commands are introduced by the program name and the positionals before them.
            formatter = self._get_formatter()
            formatter.add_usage(self.usage, self._positional_actions(),
                                self._mutually_exclusive_groups, '')
            kwargs['prog'] = formatter.format_help().strip()
        kind = kwargs.pop('action', 'parsers')
        action_class = self._lookup('action', kind, kind)
        action = action_class(option_strings=[], **kwargs)
        self._subparsers._add_action(action)
        return action

    def _add_action(self, action):
        if action.option_strings:
            self._optionals._add_action(action)
        else:
            self._positionals._add_action(action)
        return action

    def _optional_actions(self):
        return [action for action in self._actions if action.option_strings]

    def _positional_actions(self):
        return [action for action in self._actions if not action.option_strings]

    # -- parsing

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        args = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        for action in self._actions:
            if action.dest is not SUPPRESS and action.default is not SUPPRESS \
                    and not hasattr(namespace, action.dest):
                setattr(namespace, action.dest, action.default)
        for dest, value in self._defaults.items():
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        if self.exit_on_error:
            try:
                namespace, args = self._run_parse(args, namespace)
            except ArgumentError as exc:
                self.error(str(exc))
        else:
            namespace, args = self._run_parse(args, namespace)
        if hasattr(namespace, _LEFTOVERS):
            args.extend(getattr(namespace, _LEFTOVERS))
            delattr(namespace, _LEFTOVERS)
        return namespace, args

    def _run_parse(self, strings, namespace):
        if self.fromfile_prefix_chars is not None:
            strings = self._expand_arg_files(strings)
        return _CommandLine(self, namespace, strings).run()

    def _expand_arg_files(self, strings):
        expanded = []
        for text in strings:
            if not text or text[0] not in self.fromfile_prefix_chars:
                expanded.append(text)
                continue
            try:
                with open(text[1:]) as handle:
                    content = handle.read()
            except OSError as exc:
                self.error(str(exc))
            found = []
            for line in content.splitlines():
                found.extend(self.convert_arg_line_to_args(line))
            expanded.extend(self._expand_arg_files(found))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _parse_optional(self, arg_string):
        # None: a positional value. Otherwise (action or None if unknown, flag, attached value).
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        table = self._option_string_actions
        if arg_string in table:
            return table[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        if '=' in arg_string:
            flag, attached = arg_string.split('=', 1)
            if flag in table:
                return table[flag], flag, attached
        candidates = self._flag_candidates(arg_string)
        if len(candidates) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (arg_string, ', '.join([flag for _a, flag, _v in candidates])))
        if candidates:
            return candidates[0]
        if _looks_negative(arg_string) and not self._negative_flags:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _flag_candidates(self, arg_string):
        # Options arg_string may abbreviate ('--verb' for '--verbose'), or for a single
        # prefix character, the short option it starts with ('-n5' is -n with '5').
        chars = self.prefix_chars
        table = self._option_string_actions
        found = []
        if arg_string[1] in chars:
            if self.allow_abbrev:
                stem, eq, value = arg_string.partition('=')
                attached = value if eq else None
                for flag, action in table.items():
                    if flag.startswith(stem):
                        found.append((action, flag, attached))
        else:
            short = arg_string[:2]
            for flag, action in table.items():
                if flag == short:
                    found.append((action, flag, arg_string[2:]))
                elif flag.startswith(arg_string):
                    found.append((action, flag, None))
        return found

    def _count_for(self, action, kinds):
        counts = _match_nargs([action], kinds)
        if counts is not None:
            return counts[0]
        nargs = action.nargs
        if nargs is None:
            message = 'expected one argument'
        elif nargs == OPTIONAL:
            message = 'expected at most one argument'
        elif nargs == ONE_OR_MORE:
            message = 'expected at least one argument'
        else:
            message = _plural(nargs, 'expected %s argument', 'expected %s arguments') % nargs
        raise ArgumentError(action, message)

    def _partial_match(self, actions, kinds):
        # The longest leading run of actions that can all be satisfied.
        for size in range(len(actions), 0, -1):
            counts = _match_nargs(actions[:size], kinds)
            if counts is not None:
                return counts
        return []

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_intermixed_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        # First pass: options only (positionals switched off); second pass: the strings that
        # remain, which are all positional values, with required options already satisfied.
        positionals = self._positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % action.nargs)
        for group in self._mutually_exclusive_groups:
            for action in group._group_actions:
                if action in positionals:
                    raise TypeError('parse_intermixed_args: positional in'
                                    ' mutuallyExclusiveGroup')
        saved_usage = self.usage
        try:
            if self.usage is None:
                self.usage = self.format_usage()[len('usage: '):]
            saved = [(action, action.nargs, action.default) for action in positionals]
            try:
                for action in positionals:
                    action.nargs = SUPPRESS
                    action.default = SUPPRESS
                namespace, remaining = self.parse_known_args(args, namespace)
                for action in positionals:
                    if hasattr(namespace, action.dest) and getattr(namespace, action.dest) == []:
                        import warnings
                        warnings.warn('Do not expect %s in %s' % (action.dest, namespace))
                        delattr(namespace, action.dest)
            finally:
                for action, nargs, default in saved:
                    action.nargs = nargs
                    action.default = default
            optionals = self._optional_actions()
            was_required = [(action, action.required) for action in optionals]
            groups_required = [(group, group.required)
                               for group in self._mutually_exclusive_groups]
            try:
                for action in optionals:
                    action.required = False
                for group in self._mutually_exclusive_groups:
                    group.required = False
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for action, required in was_required:
                    action.required = required
                for group, required in groups_required:
                    group.required = required
        finally:
            self.usage = saved_usage
        return namespace, extras

    # -- converting values

    def _get_values(self, action, arg_strings):
        if action.nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')
        nargs = action.nargs
        if not arg_strings and nargs == OPTIONAL:
            value = action.const if action.option_strings else action.default
            if isinstance(value, str):
                value = self._get_value(action, value)
                self._check_value(action, value)
            return value
        if not arg_strings and nargs == ZERO_OR_MORE and not action.option_strings:
            value = action.default if action.default is not None else arg_strings
            self._check_value(action, value)
            return value
        if len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            value = self._get_value(action, arg_strings[0])
            self._check_value(action, value)
            return value
        if nargs == REMAINDER:
            return [self._get_value(action, text) for text in arg_strings]
        if nargs == PARSER:
            values = [self._get_value(action, text) for text in arg_strings]
            self._check_value(action, values[0])
            return values
        if nargs == SUPPRESS:
            return SUPPRESS
        values = [self._get_value(action, text) for text in arg_strings]
        for value in values:
            self._check_value(action, value)
        return values

    def _get_value(self, action, arg_string):
        converter = self._lookup('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, '%r is not callable' % (converter,))
        try:
            return converter(arg_string)
        except ArgumentTypeError as exc:
            raise ArgumentError(action, str(exc))
        except (TypeError, ValueError):
            name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (name, arg_string))

    def _check_value(self, action, value):
        if action.choices is not None and value not in action.choices:
            raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                                % (value, ', '.join([repr(c) for c in action.choices])))

    # -- help and messages

    def format_usage(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return formatter.format_help()

    def format_help(self):
        formatter = self._get_formatter()
        formatter.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        formatter.add_text(self.description)
        for group in self._action_groups:
            formatter.start_section(group.title)
            formatter.add_text(group.description)
            formatter.add_arguments(group._group_actions)
            formatter.end_section()
        formatter.add_text(self.epilog)
        return formatter.format_help()

    def _get_formatter(self):
        return self.formatter_class(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, _sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and the message to stderr, then exits with status 2."""
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
