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
    # Each pass shortens every longer run and leaves runs of one or two alone.
    while '\n\n\n' in text:
        text = text.replace('\n\n\n', '\n\n')
    return text


def _tidy_usage_brackets(text):
    # Removes a blank after '[' or '(', a blank before ']' or ')', then empty bracket pairs
    # (with only blanks inside): what remains of groups whose members are all suppressed.
    # Each first two steps is a set of matches that cannot overlap (an opener and the blank
    # after it, a blank and the closer after it), so str.replace makes exactly those edits.
    text = text.replace('[ ', '[').replace('( ', '(').replace(' ]', ']').replace(' )', ')')
    n = len(text)
    pieces = []
    kept = 0
    # The next '[' and '(' at or after i (n when there is none), each found once per opener.
    square = text.find('[')
    round_ = text.find('(')
    if square < 0:
        square = n
    if round_ < 0:
        round_ = n
    while True:
        i = square if square < round_ else round_
        if i >= n:
            break
        j = i + 1
        while j < n and text[j] == ' ':
            j += 1
        if j < n and (text[j] == ']' or text[j] == ')'):
            pieces.append(text[kept:i])
            kept = j + 1
            after = j + 1
        else:
            after = i + 1
        if square < after:
            square = text.find('[', after)
            if square < 0:
                square = n
        if round_ < after:
            round_ = text.find('(', after)
            if round_ < 0:
                round_ = n
    if not pieces:
        return text.strip()
    pieces.append(text[kept:])
    return ''.join(pieces).strip()


def _at_part_end(text, pos):
    # A usage part ends before whitespace or at the end of the text.
    return pos == len(text) or text[pos].isspace()


def _bracketed_part(text, start, closer):
    # Shortest run from text[start] (an opener) to one or more closers that ends a part;
    # no newline may occur inside. Returns the end index or -1.
    n = len(text)
    end = text.find('\n', start + 1)
    if end < 0:
        end = n
    pos = text.find(closer, start + 1, end)
    while pos >= 0:
        stop = pos + 1
        while stop < n and text[stop] == closer:
            stop += 1
        if _at_part_end(text, stop):
            return stop
        pos = text.find(closer, pos + 1, end)
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
    # The width shutil.get_terminal_size() reports: $COLUMNS, else the terminal, else 80. Every
    # help formatter asks, and output is rarely a terminal: the unset variable and the descriptor
    # that is no terminal are tested first, since a raised exception costs far more than in CPython.
    text = _os.environ.get('COLUMNS')
    try:
        columns = int(text) if text is not None else 0
    except ValueError:
        columns = 0
    if columns > 0:
        return columns
    try:
        fd = _sys.__stdout__.fileno()
        columns = _os.get_terminal_size(fd).columns if _os.isatty(fd) else 0
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
_DASHES = ('-', 0, _ANY)
_ONE_ARG = ('A', 1, 1)
_SHAPES = {
    None: [_DASHES, _ONE_ARG, _DASHES],
    OPTIONAL: [_DASHES, ('A', 0, 1), _DASHES],
    ZERO_OR_MORE: [_DASHES, ('A-', 0, _ANY)],
    ONE_OR_MORE: [_DASHES, _ONE_ARG, ('A-', 0, _ANY)],
    REMAINDER: [('-AO', 0, _ANY)],
    PARSER: [_DASHES, _ONE_ARG, ('-AO', 0, _ANY)],
    SUPPRESS: [_DASHES, _DASHES],
}


def _nargs_pieces(nargs, takes_options):
    if nargs is None or isinstance(nargs, str):
        pieces = _SHAPES[nargs]
    else:
        # A count: that many arguments, '--' allowed around each.
        pieces = [_DASHES]
        for k in range(nargs):
            pieces = pieces + ([_ONE_ARG] if k == 0 else [_DASHES, _ONE_ARG])
        pieces = pieces + [_DASHES]
    if not takes_options:
        return pieces
    # An option's own arguments never include the '--' separator.
    kept = []
    for chars, least, most in pieces:
        chars = chars.replace('-', '')
        if chars:
            kept.append((chars, least, most))
    return kept


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
    for owner, act in enumerate(actions):
        for chars, least, most in _nargs_pieces(act.nargs, bool(act.option_strings)):
            flat.append((chars, least, most, owner))
    counts = [0] * len(flat)
    if not _try_pieces(flat, 0, kinds, 0, counts, set()):
        return None
    taken = [0] * len(actions)
    for piece, count in zip(flat, counts):
        taken[piece[3]] += count
    return taken


# ------------------------------------------------------------------------------ shared bases

def _is_positional(act):
    return not act.option_strings


def _is_hidden(act):
    return act.help is SUPPRESS


class _FieldRepr(object):
    """repr() as Type(field=value, ...); names that are not identifiers go in a **{} tail."""

    def _repr_positional(self):
        return []

    def _repr_fields(self):
        return list(vars(self).items())

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


def _named_fields(obj, names):
    return list(zip(names, [getattr(obj, name) for name in names]))


def _describe(act):
    # The name an error message uses for an argument.
    if act is None:
        return None
    if act.option_strings:
        return '/'.join(act.option_strings)
    for name in (act.metavar, act.dest):
        if name not in (None, SUPPRESS):
            return name
    if act.choices:
        return '{%s}' % ','.join(act.choices)
    return None


class ArgumentError(Exception):
    """A problem with one argument: bad value, missing values, conflict."""

    def __init__(self, argument, message):
        self.argument_name = _describe(argument)
        self.message = message

    def __str__(self):
        text = '%s' % (self.message,)
        if self.argument_name is not None:
            text = 'argument %s: %s' % (self.argument_name, text)
        return text


class ArgumentTypeError(Exception):
    """Raised by type= converters; its text becomes the argument's error message."""


# ------------------------------------------------------------------------------ help formatting

class _HelpSection(object):
    def __init__(self, parent, heading):
        self.parent = parent
        self.heading = heading
        self.entries = []


def _concat(pieces):
    return ''.join([piece for piece in pieces if piece and piece is not SUPPRESS])


# Usage templates per nargs: the text and how many metavar names it takes.
_ARGS_LAYOUT = {
    None: ('%s', 1),
    OPTIONAL: ('[%s]', 1),
    ONE_OR_MORE: ('%s [%s ...]', 2),
    PARSER: ('%s ...', 1),
    REMAINDER: ('...', 0),
    SUPPRESS: ('', 0),
}


class HelpFormatter(object):
    """Lays out usage and help text. The parser feeds it sections, texts and actions; all is
    rendered at the end, once the widest argument column is known."""

    def __init__(self, prog, indent_increment=2, max_help_position=24, width=None):
        if width is None:
            width = _terminal_columns() - 2
        self._prog = prog
        self._width = width
        self._step = indent_increment
        self._max_help_position = min(max_help_position, max(indent_increment * 2, width - 20))
        self._margin = 0          # current indentation
        self._widest = 0          # widest argument column seen, indentation included
        self._root = _HelpSection(None, None)
        self._open = self._root

    # -- building

    def _indent(self):
        self._margin += self._step

    def _dedent(self):
        self._margin -= self._step

    def _queue(self, render, *args):
        self._open.entries.append((render, args))

    def start_section(self, heading):
        self._indent()
        inner = _HelpSection(self._open, heading)
        self._queue(self._render_section, inner)
        self._open = inner

    def end_section(self):
        self._open = self._open.parent
        self._dedent()

    def add_text(self, text):
        if text is None or text is SUPPRESS:
            return
        self._queue(self._text_block, text)

    def add_usage(self, usage, actions, groups, prefix=None):
        if usage is not SUPPRESS:
            self._queue(self._usage_block, usage, actions, groups, prefix)

    def add_argument(self, action):
        if _is_hidden(action):
            return
        heads = [action] + self._subactions(action)
        longest = max([len(self._format_action_invocation(act)) for act in heads])
        self._widest = max(self._widest, longest + self._margin)
        self._queue(self._format_action, action)

    def add_arguments(self, actions):
        for act in actions:
            self.add_argument(act)

    def format_help(self):
        text = self._render_section(self._root)
        if not text:
            return text
        return _limit_blank_lines(text).strip('\n') + '\n'

    # -- rendering

    def _render_section(self, section):
        nested = section.parent is not None
        if nested:
            self._indent()
        body = _concat([render(*args) for render, args in section.entries])
        if nested:
            self._dedent()
        if not body:
            return ''
        title = ''
        if section.heading is not None and section.heading is not SUPPRESS:
            title = ' ' * self._margin + '%s:\n' % (section.heading,)
        return _concat(['\n', title, body, '\n'])

    def _text_block(self, text):
        if '%(prog)' in text:
            text = text % {'prog': self._prog}
        room = max(11, self._width - self._margin)
        return self._fill_text(text, room, ' ' * self._margin) + '\n\n'

    def _subactions(self, act):
        lister = getattr(act, '_get_subactions', None)
        return [] if lister is None else list(lister())

    def _format_action(self, action):
        column = min(self._widest + 2, self._max_help_position)
        room = column - self._margin - 2
        head = self._format_action_invocation(action)
        lead = ' ' * self._margin
        first_indent = 0
        if not action.help:
            out = [lead + head + '\n']
        elif len(head) > room:
            out = [lead + head + '\n']
            first_indent = column
        else:
            out = [lead + head.ljust(room) + '  ']
        if action.help and not action.help.isspace():
            lines = self._split_lines(self._help_text(action), max(11, self._width - column))
            out.append(' ' * first_indent + lines[0] + '\n')
            out.extend([' ' * column + line + '\n' for line in lines[1:]])
        elif not out[0].endswith('\n'):
            out.append('\n')
        subs = self._subactions(action)
        if subs:
            self._indent()
            out.extend([self._format_action(sub) for sub in subs])
            self._dedent()
        return _concat(out)

    def _format_action_invocation(self, action):
        if _is_positional(action):
            fallback = self._get_default_metavar_for_positional(action)
            name, = self._metavar_formatter(action, fallback)(1)
            return name
        if action.nargs == 0:
            return ', '.join(action.option_strings)
        values = self._format_args(action, self._get_default_metavar_for_optional(action))
        return ', '.join([flag + ' ' + values for flag in action.option_strings])

    def _metavar_formatter(self, action, default_metavar):
        shown = action.metavar
        if shown is None:
            if action.choices is None:
                shown = default_metavar
            else:
                shown = '{%s}' % ','.join([str(choice) for choice in action.choices])

        def names(count):
            return shown if isinstance(shown, tuple) else (shown,) * count
        return names

    def _format_args(self, action, default_metavar):
        names = self._metavar_formatter(action, default_metavar)
        nargs = action.nargs
        if nargs == ZERO_OR_MORE:
            shown = names(1)
            return ('[%s [%s ...]]' if len(shown) == 2 else '[%s ...]') % shown
        if nargs is None or isinstance(nargs, str) and nargs in _ARGS_LAYOUT:
            template, count = _ARGS_LAYOUT[nargs]
            return template % names(count) if count else template
        try:
            count = len(range(nargs))
        except TypeError:
            raise ValueError('invalid nargs value') from None
        return ' '.join(['%s'] * count) % names(nargs)

    def _help_text(self, act):
        # The help string with %(name)s filled from the action's attributes.
        fields = dict(vars(act))
        fields['prog'] = self._prog
        for key in list(fields):
            value = fields[key]
            if value is SUPPRESS:
                del fields[key]
            elif hasattr(value, '__name__'):
                fields[key] = value.__name__
        if fields.get('choices') is not None:
            fields['choices'] = ', '.join([str(choice) for choice in fields['choices']])
        return self._get_help_string(act) % fields

    # -- usage

    def _usage_block(self, usage, actions, groups, prefix):
        if prefix is None:
            prefix = 'usage: '
        if usage is not None:
            text = usage % {'prog': self._prog}
        elif not actions:
            text = '%s' % (self._prog,)
        else:
            prog = '%s' % (self._prog,)
            flagged = [act for act in actions if not _is_positional(act)]
            bare = [act for act in actions if _is_positional(act)]
            text = ' '.join([piece for piece in (prog, self._usage_of(flagged + bare, groups))
                             if piece])
            limit = self._width - self._margin
            if len(prefix) + len(text) > limit:
                lines = self._wrapped_usage(prefix, prog, flagged, bare, groups, limit)
                text = '\n'.join(lines)
        return f'{prefix}{text}\n\n'

    def _wrapped_usage(self, prefix, prog, flagged, bare, groups, limit):
        flag_text = self._usage_of(flagged, groups)
        bare_text = self._usage_of(bare, groups)
        flag_parts = _usage_parts(flag_text)
        bare_parts = _usage_parts(bare_text)
        # Wrapping needs the parts to rebuild the same text (fails for odd metavars).
        if ' '.join(flag_parts) != flag_text or ' '.join(bare_parts) != bare_text:
            raise AssertionError
        if len(prefix) + len(prog) <= 0.75 * limit:
            # Continuation lines line up after the program name.
            hang = ' ' * (len(prog) + len(prefix) + 1)
            if flag_parts:
                return _fill_rows([prog] + flag_parts, hang, limit, len(prefix)) + \
                    _fill_rows(bare_parts, hang, limit)
            if bare_parts:
                return _fill_rows([prog] + bare_parts, hang, limit, len(prefix))
            return [prog]
        # A long program name stands alone; the arguments follow under the prefix.
        hang = ' ' * len(prefix)
        lines = _fill_rows(flag_parts + bare_parts, hang, limit)
        if len(lines) > 1:
            lines = _fill_rows(flag_parts, hang, limit) + _fill_rows(bare_parts, hang, limit)
        return [prog] + lines

    def _usage_of(self, actions, groups):
        # marks: brackets or '|' written before the action at that index, for exclusive groups
        # whose members sit next to each other in this list.
        marks = {}
        grouped = set()
        for grp in groups:
            members = grp._group_actions
            if not members:
                raise ValueError('empty group %s' % (grp,))
            if members[0] not in actions:
                continue
            first = actions.index(members[0])
            last = first + len(members)
            if actions[first:last] != members:
                continue
            grouped.update(members)
            visible = len([act for act in members if not _is_hidden(act)])
            pair = None
            if not grp.required:
                pair = '[]'
            elif visible > 1:
                pair = '()'
            if pair is not None:
                marks[first] = marks[first] + ' ' + pair[0] if first in marks else pair[0]
                marks[last] = marks[last] + pair[1] if last in marks else pair[1]
            for inside in range(first + 1, last):
                marks[inside] = '|'

        tokens = []
        for at, act in enumerate(actions):
            if _is_hidden(act):
                # A hidden member takes one of the '|' next to it along.
                for spot in (at, at + 1):
                    if marks.get(spot) == '|':
                        del marks[spot]
                        break
                tokens.append(None)
            elif _is_positional(act):
                piece = self._format_args(act, self._get_default_metavar_for_positional(act))
                if act in grouped and piece[:1] == '[' and piece[-1:] == ']':
                    piece = piece[1:-1]
                tokens.append(piece)
            else:
                if act.nargs == 0:
                    piece = act.format_usage()
                else:
                    values = self._format_args(act, self._get_default_metavar_for_optional(act))
                    piece = act.option_strings[0] + ' ' + values
                if not (act.required or act in grouped):
                    piece = '[' + piece + ']'
                tokens.append(piece)
        joined = []
        for at in range(len(actions) + 1):
            if at in marks:
                joined.append(marks[at])
            if at < len(actions) and tokens[at] is not None:
                joined.append(tokens[at])
        return _tidy_usage_brackets(' '.join(joined))

    # -- what the formatter subclasses replace

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
        text = action.help or ''
        wanted = action.default is not SUPPRESS and '%(default)' not in text and \
            (bool(action.option_strings) or action.nargs in (OPTIONAL, ZERO_OR_MORE))
        return text + ' (default: %(default)s)' if wanted else text


class MetavarTypeHelpFormatter(HelpFormatter):
    """Names argument values after their type= (int, float...) rather than their dest."""

    def _get_default_metavar_for_optional(self, action):
        return action.type.__name__

    _get_default_metavar_for_positional = _get_default_metavar_for_optional


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
        return _named_fields(self, ('option_strings', 'dest', 'nargs', 'const', 'default',
                                    'type', 'choices', 'required', 'help', 'metavar'))

    def _store(self, namespace, value):
        setattr(namespace, self.dest, value)

    def _grown(self, namespace):
        # A copy of the list stored so far: append/extend never change a default in place.
        so_far = getattr(namespace, self.dest, None)
        if so_far is None:
            return []
        if type(so_far) is list:
            return list(so_far)
        import copy
        return copy.copy(so_far)

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
        super().__init__(flags, dest, 0, None, default, type, choices, required, help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string not in self.option_strings:
            return
        self._store(namespace, not option_string.startswith('--no-'))

    def format_usage(self):
        return ' | '.join(self.option_strings)


def _refuse_bad_nargs(nargs, const, zero_message):
    if nargs == 0:
        raise ValueError(zero_message)
    if nargs != OPTIONAL and const is not None:
        raise ValueError("nargs must be '?' to supply const")


class _StoreAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _refuse_bad_nargs(nargs, const,
                          'nargs for store actions must be != 0; if you have nothing to store, '
                          'actions such as store true or store const may be more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        self._store(namespace, values)


class _StoreConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        self._store(namespace, self.const)


class _StoreTrueAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, True, default, required, help)


class _StoreFalseAction(_StoreConstAction):

    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, False, default, required, help)


class _AppendAction(Action):

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _refuse_bad_nargs(nargs, const,
                          'nargs for append actions must be != 0; if arg strings are not '
                          'supplying the value to append, the append const action may be '
                          'more appropriate')
        super().__init__(option_strings, dest, nargs, const, default, type, choices, required,
                         help, metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = self._grown(namespace)
        items.append(values)
        self._store(namespace, items)


class _AppendConstAction(Action):

    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, 0, const, default, None, None, required, help,
                         metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        items = self._grown(namespace)
        items.append(self.const)
        self._store(namespace, items)


class _CountAction(Action):

    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, required, help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        self._store(namespace, 1 if so_far is None else so_far + 1)


class _HelpAction(Action):

    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, 0, None, default, None, None, False, help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help="show program's version number and exit"):
        super().__init__(option_strings, dest, 0, None, default, None, None, False, help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        fmt = parser._get_formatter()
        fmt.add_text(parser.version if self.version is None else self.version)
        parser._print_message(fmt.format_help(), _sys.stdout)
        parser.exit()


class _ExtendAction(_AppendAction):

    def __call__(self, parser, namespace, values, option_string=None):
        items = self._grown(namespace)
        items.extend(values)
        self._store(namespace, items)


class _SubParsersAction(Action):
    """The positional that picks a sub-command and hands it the rest of the command line."""

    class _ChoicesPseudoAction(Action):
        # One line per sub-command in the help listing.

        def __init__(self, command, aliases, text):
            shown = command
            if aliases:
                shown = '%s (%s)' % (command, ', '.join(aliases))
            super().__init__([], command, help=text, metavar=shown)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._command_prefix = prog
        self._factory = parser_class
        self._name_parser_map, self._choices_actions = {}, []
        super().__init__(option_strings, dest, PARSER, None, None, None, self._name_parser_map,
                         required, help, metavar)

    def add_parser(self, name, **kwargs):
        if kwargs.get('prog', None) is None:
            kwargs['prog'] = '%s %s' % (self._command_prefix, name)
        aliases = tuple(kwargs.pop('aliases', ()))
        known = self._name_parser_map
        if name in known:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        for alias in aliases:
            if alias in known:
                raise ArgumentError(self, 'conflicting subparser alias: %s' % alias)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        made = self._factory(**kwargs)
        for key in (name,) + aliases:
            known[key] = made
        return made

    def _get_subactions(self):
        return list(self._choices_actions)

    def __call__(self, parser, namespace, values, option_string=None):
        command, rest = values[0], values[1:]
        if SUPPRESS is not self.dest:
            self._store(namespace, command)
        if command not in self._name_parser_map:
            known = ', '.join(self._name_parser_map)
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (command, known))
        # The sub-command parses into a fresh namespace so that its defaults win over the
        # parent's, then everything it set is copied over.
        inner, rest = self._name_parser_map[command].parse_known_args(rest, None)
        for attr, val in vars(inner).items():
            setattr(namespace, attr, val)
        if rest:
            if not hasattr(namespace, _LEFTOVERS):
                setattr(namespace, _LEFTOVERS, [])
            getattr(namespace, _LEFTOVERS).extend(rest)


class FileType(object):
    """type= converter that opens the named file ('-' is stdin or stdout)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode, self._bufsize = mode, bufsize
        self._encoding, self._errors = encoding, errors

    def __call__(self, path):
        mode = self._mode
        if path != '-':
            try:
                return open(path, mode, self._bufsize, self._encoding, self._errors)
            except OSError as exc:
                raise ArgumentTypeError("can't open '%s': %s" % (path, exc))
        if 'r' in mode:
            stream = _sys.stdin
        elif 'w' in mode or 'a' in mode or 'x' in mode:
            stream = _sys.stdout
        else:
            raise ValueError('argument "-" with mode %r' % mode)
        return stream.buffer if 'b' in mode else stream

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
        if isinstance(other, Namespace):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __contains__(self, key):
        return key in vars(self)

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
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default, self.conflict_handler = argument_default, conflict_handler
        self._registry = {'action': dict(_ACTION_NAMES), 'type': {None: _same_string}}
        self._actions, self._action_groups, self._defaults = [], [], {}
        self._option_string_actions, self._mutually_exclusive_groups = {}, []
        # Non-empty once some option looks like a negative number ('-1'): from then on such
        # strings on the command line are options, not positional values.
        self._negative_flags = []
        self._conflict_resolver()

    def register(self, registry_name, value, object):
        self._registry.setdefault(registry_name, {})[value] = object

    def _lookup(self, registry_name, value, default=None):
        return self._registry.setdefault(registry_name, {}).get(value, default)

    def set_defaults(self, **kwargs):
        for dest, value in kwargs.items():
            self._defaults[dest] = value
        for act in self._actions:
            if act.dest in kwargs:
                act.default = kwargs[act.dest]

    def get_default(self, dest):
        found = [act.default for act in self._actions
                 if act.dest == dest and act.default is not None]
        return found[0] if found else self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        if args and (len(args) > 1 or args[0][0] in self.prefix_chars):
            settings = self._option_settings(args, kwargs)
        else:
            if 'dest' in kwargs and args:
                raise ValueError('dest supplied twice for positional argument')
            settings = self._positional_settings(*args, **kwargs)
        dest = settings['dest']
        if 'default' not in settings and (dest in self._defaults
                                          or self.argument_default is not None):
            settings['default'] = self._defaults.get(dest, self.argument_default)

        kind = settings.pop('action', None)
        factory = self._lookup('action', kind, kind)
        if not callable(factory):
            raise ValueError('unknown action "%s"' % (factory,))
        made = factory(**settings)

        converter = self._lookup('type', made.type, made.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (converter,))
        # Parsers (not groups) check that nargs and a tuple metavar fit together.
        if hasattr(self, '_get_formatter'):
            probe = self._get_formatter()
            try:
                probe._format_args(made, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._attach(made)

    def _positional_settings(self, dest, **settings):
        if 'required' in settings:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = settings.get('nargs')
        # Only '?' and '*' with a default may be left out.
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE
                                                     and 'default' not in settings):
            settings['required'] = True
        settings['dest'] = dest
        settings['option_strings'] = []
        return settings

    def _option_settings(self, flags, given):
        settings = dict(given)
        long_flags = []
        for flag in flags:
            if flag[0] not in self.prefix_chars:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (flag, self.prefix_chars))
            if len(flag) > 1 and flag[1] in self.prefix_chars:
                long_flags.append(flag)
        if settings.get('dest') is None:
            # --foo-bar (the first long flag, else the first flag) gives foo_bar.
            stem = (long_flags or flags)[0].lstrip(self.prefix_chars)
            if not stem:
                raise ValueError('dest= is required for options like %r' % (flags[-1],))
            settings['dest'] = stem.replace('-', '_')
        settings['option_strings'] = list(flags)
        return settings

    def add_argument_group(self, *args, **kwargs):
        self._action_groups.append(_ArgumentGroup(self, *args, **kwargs))
        return self._action_groups[-1]

    def add_mutually_exclusive_group(self, **kwargs):
        self._mutually_exclusive_groups.append(_MutuallyExclusiveGroup(self, **kwargs))
        return self._mutually_exclusive_groups[-1]

    def _attach(self, act):
        self._resolve_conflicts(act)
        self._actions.append(act)
        act.container = self
        for flag in act.option_strings:
            self._option_string_actions[flag] = act
        if not self._negative_flags:
            if [flag for flag in act.option_strings if _looks_negative(flag)]:
                self._negative_flags.append(True)
        return act

    def _detach(self, act):
        self._actions.remove(act)

    def _inherit(self, parent):
        # A parent parser's arguments join this one, in groups of the same titles.
        by_title = {}
        for grp in self._action_groups:
            if grp.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r' % (grp.title,))
            by_title[grp.title] = grp
        home = {}
        for grp in parent._action_groups:
            if grp.title not in by_title:
                by_title[grp.title] = self.add_argument_group(
                    title=grp.title, description=grp.description,
                    conflict_handler=grp.conflict_handler)
            for act in grp._group_actions:
                home[act] = by_title[grp.title]
        for grp in parent._mutually_exclusive_groups:
            twin = self.add_mutually_exclusive_group(required=grp.required)
            for act in grp._group_actions:
                home[act] = twin
        for act in parent._actions:
            home.get(act, self)._attach(act)

    def _conflict_resolver(self):
        if self.conflict_handler == 'error':
            return self._refuse_conflict
        if self.conflict_handler == 'resolve':
            return self._drop_older_flags
        raise ValueError('invalid conflict_resolution value: %r' % (self.conflict_handler,))

    def _resolve_conflicts(self, act):
        clashes = [(flag, self._option_string_actions[flag]) for flag in act.option_strings
                   if flag in self._option_string_actions]
        if clashes:
            self._conflict_resolver()(act, clashes)

    def _refuse_conflict(self, act, clashes):
        flags = ', '.join([flag for flag, other in clashes])
        raise ArgumentError(act, _plural(len(clashes), 'conflicting option string: %s',
                                         'conflicting option strings: %s') % flags)

    def _drop_older_flags(self, act, clashes):
        # conflict_handler='resolve': the newer argument takes the flag; an older argument
        # left without any flag disappears.
        for flag, other in clashes:
            other.option_strings.remove(flag)
            self._option_string_actions.pop(flag, None)
            if not other.option_strings:
                other.container._detach(other)


class _ArgumentGroup(_ActionsContainer):

    def __init__(self, owner, title=None, description=None, **kwargs):
        for key in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(key, getattr(owner, key))
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []
        # A group is a view on its parser: the argument tables are the parser's own.
        self._registry = owner._registry
        self._actions = owner._actions
        self._option_string_actions = owner._option_string_actions
        self._defaults = owner._defaults
        self._negative_flags = owner._negative_flags
        self._mutually_exclusive_groups = owner._mutually_exclusive_groups

    def _attach(self, act):
        super()._attach(act)
        self._group_actions.append(act)
        return act

    def _detach(self, act):
        super()._detach(act)
        self._group_actions.remove(act)


class _MutuallyExclusiveGroup(_ArgumentGroup):

    def __init__(self, owner, required=False):
        super().__init__(owner)
        self.required = required
        self._owner = owner

    def _attach(self, act):
        if act.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._owner._attach(act)
        self._group_actions.append(act)
        return act

    def _detach(self, act):
        self._owner._detach(act)
        self._group_actions.remove(act)


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
        for grp in parser._mutually_exclusive_groups:
            members = grp._group_actions
            for at, member in enumerate(members):
                self.rivals.setdefault(member, []).extend(members[:at] + members[at + 1:])
        # Options are recognised once, up front (an ambiguous abbreviation stops here).
        kinds = []
        self.found = {}
        separated = False
        for at, text in enumerate(strings):
            if separated:
                kinds.append('A')
            elif text == '--':
                kinds.append('-')
                separated = True
            else:
                option = parser._parse_optional(text)
                if option is not None:
                    self.found[at] = option
                kinds.append('A' if option is None else 'O')
        self.kinds = ''.join(kinds)
        self.waiting = [act for act in parser._actions if _is_positional(act)]

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

    def _apply(self, act, strings, flag=None):
        self.seen.add(act)
        value = self.parser._get_values(act, strings)
        if value is not act.default:
            self.given.add(act)
            for other in self.rivals.get(act, ()):
                if other in self.given:
                    raise ArgumentError(act, 'not allowed with argument %s' % _describe(other))
        if value is not SUPPRESS:
            act(self.parser, self.namespace, value, flag)

    def _take_positionals(self, start):
        counts = self.parser._partial_match(self.waiting, self.kinds[start:])
        for act, count in zip(self.waiting, counts):
            self._apply(act, self.strings[start:start + count])
            start += count
        del self.waiting[:len(counts)]
        return start

    def _take_option(self, start):
        act, flag, attached = self.found[start]
        if act is None:
            self.extras.append(self.strings[start])
            return start + 1
        table = self.parser._option_string_actions
        pending = []
        stop = start + 1
        while attached is not None:
            count = self.parser._count_for(act, 'A')
            if count == 1:
                pending.append((act, [attached], flag))
                break
            if count != 0 or flag[1] in self.parser.prefix_chars or attached == '':
                raise ArgumentError(act, 'ignored explicit argument %r' % attached)
            # '-xyz' with -x taking no value: -x, then '-y' with 'z' attached, and so on.
            pending.append((act, [], flag))
            flag = flag[0] + attached[0]
            if flag not in table:
                raise ArgumentError(act, 'ignored explicit argument %r' % attached)
            act = table[flag]
            attached = attached[1:] or None
        else:
            count = self.parser._count_for(act, self.kinds[stop:])
            pending.append((act, self.strings[stop:stop + count], flag))
            stop += count
        for act, strings, flag in pending:
            self._apply(act, strings, flag)
        return stop

    def _finish(self):
        parser = self.parser
        namespace = self.namespace
        missing = []
        for act in parser._actions:
            if act in self.seen:
                continue
            if act.required:
                missing.append(_describe(act))
            elif isinstance(act.default, str) and hasattr(namespace, act.dest) \
                    and getattr(namespace, act.dest) is act.default:
                # String defaults go through type= like command-line strings do.
                setattr(namespace, act.dest, parser._get_value(act, act.default))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for grp in parser._mutually_exclusive_groups:
            if grp.required and not [act for act in grp._group_actions if act in self.given]:
                names = [_describe(act) for act in grp._group_actions if not _is_hidden(act)]
                parser.error('one of the arguments %s is required' % ' '.join(names))


_COUNT_ERRORS = {
    None: 'expected one argument',
    OPTIONAL: 'expected at most one argument',
    ONE_OR_MORE: 'expected at least one argument',
}


class ArgumentParser(_FieldRepr, _ActionsContainer):
    """Turns command-line strings into a Namespace, and writes usage, help and errors."""

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        _ActionsContainer.__init__(self, description, prefix_chars, argument_default,
                                   conflict_handler)
        self.prog = prog if prog is not None else _os.path.basename(_sys.argv[0])
        self.usage, self.epilog = usage, epilog
        self.formatter_class, self.fromfile_prefix_chars = formatter_class, fromfile_prefix_chars
        self.add_help, self.allow_abbrev, self.exit_on_error = add_help, allow_abbrev, exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None

        if add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash + dash + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for parent in parents:
            self._inherit(parent)
            inherited = getattr(parent, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _repr_fields(self):
        return _named_fields(self, ('prog', 'usage', 'description', 'formatter_class',
                                    'conflict_handler', 'add_help'))

    # -- building

    def add_subparsers(self, **kwargs):
        if self._subparsers:
            self.error('cannot have multiple subparser arguments')
        kwargs.setdefault('parser_class', self.__class__)
        titled = any([key in kwargs for key in ('title', 'description')])
        self._subparsers = self._positionals if not titled else self.add_argument_group(
            kwargs.pop('title', 'subcommands'), kwargs.pop('description', None))
        if kwargs.get('prog', None) is None:
            # Sub-commands are introduced by the program name and the positionals before them.
            fmt = self._get_formatter()
            fmt.add_usage(self.usage, [act for act in self._actions if _is_positional(act)],
                          self._mutually_exclusive_groups, '')
            kwargs['prog'] = fmt.format_help().strip()
        kind = kwargs.pop('action', 'parsers')
        chooser = self._lookup('action', kind, kind)(option_strings=[], **kwargs)
        self._subparsers._attach(chooser)
        return chooser

    def _attach(self, act):
        (self._positionals if _is_positional(act) else self._optionals)._attach(act)
        return act

    # -- parsing

    def parse_args(self, args=None, namespace=None):
        namespace, extras = self.parse_known_args(args, namespace)
        if extras:
            self.error('unrecognized arguments: %s' % ' '.join(extras))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        strings = _sys.argv[1:] if args is None else list(args)
        ns = Namespace() if namespace is None else namespace
        for act in self._actions:
            if act.dest is SUPPRESS or act.default is SUPPRESS or hasattr(ns, act.dest):
                continue
            setattr(ns, act.dest, act.default)
        for dest, value in self._defaults.items():
            if not hasattr(ns, dest):
                setattr(ns, dest, value)
        try:
            ns, strings = self._run_parse(strings, ns)
        except ArgumentError as exc:
            if not self.exit_on_error:
                raise
            self.error(str(exc))
        if hasattr(ns, _LEFTOVERS):
            strings.extend(getattr(ns, _LEFTOVERS))
            delattr(ns, _LEFTOVERS)
        return ns, strings

    def _run_parse(self, strings, namespace):
        return _CommandLine(self, namespace, self._expand_arg_files(strings)).run()

    def _expand_arg_files(self, strings):
        marks = self.fromfile_prefix_chars
        if marks is None:
            return strings
        expanded = []
        for text in strings:
            if not text or text[0] not in marks:
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

    def _parse_optional(self, text):
        # None: a positional value. Otherwise (action or None if unknown, flag, attached value).
        if not text or text[0] not in self.prefix_chars:
            return None
        table = self._option_string_actions
        if text in table:
            return (table[text], text, None)
        if len(text) == 1:
            return None
        if '=' in text:
            flag, attached = text.split('=', 1)
            if flag in table:
                return (table[flag], flag, attached)
        candidates = self._flag_candidates(text)
        if len(candidates) > 1:
            self.error('ambiguous option: %s could match %s'
                       % (text, ', '.join([flag for _act, flag, _v in candidates])))
        if candidates:
            return candidates[0]
        if _looks_negative(text) and not self._negative_flags:
            return None
        if ' ' in text:
            return None
        return (None, text, None)

    def _flag_candidates(self, text):
        # Options text may abbreviate ('--verb' for '--verbose'), or for a single prefix
        # character, the short option it starts with ('-n5' is -n with '5').
        found = []
        if text[1] in self.prefix_chars:
            if self.allow_abbrev:
                stem, eq, value = text.partition('=')
                for flag, act in self._option_string_actions.items():
                    if flag.startswith(stem):
                        found.append((act, flag, value if eq else None))
            return found
        for flag, act in self._option_string_actions.items():
            if flag == text[:2]:
                found.append((act, flag, text[2:]))
            elif flag.startswith(text):
                found.append((act, flag, None))
        return found

    def _count_for(self, act, kinds):
        counts = _match_nargs([act], kinds)
        if counts is not None:
            return counts[0]
        nargs = act.nargs
        if nargs in _COUNT_ERRORS:
            raise ArgumentError(act, _COUNT_ERRORS[nargs])
        raise ArgumentError(act, _plural(nargs, 'expected %s argument',
                                         'expected %s arguments') % nargs)

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
        bare = [act for act in self._actions if _is_positional(act)]
        odd = [act for act in bare if act.nargs in (PARSER, REMAINDER)]
        if odd:
            raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                            % odd[0].nargs)
        for grp in self._mutually_exclusive_groups:
            if [act for act in grp._group_actions if act in bare]:
                raise TypeError(
                    'parse_intermixed_args: positional in mutuallyExclusiveGroup')
        own_usage = self.usage
        try:
            if own_usage is None:
                self.usage = self.format_usage()[len('usage: '):]
            kept = [(act, act.nargs, act.default) for act in bare]
            try:
                for act in bare:
                    act.nargs = act.default = SUPPRESS
                namespace, remaining = self.parse_known_args(args, namespace)
                for act in bare:
                    if hasattr(namespace, act.dest) and getattr(namespace, act.dest) == []:
                        import warnings
                        warnings.warn('Do not expect %s in %s' % (act.dest, namespace))
                        delattr(namespace, act.dest)
            finally:
                for act, nargs, default in kept:
                    act.nargs, act.default = nargs, default
            flagged = [act for act in self._actions if not _is_positional(act)]
            was_required = [(item, item.required)
                            for item in flagged + self._mutually_exclusive_groups]
            try:
                for item, _flag in was_required:
                    item.required = False
                namespace, extras = self.parse_known_args(remaining, namespace)
            finally:
                for item, required in was_required:
                    item.required = required
        finally:
            self.usage = own_usage
        return namespace, extras

    # -- converting values

    def _get_values(self, action, strings):
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in strings:
            strings.remove('--')
        if not strings and nargs == OPTIONAL:
            result = action.default if _is_positional(action) else action.const
            if isinstance(result, str):
                result = self._get_value(action, result)
                self._check_value(action, result)
        elif not strings and nargs == ZERO_OR_MORE and _is_positional(action):
            result = strings if action.default is None else action.default
            self._check_value(action, result)
        elif len(strings) == 1 and nargs in (None, OPTIONAL):
            result = self._get_value(action, strings[0])
            self._check_value(action, result)
        elif nargs == SUPPRESS:
            result = SUPPRESS
        else:
            result = [self._get_value(action, text) for text in strings]
            if nargs == PARSER:
                self._check_value(action, result[0])
            elif nargs != REMAINDER:
                for item in result:
                    self._check_value(action, item)
        return result

    def _get_value(self, action, text):
        converter = self._lookup('type', action.type, action.type)
        if not callable(converter):
            raise ArgumentError(action, '%r is not callable' % (converter,))
        try:
            return converter(text)
        except ArgumentTypeError as exc:
            raise ArgumentError(action, str(exc))
        except (ValueError, TypeError):
            label = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (label, text))

    def _check_value(self, action, candidate):
        allowed = action.choices
        if allowed is None or candidate in allowed:
            return
        raise ArgumentError(action, 'invalid choice: %r (choose from %s)'
                            % (candidate, ', '.join([repr(choice) for choice in allowed])))

    # -- help and messages

    def format_usage(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return fmt.format_help()

    def format_help(self):
        fmt = self._get_formatter()
        fmt.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        fmt.add_text(self.description)
        for grp in self._action_groups:
            fmt.start_section(grp.title)
            fmt.add_text(grp.description)
            fmt.add_arguments(grp._group_actions)
            fmt.end_section()
        fmt.add_text(self.epilog)
        return fmt.format_help()

    def _get_formatter(self):
        make = self.formatter_class
        return make(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, text, file=None):
        if not text:
            return
        try:
            (file or _sys.stderr).write(text)
        except (OSError, AttributeError):
            pass

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, file=_sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Prints the usage and the message to stderr, then exits with status 2."""
        self.print_usage(file=_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
