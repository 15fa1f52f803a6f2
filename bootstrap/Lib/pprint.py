"""Pretty-printing of Python data structures (the pprint module).

Written for PyPack from the documentation and CPython's observed output: a value whose repr
fits the remaining width is written as its repr; a container that does not fit is broken one
item per line (or packed with compact=True), long str and bytes are split into adjacent
literals, dicts are sorted by key unless sort_dicts is false.
"""

import collections as _collections
import dataclasses as _dataclasses
import re as _re
import sys as _sys
import types as _types
from io import StringIO as _StringIO

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr",
           "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *,
           compact=False, sort_dicts=True, underscore_numbers=False):
    """Pretty-print a Python object to a stream [default is sys.stdout]."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *,
            compact=False, sort_dicts=True, underscore_numbers=False):
    """Format a Python object into a pretty-printed representation."""
    return PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                         sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """Pretty-print a Python object; dicts keep their insertion order."""
    pprint(object, *args, sort_dicts=sort_dicts, **kwargs)


def saferepr(object):
    """Version of repr() which can handle recursive data structures."""
    text, _, _ = PrettyPrinter()._safe_repr(object, {}, None, 0)
    return text


def isreadable(object):
    """Determine if saferepr(object) is readable by eval()."""
    _, readable, _ = PrettyPrinter()._safe_repr(object, {}, None, 0)
    return readable


def isrecursive(object):
    """Determine if object requires a recursive representation."""
    _, _, recursive = PrettyPrinter()._safe_repr(object, {}, None, 0)
    return recursive


class _SortKey:
    """Orders values of any types: by value where `<` works, else by type name then identity."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            mine = (str(type(self.obj)), id(self.obj))
            theirs = (str(type(other.obj)), id(other.obj))
            return mine < theirs


def _item_key(pair):
    return (_SortKey(pair[0]), _SortKey(pair[1]))


def _pair_key(pair):
    return pair[0]


def _sorted_items(items):
    """items sorted as by key=_item_key. Keys that are all exact str, or all exact int, compare with
    '<' without error and without side effects, so _SortKey would only forward each comparison and
    the values would never be reached (the key wrappers are never equal): sorting by the key alone
    gives the same order without a Python-level comparison per pair."""
    items = list(items)
    if items and type(items[0]) is tuple:
        kind = type(items[0][0])
        if kind is str or kind is int:
            for pair in items:
                if type(pair) is not tuple or len(pair) != 2 or type(pair[0]) is not kind:
                    break
            else:
                return sorted(items, key=_pair_key)
    return sorted(items, key=_item_key)


def _sorted_members(members):
    """members sorted as by key=_SortKey: by '<' alone when all are exact str or all exact int."""
    members = list(members)
    if members:
        kind = type(members[0])
        if kind is str or kind is int:
            for member in members:
                if type(member) is not kind:
                    break
            else:
                return sorted(members)
    return sorted(members, key=_SortKey)


def _recursion_text(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


# Types whose repr is always what saferepr shows (and readable).
_SCALARS = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})

_WORDS = _re.compile(r'\S*\s*')


def _bytes_chunks(data, width, allowance):
    """Splits a bytes value into reprs of 4-byte-aligned pieces that fit width (the last one less allowance)."""
    pending = b''
    last_start = len(data) // 4 * 4
    for start in range(0, len(data), 4):
        piece = data[start:start + 4]
        joined = pending + piece
        if start == last_start:
            width -= allowance
        if len(repr(joined)) <= width:
            pending = joined
            continue
        if pending:
            yield repr(pending)
        pending = piece
    if pending:
        yield repr(pending)


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *,
                 compact=False, sort_dicts=True, underscore_numbers=False):
        indent = int(indent)
        width = int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if depth is not None and depth <= 0:
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._max_depth = depth
        self._indent_step = indent
        self._width = width
        self._output = stream if stream is not None else _sys.stdout
        self._packed = bool(compact)
        self._sorted_keys = sort_dicts
        self._underscores = underscore_numbers

    def pprint(self, object):
        if self._output is not None:
            self._format(object, self._output, 0, 0, {}, 0)
            self._output.write("\n")

    def pformat(self, object):
        out = _StringIO()
        self._format(object, out, 0, 0, {}, 0)
        return out.getvalue()

    def isrecursive(self, object):
        _, _, recursive = self.format(object, {}, 0, 0)
        return recursive

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        """Returns (repr, readable, recursive) of object; subclasses may override it."""
        return self._safe_repr(object, context, maxlevels, level)

    # Layout: the repr when it fits, else the type's own way of breaking it over lines.

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion_text(object))
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            layout = self._layouts.get(type(object).__repr__)
            if layout is None and self._is_plain_dataclass(object):
                layout = PrettyPrinter._pprint_dataclass
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    @staticmethod
    def _is_plain_dataclass(object):
        return (_dataclasses.is_dataclass(object) and not isinstance(object, type)
                and object.__dataclass_params__.repr
                and _dataclasses._has_generated_repr(type(object)))

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._max_depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        name = object.__class__.__name__
        shown = [(f.name, getattr(object, f.name)) for f in _dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(shown, stream, indent + len(name) + 1, allowance, context, level)
        stream.write(')')

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        if self._indent_step > 1:
            stream.write(' ' * (self._indent_step - 1))
        if len(object):
            pairs = _sorted_items(object.items()) if self._sorted_keys else object.items()
            self._format_dict_items(pairs, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1, context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        stream.write('(')
        close = ',)' if len(object) == 1 else ')'
        self._format_items(object, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        kind = object.__class__
        if kind is set:
            stream.write('{')
            close = '}'
        else:
            stream.write(kind.__name__ + '({')
            close = '})'
            indent += len(kind.__name__) + 1
        members = _sorted_members(object)
        self._format_items(members, stream, indent, allowance + len(close), context, level)
        stream.write(close)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        if level == 1:
            # At the top a split str is wrapped in parentheses, which take a column each side.
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(True)
        pieces = []
        for number, line in enumerate(lines):
            is_last_line = number == len(lines) - 1
            limit = room - allowance if is_last_line else room
            whole = repr(line)
            if len(whole) <= limit:
                pieces.append(whole)
                continue
            words = _WORDS.findall(line)
            words.pop()  # findall ends with an empty match
            pending = ''
            limit = room
            for index, word in enumerate(words):
                joined = pending + word
                if is_last_line and index == len(words) - 1:
                    limit -= allowance
                if len(repr(joined)) > limit:
                    if pending:
                        pieces.append(repr(pending))
                    pending = word
                else:
                    pending = joined
            if pending:
                pieces.append(repr(pending))
        if len(pieces) == 1:
            stream.write(pieces[0])
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        top = level == 1
        if top:
            indent += 1
            allowance += 1
            stream.write('(')
        chunks = list(_bytes_chunks(object, self._width - indent, allowance))
        stream.write(('\n' + ' ' * indent).join(chunks))
        if top:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + 10, allowance + 1, context, level + 1)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        name = 'namespace' if type(object) is _types.SimpleNamespace else object.__class__.__name__
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = object.__class__.__name__
        indent += len(name) + 1
        stream.write(name + '(' + factory + ',\n' + ' ' * indent)
        self._pprint_dict(object, stream, indent, allowance + 1, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '({')
        if self._indent_step > 1:
            stream.write(' ' * (self._indent_step - 1))
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not len(maps):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for index, mapping in enumerate(maps):
            if index < len(maps) - 1:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + ' ' * indent)
            else:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not len(object):
            stream.write(repr(object))
            return
        name = object.__class__.__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
        else:
            self._format_items(object, stream, indent, 2, context, level)
            stream.write('],\n' + ' ' * indent + 'maxlen=' + self._repr(object.maxlen, context, level) + ')')

    def _pprint_user_wrapper(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList and UserString print as the value they wrap.
        wrapped = object.data
        self._format(wrapped, stream, indent, allowance, context, level - 1)

    # The pieces containers are made of.

    def _format_dict_items(self, pairs, stream, indent, allowance, context, level):
        indent += self._indent_step
        separator = ',\n' + ' ' * indent
        pairs = list(pairs)
        for index, (key, value) in enumerate(pairs):
            last = index == len(pairs) - 1
            key_text = self._repr(key, context, level)
            stream.write(key_text + ': ')
            self._format(value, stream, indent + len(key_text) + 2, allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _format_namespace_items(self, pairs, stream, indent, allowance, context, level):
        separator = ',\n' + ' ' * indent
        pairs = list(pairs)
        for index, (key, value) in enumerate(pairs):
            last = index == len(pairs) - 1
            stream.write(key + '=')
            if id(value) in context:
                # As the reprs of dataclasses and namespaces show an object inside itself.
                stream.write('...')
            else:
                self._format(value, stream, indent + len(key) + 1, allowance if last else 1, context, level)
            if not last:
                stream.write(separator)

    def _format_items(self, items, stream, indent, allowance, context, level):
        indent += self._indent_step
        if self._indent_step > 1:
            stream.write(' ' * (self._indent_step - 1))
        separator = ',\n' + ' ' * indent
        full = self._width - indent + 1
        room = full
        items = list(items)
        # What goes before the next item: nothing first, ', ' after a packed item, else a new line.
        before = ''
        for index, item in enumerate(items):
            last = index == len(items) - 1
            if last:
                full -= allowance
                room -= allowance
            if self._packed:
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if room < needed:
                    room = full
                    if before:
                        before = separator
                if room >= needed:
                    room -= needed
                    stream.write(before + text)
                    before = ', '
                    continue
            stream.write(before)
            before = separator
            self._format(item, stream, indent, allowance if last else 1, context, level)

    # saferepr: the one-line repr, with readable and recursive flags.

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _SCALARS:
            return repr(object), True, False
        # The exact builtin containers and int: their __repr__ is their own (builtin types cannot
        # be patched), so the checks below would pick the same branch.
        if kind is dict:
            return self._safe_container(object, '{%s}', '{}', True, context, maxlevels, level)
        if kind is list:
            return self._safe_container(object, '[%s]', '[]', False, context, maxlevels, level)
        if kind is tuple:
            shape = '(%s,)' if len(object) == 1 else '(%s)'
            return self._safe_container(object, shape, '()', False, context, maxlevels, level)
        if kind is int and not self._underscores:
            return repr(object), True, False
        shown_by = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and shown_by is int.__repr__:
            if self._underscores:
                return f"{object:_d}", True, False
            return repr(object), True, False
        if issubclass(kind, dict) and shown_by is dict.__repr__:
            return self._safe_container(object, '{%s}', '{}', True, context, maxlevels, level)
        if issubclass(kind, list) and shown_by is list.__repr__:
            return self._safe_container(object, '[%s]', '[]', False, context, maxlevels, level)
        if issubclass(kind, tuple) and shown_by is tuple.__repr__:
            shape = '(%s,)' if len(object) == 1 else '(%s)'
            return self._safe_container(object, shape, '()', False, context, maxlevels, level)
        text = repr(object)
        return text, bool(text and not text.startswith('<')), False

    def _safe_container(self, object, shape, empty, is_dict, context, maxlevels, level):
        if not object:
            return empty, True, False
        key = id(object)
        if maxlevels and level >= maxlevels:
            return shape % '...', False, key in context
        if key in context:
            return _recursion_text(object), False, True
        if is_dict:
            pairs = _sorted_items(object.items()) if self._sorted_keys else object.items()
        # Items that are all exact scalars (ints too unless shown with underscores) show as their
        # repr, readable and not recursive, when format and _safe_repr are PrettyPrinter's own:
        # then the text is the repr of the container (of a dict in the order shown).
        # Only exact containers: a subclass's own __iter__ or items() would not be what repr reads.
        kind = type(object)
        atoms = _SCALARS if self._underscores else _ATOMS
        if kind is dict:
            if (atoms.issuperset(map(type, object)) and atoms.issuperset(map(type, object.values()))
                    and self._plain_formatting()):
                return repr(dict(pairs)) if self._sorted_keys else repr(object), True, False
        elif (kind is list or kind is tuple) and atoms.issuperset(map(type, object)) and self._plain_formatting():
            return repr(object), True, False
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        level += 1
        if is_dict:
            for k, v in pairs:
                k_text, k_readable, k_recursive = self.format(k, context, maxlevels, level)
                v_text, v_readable, v_recursive = self.format(v, context, maxlevels, level)
                parts.append(k_text + ': ' + v_text)
                readable = readable and k_readable and v_readable
                recursive = recursive or k_recursive or v_recursive
        else:
            for item in object:
                text, item_readable, item_recursive = self.format(item, context, maxlevels, level)
                parts.append(text)
                readable = readable and item_readable
                recursive = recursive or item_recursive
        del context[key]
        return shape % ', '.join(parts), readable, recursive


_ATOMS = _SCALARS | {int}
_FORMAT = PrettyPrinter.format
_SAFE_REPR = PrettyPrinter._safe_repr


def _plain_formatting(self):
    """Whether this printer formats items with PrettyPrinter's own format and _safe_repr (no
    subclass or instance attribute replaced either): what the calls for the items would run."""
    for method, function in ((self.format, _FORMAT), (self._safe_repr, _SAFE_REPR)):
        if getattr(method, '__func__', None) is not function or getattr(method, '__self__', None) is not self:
            return False
    return True


PrettyPrinter._plain_formatting = _plain_formatting


def _layout_table():
    table = {
        dict.__repr__: PrettyPrinter._pprint_dict,
        list.__repr__: PrettyPrinter._pprint_list,
        tuple.__repr__: PrettyPrinter._pprint_tuple,
        set.__repr__: PrettyPrinter._pprint_set,
        frozenset.__repr__: PrettyPrinter._pprint_set,
        str.__repr__: PrettyPrinter._pprint_str,
        bytes.__repr__: PrettyPrinter._pprint_bytes,
        bytearray.__repr__: PrettyPrinter._pprint_bytearray,
        _types.SimpleNamespace.__repr__: PrettyPrinter._pprint_simplenamespace,
        _collections.OrderedDict.__repr__: PrettyPrinter._pprint_ordered_dict,
        _collections.defaultdict.__repr__: PrettyPrinter._pprint_default_dict,
        _collections.Counter.__repr__: PrettyPrinter._pprint_counter,
        _collections.ChainMap.__repr__: PrettyPrinter._pprint_chain_map,
        _collections.deque.__repr__: PrettyPrinter._pprint_deque,
        _collections.UserDict.__repr__: PrettyPrinter._pprint_user_wrapper,
        _collections.UserList.__repr__: PrettyPrinter._pprint_user_wrapper,
        _collections.UserString.__repr__: PrettyPrinter._pprint_user_wrapper,
    }
    return table


PrettyPrinter._layouts = _layout_table()
