"""Regular expressions with Python's syntax, flags, errors and Match/Pattern objects.

The pattern is parsed here exactly as CPython's re parser reads it (the same errors at the same
positions) and translated to .NET's regex syntax; the native _pypack_re engine runs it. The
translation spells out what .NET reads differently: every anchor and class is explicit, groups
are numbered as Python numbers them (names are kept here), and \\d \\w \\s \\b follow Python's
Unicode or ASCII definitions.
"""

import enum
import _pypack_re
from _types import hide_from_tracebacks as _c_level
from _types import c_type_name as _c_type_name

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer", "compile",
    "purge", "escape", "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE", "UNICODE", "NOFLAG", "RegexFlag",
]


# The flags are members of an IntFlag, as in CPython: they print as re.IGNORECASE|re.MULTILINE,
# and global_enum makes each member (and alias) a name of this module. The members are declared
# in CPython's order, which is the order of their names in a combination.
@enum.global_enum
class RegexFlag(enum.IntFlag, boundary=enum.KEEP):
    NOFLAG = 0
    ASCII = A = 256
    IGNORECASE = I = 2
    LOCALE = L = 4
    UNICODE = U = 32
    MULTILINE = M = 8
    DOTALL = S = 16
    VERBOSE = X = 64
    TEMPLATE = T = 1
    DEBUG = 128
    __str__ = object.__str__
    _numeric_repr_ = hex


# The parser below combines flags as plain ints (fast, and Pattern.flags is an int as in CPython).
_T = 1
_I = 2
_L = 4
_M = 8
_S = 16
_U = 32
_X = 64
_DEBUG = 128
_A = 256

_MAXREPEAT = 4294967295
_MAXGROUPS = 2147483647 // 2
_FLAG_NAMES = [(_T, "re.TEMPLATE"), (_I, "re.IGNORECASE"), (_L, "re.LOCALE"),
               (_M, "re.MULTILINE"), (_S, "re.DOTALL"), (_U, "re.UNICODE"),
               (_X, "re.VERBOSE"), (_DEBUG, "re.DEBUG"), (_A, "re.ASCII")]
_INLINE_FLAGS = {"i": _I, "L": _L, "m": _M, "s": _S, "x": _X,
                 "a": _A, "t": _T, "u": _U}
_TYPE_FLAGS = _A | _L | _U
_GLOBAL_FLAGS = _DEBUG | _T
_DIGITS = "0123456789"
_OCTDIGITS = "01234567"
_HEXDIGITS = "0123456789abcdefABCDEF"
_ASCIILETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_WHITESPACE = " \t\n\r\v\f"
_SPECIAL = ".\\[{()*+?^$|"
_REPEAT_CHARS = "*+?{"
_ESCAPES = {"\\a": 7, "\\b": 8, "\\f": 12, "\\n": 10, "\\r": 13, "\\t": 9, "\\v": 11, "\\\\": 92}

# Class bodies (.NET syntax) of Python's categories: str.isalnum()/isspace() for Unicode patterns.
_UNI_WORD = "\\p{L}\\p{N}_"
_UNI_SPACE = "\\t-\\r\\x1c-\\x1f\\x85\\p{Z}"
_ASCII_WORD = "a-zA-Z0-9_"
_ASCII_SPACE = " \\t\\n\\r\\f\\v"
_PAIR = "[\\ud800-\\udbff][\\udc00-\\udfff]"
_NOT_PAIR = "(?!" + _PAIR + ")"
# Never start or end between the two halves of a surrogate pair (in the translation for strings that have them).
_NOT_MID_PAIR = "(?<![\\ud800-\\udbff](?=[\\udc00-\\udfff]))"
_astral_cache = {}


def _astral(kind):
    """Alternatives matching the code points above U+FFFF that are \\w ("w") or \\d ("d"), as surrogate pairs."""
    text = _astral_cache.get(kind)
    if text is None:
        by_high = {}
        for lo, hi in _pypack_re.astral_ranges(kind):
            lo -= 0x10000
            hi -= 0x10000
            for h in range(lo >> 10, (hi >> 10) + 1):
                a = (lo & 0x3FF) if h == lo >> 10 else 0
                b = (hi & 0x3FF) if h == hi >> 10 else 0x3FF
                by_high.setdefault(h, []).append(_hex(0xDC00 + a) + ("-" + _hex(0xDC00 + b) if b != a else ""))
        text = "|".join(_hex(0xD800 + h) + "[" + "".join(lows) + "]" for h, lows in by_high.items())
        _astral_cache[kind] = text
    return text


class error(Exception):
    """Raised for an invalid pattern: msg, pattern, pos, lineno and colno as CPython's re.error."""

    __module__ = "re"

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = None
            self.colno = None
        super().__init__(msg)


class _Source:
    """The pattern as CPython's tokenizer reads it: an escape is one token of two characters."""

    def __init__(self, pattern):
        self.pattern = pattern
        self.istext = isinstance(pattern, str)
        self.text = pattern if self.istext else str(pattern, "latin1")
        self.index = 0
        self.next = None
        self._advance()

    def _advance(self):
        index = self.index
        if index >= len(self.text):
            self.next = None
            return
        char = self.text[index]
        if char == "\\":
            index += 1
            if index >= len(self.text):
                raise error("bad escape (end of pattern)", self.pattern, len(self.pattern) - 1)
            char += self.text[index]
        self.index = index + 1
        self.next = char

    def match(self, char):
        if char == self.next:
            self._advance()
            return True
        return False

    def get(self):
        this = self.next
        self._advance()
        return this

    def getwhile(self, n, charset):
        result = ""
        for _ in range(n):
            c = self.next
            if c is None or c not in charset:
                break
            result += c
            self._advance()
        return result

    def getuntil(self, terminator, name):
        result = ""
        while True:
            c = self.next
            self._advance()
            if c is None:
                if not result:
                    raise self.error("missing " + name)
                raise self.error("missing %s, unterminated name" % terminator, len(result))
            if c == terminator:
                if not result:
                    raise self.error("missing " + name, 1)
                break
            result += c
        return result

    def tell(self):
        return self.index - len(self.next or "")

    def seek(self, index):
        self.index = index
        self._advance()

    def error(self, msg, offset=0):
        if not self.istext:
            msg = msg.encode("ascii", "backslashreplace").decode("ascii")
        return error(msg, self.pattern, self.tell() - offset)

    def checkgroupname(self, name, offset):
        if not name.isidentifier():
            raise self.error("bad character in group name %r" % name, len(name) + offset)


class _State:
    def __init__(self, flags):
        self.flags = flags
        self.groupdict = {}
        self.groupwidths = [None]
        self.parents = [0]
        self.open = [0]
        self.lookbehindgroups = None
        self.grouprefpos = {}

    @property
    def groups(self):
        return len(self.groupwidths)

    def opengroup(self, name):
        gid = self.groups
        self.groupwidths.append(None)
        self.parents.append(self.open[-1])
        if gid > _MAXGROUPS:
            raise error("too many groups")
        if name is not None:
            ogid = self.groupdict.get(name)
            if ogid is not None:
                raise error("redefinition of group name %r as group %d; was group %d" % (name, gid, ogid))
            self.groupdict[name] = gid
        self.open.append(gid)
        return gid

    def closegroup(self, gid, width):
        self.groupwidths[gid] = width
        self.open.pop()

    def checkgroup(self, gid):
        return gid < self.groups and self.groupwidths[gid] is not None

    def checklookbehindgroup(self, gid, source):
        if self.lookbehindgroups is not None:
            if not self.checkgroup(gid):
                raise source.error("cannot refer to an open group")
            if gid >= self.lookbehindgroups:
                raise source.error("cannot refer to group defined in the same lookbehind subpattern")


# An item of a parsed sequence: [kind, .NET text, min width, max width].
_LIT = "lit"
_AT = "at"
_REPEAT = "repeat"
_GROUP = "group"
_OTHER = "other"


def _hex(cp):
    return "\\u%04x" % cp


# Word tags: an item may carry [first, last] at [4] and [5], saying of what its non-empty matches
# start and end with: "a" an ASCII word character (a word character for \b in every mode), "u" a
# Unicode word character (one for a Unicode \b only), None unknown. A \b next to a character known
# to be a word character needs one look-around instead of four, and then .NET finds where a match
# can start by scanning for the characters that follow (3x faster on patterns like \b\d+\b).


def _tag(item, end):
    return item[4 + end] if len(item) > 5 else None


def _join_tags(a, b):
    if a is None or b is None:
        return None
    return "a" if a == "a" and b == "a" else "u"


def _edge(items, end, definite):
    """The word tag of the first (end 0) or last (end 1) character that items consume, walking past
    items that consume nothing and combining those that may; with definite, None unless some item
    surely consumes a character."""
    tag = None
    seen = False
    for item in (reversed(items) if end else items):
        if item[3] == 0:
            continue
        t = _tag(item, end)
        if t is None:
            return None
        tag = t if not seen else _join_tags(tag, t)
        seen = True
        if item[2] > 0:
            return tag
    return None if definite else tag


def _with_tags(item, first, last):
    if first is not None or last is not None:
        item.extend([first, last])
    return item


def _literal(cp):
    if cp > 0xFFFF:
        cp -= 0x10000
        return _hex(0xD800 + (cp >> 10)) + _hex(0xDC00 + (cp & 0x3FF))
    c = chr(cp)
    if c.isascii() and c.isalnum():
        return c
    return _hex(cp)


def _astral_alternatives(lo, hi):
    out = []
    lo -= 0x10000
    hi -= 0x10000
    hlo, hhi = lo >> 10, hi >> 10
    for h in range(hlo, hhi + 1):
        a = (lo & 0x3FF) if h == hlo else 0
        b = (hi & 0x3FF) if h == hhi else 0x3FF
        out.append(_hex(0xD800 + h) + "[" + _hex(0xDC00 + a) + "-" + _hex(0xDC00 + b) + "]")
    return out


class _Translator:
    def __init__(self, source, state, wide):
        self.source = source
        self.state = state
        self.wide = wide
        self.variable_lookbehind = False

    def eff(self, scope):
        """The flags in force: the global ones with a scoped group's additions and removals."""
        add, dele = scope
        flags = self.state.flags
        if add & _TYPE_FLAGS:
            flags &= ~_TYPE_FLAGS
        return (flags | add) & ~dele

    def ascii(self, flags):
        return not self.source.istext or bool(flags & (_A | _L))

    def lit(self, flags, cp):
        """A literal; ASCII-only case folding is spelled out ([kK]), .NET's (?i) folds all of Unicode."""
        if flags & _I and cp < 128 and self.ascii(flags) and chr(cp).isalpha():
            c = chr(cp)
            return "[" + c.lower() + c.upper() + "]"
        return _literal(cp)

    def lit_item(self, flags, cp):
        c = chr(cp)
        tag = None
        if cp < 128 and (c.isalnum() or c == "_"):
            tag = "u" if c.isalpha() and self.netcase(flags) else "a"
        return _with_tags([_LIT, self.lit(flags, cp), 1, 1], tag, tag)

    def netcase(self, flags):
        return bool(flags & _I) and not self.ascii(flags)

    def category(self, letter, flags):
        """\\d \\D \\s \\S \\w \\W outside a class."""
        ascii = self.ascii(flags)
        if letter == "d":
            if ascii:
                return "[0-9]"
            return "(?:\\d|" + _astral("d") + ")" if self.wide else "\\d"
        if letter == "D":
            body = "[^0-9]" if ascii else "\\D"
            astral = "" if ascii else _astral("d")
        elif letter == "s":
            return "[" + (_ASCII_SPACE if ascii else _UNI_SPACE) + "]"
        elif letter == "S":
            body = "[^" + (_ASCII_SPACE if ascii else _UNI_SPACE) + "]"
            astral = ""
        elif letter == "w":
            if ascii:
                return "[" + _ASCII_WORD + "]"
            return "(?:[" + _UNI_WORD + "]|" + _astral("w") + ")" if self.wide else "[" + _UNI_WORD + "]"
        else:
            body = "[^" + (_ASCII_WORD if ascii else _UNI_WORD) + "]"
            astral = "" if ascii else _astral("w")
        if not self.wide:
            return body
        pair = "(?!" + astral + ")" + _PAIR if astral else _PAIR
        return "(?:" + pair + "|" + _NOT_PAIR + body + ")"

    def word(self, flags):
        w = "[" + (_ASCII_WORD if self.ascii(flags) else _UNI_WORD) + "]"
        if self.wide and not self.ascii(flags):
            w = "(?:" + w + "|" + _astral("w") + ")"
        return w

    def boundary(self, negate, flags):
        w = self.word(flags)
        if negate:
            # CPython's \B never matches in an empty string (at the start when it is also the end).
            return "(?!\\A\\z)(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))" % (w, w, w, w)
        return "(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))" % (w, w, w, w)

    def charset(self, items, negate, flags):
        ascii = self.ascii(flags)
        word = _ASCII_WORD if ascii else _UNI_WORD
        space = _ASCII_SPACE if ascii else _UNI_SPACE
        positive = []
        negated = []
        astral = []
        if flags & _I and ascii:
            for item in list(items):
                if item[0] == "lit" and item[1] < 128 and chr(item[1]).isalpha():
                    items.append(("lit", ord(chr(item[1]).swapcase())))
                elif item[0] == "range":
                    for lo, hi, shift in ((97, 122, -32), (65, 90, 32)):
                        a, b = max(item[1], lo), min(item[2], hi)
                        if a <= b:
                            items.append(("range", a + shift, b + shift))
        for item in items:
            kind = item[0]
            if kind == "lit":
                if item[1] > 0xFFFF:
                    astral.extend(_astral_alternatives(item[1], item[1]))
                else:
                    positive.append(_hex(item[1]))
            elif kind == "range":
                lo, hi = item[1], item[2]
                if lo <= 0xFFFF:
                    positive.append(_hex(lo) + "-" + _hex(min(hi, 0xFFFF)))
                if hi > 0xFFFF:
                    astral.extend(_astral_alternatives(max(lo, 0x10000), hi))
            else:
                letter = item[1]
                if letter == "d":
                    positive.append("0-9" if ascii else "\\d")
                    if self.wide and not ascii:
                        astral.append(_astral("d"))
                elif letter == "D":
                    if ascii:
                        negated.append(("0-9", ""))
                    elif self.wide:
                        negated.append(("\\d", _astral("d")))
                    else:
                        positive.append("\\D")
                elif letter == "s":
                    positive.append(space)
                elif letter == "S":
                    negated.append((space, ""))
                elif letter == "w":
                    positive.append(word)
                    if self.wide and not ascii:
                        astral.append(_astral("w"))
                else:
                    negated.append((word, "" if ascii else _astral("w")))
        alternatives = []
        if positive:
            alternatives.append("[" + "".join(positive) + "]")
        for body, astral_part in negated:
            if self.wide:
                pair = "(?!" + astral_part + ")" + _PAIR if astral_part else _PAIR
                alternatives.append("(?:" + pair + "|" + _NOT_PAIR + "[^" + body + "])")
            else:
                alternatives.append("[^" + body + "]")
        alternatives.extend(astral)
        if not negate:
            if len(alternatives) == 1:
                return alternatives[0]
            return "(?:" + "|".join(alternatives) + ")"
        if not negated and not astral:
            body = "[^" + "".join(positive) + "]"
            return "(?:" + _PAIR + "|" + _NOT_PAIR + body + ")" if self.wide else body
        anything = "(?:" + _PAIR + "|" + _NOT_PAIR + "[\\s\\S])" if self.wide else "[\\s\\S]"
        return "(?:(?!" + "|".join(alternatives) + ")" + anything + ")"

    def any(self, flags):
        body = "[\\s\\S]" if flags & _S else "[^\\n]"
        return "(?:" + _PAIR + "|" + _NOT_PAIR + body + ")" if self.wide else body

    def class_escape(self, escape):
        source = self.source
        if escape in _ESCAPES:
            return ("lit", _ESCAPES[escape])
        c = escape[1:2]
        if c in "dDsSwW":
            return ("cat", c)
        if c == "x":
            escape += source.getwhile(2, _HEXDIGITS)
            if len(escape) != 4:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return ("lit", int(escape[2:], 16))
        if c == "u" and source.istext:
            escape += source.getwhile(4, _HEXDIGITS)
            if len(escape) != 6:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return ("lit", int(escape[2:], 16))
        if c == "U" and source.istext:
            escape += source.getwhile(8, _HEXDIGITS)
            if len(escape) != 10:
                raise source.error("incomplete escape %s" % escape, len(escape))
            value = int(escape[2:], 16)
            if value > 0x10FFFF:
                raise source.error("bad escape %s" % escape, len(escape))
            return ("lit", value)
        if c == "N" and source.istext:
            raise NotImplementedError("PyPack does not support \\N{...} escapes in patterns yet")
        if c in _OCTDIGITS:
            escape += source.getwhile(2, _OCTDIGITS)
            value = int(escape[1:], 8)
            if value > 0o377:
                raise source.error("octal escape value %s outside of range 0-0o377" % escape, len(escape))
            return ("lit", value)
        if c in _DIGITS or (len(escape) == 2 and c in _ASCIILETTERS):
            raise source.error("bad escape %s" % escape, len(escape))
        return ("lit", ord(escape[1]))

    def escape(self, escape, flags):
        """An escape outside a class: an item."""
        source = self.source
        state = self.state
        c = escape[1:2]
        if c == "A":
            return [_AT, "\\A", 0, 0]
        if c == "Z":
            return [_AT, "\\z", 0, 0]
        if c == "b":
            return [_AT, self.boundary(False, flags), 0, 0, None, None, (False, flags)]
        if c == "B":
            return [_AT, self.boundary(True, flags), 0, 0, None, None, (True, flags)]
        if c in "dDsSwW":
            tag = ("a" if self.ascii(flags) else "u") if c in "dw" else None
            return _with_tags([_OTHER, self.category(c, flags), 1, 1], tag, tag)
        if escape in _ESCAPES:
            return self.lit_item(flags, _ESCAPES[escape])
        if c == "x":
            escape += source.getwhile(2, _HEXDIGITS)
            if len(escape) != 4:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return self.lit_item(flags, int(escape[2:], 16))
        if c == "u" and source.istext:
            escape += source.getwhile(4, _HEXDIGITS)
            if len(escape) != 6:
                raise source.error("incomplete escape %s" % escape, len(escape))
            return self.lit_item(flags, int(escape[2:], 16))
        if c == "U" and source.istext:
            escape += source.getwhile(8, _HEXDIGITS)
            if len(escape) != 10:
                raise source.error("incomplete escape %s" % escape, len(escape))
            value = int(escape[2:], 16)
            if value > 0x10FFFF:
                raise source.error("bad escape %s" % escape, len(escape))
            return self.lit_item(flags, value)
        if c == "N" and source.istext:
            raise NotImplementedError("PyPack does not support \\N{...} escapes in patterns yet")
        if c == "0":
            escape += source.getwhile(2, _OCTDIGITS)
            return self.lit_item(flags, int(escape[1:], 8))
        if c in _DIGITS:
            # An octal escape or a group reference, as CPython decides.
            if source.next is not None and source.next in _DIGITS:
                escape += source.get()
                if escape[1] in _OCTDIGITS and escape[2] in _OCTDIGITS and source.next is not None and source.next in _OCTDIGITS:
                    escape += source.get()
                    value = int(escape[1:], 8)
                    if value > 0o377:
                        raise source.error("octal escape value %s outside of range 0-0o377" % escape, len(escape))
                    return self.lit_item(flags, value)
            group = int(escape[1:])
            if group < state.groups:
                if not state.checkgroup(group):
                    raise source.error("cannot refer to an open group", len(escape))
                state.checklookbehindgroup(group, source)
                return self.groupref(group)
            raise source.error("invalid group reference %d" % group, len(escape) - 1)
        if len(escape) == 2 and c in _ASCIILETTERS:
            raise source.error("bad escape %s" % escape, len(escape))
        return self.lit_item(flags, ord(escape[1]))

    def groupref(self, gid):
        lo, hi = self.state.groupwidths[gid]
        return [_OTHER, "(?:\\%d)" % gid, lo, hi]

    def parse_sub(self, verbose, nested, flags):
        """An alternation a|b|c: one item."""
        source = self.source
        branches = []
        while True:
            branches.append(self.parse(verbose, nested + 1, not nested and not branches, flags))
            if not source.match("|"):
                break
            if not nested:
                verbose = self.state.flags & _X
        if len(branches) == 1:
            return branches[0]
        lo = min(b[2] for b in branches)
        hi = max(b[3] for b in branches)
        first = last = "a"
        for b in branches:
            if b[3]:
                first = _join_tags(first, _tag(b, 0))
                last = _join_tags(last, _tag(b, 1))
        return _with_tags([_OTHER, "(?:" + "|".join(b[1] for b in branches) + ")", lo, hi], first, last)

    def parse(self, verbose, nested, first, flags):
        """A sequence up to | or ): one item (its text is the concatenation)."""
        source = self.source
        state = self.state
        items = []
        while True:
            this = source.next
            if this is None or this in "|)":
                break
            source.get()
            if verbose:
                if this in _WHITESPACE:
                    continue
                if this == "#":
                    while True:
                        this = source.get()
                        if this is None or this == "\n":
                            break
                    continue
            if this[0] == "\\":
                items.append(self.escape(this, self.eff(flags)))
            elif this not in _SPECIAL:
                items.append(self.lit_item(self.eff(flags), ord(this)))
            elif this == "[":
                items.append(self.parse_set(self.eff(flags)))
            elif this in _REPEAT_CHARS:
                here = source.tell()
                if this == "?":
                    lo, hi = 0, 1
                elif this == "*":
                    lo, hi = 0, _MAXREPEAT
                elif this == "+":
                    lo, hi = 1, _MAXREPEAT
                else:
                    if source.next == "}":
                        items.append(self.lit_item(self.eff(flags), ord(this)))
                        continue
                    lo, hi = 0, _MAXREPEAT
                    los = his = ""
                    while source.next is not None and source.next in _DIGITS:
                        los += source.get()
                    if source.match(","):
                        while source.next is not None and source.next in _DIGITS:
                            his += source.get()
                    else:
                        his = los
                    if not source.match("}"):
                        items.append(self.lit_item(self.eff(flags), ord(this)))
                        source.seek(here)
                        continue
                    if los:
                        lo = int(los)
                        if lo >= _MAXREPEAT:
                            raise OverflowError("the repetition number is too large")
                    if his:
                        hi = int(his)
                        if hi >= _MAXREPEAT:
                            raise OverflowError("the repetition number is too large")
                        if hi < lo:
                            raise source.error("min repeat greater than max repeat", source.tell() - here)
                if not items or items[-1][0] == _AT:
                    raise source.error("nothing to repeat", source.tell() - here + len(this))
                if items[-1][0] == _REPEAT:
                    raise source.error("multiple repeat", source.tell() - here + len(this))
                item = items[-1]
                if lo == 0 and hi == 1:
                    quantifier = "?"
                elif lo == 0 and hi == _MAXREPEAT:
                    quantifier = "*"
                elif lo == 1 and hi == _MAXREPEAT:
                    quantifier = "+"
                elif hi == _MAXREPEAT or hi > 2147483647:
                    quantifier = "{%d,}" % lo
                elif lo == hi:
                    quantifier = "{%d}" % lo
                else:
                    quantifier = "{%d,%d}" % (lo, hi)
                body = "(?:" + item[1] + ")"
                if source.match("?"):
                    text = body + quantifier + "?"
                elif source.match("+"):
                    text = "(?>" + body + quantifier + ")"
                else:
                    text = body + quantifier
                width_hi = item[3] * hi if hi != _MAXREPEAT else (_MAXREPEAT if item[3] else 0)
                items[-1] = _with_tags([_REPEAT, text, item[2] * lo, min(width_hi, _MAXREPEAT)], _tag(item, 0), _tag(item, 1))
            elif this == ".":
                items.append([_OTHER, self.any(self.eff(flags)), 1, 1])
            elif this == "(":
                item = self.parse_group(verbose, nested, first, flags, items)
                if item == "global":
                    verbose = state.flags & _X
                elif item is not None:
                    items.append(item)
            elif this == "^":
                items.append([_AT, "(?:(?<=\\n)|\\A)" if self.eff(flags) & _M else "\\A", 0, 0])
            elif this == "$":
                items.append([_AT, "(?=\\n|\\z)" if self.eff(flags) & _M else "(?=\\n?\\z)", 0, 0])
        parts = []
        for i, item in enumerate(items):
            parts.append(self.simple_boundary(items, i) if len(item) > 6 else item[1])
        text = "".join(parts)
        lo = 0
        hi = 0
        for item in items:
            lo += item[2]
            hi += item[3]
        return _with_tags([_OTHER, text, min(lo, _MAXREPEAT), min(hi, _MAXREPEAT)], _edge(items, 0, False), _edge(items, 1, False))

    def simple_boundary(self, items, i):
        """\\b or \\B at items[i], as one look-around when a neighbour in this sequence is surely a word character."""
        negate, flags = items[i][6]
        usable = ("a",) if self.ascii(flags) else ("a", "u")
        before = _edge(items[:i], 1, True) in usable
        after = _edge(items[i + 1:], 0, True) in usable
        if not before and not after:
            return items[i][1]
        w = self.word(flags)
        if before and after:
            return "" if negate else "(?!)"
        if after:
            return ("(?<=%s)" if negate else "(?<!%s)") % w
        return ("(?=%s)" if negate else "(?!%s)") % w

    def parse_set(self, flags):
        source = self.source
        here = source.tell() - 1
        items = []
        negate = source.match("^")
        while True:
            this = source.get()
            if this is None:
                raise source.error("unterminated character set", source.tell() - here)
            if this == "]" and items:
                break
            if this[0] == "\\":
                code1 = self.class_escape(this)
            else:
                code1 = ("lit", ord(this))
            if source.match("-"):
                that = source.get()
                if that is None:
                    raise source.error("unterminated character set", source.tell() - here)
                if that == "]":
                    items.append(code1)
                    items.append(("lit", 45))
                    break
                if that[0] == "\\":
                    code2 = self.class_escape(that)
                else:
                    code2 = ("lit", ord(that))
                if code1[0] != "lit" or code2[0] != "lit" or code2[1] < code1[1]:
                    raise source.error("bad character range %s-%s" % (this, that), len(this) + 1 + len(that))
                items.append(("range", code1[1], code2[1]))
            else:
                items.append(code1)
        tag = None if negate else self.set_tag(items, flags)
        return _with_tags([_OTHER, self.charset(items, negate, flags), 1, 1], tag, tag)

    def set_tag(self, items, flags):
        """The word tag of a class whose members are all ASCII letters, digits or _ (or \\d, \\w)."""
        tag = "a"
        for item in items:
            if item[0] == "cat":
                if item[1] not in "dw":
                    return None
                if not self.ascii(flags):
                    tag = "u"
                continue
            lo, hi = (item[1], item[1]) if item[0] == "lit" else (item[1], item[2])
            if not any(a <= lo and hi <= b for a, b in ((48, 57), (65, 90), (97, 122), (95, 95))):
                return None
            if self.netcase(flags) and not (hi <= 57 or lo == 95):
                tag = "u"
        return tag

    def parse_group(self, verbose, nested, first, flags, items):
        source = self.source
        state = self.state
        start = source.tell() - 1
        capture = True
        atomic = False
        name = None
        add_flags = 0
        del_flags = 0
        if source.match("?"):
            char = source.get()
            if char is None:
                raise source.error("unexpected end of pattern")
            if char == "P":
                if source.match("<"):
                    name = source.getuntil(">", "group name")
                    source.checkgroupname(name, 1)
                elif source.match("="):
                    name = source.getuntil(")", "group name")
                    source.checkgroupname(name, 1)
                    gid = state.groupdict.get(name)
                    if gid is None:
                        raise source.error("unknown group name %r" % name, len(name) + 1)
                    if not state.checkgroup(gid):
                        raise source.error("cannot refer to an open group", len(name) + 1)
                    state.checklookbehindgroup(gid, source)
                    return self.groupref(gid)
                else:
                    char = source.get()
                    if char is None:
                        raise source.error("unexpected end of pattern")
                    raise source.error("unknown extension ?P" + char, len(char) + 2)
            elif char == ":":
                capture = False
            elif char == "#":
                while True:
                    if source.next is None:
                        raise source.error("missing ), unterminated comment", source.tell() - start)
                    if source.get() == ")":
                        break
                return None
            elif char in "=!<":
                behind = False
                if char == "<":
                    char = source.get()
                    if char is None:
                        raise source.error("unexpected end of pattern")
                    if char not in "=!":
                        raise source.error("unknown extension ?<" + char, len(char) + 2)
                    behind = True
                    outer = state.lookbehindgroups
                    if outer is None:
                        state.lookbehindgroups = state.groups
                p = self.parse_sub(verbose, nested + 1, flags)
                if behind:
                    if outer is None:
                        state.lookbehindgroups = None
                if not source.match(")"):
                    raise source.error("missing ), unterminated subpattern", source.tell() - start)
                if behind and p[2] != p[3]:
                    self.variable_lookbehind = True
                opener = ("(?<=" if char == "=" else "(?<!") if behind else ("(?=" if char == "=" else "(?!")
                return [_OTHER, opener + p[1] + ")", 0, 0]
            elif char == "(":
                condname = source.getuntil(")", "group name")
                if condname.isidentifier():
                    condgroup = state.groupdict.get(condname)
                    if condgroup is None:
                        raise source.error("unknown group name %r" % condname, len(condname) + 1)
                else:
                    try:
                        condgroup = int(condname)
                        if condgroup < 0:
                            raise ValueError
                    except ValueError:
                        raise source.error("bad character in group name %r" % condname, len(condname) + 1) from None
                    if not condgroup:
                        raise source.error("bad group number", len(condname) + 1)
                    if condgroup >= _MAXGROUPS:
                        raise source.error("invalid group reference %d" % condgroup, len(condname) + 1)
                    if condgroup not in state.grouprefpos:
                        state.grouprefpos[condgroup] = source.tell() - len(condname) - 1
                state.checklookbehindgroup(condgroup, source)
                yes = self.parse(verbose, nested + 1, False, flags)
                no = None
                if source.match("|"):
                    no = self.parse(verbose, nested + 1, False, flags)
                    if source.next == "|":
                        raise source.error("conditional backref with more than two branches")
                if not source.match(")"):
                    raise source.error("missing ), unterminated subpattern", source.tell() - start)
                text = "(?(%d)%s|%s)" % (condgroup, yes[1], "" if no is None else no[1])
                lo = min(yes[2], 0 if no is None else no[2])
                hi = max(yes[3], 0 if no is None else no[3])
                return [_OTHER, text, lo, hi]
            elif char == ">":
                capture = False
                atomic = True
            elif char in _INLINE_FLAGS or char == "-":
                parsed = self.parse_flags(char)
                if parsed is None:
                    if not first or items:
                        raise source.error("global flags not at the start of the expression", source.tell() - start)
                    return "global"
                add_flags, del_flags = parsed
                capture = False
            else:
                raise source.error("unknown extension ?" + char, len(char) + 1)
        group = None
        if capture:
            try:
                group = state.opengroup(name)
            except error as err:
                raise source.error(err.msg, len(name) + 1) from None
        sub_verbose = (verbose or (add_flags & _X)) and not (del_flags & _X)
        add, dele = flags
        if add_flags & _TYPE_FLAGS:
            add &= ~_TYPE_FLAGS
        inner_flags = ((add | add_flags) & ~del_flags, (dele | del_flags) & ~add_flags)
        p = self.parse_sub(sub_verbose, nested + 1, inner_flags)
        if not source.match(")"):
            raise source.error("missing ), unterminated subpattern", source.tell() - start)
        if group is not None:
            state.closegroup(group, (p[2], p[3]))
            return _with_tags([_GROUP, "(" + p[1] + ")", p[2], p[3]], _tag(p, 0), _tag(p, 1))
        if atomic:
            return _with_tags([_GROUP, "(?>" + p[1] + ")", p[2], p[3]], _tag(p, 0), _tag(p, 1))
        case = "i" if self.netcase(self.eff(inner_flags)) else "-i"
        return _with_tags([_GROUP, "(?" + case + ":" + p[1] + ")", p[2], p[3]], _tag(p, 0), _tag(p, 1))

    def parse_flags(self, char):
        source = self.source
        state = self.state
        add_flags = 0
        del_flags = 0
        if char != "-":
            while True:
                flag = _INLINE_FLAGS[char]
                if source.istext:
                    if char == "L":
                        raise source.error("bad inline flags: cannot use 'L' flag with a str pattern")
                elif char == "u":
                    raise source.error("bad inline flags: cannot use 'u' flag with a bytes pattern")
                add_flags |= flag
                if (flag & _TYPE_FLAGS) and (add_flags & _TYPE_FLAGS) != flag:
                    raise source.error("bad inline flags: flags 'a', 'u' and 'L' are incompatible")
                char = source.get()
                if char is None:
                    raise source.error("missing -, : or )")
                if char in ")-:":
                    break
                if char not in _INLINE_FLAGS:
                    raise source.error("unknown flag" if char.isalpha() else "missing -, : or )", len(char))
        if char == ")":
            state.flags |= add_flags
            return None
        if add_flags & _GLOBAL_FLAGS:
            raise source.error("bad inline flags: cannot turn on global flag", 1)
        if char == "-":
            char = source.get()
            if char is None:
                raise source.error("missing flag")
            if char not in _INLINE_FLAGS:
                raise source.error("unknown flag" if char.isalpha() else "missing flag", len(char))
            while True:
                flag = _INLINE_FLAGS[char]
                if flag & _TYPE_FLAGS:
                    raise source.error("bad inline flags: cannot turn off flags 'a', 'u' and 'L'")
                del_flags |= flag
                char = source.get()
                if char is None:
                    raise source.error("missing :")
                if char == ":":
                    break
                if char not in _INLINE_FLAGS:
                    raise source.error("unknown flag" if char.isalpha() else "missing :", len(char))
        if del_flags & _GLOBAL_FLAGS:
            raise source.error("bad inline flags: cannot turn off global flag", 1)
        if add_flags & del_flags:
            raise source.error("bad inline flags: flag turned on and off", 1)
        return add_flags, del_flags


def _fix_flags(pattern, flags):
    if isinstance(pattern, str):
        if flags & _L:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if not flags & _A:
            flags |= _U
        elif flags & _U:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    else:
        if flags & _U:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & _L and flags & _A:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    return flags


def _translate(pattern, flags, wide):
    """(.NET text, final flags, group count, name -> number, parent group of each group)."""
    source = _Source(pattern)
    state = _State(flags)
    translator = _Translator(source, state, wide)
    p = translator.parse_sub(flags & _X, 0, (0, 0))
    state.flags = _fix_flags(pattern, state.flags)
    if source.next is not None:
        raise source.error("unbalanced parenthesis")
    for g in state.grouprefpos:
        if g >= state.groups:
            raise error("invalid group reference %d" % g, pattern, state.grouprefpos[g])
    if translator.variable_lookbehind:
        raise error("look-behind requires fixed-width pattern")
    text = p[1]
    if wide:
        text = _NOT_MID_PAIR + "(?:" + text + ")" + _NOT_MID_PAIR
    if translator.netcase(state.flags):
        text = "(?i)" + text
    return text, state.flags, state.groups - 1, state.groupdict, state.parents


# CPython's Pattern methods are C: they and their helpers here show no frame in tracebacks, so an
# error in a sub() callback or a bad argument shows the caller's frames only.
@_c_level
def _as_index(value):
    """A position argument as an int, as CPython converts it to a C ssize_t (before it looks at the string)."""
    if not isinstance(value, int):
        try:
            method = type(value).__index__
        except AttributeError:
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None
        value = method(value)
    if not -9223372036854775808 <= value <= 9223372036854775807:
        raise OverflowError("Python int too large to convert to C ssize_t")
    return value


class Pattern:
    """A compiled regular expression (re.compile's result)."""

    __module__ = "re"

    def __init__(self, pattern, flags):
        text, self._flags, self._groups, self._groupindex, self._parents = _translate(pattern, flags, False)
        self._pattern = pattern
        self._given_flags = flags
        self._isbytes = not isinstance(pattern, str)
        self._engine = _pypack_re.compile(text)
        self._engine.attach(self, self._groups, self._groupindex, self._parents, self._isbytes, True)
        self._wide = None

    @property
    def pattern(self):
        return self._pattern

    @property
    def flags(self):
        return self._flags

    @property
    def groups(self):
        return self._groups

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        text = repr(self._pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self._flags
        if not self._isbytes:
            if flags & (_L | _U | _A) == _U:
                flags &= ~_U
        if not flags:
            return "re.compile(%s)" % text
        names = []
        for value, name in _FLAG_NAMES:
            if flags & value:
                names.append(name)
                flags &= ~value
        if flags:
            names.append("0x%x" % flags)
        return "re.compile(%s, %s)" % (text, "|".join(names))

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self._pattern == other._pattern and self._flags == other._flags

    def __hash__(self):
        return hash((self._pattern, self._flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _expand(self, template, match):
        return _expand_template(_compile_template(self, template), match)

    @_c_level
    def _check(self, string):
        if isinstance(string, str):
            if self._isbytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
        elif isinstance(string, (bytes, bytearray)):
            if not self._isbytes:
                raise TypeError("cannot use a string pattern on a bytes-like object")
        else:
            raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)

    @_c_level
    def _bounds(self, string, pos, endpos):
        n = len(string)
        if pos < 0:
            pos = 0
        elif pos > n:
            pos = n
        if endpos < 0:
            endpos = 0
        elif endpos > n:
            endpos = n
        return pos, endpos

    @_c_level
    def _engine_for(self, string):
        if not self._isbytes and _pypack_re.is_wide(string):
            if self._wide is None:
                self._wide = _pypack_re.compile(_translate(self._pattern, self._given_flags, True)[0])
                self._wide.attach(self, self._groups, self._groupindex, self._parents, False, False)
            return self._wide
        return self._engine

    @_c_level
    def _run(self, string, pos, endpos, mode):
        pos, endpos = _as_index(pos), _as_index(endpos)
        self._check(string)
        pos, endpos = self._bounds(string, pos, endpos)
        if pos > endpos:
            return None
        return self._engine_for(string).match(string, pos, endpos, mode)

    # The engine answers directly for a str or bytes of the right kind and int positions, and
    # returns NotImplemented for anything _run must check or convert first.

    @_c_level
    def search(self, string, pos=0, endpos=9223372036854775807):
        m = self._engine.run(string, pos, endpos, 0)
        return self._run(string, pos, endpos, 0) if m is NotImplemented else m

    @_c_level
    def match(self, string, pos=0, endpos=9223372036854775807):
        m = self._engine.run(string, pos, endpos, 1)
        return self._run(string, pos, endpos, 1) if m is NotImplemented else m

    @_c_level
    def fullmatch(self, string, pos=0, endpos=9223372036854775807):
        m = self._engine.run(string, pos, endpos, 2)
        return self._run(string, pos, endpos, 2) if m is NotImplemented else m

    # finditer, findall, split and sub loop in the engine, which applies the 3.7+ rule that after an
    # empty match the next one may not be empty at the same place.

    @_c_level
    def finditer(self, string, pos=0, endpos=9223372036854775807):
        # A lazy iterator (a callable_iterator, as CPython's iter(scanner.search, None)).
        it = self._engine.try_finditer(string, pos, endpos)
        if it is not NotImplemented:
            return it
        pos, endpos = _as_index(pos), _as_index(endpos)
        self._check(string)
        pos, endpos = self._bounds(string, pos, endpos)
        return self._engine_for(string).finditer(string, pos, endpos)

    @_c_level
    def findall(self, string, pos=0, endpos=9223372036854775807):
        result = self._engine.try_findall(string, pos, endpos)
        if result is not NotImplemented:
            return result
        pos, endpos = _as_index(pos), _as_index(endpos)
        self._check(string)
        pos, endpos = self._bounds(string, pos, endpos)
        return self._engine_for(string).findall(string, pos, endpos)

    @_c_level
    def split(self, string, maxsplit=0):
        result = self._engine.try_split(string, maxsplit)
        if result is not NotImplemented:
            return result
        self._check(string)
        return self._engine_for(string).split(string, maxsplit)

    @_c_level
    def subn(self, repl, string, count=0):
        result = self._engine.try_sub(repl, string, count)
        return self._subx(repl, string, count) if result is NotImplemented else result

    @_c_level
    def sub(self, repl, string, count=0):
        result = self._engine.try_sub_text(repl, string, count)
        return self._subx(repl, string, count)[0] if result is NotImplemented else result

    @_c_level
    def _subx(self, repl, string, count):
        # As CPython's pattern_subx: a str or bytes without a backslash is used as it is, anything
        # else goes through the template parser; wrong types surface when the pieces are joined.
        if callable(repl):
            filter = repl
            literal = None
        elif isinstance(repl, (str, bytes, bytearray)) and (b"\\" if isinstance(repl, (bytes, bytearray)) else "\\") not in repl:
            filter = None
            literal = repl
        else:
            filter = None
            template = _compile_template(self, repl)
            if len(template) == 1 and not isinstance(template[0], int):
                literal = template[0]
            elif not template:
                literal = repl[:0]
            else:
                literal = None
        self._check(string)
        engine = self._engine_for(string)
        if literal is not None and isinstance(literal, str) == isinstance(string, str):
            return engine.sub_literal(string, literal, count)
        if literal is not None:
            # A str replacement for bytes or the reverse: the join reports the mismatch as CPython does.
            return engine.sub(string, lambda m: literal, True, count)
        if filter is not None:
            return engine.sub(string, filter, True, count)
        return engine.sub(string, template, False, count)


# search, match and fullmatch are native methods (no Python frame per call): the engine answers
# directly, and calls _run above for anything it must not take as it is.
_pypack_re.install_pattern_methods(Pattern)


# re.Match is native (_pypack_re.Match): matching makes one per match, and reading its groups
# should cost no Python frames. Match.expand comes back here through Pattern._expand.
Match = _pypack_re.Match


_template_cache = {}


def _compile_template(pattern, repl):
    key = (pattern, type(repl), repl)
    template = _template_cache.get(key)
    if template is None:
        if len(_template_cache) >= 512:
            _template_cache.clear()
        template = _parse_template(repl, pattern)
        _template_cache[key] = template
    return template


def _parse_template(repl, pattern):
    """[literal or group number, ...] with CPython's errors for bad templates."""
    if not isinstance(repl, (str, bytes)):
        if isinstance(repl, bytearray):
            repl = bytes(repl)
        else:
            raise TypeError("decoding to str: need a bytes-like object, %s found" % type(repl).__name__)
    s = _Source(repl)
    parts = []
    literal = []

    def addgroup(index, offset):
        if index > pattern._groups:
            raise s.error("invalid group reference %d" % index, offset)
        if literal:
            parts.append("".join(literal))
            del literal[:]
        parts.append(index)

    while True:
        this = s.get()
        if this is None:
            break
        if this[0] == "\\":
            c = this[1]
            if c == "g":
                if not s.match("<"):
                    raise s.error("missing <")
                name = s.getuntil(">", "group name")
                if name.isidentifier():
                    index = pattern._groupindex.get(name)
                    if index is None:
                        raise IndexError("unknown group name %r" % name)
                else:
                    try:
                        index = int(name)
                        if index < 0:
                            raise ValueError
                    except ValueError:
                        raise s.error("bad character in group name %r" % name, len(name) + 1) from None
                    if index >= _MAXGROUPS:
                        raise s.error("invalid group reference %d" % index, len(name) + 1)
                addgroup(index, len(name) + 1)
            elif c == "0":
                if s.next is not None and s.next in _OCTDIGITS:
                    this += s.get()
                    if s.next is not None and s.next in _OCTDIGITS:
                        this += s.get()
                literal.append(chr(int(this[1:], 8) & 0xFF))
            elif c in _DIGITS:
                isoctal = False
                if s.next is not None and s.next in _DIGITS:
                    this += s.get()
                    if c in _OCTDIGITS and this[2] in _OCTDIGITS and s.next is not None and s.next in _OCTDIGITS:
                        this += s.get()
                        isoctal = True
                        value = int(this[1:], 8)
                        if value > 0o377:
                            raise s.error("octal escape value %s outside of range 0-0o377" % this, len(this))
                        literal.append(chr(value))
                if not isoctal:
                    addgroup(int(this[1:]), len(this) - 1)
            elif this in _ESCAPES:
                literal.append(chr(_ESCAPES[this]))
            else:
                if c in _ASCIILETTERS:
                    raise s.error("bad escape %s" % this, len(this))
                literal.append(this)
        else:
            literal.append(this)
    if literal:
        parts.append("".join(literal))
    if not isinstance(repl, str):
        parts = [p if isinstance(p, int) else p.encode("latin-1") for p in parts]
    return parts


def _expand_template(template, match):
    empty = match.string[:0]
    pieces = []
    for part in template:
        if isinstance(part, int):
            value = match.group(part)
            if value:
                pieces.append(value)
        else:
            pieces.append(part)
    if isinstance(empty, str):
        return "".join(pieces)
    return b"".join(pieces)


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    # A str pattern with int flags is cached natively (no key tuple); other keys are cached here.
    cached = _pypack_re.cache_get(pattern, flags)
    if cached is not None:
        return cached
    if isinstance(flags, RegexFlag):
        flags = flags.value
    key = (type(pattern), pattern, flags)
    cached = _cache.get(key)
    if cached is not None:
        return cached
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    flags & _T
    compiled = Pattern(pattern, flags)
    if not (flags & _DEBUG) and not _pypack_re.cache_put(pattern, flags, compiled._engine):
        if len(_cache) >= _MAXCACHE:
            del _cache[next(iter(_cache))]
        _cache[key] = compiled
    return compiled


def compile(pattern, flags=0):
    """Compile a pattern into a Pattern object (cached: the same pattern and flags give the same object)."""
    return _compile(pattern, flags)


def search(pattern, string, flags=0):
    m = _pypack_re.cached_run(pattern, flags, string, 0)
    return _compile(pattern, flags).search(string) if m is NotImplemented else m


def match(pattern, string, flags=0):
    m = _pypack_re.cached_run(pattern, flags, string, 1)
    return _compile(pattern, flags).match(string) if m is NotImplemented else m


def fullmatch(pattern, string, flags=0):
    m = _pypack_re.cached_run(pattern, flags, string, 2)
    return _compile(pattern, flags).fullmatch(string) if m is NotImplemented else m


# As search: a pattern in the native cache runs there in one call; anything else (not cached yet,
# arguments re.py must check or convert) goes through _compile and the Pattern method.

def findall(pattern, string, flags=0):
    result = _pypack_re.cached_findall(pattern, flags, string)
    return _compile(pattern, flags).findall(string) if result is NotImplemented else result


def finditer(pattern, string, flags=0):
    result = _pypack_re.cached_finditer(pattern, flags, string)
    return _compile(pattern, flags).finditer(string) if result is NotImplemented else result


def split(pattern, string, maxsplit=0, flags=0):
    result = _pypack_re.cached_split(pattern, flags, string, maxsplit)
    return _compile(pattern, flags).split(string, maxsplit) if result is NotImplemented else result


def sub(pattern, repl, string, count=0, flags=0):
    result = _pypack_re.cached_sub(pattern, flags, repl, string, count)
    return _compile(pattern, flags).sub(repl, string, count) if result is NotImplemented else result


def subn(pattern, repl, string, count=0, flags=0):
    result = _pypack_re.cached_subn(pattern, flags, repl, string, count)
    return _compile(pattern, flags).subn(repl, string, count) if result is NotImplemented else result


def purge():
    _pypack_re.cache_clear()
    _cache.clear()
    _template_cache.clear()


_SPECIAL_CHARS = "()[]{}?*+-|^$\\.&~# \t\n\r\v\f"


def escape(pattern):
    """Escape the characters that are special in a pattern."""
    if isinstance(pattern, str):
        out = []
        for c in pattern:
            if c in _SPECIAL_CHARS:
                out.append("\\")
            out.append(c)
        return "".join(out)
    text = str(pattern, "latin1")
    return escape(text).encode("latin1")

# CPython writes these in C: messages name them as its tp_name does.
_c_type_name(Pattern)
