"""json.JSONEncoder and json.JSONDecoder (the native json module imports this on first use of
either). Written for PyPack from CPython 3.11's documentation and observed behaviour: the
one-shot encoding and the scanning are native (_pypack_json); iterencode() without _one_shot
yields CPython's chunks from the generators below."""

import _pypack_json
from json import JSONDecodeError

__all__ = ['JSONEncoder', 'JSONDecoder']

_encode = _pypack_json.encode
_scan = _pypack_json.scan
_skip_space = _pypack_json.skip_space
_quote = _pypack_json.encode_basestring
_quote_ascii = _pypack_json.encode_basestring_ascii

_INFINITY = float('inf')
_CONSTANTS = {'-Infinity': -_INFINITY, 'Infinity': _INFINITY, 'NaN': float('nan')}
# The decoder's default parse_constant, kept once so the scanner can tell it from a user's.
_parse_constant = _CONSTANTS.__getitem__


class JSONEncoder(object):
    """Extensible JSON <https://json.org> encoder for Python data structures."""

    item_separator = ', '
    key_separator = ': '

    def __init__(self, *, skipkeys=False, ensure_ascii=True,
            check_circular=True, allow_nan=True, sort_keys=False,
            indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            # No trailing space after the comma at the end of an indented line.
            self.item_separator = ','
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError(f'Object of type {o.__class__.__name__} '
                        f'is not JSON serializable')

    def encode(self, o):
        if isinstance(o, str):
            return _quote_ascii(o) if self.ensure_ascii else _quote(o)
        chunks = self.iterencode(o, _one_shot=True)
        if not isinstance(chunks, (list, tuple)):
            chunks = list(chunks)
        return ''.join(chunks)

    def iterencode(self, o, _one_shot=False):
        if _one_shot:
            # The whole text at once, by the native encoder (its text is the chunks' join).
            return [_encode(o, self.skipkeys, self.ensure_ascii, self.check_circular,
                            self.allow_nan, self.sort_keys, self.indent,
                            self.item_separator, self.key_separator, self.default)]
        return _Chunks(self).value(o, 0)


class _Chunks:
    """The chunks of iterencode(o): CPython's, piece by piece, so fp.write and a caller that
    consumes them lazily see what they see under CPython."""

    def __init__(self, encoder):
        self.markers = {} if encoder.check_circular else None
        self.default = encoder.default
        self.quote = _quote_ascii if encoder.ensure_ascii else _quote
        indent = encoder.indent
        if indent is not None and not isinstance(indent, str):
            indent = ' ' * indent
        self.indent = indent
        self.key_separator = encoder.key_separator
        self.item_separator = encoder.item_separator
        self.sort_keys = encoder.sort_keys
        self.skipkeys = encoder.skipkeys
        self.allow_nan = encoder.allow_nan

    def float_text(self, o):
        if o != o:
            text = 'NaN'
        elif o == _INFINITY:
            text = 'Infinity'
        elif o == -_INFINITY:
            text = '-Infinity'
        else:
            return float.__repr__(o)
        if not self.allow_nan:
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def scalar(self, o):
        """The text of a str, None, bool, int or float; None for anything else."""
        if isinstance(o, str):
            return self.quote(o)
        if o is None:
            return 'null'
        if o is True:
            return 'true'
        if o is False:
            return 'false'
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float_text(o)
        return None

    def enter(self, o):
        if self.markers is not None:
            key = id(o)
            if key in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[key] = o

    def leave(self, o):
        if self.markers is not None:
            del self.markers[id(o)]

    def nested(self, o, level):
        if isinstance(o, (list, tuple)):
            return self.array(o, level)
        if isinstance(o, dict):
            return self.object(o, level)
        return self.value(o, level)

    def value(self, o, level):
        text = self.scalar(o)
        if text is not None:
            yield text
        elif isinstance(o, (list, tuple)):
            yield from self.array(o, level)
        elif isinstance(o, dict):
            yield from self.object(o, level)
        else:
            self.enter(o)
            yield from self.value(self.default(o), level)
            self.leave(o)

    def array(self, items, level):
        if not items:
            yield '[]'
            return
        self.enter(items)
        prefix = '['
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            separator = self.item_separator + newline
            prefix += newline
        else:
            newline = None
            separator = self.item_separator
        for position, item in enumerate(items):
            if position:
                prefix = separator
            text = self.scalar(item)
            if text is not None:
                yield prefix + text
            else:
                yield prefix
                yield from self.nested(item, level)
        if newline is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield ']'
        self.leave(items)

    def key_text(self, key):
        if isinstance(key, str):
            return key
        if isinstance(key, float):
            return self.float_text(key)
        if key is True:
            return 'true'
        if key is False:
            return 'false'
        if key is None:
            return 'null'
        if isinstance(key, int):
            return int.__repr__(key)
        if self.skipkeys:
            return None
        raise TypeError(f'keys must be str, int, float, bool or None, '
                        f'not {key.__class__.__name__}')

    def object(self, members, level):
        if not members:
            yield '{}'
            return
        self.enter(members)
        yield '{'
        if self.indent is not None:
            level += 1
            newline = '\n' + self.indent * level
            separator = self.item_separator + newline
            yield newline
        else:
            newline = None
            separator = self.item_separator
        pairs = sorted(members.items()) if self.sort_keys else members.items()
        first = True
        for key, item in pairs:
            key = self.key_text(key)
            if key is None:
                continue
            if first:
                first = False
            else:
                yield separator
            yield self.quote(key)
            yield self.key_separator
            text = self.scalar(item)
            if text is not None:
                yield text
            else:
                yield from self.nested(item, level)
        if newline is not None:
            level -= 1
            yield '\n' + self.indent * level
        yield '}'
        self.leave(members)


class JSONDecoder(object):
    """Simple JSON <https://json.org> decoder."""

    def __init__(self, *, object_hook=None, parse_float=None,
            parse_int=None, parse_constant=None, strict=True,
            object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _parse_constant
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}
        self.scan_once = _scanner(self)

    def decode(self, s):
        obj, end = self.raw_decode(s, _skip_space(s, 0))
        end = _skip_space(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        return self.scan_once(s, idx)


def _scanner(decoder):
    """scan_once(string, idx) -> (value, end), with the decoder's settings as they are now (as
    CPython's scanner takes them when the decoder is made); the builtin parsers are the native
    scanner's own."""
    strict = decoder.strict
    object_hook = decoder.object_hook
    object_pairs_hook = decoder.object_pairs_hook
    parse_float = None if decoder.parse_float is float else decoder.parse_float
    parse_int = None if decoder.parse_int is int else decoder.parse_int
    parse_constant = None if decoder.parse_constant is _parse_constant else decoder.parse_constant

    def scan_once(string, idx):
        return _scan(string, idx, strict, object_hook, object_pairs_hook,
                     parse_float, parse_int, parse_constant)
    return scan_once


JSONEncoder.__module__ = 'json.encoder'
JSONDecoder.__module__ = 'json.decoder'
