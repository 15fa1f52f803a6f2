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


def _plain(singular, plural, n):
    """What an untranslated n-dependent message is: the English rule of one and many."""
    return singular if n == 1 else plural


# What a catalog lookup answers when the message is not there (a catalog value may be any object).
_ABSENT = object()


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
        # Appended at the end of the chain, each link deciding how it chains.
        chained = self._fallback
        if chained:
            chained.add_fallback(fallback)
        else:
            self._fallback = fallback

    # Without a catalog of its own a translation asks its fallback, if any, else keeps the source text.
    def gettext(self, message):
        nxt = self._fallback
        return nxt.gettext(message) if nxt else message

    def ngettext(self, msgid1, msgid2, n):
        nxt = self._fallback
        return nxt.ngettext(msgid1, msgid2, n) if nxt else _plain(msgid1, msgid2, n)

    def pgettext(self, context, message):
        nxt = self._fallback
        return nxt.pgettext(context, message) if nxt else message

    def npgettext(self, context, msgid1, msgid2, n):
        nxt = self._fallback
        return nxt.npgettext(context, msgid1, msgid2, n) if nxt else _plain(msgid1, msgid2, n)

    def info(self):
        return self._info

    def charset(self):
        return self._charset

    def install(self, names=None):
        import builtins
        builtins._ = self.gettext
        wanted = () if names is None else set(names)
        for method in ("gettext", "ngettext", "npgettext", "pgettext"):
            if method in wanted:
                setattr(builtins, method, getattr(self, method))


class GNUTranslations(NullTranslations):
    LE_MAGIC = 0x950412de
    BE_MAGIC = 0xde120495
    CONTEXT = _CONTEXT
    VERSIONS = (0, 1)

    def _get_versions(self, version):
        # Major revision in the high half-word, minor in the low one.
        return divmod(version, 65536)

    def _parse(self, fp):
        """Reads a whole .mo file: the header (magic, revision, entry count, the offsets of the
        two descriptor tables), then each entry's original and translated strings."""
        import struct
        self.plural = _default_plural
        self._catalog = {}
        source = getattr(fp, "name", "")
        data = fp.read()
        (magic,) = struct.unpack("<I", data[:4])
        endian = {self.LE_MAGIC: "<", self.BE_MAGIC: ">"}.get(magic)
        if endian is None:
            raise OSError(0, "Bad magic number", source)
        revision, entries, ids_table, strs_table = struct.unpack(endian + "4I", data[4:20])
        major = self._get_versions(revision)[0]
        if major not in self.VERSIONS:
            raise OSError(0, "Bad version number " + str(major), source)

        def descriptor(table, entry):
            # (length, offset) of one string; each table holds 8 bytes per entry.
            start = table + 8 * entry
            return struct.unpack(endian + "2I", data[start:start + 8])

        end = len(data)
        for entry in range(entries):
            id_len, id_at = descriptor(ids_table, entry)
            str_len, str_at = descriptor(strs_table, entry)
            # Both strings must end before the file does (the NUL after each is not counted).
            if id_at + id_len >= end or str_at + str_len >= end:
                raise OSError(0, "File is corrupt", source)
            original = data[id_at:id_at + id_len]
            translated = data[str_at:str_at + str_len]
            if id_len == 0:
                self._read_headers(translated)
            self._store(original, translated, self._charset or "ascii")

    def _store(self, original, translated, encoding):
        # An original holding a NUL is "singular\0plural": its forms are kept by index under the singular.
        if b"\x00" not in original:
            self._catalog[original.decode(encoding)] = translated.decode(encoding)
            return
        singular, _ = original.split(b"\x00")
        key = singular.decode(encoding)
        for index, form in enumerate(translated.split(b"\x00")):
            self._catalog[key, index] = form.decode(encoding)

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

    def _lookup(self, key, form=_ABSENT):
        """The catalog's text for key, or _ABSENT. Without a form index a plain message is wanted,
        and an entry that has plural forms answers with its form for one. (The ngettext methods
        apply the plural rule themselves: its DeprecationWarning names their caller.)"""
        table = self._catalog
        if form is not _ABSENT:
            return table.get((key, form), _ABSENT)
        text = table.get(key, _ABSENT)
        return table.get((key, self.plural(1)), _ABSENT) if text is _ABSENT else text

    # A message the catalog lacks goes on to the fallback as in NullTranslations.
    def gettext(self, message):
        text = self._lookup(message)
        return NullTranslations.gettext(self, message) if text is _ABSENT else text

    def ngettext(self, msgid1, msgid2, n):
        text = self._lookup(msgid1, self.plural(n))
        return NullTranslations.ngettext(self, msgid1, msgid2, n) if text is _ABSENT else text

    def pgettext(self, context, message):
        text = self._lookup(self.CONTEXT % (context, message))
        return NullTranslations.pgettext(self, context, message) if text is _ABSENT else text

    def npgettext(self, context, msgid1, msgid2, n):
        text = self._lookup(self.CONTEXT % (context, msgid1), self.plural(n))
        return NullTranslations.npgettext(self, context, msgid1, msgid2, n) if text is _ABSENT else text


def _expand_lang(name):
    """A locale name and its shorter forms, longest first: ll_TT.codeset@mod, ..., ll."""
    import locale
    base = locale.normalize(name)
    parts = {}
    for mark, bit in (("@", 4), (".", 1), ("_", 2)):
        pos = base.find(mark)
        if pos >= 0:
            parts[bit] = base[pos:]
            base = base[:pos]
    mask = sum(parts)
    forms = []
    for combo in range(mask, -1, -1):
        if combo & ~mask:
            continue
        forms.append(base + parts.get(combo & 2, "") + parts.get(combo & 1, "") + parts.get(combo & 4, ""))
    return forms


def _languages_from_environment():
    # The first of these that is set and not empty names the languages, colon-separated.
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable)
        if value:
            return value.split(":")
    return []


def find(domain, localedir=None, languages=None, all=False):
    root = _default_localedir if localedir is None else localedir
    if languages is None:
        languages = _languages_from_environment()
        if "C" not in languages:
            languages.append("C")
    candidates = []
    for lang in languages:
        for form in _expand_lang(lang):
            if form not in candidates:
                candidates.append(form)
    hits = []
    # "C" means untranslated: nothing after it is looked at.
    for lang in candidates:
        if lang == "C":
            break
        path = os.path.join(root, lang, "LC_MESSAGES", "%s.mo" % domain)
        if not os.path.exists(path):
            continue
        if not all:
            return path
        hits.append(path)
    return hits if all else None


# One parsed catalog per (class, absolute path); translation() hands out shallow copies of them.
_translations = {}


def _parsed_catalog(class_, path):
    key = class_, os.path.abspath(path)
    if key not in _translations:
        with open(path, "rb") as fp:
            _translations[key] = class_(fp)
    return _translations[key]


def translation(domain, localedir=None, languages=None, class_=None, fallback=False):
    paths = find(domain, localedir, languages, all=True)
    if not paths:
        if fallback:
            return NullTranslations()
        from errno import ENOENT
        raise FileNotFoundError(ENOENT, "No translation file found for domain", domain)
    import copy
    factory = GNUTranslations if class_ is None else class_
    head = None
    for path in paths:
        catalog = copy.copy(_parsed_catalog(factory, path))
        if head is None:
            head = catalog
        else:
            head.add_fallback(catalog)
    return head


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
    if localedir is None:
        return _localedirs.get(domain, _default_localedir)
    _localedirs[domain] = localedir
    return localedir


def _catalog_of(domain):
    # The domain's translation, or None when it has no catalog for the user's languages.
    try:
        return translation(domain, _localedirs.get(domain))
    except OSError:
        return None


def dgettext(domain, message):
    found = _catalog_of(domain)
    return message if found is None else found.gettext(message)


def dngettext(domain, msgid1, msgid2, n):
    found = _catalog_of(domain)
    return _plain(msgid1, msgid2, n) if found is None else found.ngettext(msgid1, msgid2, n)


def dpgettext(domain, context, message):
    found = _catalog_of(domain)
    return message if found is None else found.pgettext(context, message)


def dnpgettext(domain, context, msgid1, msgid2, n):
    found = _catalog_of(domain)
    return _plain(msgid1, msgid2, n) if found is None else found.npgettext(context, msgid1, msgid2, n)


# The module-level functions use the current text domain (the variable, as CPython reads it).
def gettext(message):
    return dgettext(_current_domain, message)


def ngettext(msgid1, msgid2, n):
    return dngettext(_current_domain, msgid1, msgid2, n)


def pgettext(context, message):
    return dpgettext(_current_domain, context, message)


def npgettext(context, msgid1, msgid2, n):
    return dnpgettext(_current_domain, context, msgid1, msgid2, n)


Catalog = translation
