"""Message catalogs (gettext) for PyPack, written from CPython 3.11's documented behaviour.

A program marks its messages with _() or gettext(); without a catalog for the user's language the
messages come back unchanged. Catalogs are GNU .mo files found as
<localedir>/<language>/LC_MESSAGES/<domain>.mo, with the languages taken from LANGUAGE, LC_ALL,
LC_MESSAGES and LANG as CPython does, plural forms included.
"""

import operator
import os
import sys

__all__ = ["NullTranslations", "GNUTranslations", "Catalog", "bindtextdomain", "find", "translation", "install",
           "textdomain", "dgettext", "dngettext", "gettext", "ngettext", "pgettext", "dpgettext", "npgettext",
           "dnpgettext"]

_default_localedir = os.path.join(sys.base_prefix, "share", "locale")

# A message with a context is stored under "context\x04message".
_CONTEXT = "%s\x04%s"


class _PluralRule:
    """A .mo file's Plural-Forms expression (C syntax over n), evaluated with Python's rules as
    CPython's translation of it to Python would: && and || give an operand, ! gives a bool."""

    _BINARY = [("||",), ("&&",), ("==", "!="), ("<", ">", "<=", ">="), ("+", "-"), ("*", "/", "%")]
    _OPERATORS = {"==": operator.eq, "!=": operator.ne, "<": operator.lt, ">": operator.gt, "<=": operator.le,
                  ">=": operator.ge, "+": operator.add, "-": operator.sub, "*": operator.mul,
                  "/": operator.floordiv, "%": operator.mod}

    def __init__(self, text):
        if len(text) > 1000:
            raise ValueError("plural form expression is too long")
        self._tokens = self._tokenize(text)
        self._pos = 0
        self._tree = self._ternary()
        if self._pos != len(self._tokens):
            raise ValueError("unexpected token in plural form: %s" % self._tokens[self._pos])

    @staticmethod
    def _tokenize(text):
        tokens, i = [], 0
        while i < len(text):
            c = text[i]
            if c in " \t\n;":
                i += 1
            elif c.isdigit():
                j = i
                while j < len(text) and text[j].isdigit():
                    j += 1
                tokens.append(int(text[i:j]))
                i = j
            elif text[i:i + 2] in ("||", "&&", "==", "!=", "<=", ">="):
                tokens.append(text[i:i + 2])
                i += 2
            elif c in "n()?:<>+-*/%!":
                tokens.append(c)
                i += 1
            else:
                raise ValueError("invalid token in plural form: %s" % c)
        return tokens

    def _peek(self):
        return self._tokens[self._pos] if self._pos < len(self._tokens) else None

    def _take(self, expected=None):
        token = self._peek()
        if token is None or (expected is not None and token != expected):
            raise ValueError("unexpected end of plural form" if token is None else "unexpected token in plural form: %s" % token)
        self._pos += 1
        return token

    def _ternary(self):
        condition = self._binary(0)
        if self._peek() == "?":
            self._take()
            if_true = self._ternary()
            self._take(":")
            return ("?", condition, if_true, self._ternary())
        return condition

    def _binary(self, level):
        if level == len(self._BINARY):
            return self._unary()
        left = self._binary(level + 1)
        while self._peek() in self._BINARY[level]:
            op = self._take()
            left = (op, left, self._binary(level + 1))
        return left

    def _unary(self):
        token = self._take()
        if token == "!":
            return ("!", self._unary())
        if token == "(":
            inner = self._ternary()
            if self._peek() != ")":
                raise ValueError("unbalanced parenthesis in plural form")
            self._take()
            return inner
        if token == "n" or isinstance(token, int):
            return token
        raise ValueError("unexpected token in plural form: %s" % token)

    def _eval(self, node, n):
        if node == "n":
            return n
        if isinstance(node, int):
            return node
        op = node[0]
        if op == "?":
            return self._eval(node[2], n) if self._eval(node[1], n) else self._eval(node[3], n)
        if op == "!":
            return not self._eval(node[1], n)
        left = self._eval(node[1], n)
        if op == "||":
            return left or self._eval(node[2], n)
        if op == "&&":
            return left and self._eval(node[2], n)
        return self._OPERATORS[op](left, self._eval(node[2], n))

    def __call__(self, n):
        if not isinstance(n, int):
            try:
                round(n)
            except TypeError:
                raise TypeError("Plural value must be an integer, got %s" % (n.__class__.__name__,)) from None
            import warnings
            # Blamed on the caller of ngettext(), as CPython does.
            warnings.warn("Plural value must be an integer, got %s" % (n.__class__.__name__,), DeprecationWarning, 3)
        return int(self._eval(self._tree, n))


def _default_plural(n):
    return int(n != 1)


class NullTranslations:
    def __init__(self, fp=None):
        self._info = {}
        self._charset = None
        self._fallback = None
        if fp is not None:
            self._parse(fp)

    def _parse(self, fp):
        pass

    def add_fallback(self, fallback):
        if self._fallback:
            self._fallback.add_fallback(fallback)
        else:
            self._fallback = fallback

    def gettext(self, message):
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.ngettext(msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def pgettext(self, context, message):
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        if self._fallback:
            return self._fallback.npgettext(context, msgid1, msgid2, n)
        return msgid1 if n == 1 else msgid2

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins.__dict__["_"] = self.gettext
        if names is not None:
            allowed = {"gettext", "ngettext", "npgettext", "pgettext"}
            for name in allowed & set(names):
                builtins.__dict__[name] = getattr(self, name)


class GNUTranslations(NullTranslations):
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = _CONTEXT
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        return (version >> 16, version & 0xffff)

    def _parse(self, fp):
        import struct
        self.plural = _default_plural
        self._catalog = catalog = {}
        filename = getattr(fp, "name", "")
        data = fp.read()
        size = len(data)
        magic = struct.unpack("<I", data[:4])[0]
        if magic == self.LE_MAGIC:
            order = "<"
        elif magic == self.BE_MAGIC:
            order = ">"
        else:
            raise OSError(0, "Bad magic number", filename)
        version, count, originals, translations = struct.unpack(order + "4I", data[4:20])
        major, minor = self._get_versions(version)
        if major not in self.VERSIONS:
            raise OSError(0, "Bad version number " + str(major), filename)
        for i in range(count):
            mlen, moff = struct.unpack(order + "2I", data[originals + 8 * i:originals + 8 * i + 8])
            tlen, toff = struct.unpack(order + "2I", data[translations + 8 * i:translations + 8 * i + 8])
            if moff + mlen < size and toff + tlen < size:
                msg = data[moff:moff + mlen]
                tmsg = data[toff:toff + tlen]
            else:
                raise OSError(0, "File is corrupt", filename)
            if mlen == 0:
                self._read_headers(tmsg)
            charset = self._charset or "ascii"
            if b"\x00" in msg:
                msgid1, msgid2 = msg.split(b"\x00")
                msgid1 = str(msgid1, charset)
                for index, form in enumerate(tmsg.split(b"\x00")):
                    catalog[(msgid1, index)] = str(form, charset)
            else:
                catalog[str(msg, charset)] = str(tmsg, charset)

    def _read_headers(self, text):
        """The metadata entry: "Key: value" lines (keys lower-cased), a line without a colon
        continuing the previous value; the charset and plural rule are taken from it."""
        previous = None
        for raw in text.split(b"\n"):
            line = raw.decode().strip()
            if not line or (line.startswith("#-#-#-#-#") and line.endswith("#-#-#-#-#")):
                continue
            if ":" not in line:
                if previous:
                    self._info[previous] += "\n" + line
                continue
            key, value = (part.strip() for part in line.split(":", 1))
            key = key.lower()
            self._info[key] = value
            previous = key
            if key == "content-type":
                self._charset = value.split("charset=")[1]
            elif key == "plural-forms":
                self.plural = _PluralRule(value.split(";")[1].split("plural=")[1])

    def gettext(self, message):
        missing = object()
        tmsg = self._catalog.get(message, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((message, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.gettext(message)
        return message

    def ngettext(self, msgid1, msgid2, n):
        try:
            tmsg = self._catalog[(msgid1, self.plural(n))]
        except KeyError:
            if self._fallback:
                return self._fallback.ngettext(msgid1, msgid2, n)
            tmsg = msgid1 if n == 1 else msgid2
        return tmsg

    def pgettext(self, context, message):
        ctxt_msg_id = self.CONTEXT % (context, message)
        missing = object()
        tmsg = self._catalog.get(ctxt_msg_id, missing)
        if tmsg is missing:
            tmsg = self._catalog.get((ctxt_msg_id, self.plural(1)), missing)
        if tmsg is not missing:
            return tmsg
        if self._fallback:
            return self._fallback.pgettext(context, message)
        return message

    def npgettext(self, context, msgid1, msgid2, n):
        ctxt_msg_id = self.CONTEXT % (context, msgid1)
        try:
            tmsg = self._catalog[ctxt_msg_id, self.plural(n)]
        except KeyError:
            if self._fallback:
                return self._fallback.npgettext(context, msgid1, msgid2, n)
            tmsg = msgid1 if n == 1 else msgid2
        return tmsg


def _expand_lang(loc):
    """A locale name and its shorter forms, longest first: ll_TT.codeset@mod, ..., ll."""
    import locale
    loc = locale.normalize(loc)
    parts = {}
    for mark, bit in (("@", 4), (".", 1), ("_", 2)):
        pos = loc.find(mark)
        if pos >= 0:
            parts[bit] = loc[pos:]
            loc = loc[:pos]
    mask = sum(parts)
    forms = []
    for combo in range(mask, -1, -1):
        if combo & ~mask:
            continue
        forms.append(loc + parts.get(combo & 2, "") + parts.get(combo & 1, "") + parts.get(combo & 4, ""))
    return forms


def find(domain, localedir=None, languages=None, all=False):
    if localedir is None:
        localedir = _default_localedir
    if languages is None:
        languages = []
        for name in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
            value = os.environ.get(name)
            if value:
                languages = value.split(":")
                break
        if "C" not in languages:
            languages.append("C")
    expanded = []
    for lang in languages:
        for form in _expand_lang(lang):
            if form not in expanded:
                expanded.append(form)
    found = [] if all else None
    for lang in expanded:
        if lang == "C":
            break
        mofile = os.path.join(localedir, lang, "LC_MESSAGES", "%s.mo" % domain)
        if os.path.exists(mofile):
            if not all:
                return mofile
            found.append(mofile)
    return found


_translations = {}


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    if class_ is None:
        class_ = GNUTranslations
    mofiles = find(domain, localedir, languages, all=True)
    if not mofiles:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, "No translation file found for domain", domain)
    import copy
    result = None
    for mofile in mofiles:
        key = (class_, os.path.abspath(mofile))
        t = _translations.get(key)
        if t is None:
            with open(mofile, "rb") as fp:
                t = _translations.setdefault(key, class_(fp))
        t = copy.copy(t)
        if result is None:
            result = t
        else:
            result.add_fallback(t)
    return result


def install(domain, localedir=None, *, names=None):
    translation(domain, localedir, fallback=True).install(names)


_localedirs = {}
_current_domain = "messages"


def textdomain(domain=None):
    global _current_domain
    if domain is not None:
        _current_domain = domain
    return _current_domain


def bindtextdomain(domain, localedir=None):
    if localedir is not None:
        _localedirs[domain] = localedir
    return _localedirs.get(domain, _default_localedir)


def _catalog_of(domain):
    try:
        return translation(domain, _localedirs.get(domain, None))
    except OSError:
        return None


def dgettext(domain, message):
    t = _catalog_of(domain)
    return message if t is None else t.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    t = _catalog_of(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    t = _catalog_of(domain)
    return message if t is None else t.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    t = _catalog_of(domain)
    if t is None:
        return msgid1 if n == 1 else msgid2
    return t.npgettext(context, msgid1, msgid2, n)


def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
