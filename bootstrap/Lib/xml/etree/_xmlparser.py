"""The XML scanner behind xml.etree.ElementTree.XMLParser.

It accepts what expat (CPython's parser) accepts for a document without an external DTD, and
fails the way expat does: ParseError("<expat message>: line L, column C") with code (expat's error
number) and position (line from 1, column from 0, counted in characters). Input is scanned as it is
fed: a token cut off at the end of the data so far waits for the next feed.
"""

import re as _re

_XML_NAMESPACE = "http://www.w3.org/XML/1998/namespace"
_XMLNS_NAMESPACE = "http://www.w3.org/2000/xmlns/"

# expat's error numbers for the messages it reports.
_ERRORS = {
    "syntax error": 2,
    "no element found": 3,
    "not well-formed (invalid token)": 4,
    "unclosed token": 5,
    "mismatched tag": 7,
    "duplicate attribute": 8,
    "junk after document element": 9,
    "undefined entity": 11,
    "reference to invalid character number": 14,
    "XML or text declaration not at start of entity": 17,
    "unknown encoding": 18,
    "unclosed CDATA section": 20,
    "unbound prefix": 27,
    "must not undeclare prefix": 28,
    "reserved prefix (xml) must not be undeclared or bound to another namespace name": 29,
    "reserved prefix (xmlns) must not be declared or undeclared": 30,
    "prefix must not be bound to one of the reserved namespace names": 31,
}


class ParseError(SyntaxError):
    """A document that is not well-formed XML; code is expat's error number, position (line, column)."""
    __module__ = "xml.etree.ElementTree"


_NAME_START = (":A-Z_a-z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF"
               "\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD"
               "\U00010000-\U000EFFFF")
_NAME_CHAR = _NAME_START + "\\-.0-9\u00B7\u0300-\u036F\u203F-\u2040"
_NCNAME_START = _NAME_START.replace(":", "", 1)
_NCNAME_CHAR = _NAME_CHAR.replace(":", "", 1)
_NCNAME = "[%s][%s]*" % (_NCNAME_START, _NCNAME_CHAR)
_QNAME_RE = _re.compile("%s(?::%s)?" % (_NCNAME, _NCNAME))
_NAME_RE = _re.compile("[%s][%s]*" % (_NAME_START, _NAME_CHAR))
_NAME_CHAR_RE = _re.compile("[%s]" % _NAME_CHAR)
_SPACE_RE = _re.compile(r"[ \t\r\n]*")
# Text up to the next markup, reference, line break, ']]>' candidate or character XML forbids.
_TEXT_RE = _re.compile("[^<&\\]\n\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]+")
_BAD_CHAR_RE = _re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ENCODING_RE = _re.compile(rb"""^<\?xml[ \t\r\n][^>]*?encoding[ \t\r\n]*=[ \t\r\n]*["']([A-Za-z][A-Za-z0-9._-]*)["']""")
_PREDEFINED = {"lt": "<", "gt": ">", "amp": "&", "quot": "\"", "apos": "'"}

# Where the scanner is relative to the root element.
_PROLOG, _CONTENT, _EPILOG = 0, 1, 2


class _NeedMore(Exception):
    """The token at the end of the data so far is incomplete."""


class _Scanner:
    def __init__(self, handler, encoding):
        self._h = handler
        self._forced_encoding = encoding
        self._bytes = None          # undecoded bytes waiting for the encoding or a whole character
        self._encoding = None
        self._is_bytes = False
        self._buf = ""
        self._pos = 0
        self._base_line = 1         # line and column of _buf[0] in the document
        self._base_col = 0
        self._state = _PROLOG
        self._stack = []            # open elements: (qualified name, namespace declarations made)
        self._ns = [{"xml": _XML_NAMESPACE}]
        self._started = False       # any character seen (an XML declaration must come first)
        self._entities = {}         # internal general entities declared in the DOCTYPE
        self._external_dtd = False
        self._had_doctype = False
        self._pending_cr = False

    def is_bytes(self):
        return self._is_bytes

    # --- positions and errors -------------------------------------------------------------------

    def _position(self, pos):
        head = self._buf[:pos]
        newlines = head.count("\n")
        if newlines:
            return self._base_line + newlines, pos - head.rfind("\n") - 1
        return self._base_line, self._base_col + pos

    def _error(self, message, pos):
        line, column = self._position(pos)
        err = ParseError("%s: line %d, column %d" % (message, line, column))
        err.code = _ERRORS.get(message, 0)
        err.position = (line, column)
        raise err

    def _invalid(self, pos):
        self._error("not well-formed (invalid token)", pos)

    # --- input ----------------------------------------------------------------------------------

    def feed(self, data, final):
        if isinstance(data, str):
            if self._bytes is not None and not final:
                raise TypeError("a bytes-like object is required, not 'str'")
            text = data
        elif isinstance(data, (bytes, bytearray, memoryview)):
            data = bytes(data)
            self._is_bytes = True
            text = self._decode(data, final)
        else:
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        # Line ends become '\n' as they enter the buffer (a '\r' at the end waits for a possible '\n').
        if self._pending_cr:
            text = "\r" + text
            self._pending_cr = False
        if "\r" in text:
            if text.endswith("\r") and not final:
                text = text[:-1]
                self._pending_cr = True
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        self._buf += text
        self._scan(final)
        self._trim()

    def _decode(self, data, final):
        pending = (self._bytes or b"") + data
        if self._encoding is None:
            if not final and len(pending) < 4096 and b">" not in pending:
                self._bytes = pending
                return ""
            self._encoding = self._detect(pending)
        try:
            text = pending.decode(self._encoding)
            self._bytes = b""
        except UnicodeDecodeError as exc:
            if not final and exc.end >= len(pending) - 3 and exc.reason in ("unexpected end of data", "truncated data"):
                text = pending[:exc.start].decode(self._encoding)
                self._bytes = pending[exc.start:]
            else:
                good = pending[:exc.start].decode(self._encoding).replace("\r\n", "\n").replace("\r", "\n")
                self._buf += good
                self._invalid(len(self._buf))
        if text[:1] == "\ufeff":
            text = text[1:]
        return text

    def _detect(self, head):
        if self._forced_encoding:
            encoding = self._forced_encoding
        elif head[:3] == b"\xef\xbb\xbf":
            return "utf-8-sig"
        elif head[:2] in (b"\xff\xfe", b"\xfe\xff"):
            return "utf-16"
        elif head[:2] == b"<\x00":
            return "utf-16-le"
        elif head[:2] == b"\x00<":
            return "utf-16-be"
        else:
            m = _ENCODING_RE.match(head)
            encoding = m.group(1).decode("ascii") if m else "utf-8"
        "".encode(encoding)  # an unknown name is the codec registry's LookupError, as in CPython
        return encoding

    def _trim(self):
        # Keep the buffer from growing with a long document: drop what has been scanned.
        if self._pos > 65536:
            line, column = self._position(self._pos)
            self._buf = self._buf[self._pos:]
            self._pos = 0
            self._base_line, self._base_col = line, column

    # --- the scan loop --------------------------------------------------------------------------

    def _scan(self, final):
        buf = self._buf
        while True:
            start = self._pos
            try:
                if start >= len(buf):
                    break
                if buf[start] == "<":
                    self._markup(buf, start)
                elif self._state == _CONTENT:
                    self._text(buf, start, final)
                else:
                    self._outside(buf, start)
            except _NeedMore:
                self._pos = start
                if final:
                    self._unfinished(buf, start)
                return
        if final:
            if self._state != _EPILOG:
                self._error("no element found", len(buf))

    def _unfinished(self, buf, start):
        if buf.startswith("<![CDATA[", start) and self._state == _CONTENT:
            self._error("unclosed CDATA section", len(buf))
        if buf[start] == "<" or buf[start] == "&":
            self._error("unclosed token", start)
        self._error("no element found", len(buf))

    def _outside(self, buf, pos):
        """Characters before or after the root element: only blanks may be there."""
        end = _SPACE_RE.match(buf, pos).end()
        if end > pos:
            self._started = True
            self._pos = end
            return
        c = buf[pos]
        if c == "&" or _BAD_CHAR_RE.match(c):
            self._invalid(pos)
        if self._state == _EPILOG:
            self._error("junk after document element", pos)
        # expat reads a name here: cut off by markup it is an invalid token, else a syntax error.
        m = _NAME_RE.match(buf, pos)
        if m and m.end() < len(buf) and buf[m.end()] not in " \t\n":
            self._invalid(m.end())
        self._error("syntax error", pos)

    def _need(self, buf, pos, count=1):
        if pos + count > len(buf):
            raise _NeedMore()

    def _markup(self, buf, start):
        self._need(buf, start, 2)
        c = buf[start + 1]
        if c == "/":
            if self._state != _CONTENT:
                self._invalid(start + 1)
            self._end_tag(buf, start)
        elif c == "!":
            self._need(buf, start, 4)
            if buf.startswith("<!--", start):
                self._comment_token(buf, start)
            elif buf.startswith("<![CDATA[", start) or ("<![CDATA[".startswith(buf[start:]) and len(buf) - start < 9):
                if self._state != _CONTENT:
                    self._error("junk after document element", start) if self._state == _EPILOG else self._invalid(start + 2)
                self._need(buf, start, 9)
                self._cdata(buf, start)
            elif buf.startswith("<!DOCTYPE", start) or "<!DOCTYPE".startswith(buf[start:]):
                self._need(buf, start, 9)
                if self._state == _EPILOG:
                    self._error("junk after document element", start)
                if self._state == _CONTENT:
                    self._invalid(start + 2)
                if self._had_doctype:
                    self._error("syntax error", start)
                self._doctype(buf, start)
            else:
                self._invalid(start + 2)
        elif c == "?":
            self._pi_token(buf, start)
        else:
            if self._state == _EPILOG:
                self._error("junk after document element", start)
            self._start_tag(buf, start)
        self._started = True

    # --- content --------------------------------------------------------------------------------

    def _text(self, buf, start, final):
        pos = start
        on_data = self._h._on_data
        m = _TEXT_RE.match(buf, pos)
        if m:
            on_data(m.group())
            self._pos = m.end()
            return
        c = buf[pos]
        if c == "\n":
            on_data("\n")
            self._pos = pos + 1
        elif c == "&":
            self._reference(buf, pos)
        elif c == "]":
            if buf.startswith("]]>", pos):
                self._invalid(pos + 2)
            if not final and len(buf) - pos < 3 and "]]>".startswith(buf[pos:]):
                raise _NeedMore()
            end = pos + 1
            while end < len(buf) and buf[end] == "]" and not buf.startswith("]]>", end):
                end += 1
            on_data(buf[pos:end])
            self._pos = end
        else:
            self._invalid(pos)

    def _reference(self, buf, start):
        """A character or entity reference in content."""
        text = self._ref_value(buf, start)
        if text is not None:
            self._h._on_data(text)

    def _ref_value(self, buf, start, in_attribute=False):
        pos = start + 1
        self._need(buf, pos)
        if buf[pos] == "#":
            pos += 1
            self._need(buf, pos)
            if buf[pos] == "x":
                pos += 1
                digits = "0123456789abcdefABCDEF"
                base = 16
            else:
                digits = "0123456789"
                base = 10
            first = pos
            while True:
                self._need(buf, pos)
                if buf[pos] in digits:
                    pos += 1
                elif buf[pos] == ";" and pos > first:
                    break
                else:
                    self._invalid(pos)
            value = int(buf[first:pos], base)
            self._pos = pos + 1
            if not _valid_char(value):
                self._error("reference to invalid character number", start)
            return chr(value)
        m = _NAME_RE.match(buf, pos)
        if not m:
            self._invalid(pos)
        end = m.end()
        self._need(buf, end)
        if buf[end] != ";":
            self._invalid(end)
        name = m.group()
        self._pos = end + 1
        if name in _PREDEFINED:
            return _PREDEFINED[name]
        if name in self._entities:
            return self._entities[name]
        if self._external_dtd:
            # With an external DTD expat cannot know the entity; ElementTree looks in parser.entity.
            value = self._h.entity.get(name)
            if value is None:
                line, column = self._position(start)
                err = ParseError("undefined entity &%s;: line %d, column %d" % (name, line, column))
                err.code = 11
                err.position = (line, column)
                raise err
            return value
        self._error("undefined entity", start)

    def _cdata(self, buf, start):
        end = buf.find("]]>", start + 9)
        if end < 0:
            raise _NeedMore()
        text = buf[start + 9:end]
        bad = _BAD_CHAR_RE.search(text)
        if bad:
            self._invalid(start + 9 + bad.start())
        for piece in _lines(text):
            self._h._on_data(piece)
        self._pos = end + 3

    def _comment_token(self, buf, start):
        end = buf.find("--", start + 4)
        while True:
            if end < 0:
                raise _NeedMore()
            self._need(buf, end, 3)
            if buf[end + 2] == ">":
                break
            self._invalid(end + 2)
        text = buf[start + 4:end]
        bad = _BAD_CHAR_RE.search(text)
        if bad:
            self._invalid(start + 4 + bad.start())
        self._pos = end + 3
        self._h._on_comment(text)

    def _pi_token(self, buf, start):
        m = _NAME_RE.match(buf, start + 2)
        if not m:
            self._need(buf, start, 3)
            self._invalid(start + 2)
        target = m.group()
        pos = m.end()
        self._need(buf, pos)
        if buf[pos] == "?":
            self._need(buf, pos, 2)
            if buf[pos + 1] != ">":
                self._invalid(pos + 1)
            data_start = end = pos
        elif buf[pos] in " \t\n":
            data_start = _SPACE_RE.match(buf, pos).end()
            end = buf.find("?>", data_start)
            if end < 0:
                raise _NeedMore()
        else:
            self._invalid(pos)
        if target.lower() == "xml":
            if target == "xml" and not self._started:
                self._pos = end + 2
                self._xml_declaration(buf[data_start:end], data_start)
                return
            self._error("XML or text declaration not at start of entity", start)
        data = buf[data_start:end]
        bad = _BAD_CHAR_RE.search(data)
        if bad:
            self._invalid(data_start + bad.start())
        self._pos = end + 2
        self._h._on_pi(target, data)

    def _xml_declaration(self, body, pos):
        if not _re.match(r"version[ \t\n]*=[ \t\n]*(\"1\.[0-9]+\"|'1\.[0-9]+')", body):
            self._error("XML declaration not well-formed", pos)

    def _doctype(self, buf, start):
        """<!DOCTYPE name [external id] [internal subset]>: entity declarations in the internal subset
        are kept; everything else in it is skipped."""
        pos = _SPACE_RE.match(buf, start + 9).end()
        self._need(buf, pos)
        m = _NAME_RE.match(buf, pos)
        if not m or pos == start + 9:
            self._invalid(pos)
        name = m.group()
        pos = _SPACE_RE.match(buf, m.end()).end()
        self._need(buf, pos)
        pubid = system = None
        for keyword in ("PUBLIC", "SYSTEM"):
            if buf.startswith(keyword, pos):
                pos = _SPACE_RE.match(buf, pos + 6).end()
                literals = 2 if keyword == "PUBLIC" else 1
                values = []
                for _ in range(literals):
                    self._need(buf, pos)
                    quote = buf[pos]
                    if quote not in "\"'":
                        self._invalid(pos)
                    end = buf.find(quote, pos + 1)
                    if end < 0:
                        raise _NeedMore()
                    values.append(buf[pos + 1:end])
                    pos = _SPACE_RE.match(buf, end + 1).end()
                    self._need(buf, pos)
                if keyword == "PUBLIC":
                    pubid, system = values
                else:
                    system = values[0]
                self._external_dtd = True
        entities = {}
        if buf[pos] == "[":
            pos = self._internal_subset(buf, pos + 1, entities)
            pos = _SPACE_RE.match(buf, pos).end()
            self._need(buf, pos)
        if buf[pos] != ">":
            self._invalid(pos)
        self._pos = pos + 1
        self._had_doctype = True
        for key, value in entities.items():
            self._entities.setdefault(key, value)
        self._h._on_doctype(name, pubid, system)

    def _internal_subset(self, buf, pos, entities):
        while True:
            pos = _SPACE_RE.match(buf, pos).end()
            self._need(buf, pos)
            if buf[pos] == "]":
                return pos + 1
            if buf.startswith("<!--", pos):
                end = buf.find("-->", pos + 4)
                if end < 0:
                    raise _NeedMore()
                pos = end + 3
            elif buf.startswith("<?", pos):
                end = buf.find("?>", pos + 2)
                if end < 0:
                    raise _NeedMore()
                pos = end + 2
            elif buf.startswith("<!ENTITY", pos):
                pos = self._entity_declaration(buf, pos, entities)
            elif buf.startswith("<!", pos):
                pos = self._skip_declaration(buf, pos)
            elif buf[pos] == "%":
                end = buf.find(";", pos)
                if end < 0:
                    raise _NeedMore()
                self._external_dtd = True
                pos = end + 1
            else:
                self._need(buf, pos, 9)
                self._invalid(pos)

    def _skip_declaration(self, buf, pos):
        quote = None
        end = pos + 2
        while True:
            self._need(buf, end)
            c = buf[end]
            if quote:
                if c == quote:
                    quote = None
            elif c in "\"'":
                quote = c
            elif c == ">":
                return end + 1
            end += 1

    def _entity_declaration(self, buf, pos, entities):
        end = self._skip_declaration(buf, pos)
        body = buf[pos + 8:end - 1]
        m = _re.match(r"[ \t\n]+([^ \t\n%]\S*)[ \t\n]+(\"[^\"]*\"|'[^']*')[ \t\n]*$", body)
        if m:
            value = m.group(2)[1:-1]
            value = _re.sub(r"&#(x[0-9a-fA-F]+|[0-9]+);",
                            lambda r: chr(int(r.group(1)[1:], 16) if r.group(1)[0] == "x" else int(r.group(1))),
                            value)
            value = _re.sub(r"&(\w+);", lambda r: _PREDEFINED.get(r.group(1), entities.get(r.group(1), r.group(0))), value)
            entities.setdefault(m.group(1), value)
        return end

    # --- tags -----------------------------------------------------------------------------------

    def _start_tag(self, buf, start):
        m = _QNAME_RE.match(buf, start + 1)
        if not m:
            self._need(buf, start, 2)
            self._invalid(start + 1)
        qname = m.group()
        pos = m.end()
        attributes = []
        seen = set()
        while True:
            self._need(buf, pos)
            c = buf[pos]
            if c == ">":
                pos += 1
                empty = False
                break
            if c == "/":
                self._need(buf, pos, 2)
                if buf[pos + 1] != ">":
                    self._invalid(pos + 1)
                pos += 2
                empty = True
                break
            if c not in " \t\n":
                self._invalid(pos)
            pos = _SPACE_RE.match(buf, pos).end()
            self._need(buf, pos)
            if buf[pos] in ">/":
                continue
            am = _QNAME_RE.match(buf, pos)
            if not am:
                self._invalid(pos)
            name = am.group()
            name_pos = pos
            pos = _SPACE_RE.match(buf, am.end()).end()
            self._need(buf, pos)
            if buf[pos] != "=":
                self._invalid(pos)
            pos = _SPACE_RE.match(buf, pos + 1).end()
            self._need(buf, pos)
            quote = buf[pos]
            if quote not in "\"'":
                self._invalid(pos)
            value, pos = self._attribute_value(buf, pos + 1, quote)
            if name in seen:
                self._error("duplicate attribute", name_pos)
            seen.add(name)
            attributes.append((name, value, name_pos))
            self._need(buf, pos)
            if buf[pos] not in " \t\n>/":
                self._invalid(pos)
        self._pos = pos
        self._open(qname, attributes, start, empty)

    def _attribute_value(self, buf, pos, quote):
        parts = []
        while True:
            self._need(buf, pos)
            end = pos
            n = len(buf)
            while end < n and buf[end] not in "<&\t\n" and buf[end] != quote:
                end += 1
            if end >= n:
                raise _NeedMore()
            if end > pos:
                chunk = buf[pos:end]
                bad = _BAD_CHAR_RE.search(chunk)
                if bad:
                    self._invalid(pos + bad.start())
                parts.append(chunk)
            c = buf[end]
            if c == quote:
                return "".join(parts), end + 1
            if c == "<":
                self._invalid(end)
            if c in "\t\n":
                parts.append(" ")
                pos = end + 1
            else:
                saved = self._pos
                value = self._ref_value(buf, end, True)
                pos = self._pos
                self._pos = saved
                parts.append(value)

    def _open(self, qname, attributes, start, empty):
        declared = {}
        plain = []
        for name, value, name_pos in attributes:
            if name == "xmlns":
                declared[""] = value
            elif name.startswith("xmlns:"):
                prefix = name[6:]
                if prefix == "xmlns":
                    self._error("reserved prefix (xmlns) must not be declared or undeclared", start)
                if prefix == "xml" and value != _XML_NAMESPACE:
                    self._error("reserved prefix (xml) must not be undeclared or bound to another namespace name", start)
                if not value:
                    self._error("must not undeclare prefix", start)
                if prefix != "xml" and value in (_XML_NAMESPACE, _XMLNS_NAMESPACE):
                    self._error("prefix must not be bound to one of the reserved namespace names", start)
                declared[prefix] = value
            else:
                plain.append((name, value))
        scope = self._ns[-1]
        if declared:
            scope = dict(scope)
            for prefix, uri in declared.items():
                if uri:
                    scope[prefix] = uri
                else:
                    scope.pop(prefix, None)
        tag = self._resolve(qname, scope, True, start)
        attrib = {}
        for name, value in plain:
            key = self._resolve(name, scope, False, start)
            if key in attrib:
                self._error("duplicate attribute", start)
            attrib[key] = value
        if self._state == _PROLOG:
            self._state = _CONTENT
        self._ns.append(scope)
        self._stack.append((qname, list(declared)))
        for prefix, uri in declared.items():
            self._h._on_start_ns(prefix, uri)
        self._h._on_start(tag, attrib)
        if empty:
            self._close_element(qname, tag)

    def _resolve(self, qname, scope, is_element, start):
        prefix, colon, local = qname.partition(":")
        if colon:
            uri = scope.get(prefix)
            if uri is None:
                self._error("unbound prefix", start)
            return "{%s}%s" % (uri, local)
        if is_element:
            uri = scope.get("")
            if uri:
                return "{%s}%s" % (uri, qname)
        return qname

    def _end_tag(self, buf, start):
        m = _QNAME_RE.match(buf, start + 2)
        if not m:
            self._need(buf, start, 3)
            self._invalid(start + 2)
        pos = _SPACE_RE.match(buf, m.end()).end()
        self._need(buf, pos)
        if buf[pos] != ">":
            self._invalid(pos)
        qname = m.group()
        if not self._stack or self._stack[-1][0] != qname:
            self._error("mismatched tag", start + 2)
        self._pos = pos + 1
        self._close_element(qname, self._resolve(qname, self._ns[-1], True, start))

    def _close_element(self, qname, tag):
        _, declared = self._stack.pop()
        self._ns.pop()
        self._h._on_end(tag)
        for prefix in reversed(declared):
            self._h._on_end_ns(prefix)
        if not self._stack:
            self._state = _EPILOG


def _valid_char(value):
    return (value in (0x9, 0xA, 0xD) or 0x20 <= value <= 0xD7FF or 0xE000 <= value <= 0xFFFD
            or 0x10000 <= value <= 0x10FFFF)


def _lines(text):
    """Splits text the way expat hands it to the data handler: each line break on its own."""
    if "\n" not in text:
        if text:
            yield text
        return
    first = True
    for piece in text.split("\n"):
        if not first:
            yield "\n"
        first = False
        if piece:
            yield piece
