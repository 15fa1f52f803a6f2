"""The TOML parser: one statement at a time, with tomllib's error messages and positions."""

import re
from datetime import date, datetime, time, timedelta, timezone

import _pypack_toml as _native

_CTRL = frozenset(chr(i) for i in range(32)) | frozenset(chr(127))
_ILLEGAL_BASIC = _CTRL - frozenset("\t")
_ILLEGAL_MULTILINE = _CTRL - frozenset("\t\n")
_ILLEGAL_COMMENT = _ILLEGAL_BASIC
# The runs skip() passes over: strs of ASCII characters, which _pypack_toml scans natively.
_WS = " \t"
_WS_NL = " \t\n"
_BARE_KEY = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_"
_KEY_START = frozenset(_BARE_KEY) | frozenset("\"'")
_HEX = frozenset("0123456789abcdefABCDEF")
_ESCAPES = {"\\b": "\b", "\\t": "\t", "\\n": "\n", "\\f": "\f", "\\r": "\r", '\\"': '"', "\\\\": "\\"}

_TIME = r"([01][0-9]|2[0-3]):([0-5][0-9]):([0-5][0-9])(?:\.([0-9]{1,6})[0-9]*)?"
_NUMBER = re.compile(
    r"0(?:x[0-9A-Fa-f](?:_?[0-9A-Fa-f])*|b[01](?:_?[01])*|o[0-7](?:_?[0-7])*)"
    r"|[+-]?(?:0|[1-9](?:_?[0-9])*)(?P<floatpart>(?:\.[0-9](?:_?[0-9])*)?(?:[eE][+-]?[0-9](?:_?[0-9])*)?)")
_LOCALTIME = re.compile(_TIME)
_DATETIME = re.compile(
    r"([0-9]{4})-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])(?:[Tt ]" + _TIME
    + r"(?:([Zz])|([+-])([01][0-9]|2[0-3]):([0-5][0-9]))?)?")

# Flags of keys: a frozen namespace (inline table or array) and an explicitly created table.
_FROZEN = 0
_EXPLICIT_NEST = 1


class TOMLDecodeError(ValueError):
    """An error raised if a document is not valid TOML."""


def load(fp, *, parse_float=float):
    """Parse TOML from a binary file object."""
    data = fp.read()
    try:
        text = data.decode()
    except AttributeError:
        raise TypeError("File must be opened in binary mode, e.g. use `open('foo.toml', 'rb')`") from None
    return loads(text, parse_float=parse_float)


def loads(s, *, parse_float=float):
    """Parse TOML from a string."""
    if isinstance(s, (bytes, bytearray)):
        # What CPython's bytes.replace says when given str arguments.
        raise TypeError("a bytes-like object is required, not 'str'")
    src = s.replace("\r\n", "\n")
    parser = _Parser(src, _safe_parse_float(parse_float))
    return parser.document()


def _safe_parse_float(parse_float):
    if parse_float is float:
        return float

    def checked(text):
        value = parse_float(text)
        if isinstance(value, (dict, list)):
            raise ValueError("parse_float must not return dicts or lists")
        return value
    return checked


def _error(src, pos, msg):
    if pos >= len(src):
        where = "end of document"
    else:
        line = src.count("\n", 0, pos) + 1
        column = pos + 1 if line == 1 else pos - src.rindex("\n", 0, pos)
        where = "line %d, column %d" % (line, column)
    return TOMLDecodeError("%s (at %s)" % (msg, where))


class _Flags:
    """Per-key flags, some applying to everything below the key (recursive)."""

    def __init__(self):
        self.tree = {}
        self.pending = []

    def add_pending(self, key, flag):
        self.pending.append((key, flag))

    def finalize_pending(self):
        for key, flag in self.pending:
            self.set(key, flag, False)
        self.pending = []

    def unset_all(self, key):
        node = self.tree
        for k in key[:-1]:
            if k not in node:
                return
            node = node[k][2]
        node.pop(key[-1], None)

    def set(self, key, flag, recursive):
        node = self.tree
        for k in key[:-1]:
            if k not in node:
                node[k] = (set(), set(), {})
            node = node[k][2]
        if key[-1] not in node:
            node[key[-1]] = (set(), set(), {})
        node[key[-1]][1 if recursive else 0].add(flag)

    def is_(self, key, flag):
        if not key:
            return False
        node = self.tree
        for k in key[:-1]:
            if k not in node:
                return False
            entry = node[k]
            if flag in entry[1]:
                return True
            node = entry[2]
        if key[-1] in node:
            entry = node[key[-1]]
            return flag in entry[0] or flag in entry[1]
        return False


def _get_or_create_nest(root, key, access_lists=True):
    node = root
    for k in key:
        if k not in node:
            node[k] = {}
        node = node[k]
        if access_lists and isinstance(node, list):
            node = node[-1]
        if not isinstance(node, dict):
            raise KeyError("There is no nest behind this key")
    return node


def _append_nest_to_list(root, key):
    node = _get_or_create_nest(root, key[:-1])
    last = key[-1]
    if last in node:
        items = node[last]
        if not isinstance(items, list):
            raise KeyError("An object other than list found behind this key")
        items.append({})
    else:
        node[last] = [{}]


class _Parser:
    def __init__(self, src, parse_float):
        self.src = src
        self.parse_float = parse_float

    def err(self, pos, msg):
        return _error(self.src, pos, msg)

    def skip(self, pos, chars):
        end = _native.skip(self.src, pos, chars)
        if end is not None:
            return end
        src = self.src
        while pos < len(src) and src[pos] in chars:
            pos += 1
        return pos

    def skip_until(self, pos, expect, error_on, error_on_eof):
        src = self.src
        new_pos = src.find(expect, pos)
        if new_pos < 0:
            new_pos = len(src)
            if error_on_eof:
                raise self.err(new_pos, "Expected %r" % (expect,))
        for i in range(pos, new_pos):
            if src[i] in error_on:
                raise self.err(i, "Found invalid character %r" % (src[i],))
        return new_pos

    def skip_comment(self, pos):
        if self.src[pos:pos + 1] == "#":
            return self.skip_until(pos + 1, "\n", _ILLEGAL_COMMENT, False)
        return pos

    def skip_comments_and_array_ws(self, pos):
        while True:
            before = pos
            pos = self.skip(pos, _WS_NL)
            pos = self.skip_comment(pos)
            if pos == before:
                return pos

    def document(self):
        src = self.src
        pos = 0
        self.data = {}
        self.flags = _Flags()
        header = ()
        while True:
            pos = self.skip(pos, _WS)
            if pos >= len(src):
                break
            char = src[pos]
            if char == "\n":
                pos += 1
                continue
            if char in _KEY_START:
                pos = self.key_value_rule(pos, header)
                pos = self.skip(pos, _WS)
            elif char == "[":
                self.flags.finalize_pending()
                if src[pos + 1:pos + 2] == "[":
                    pos, header = self.create_list_rule(pos)
                else:
                    pos, header = self.create_dict_rule(pos)
                pos = self.skip(pos, _WS)
            elif char != "#":
                raise self.err(pos, "Invalid statement")
            pos = self.skip_comment(pos)
            if pos >= len(src):
                break
            if src[pos] != "\n":
                raise self.err(pos, "Expected newline or end of document after a statement")
            pos += 1
        return self.data

    def create_dict_rule(self, pos):
        pos = self.skip(pos + 1, _WS)
        pos, key = self.parse_key(pos)
        if self.flags.is_(key, _EXPLICIT_NEST) or self.flags.is_(key, _FROZEN):
            raise self.err(pos, "Cannot declare %s twice" % (key,))
        self.flags.set(key, _EXPLICIT_NEST, False)
        try:
            _get_or_create_nest(self.data, key)
        except KeyError:
            raise self.err(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]", pos):
            raise self.err(pos, "Expected ']' at the end of a table declaration")
        return pos + 1, key

    def create_list_rule(self, pos):
        pos = self.skip(pos + 2, _WS)
        pos, key = self.parse_key(pos)
        if self.flags.is_(key, _FROZEN):
            raise self.err(pos, "Cannot mutate immutable namespace %s" % (key,))
        self.flags.unset_all(key)
        self.flags.set(key, _EXPLICIT_NEST, False)
        try:
            _append_nest_to_list(self.data, key)
        except KeyError:
            raise self.err(pos, "Cannot overwrite a value") from None
        if not self.src.startswith("]]", pos):
            raise self.err(pos, "Expected ']]' at the end of an array declaration")
        return pos + 2, key

    def key_value_rule(self, pos, header):
        pos, key, value = self.parse_key_value_pair(pos)
        parent, stem = key[:-1], key[-1]
        abs_parent = header + parent
        for i in range(1, len(key)):
            cont_key = header + key[:i]
            if self.flags.is_(cont_key, _EXPLICIT_NEST):
                raise self.err(pos, "Cannot redefine namespace %s" % (cont_key,))
            self.flags.add_pending(cont_key, _EXPLICIT_NEST)
        if self.flags.is_(abs_parent, _FROZEN):
            raise self.err(pos, "Cannot mutate immutable namespace %s" % (abs_parent,))
        try:
            nest = _get_or_create_nest(self.data, abs_parent)
        except KeyError:
            raise self.err(pos, "Cannot overwrite a value") from None
        if stem in nest:
            raise self.err(pos, "Cannot overwrite a value")
        if isinstance(value, (dict, list)):
            self.flags.set(header + key, _FROZEN, True)
        nest[stem] = value
        return pos

    def parse_key_value_pair(self, pos):
        pos, key = self.parse_key(pos)
        if self.src[pos:pos + 1] != "=":
            raise self.err(pos, "Expected '=' after a key in a key/value pair")
        pos = self.skip(pos + 1, _WS)
        pos, value = self.parse_value(pos)
        return pos, key, value

    def parse_key(self, pos):
        pos, part = self.parse_key_part(pos)
        key = (part,)
        pos = self.skip(pos, _WS)
        while self.src[pos:pos + 1] == ".":
            pos = self.skip(pos + 1, _WS)
            pos, part = self.parse_key_part(pos)
            key += (part,)
            pos = self.skip(pos, _WS)
        return pos, key

    def parse_key_part(self, pos):
        char = self.src[pos:pos + 1]
        if char and char in _BARE_KEY:
            start = pos
            pos = self.skip(pos, _BARE_KEY)
            return pos, self.src[start:pos]
        if char == "'":
            return self.parse_literal_str(pos)
        if char == '"':
            return self.parse_basic_str(pos + 1, False)
        raise self.err(pos, "Invalid initial character for a key part")

    def parse_array(self, pos):
        pos = self.skip_comments_and_array_ws(pos + 1)
        array = []
        if self.src.startswith("]", pos):
            return pos + 1, array
        while True:
            pos, value = self.parse_value(pos)
            array.append(value)
            pos = self.skip_comments_and_array_ws(pos)
            c = self.src[pos:pos + 1]
            if c == "]":
                return pos + 1, array
            if c != ",":
                raise self.err(pos, "Unclosed array")
            pos = self.skip_comments_and_array_ws(pos + 1)
            if self.src.startswith("]", pos):
                return pos + 1, array

    def parse_inline_table(self, pos):
        pos = self.skip(pos + 1, _WS)
        table = {}
        flags = _Flags()
        if self.src.startswith("}", pos):
            return pos + 1, table
        while True:
            pos, key, value = self.parse_key_value_pair(pos)
            parent, stem = key[:-1], key[-1]
            if flags.is_(key, _FROZEN):
                raise self.err(pos, "Cannot mutate immutable namespace %s" % (key,))
            try:
                nest = _get_or_create_nest(table, parent, access_lists=False)
            except KeyError:
                raise self.err(pos, "Cannot overwrite a value") from None
            if stem in nest:
                raise self.err(pos, "Duplicate inline table key %r" % (stem,))
            nest[stem] = value
            pos = self.skip(pos, _WS)
            c = self.src[pos:pos + 1]
            if c == "}":
                return pos + 1, table
            if c != ",":
                raise self.err(pos, "Unclosed inline table")
            if isinstance(value, (dict, list)):
                flags.set(key, _FROZEN, True)
            pos = self.skip(pos + 1, _WS)

    def parse_escape(self, pos, multiline):
        src = self.src
        escape = src[pos:pos + 2]
        pos += 2
        if multiline and escape in ("\\ ", "\\\t", "\\\n"):
            # A line-ending backslash: drop the whitespace and newlines that follow.
            if escape != "\\\n":
                pos = self.skip(pos, _WS)
                if pos >= len(src):
                    return pos, ""
                if src[pos] != "\n":
                    raise self.err(pos, "Unescaped '\\' in a string")
                pos += 1
            return self.skip(pos, _WS_NL), ""
        if escape == "\\u":
            return self.parse_hex_char(pos, 4)
        if escape == "\\U":
            return self.parse_hex_char(pos, 8)
        if escape in _ESCAPES:
            return pos, _ESCAPES[escape]
        raise self.err(pos, "Unescaped '\\' in a string")

    def parse_hex_char(self, pos, length):
        text = self.src[pos:pos + length]
        if len(text) != length or not _HEX.issuperset(text):
            raise self.err(pos, "Invalid hex value")
        pos += length
        value = int(text, 16)
        if not (0 <= value <= 55295 or 57344 <= value <= 1114111):
            raise self.err(pos, "Escaped character is not a Unicode scalar value")
        return pos, chr(value)

    def parse_literal_str(self, pos):
        start = pos + 1
        pos = self.skip_until(start, "'", _ILLEGAL_BASIC, True)
        return pos + 1, self.src[start:pos]

    def parse_multiline_str(self, pos, literal):
        pos += 3
        if self.src.startswith("\n", pos):
            pos += 1
        if literal:
            delim = "'"
            end = self.skip_until(pos, "'''", _ILLEGAL_MULTILINE, True)
            result = self.src[pos:end]
            pos = end + 3
        else:
            delim = '"'
            pos, result = self.parse_basic_str(pos, True)
        # Up to two more quotes right before the closing three belong to the string.
        if not self.src.startswith(delim, pos):
            return pos, result
        pos += 1
        if not self.src.startswith(delim, pos):
            return pos, result + delim
        return pos + 1, result + delim * 2

    def parse_basic_str(self, pos, multiline):
        src = self.src
        error_on = _ILLEGAL_MULTILINE if multiline else _ILLEGAL_BASIC
        result = ""
        start = pos
        while True:
            if pos >= len(src):
                raise self.err(pos, "Unterminated string")
            char = src[pos]
            if char == '"':
                if not multiline:
                    return pos + 1, result + src[start:pos]
                if src.startswith('"""', pos):
                    return pos + 3, result + src[start:pos]
                pos += 1
                continue
            if char == "\\":
                result += src[start:pos]
                pos, escaped = self.parse_escape(pos, multiline)
                result += escaped
                start = pos
                continue
            if char in error_on:
                raise self.err(pos, "Illegal character %r" % (char,))
            pos += 1

    def parse_value(self, pos):
        src = self.src
        char = src[pos:pos + 1]
        if char == '"':
            if src.startswith('"""', pos):
                return self.parse_multiline_str(pos, False)
            return self.parse_basic_str(pos + 1, False)
        if char == "'":
            if src.startswith("'''", pos):
                return self.parse_multiline_str(pos, True)
            return self.parse_literal_str(pos)
        if char == "t" and src.startswith("true", pos):
            return pos + 4, True
        if char == "f" and src.startswith("false", pos):
            return pos + 5, False
        if char == "[":
            return self.parse_array(pos)
        if char == "{":
            return self.parse_inline_table(pos)
        # The two patterns are tried only where they can match (a date has '-' after its four-digit
        # year, a time ':' after its two-digit hour): each match is a regex run, and most values
        # that get here are numbers.
        m = _DATETIME.match(src, pos) if src[pos + 4:pos + 5] == "-" else None
        if m:
            try:
                value = _to_datetime(m)
            except ValueError as e:
                raise self.err(pos, "Invalid date or datetime") from e
            return m.end(), value
        m = _LOCALTIME.match(src, pos) if src[pos + 2:pos + 3] == ":" else None
        if m:
            hour, minute, second, micros = m.groups()
            return m.end(), time(int(hour), int(minute), int(second), int(micros.ljust(6, "0")) if micros else 0)
        m = _NUMBER.match(src, pos)
        if m:
            text = m.group()
            if m.group("floatpart"):
                if self.parse_float is float:
                    return m.end(), float(text.replace("_", ""))
                return m.end(), self.parse_float(text)
            return m.end(), int(text.replace("_", ""), 0)
        three = src[pos:pos + 3]
        if three in ("inf", "nan"):
            return pos + 3, self.parse_float(three)
        four = src[pos:pos + 4]
        if four in ("-inf", "+inf", "-nan", "+nan"):
            return pos + 4, self.parse_float(four)
        raise self.err(pos, "Invalid value")


_tz_cache = {}


def _to_datetime(m):
    year, month, day, hour, minute, sec, micros, zulu, sign, off_hour, off_minute = m.groups()
    if hour is None:
        return date(int(year), int(month), int(day))
    us = int(micros.ljust(6, "0")) if micros else 0
    if sign:
        key = (off_hour, off_minute, sign)
        tz = _tz_cache.get(key)
        if tz is None:
            factor = 1 if sign == "+" else -1
            tz = _tz_cache[key] = timezone(timedelta(hours=factor * int(off_hour), minutes=factor * int(off_minute)))
    elif zulu:
        tz = timezone.utc
    else:
        tz = None
    return datetime(int(year), int(month), int(day), int(hour), int(minute), int(sec), us, tzinfo=tz)
