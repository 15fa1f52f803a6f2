"""html.parser: HTMLParser, a tolerant tokenizer that calls a handler method per piece of HTML.

Written for PyPack from CPython 3.11's documentation and observed behaviour. feed() takes text in
any chunks; a construct cut off at the end of a chunk waits for the next one, and close() hands
over whatever is left. Tag and attribute names are lower-cased, attribute values unquoted and
unescaped; the content of script and style elements is passed on as it is. With
convert_charrefs (the default) character references in text are replaced before handle_data()
sees it; without, they go to handle_charref()/handle_entityref().
"""

import re
from html import unescape

__all__ = ["HTMLParser"]

# What the scanner recognises (HTML's own token shapes).
_TAG_START = re.compile(r"<[a-zA-Z]")
_TAG_NAME = re.compile(r"([a-zA-Z][^\t\n\r\f />\x00]*)(?:\s|/(?!>))*")
_ATTRIBUTE = re.compile(r"""((?<=['"\s/])[^\s/>][^\s/=>]*)(\s*=+\s*('[^']*'|"[^"]*"|(?!['"])[^>\s]*))?(?:\s|/(?!>))*""")
_END_TAG = re.compile(r"</\s*([a-zA-Z][-.a-zA-Z0-9:_]*)\s*>")
_CHARREF = re.compile(r"&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]")
_ENTITYREF = re.compile(r"&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]")
_PARTIAL_REF = re.compile(r"&[a-zA-Z#]")
_COMMENT_END = re.compile(r"--\s*>")
_TEXT_STOP = re.compile(r"[&<]")
_REF_FINISHED = re.compile(r"[\s;]")


def _find_tag_close(raw, start):
    """Where the start tag opened at start ends: just past its '>' (or '/>'), at the first
    character that cannot belong to it (the tag is then passed on as text), or -1 when the text
    ends first (or inside a quoted value)."""
    at = _TAG_NAME.match(raw, start + 1).end()
    while True:
        attribute = _ATTRIBUTE.match(raw, at)
        if attribute is None or attribute.end() == at:
            break
        at = attribute.end()
    following = raw[at:at + 1]
    if following == ">":
        return at + 1
    if raw.startswith("/>", at):
        return at + 2
    if not following or following in "/=" or (following.isascii() and following.isalpha()):
        return -1  # more of the tag (an unclosed quote, a name, a "/>") may be in the next chunk
    return at if at > start else start + 1


class HTMLParser:
    """Subclass it and override the handle_* methods; feed() the text, then close()."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forgets all unprocessed text and starts again."""
        self.rawdata = ""
        self.lasttag = "???"
        self.interesting = _TEXT_STOP
        self.cdata_elem = None
        self.lineno = 1
        self.offset = 0
        self.__starttag_text = None

    def feed(self, data):
        """Adds text; everything that is complete in it is handled now."""
        self.rawdata = self.rawdata + data
        self._scan(False)

    def close(self):
        """Handles whatever text is left, as if the document ended there."""
        self._scan(True)

    def getpos(self):
        """(line, column) where the piece being handled starts."""
        return self.lineno, self.offset

    def updatepos(self, i, j):
        if i >= j:
            return j
        newlines = self.rawdata.count("\n", i, j)
        if newlines:
            self.lineno += newlines
            self.offset = j - (self.rawdata.rindex("\n", i, j) + 1)
        else:
            self.offset += j - i
        return j

    def get_starttag_text(self):
        """The source text of the last start tag handled."""
        return self.__starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(r"</%s(?=[\s/>])" % re.escape(self.cdata_elem), re.I)

    def clear_cdata_mode(self):
        self.interesting = _TEXT_STOP
        self.cdata_elem = None

    # ---------------------------------------------------------------- the scanner

    def _text(self, chunk):
        if self.convert_charrefs and not self.cdata_elem:
            chunk = unescape(chunk)
        self.handle_data(chunk)

    def _next_stop(self, at, final):
        """Where the text from at ends (the next construct), or -1 to wait for more input."""
        raw = self.rawdata
        if self.cdata_elem:
            found = self.interesting.search(raw, at)
            # Unfinished script or style content is never handed over, not even by close().
            return -1 if found is None else found.start()
        if not self.convert_charrefs:
            found = _TEXT_STOP.search(raw, at)
            return len(raw) if found is None else found.start()
        stop = raw.find("<", at)
        if stop >= 0:
            return stop
        # A reference cut off at the end ("&am") may go on in the next chunk: keep the text.
        amp = raw.rfind("&", max(at, len(raw) - 34))
        if amp >= 0 and not final and _REF_FINISHED.search(raw, amp) is None:
            return -1
        return len(raw)

    def _scan(self, final):
        raw = self.rawdata
        at = 0
        size = len(raw)
        while at < size:
            stop = self._next_stop(at, final)
            if stop < 0:
                break
            if at < stop:
                self._text(raw[at:stop])
            at = self.updatepos(at, stop)
            if at == size:
                break
            if raw.startswith("<", at):
                after = self._markup(at, final)
                if after is None:
                    break
                at = self.updatepos(at, after)
            else:
                at, halt = self._reference(at, final)
                if halt:
                    break
        if final and at < size and not self.cdata_elem:
            self._text(raw[at:size])
            at = self.updatepos(at, size)
        self.rawdata = raw[at:]

    def _markup(self, at, final):
        """Handles the markup at raw[at] == '<'; the index after it, or None to wait for more."""
        raw = self.rawdata
        if _TAG_START.match(raw, at):
            after = self.parse_starttag(at)
        elif raw.startswith("</", at):
            after = self.parse_endtag(at)
        elif raw.startswith("<!--", at):
            after = self.parse_comment(at)
        elif raw.startswith("<?", at):
            after = self.parse_pi(at)
        elif raw.startswith("<!", at):
            after = self.parse_html_declaration(at)
        elif at + 1 < len(raw):
            self.handle_data("<")
            return at + 1
        elif final:
            after = -1
        else:
            return None
        if after >= 0:
            return after
        if not final:
            return None
        # At the end an unfinished construct is text, up to its '>' (or the next '<').
        close = raw.find(">", at + 1)
        if close >= 0:
            after = close + 1
        else:
            after = raw.find("<", at + 1)
            after = at + 1 if after < 0 else after
        self._text(raw[at:after])
        return after

    def _reference(self, at, final):
        """Handles a character or entity reference at raw[at] == '&' (convert_charrefs off):
        (the index after it, whether the scan stops there for now)."""
        raw = self.rawdata
        for pattern, handler, name_start in ((_CHARREF, self.handle_charref, 2),
                                             (_ENTITYREF, self.handle_entityref, 1)):
            found = pattern.match(raw, at)
            if found is not None:
                end = found.end()
                handler(raw[at + name_start:end - 1])
                if raw[end - 1] != ";":
                    end -= 1  # the character that ended the name is not part of the reference
                return self.updatepos(at, end), False
        if raw.startswith("&#", at):
            if ";" not in raw[at:]:
                return at, True
            self.handle_data("&#")
            return self.updatepos(at, at + 2), True
        partial = _PARTIAL_REF.match(raw, at)
        if partial is not None:
            if final and partial.group() == raw[at:]:
                return self.updatepos(at, at + 1), True
            return at, True
        if at + 1 >= len(raw):
            return at, True  # a lone '&' at the end: the next chunk may make it a reference
        self.handle_data("&")
        return self.updatepos(at, at + 1), False

    # ---------------------------------------------------------------- constructs

    def parse_starttag(self, i):
        raw = self.rawdata
        end = _find_tag_close(raw, i)
        if end < 0:
            return -1
        text = raw[i:end]
        self.__starttag_text = text
        named = _TAG_NAME.match(raw, i + 1)
        tag = self.lasttag = named.group(1).lower()
        attrs = []
        at = named.end()
        while at < end:
            found = _ATTRIBUTE.match(raw, at)
            if found is None:
                break
            name, has_value, value = found.group(1, 2, 3)
            if not has_value:
                value = None
            else:
                if value[:1] in ("'", '"') and value[:1] == value[-1:]:
                    value = value[1:-1]
                if value:
                    value = unescape(value)
            attrs.append((name.lower(), value))
            at = found.end()
        rest = raw[at:end].strip()
        if rest not in (">", "/>"):
            # Junk that is not an attribute: CPython passes the tag on as text.
            self.handle_data(text)
            return end
        if rest == "/>":
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return end

    def parse_endtag(self, i):
        raw = self.rawdata
        close = raw.find(">", i + 1)
        if close < 0:
            return -1
        end = close + 1
        plain = _END_TAG.match(raw, i)
        if plain is None or plain.end() != end:
            if self.cdata_elem is not None:
                self.handle_data(raw[i:end])
                return end
            named = _TAG_NAME.match(raw, i + 2)
            if named is None:
                if raw[i:i + 3] == "</>":
                    return i + 3
                return self.parse_bogus_comment(i)
            self.handle_endtag(named.group(1).lower())
            return raw.find(">", named.end()) + 1
        tag = plain.group(1).lower()
        if self.cdata_elem is not None and tag != self.cdata_elem:
            self.handle_data(raw[i:end])
            return end
        self.handle_endtag(tag)
        self.clear_cdata_mode()
        return end

    def parse_comment(self, i, report=1):
        raw = self.rawdata
        closing = _COMMENT_END.search(raw, i + 4)
        if closing is None:
            return -1
        if report:
            self.handle_comment(raw[i + 4:closing.start()])
        return closing.end()

    def parse_pi(self, i):
        raw = self.rawdata
        close = raw.find(">", i + 2)
        if close < 0:
            return -1
        self.handle_pi(raw[i + 2:close])
        return close + 1

    def parse_html_declaration(self, i):
        raw = self.rawdata
        if raw.startswith("<!--", i):
            return self.parse_comment(i)
        if raw.startswith("<![", i):
            close = raw.find("]]>", i + 3) if raw[i + 3:i + 9].upper() == "CDATA[" else raw.find("]>", i + 3)
            if close < 0:
                return -1
            self.unknown_decl(raw[i + 3:close])
            return close + (3 if raw.startswith("]]>", close) else 2)
        if raw[i:i + 9].lower() == "<!doctype":
            close = raw.find(">", i + 9)
            if close < 0:
                return -1
            self.handle_decl(raw[i + 2:close])
            return close + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        raw = self.rawdata
        close = raw.find(">", i + 2)
        if close < 0:
            return -1
        if report:
            self.handle_comment(raw[i + 2:close])
        return close + 1

    # ---------------------------------------------------------------- handlers (override these)

    def handle_startendtag(self, tag, attrs):
        """<tag/>: by default a start tag and its end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
