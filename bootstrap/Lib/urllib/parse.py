"""URL parsing, joining, percent-encoding and query strings, behaving as CPython 3.11's urllib.parse.

Every function takes str, or bytes holding ASCII (returned as bytes again); the two cannot be mixed.
Not done: the NFKC check of non-ASCII network locations (it needs unicodedata).
"""

from collections import namedtuple as _namedtuple

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes", "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult", "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

# Which schemes allow relative references, a network location, parameters, a query and a
# fragment (the lists the documentation refers to; they may be extended by users).
uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms", "prospero",
                 "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp",
               "snews", "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh",
               "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip", "sips",
               "mms", "sftp", "tel"]
non_hierarchical = ["gopher", "hdl", "mailto", "news", "telnet", "wais", "imap", "snews", "sip", "sips"]
uses_query = ["", "http", "wais", "imap", "https", "shttp", "mms", "gopher", "rtsp", "rtspu", "sip", "sips"]
uses_fragment = ["", "ftp", "hdl", "http", "gopher", "news", "nntp", "wais", "https", "shttp", "snews", "file",
                 "prospero"]
scheme_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."

_LEADING_JUNK = "".join(chr(c) for c in range(0x21))   # C0 controls and space, dropped in front
_DROPPED_ANYWHERE = ("\t", "\r", "\n")
_HEX = "0123456789abcdefABCDEF"


def clear_cache():
    """Nothing is cached here; kept for compatibility."""


# --- str / bytes handling ----------------------------------------------------------------------

def _as_text(*args):
    """(decoded args..., back) where back turns a str result into the caller's kind again."""
    text_mode = isinstance(args[0], str)
    for other in args[1:]:
        if other and isinstance(other, str) != text_mode:
            raise TypeError("Cannot mix str and non-str arguments")
    if text_mode:
        return args + (_same,)
    return tuple(a.decode("ascii", "strict") if a else "" for a in args) + (_to_ascii_bytes,)


def _same(value):
    return value


def _to_ascii_bytes(value):
    return value.encode("ascii", "strict")


# --- result types ------------------------------------------------------------------------------

def _tokens(kind_sample):
    """The delimiters the netloc properties need, in the type of the value at hand."""
    if isinstance(kind_sample, str):
        return "@", ":", "[", "]", "%"
    return b"@", b":", b"[", b"]", b"%"


def _split_userinfo(netloc):
    at, colon = _tokens(netloc)[:2]
    userinfo, found, _ = netloc.rpartition(at)
    if not found:
        return None, None
    user, has_password, password = userinfo.partition(colon)
    return user, (password if has_password else None)


def _split_hostport(netloc):
    at, colon, open_br, close_br = _tokens(netloc)[:4]
    hostport = netloc.rpartition(at)[2]
    _, bracketed, inside = hostport.partition(open_br)
    if bracketed:
        host, _, after = inside.partition(close_br)
        port = after.partition(colon)[2]
    else:
        host, _, port = hostport.partition(colon)
    return host, (port or None)


class _NetlocProperties:
    """username, password, hostname and port, read from the netloc field."""

    __slots__ = ()

    @property
    def username(self):
        return _split_userinfo(self.netloc)[0]

    @property
    def password(self):
        return _split_userinfo(self.netloc)[1]

    @property
    def hostname(self):
        host = _split_hostport(self.netloc)[0]
        if not host:
            return None
        # An IPv6 zone id after '%' keeps its case.
        address, percent, zone = host.partition(_tokens(host)[4])
        return address.lower() + percent + zone

    @property
    def port(self):
        text = _split_hostport(self.netloc)[1]
        if text is None:
            return None
        if not (text.isdigit() and text.isascii()):
            raise ValueError("Port could not be cast to integer value as %r" % (text,))
        number = int(text if isinstance(text, str) else text.decode("ascii"))  # PyPack's int() takes no bytes
        if number < 0 or number > 65535:
            raise ValueError("Port out of range 0-65535")
        return number


def _encode_all(result, target, encoding, errors):
    return target(*[part.encode(encoding, errors) for part in result])


def _decode_all(result, target, encoding, errors):
    return target(*[part.decode(encoding, errors) for part in result])


class DefragResult(_namedtuple("DefragResult", "url fragment")):
    __slots__ = ()

    def geturl(self):
        return self.url + "#" + self.fragment if self.fragment else self.url

    def encode(self, encoding="ascii", errors="strict"):
        return _encode_all(self, DefragResultBytes, encoding, errors)


class SplitResult(_namedtuple("SplitResult", "scheme netloc path query fragment"), _NetlocProperties):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)

    def encode(self, encoding="ascii", errors="strict"):
        return _encode_all(self, SplitResultBytes, encoding, errors)


class ParseResult(_namedtuple("ParseResult", "scheme netloc path params query fragment"), _NetlocProperties):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)

    def encode(self, encoding="ascii", errors="strict"):
        return _encode_all(self, ParseResultBytes, encoding, errors)


class DefragResultBytes(_namedtuple("DefragResultBytes", "url fragment")):
    __slots__ = ()

    def geturl(self):
        return self.url + b"#" + self.fragment if self.fragment else self.url

    def decode(self, encoding="ascii", errors="strict"):
        return _decode_all(self, DefragResult, encoding, errors)


class SplitResultBytes(_namedtuple("SplitResultBytes", "scheme netloc path query fragment"), _NetlocProperties):
    __slots__ = ()

    def geturl(self):
        return urlunsplit(self)

    def decode(self, encoding="ascii", errors="strict"):
        return _decode_all(self, SplitResult, encoding, errors)


class ParseResultBytes(_namedtuple("ParseResultBytes", "scheme netloc path params query fragment"),
                       _NetlocProperties):
    __slots__ = ()

    def geturl(self):
        return urlunparse(self)

    def decode(self, encoding="ascii", errors="strict"):
        return _decode_all(self, ParseResult, encoding, errors)


# --- bracketed hosts ---------------------------------------------------------------------------

def _dotted_quad(text):
    """True for a.b.c.d with four decimal numbers 0..255 written without leading zeros."""
    pieces = text.split(".")
    if len(pieces) != 4:
        return False
    for piece in pieces:
        if not piece or len(piece) > 3 or any(c not in "0123456789" for c in piece):
            return False
        if piece[0] == "0" and len(piece) > 1:
            return False
        if int(piece) > 255:
            return False
    return True


def _ipv6(text):
    """True for an IPv6 address (hex groups, one '::' at most, an IPv4 tail, a '%zone')."""
    address, percent, zone = text.partition("%")
    if percent and (not zone or "%" in zone):
        return False
    groups = address.split(":")
    if len(groups) < 3:
        return False
    if "." in groups[-1]:
        if not _dotted_quad(groups[-1]):
            return False
        groups[-1:] = ["0", "0"]        # the IPv4 tail stands for two groups
    if len(groups) > 9:
        return False
    inner_gaps = [i for i in range(1, len(groups) - 1) if not groups[i]]
    if len(inner_gaps) > 1:
        return False
    if inner_gaps:
        gap = inner_gaps[0]
        head = groups[:gap]
        tail = groups[gap + 1:]
        # An empty first or last group is only allowed as part of the '::'.
        if head == [""]:
            head = []
        elif head and not head[0]:
            return False
        if tail == [""]:
            tail = []
        elif tail and not tail[-1]:
            return False
        if len(head) + len(tail) > 7:
            return False
        named = head + tail
    else:
        if len(groups) != 8:
            return False
        named = groups
    for group in named:
        if not group or len(group) > 4 or any(c not in _HEX for c in group):
            return False
    return True


def _check_bracketed(netloc):
    """The text inside the first pair of brackets must be an IPv6 or IPvFuture address."""
    host = netloc.partition("[")[2].partition("]")[0]
    if host.startswith("v"):
        # IPvFuture: 'v', hex digits, '.', then at least one character.
        version, dot, rest = host[1:].partition(".")
        if not dot or not version or not rest or any(c not in _HEX for c in version) or "\n" in rest:
            raise ValueError("IPvFuture address is invalid")
    elif _dotted_quad(host):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _ipv6(host):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % (host,))


# --- splitting and joining ---------------------------------------------------------------------

def _scheme_end(url):
    """Index of the ':' ending a scheme, or -1: a letter, then scheme characters."""
    colon = url.find(":")
    if colon <= 0 or not (url[0].isascii() and url[0].isalpha()):
        return -1
    for c in url[:colon]:
        if c not in scheme_chars:
            return -1
    return colon


def urlsplit(url, scheme="", allow_fragments=True):
    """scheme://netloc/path?query#fragment as a SplitResult (no ';params' split)."""
    url, scheme, back = _as_text(url, scheme)
    url = url.lstrip(_LEADING_JUNK)
    scheme = scheme.strip(_LEADING_JUNK)
    for c in _DROPPED_ANYWHERE:
        url = url.replace(c, "")
        scheme = scheme.replace(c, "")
    end = _scheme_end(url)
    if end > 0:
        scheme = url[:end].lower()
        url = url[end + 1:]
    netloc = ""
    if url.startswith("//"):
        stop = len(url)
        for c in "/?#":
            at = url.find(c, 2)
            if 0 <= at < stop:
                stop = at
        netloc = url[2:stop]
        url = url[stop:]
        opened = "[" in netloc
        closed = "]" in netloc
        if opened != closed:
            raise ValueError("Invalid IPv6 URL")
        if opened:
            _check_bracketed(netloc)
    fragment = ""
    if allow_fragments:
        url, _, fragment = url.partition("#")
    path, _, query = url.partition("?")
    return back(SplitResult(scheme, netloc, path, query, fragment))


def urlparse(url, scheme="", allow_fragments=True):
    """scheme://netloc/path;params?query#fragment as a ParseResult."""
    url, scheme, back = _as_text(url, scheme)
    parts = urlsplit(url, scheme, allow_fragments)
    path = parts.path
    params = ""
    if parts.scheme in uses_params and ";" in path:
        # Parameters belong to the last path segment only.
        cut = path.find(";", path.rfind("/") + 1) if "/" in path else path.find(";")
        if cut >= 0:
            path, params = path[:cut], path[cut + 1:]
    return back(ParseResult(parts.scheme, parts.netloc, path, params, parts.query, parts.fragment))


def urlunsplit(components):
    scheme, netloc, path, query, fragment, back = _as_text(*components)
    if netloc or (scheme and scheme in uses_netloc and not path.startswith("//")):
        if path and not path.startswith("/"):
            path = "/" + path
        path = "//" + (netloc or "") + path
    text = scheme + ":" + path if scheme else path
    if query:
        text += "?" + query
    if fragment:
        text += "#" + fragment
    return back(text)


def urlunparse(components):
    scheme, netloc, path, params, query, fragment, back = _as_text(*components)
    if params:
        path = path + ";" + params
    return back(urlunsplit((scheme, netloc, path, query, fragment)))


def _resolve_dots(segments):
    """Applies '.' and '..' segments; '..' past the start is dropped. A trailing dot segment
    leaves the path ending in '/'."""
    kept = []
    for segment in segments:
        if segment == "..":
            if kept:
                kept.pop()
        elif segment != ".":
            kept.append(segment)
    if segments and segments[-1] in (".", ".."):
        kept.append("")
    return kept


def urljoin(base, url, allow_fragments=True):
    """url resolved against base (RFC 3986 section 5, with CPython's treatment of empty segments)."""
    if not base:
        return url
    if not url:
        return base
    base, url, back = _as_text(base, url)
    b = urlparse(base, "", allow_fragments)
    r = urlparse(url, b.scheme, allow_fragments)
    if r.scheme != b.scheme or r.scheme not in uses_relative:
        return back(url)
    netloc = r.netloc
    if r.scheme in uses_netloc:
        if netloc:
            return back(urlunparse(r))
        netloc = b.netloc
    if not r.path and not r.params:
        return back(urlunparse((r.scheme, netloc, b.path, b.params, r.query or b.query, r.fragment)))
    if r.path.startswith("/"):
        segments = r.path.split("/")
    else:
        # Merge with the base's directory (its path up to the last '/'); empty segments inside the
        # merged path are dropped.
        directory = b.path.split("/")
        if directory[-1]:
            del directory[-1]
        merged = directory + r.path.split("/")
        segments = merged[:1] + [s for s in merged[1:-1] if s] + merged[-1:] if len(merged) > 1 else merged
    path = "/".join(_resolve_dots(segments)) or "/"
    return back(urlunparse((r.scheme, netloc, path, r.params, r.query, r.fragment)))


def urldefrag(url):
    """(url without its fragment, fragment) as a DefragResult."""
    url, back = _as_text(url)
    if "#" not in url:
        return back(DefragResult(url, ""))
    p = urlparse(url)
    bare = urlunparse((p.scheme, p.netloc, p.path, p.params, p.query, ""))
    return back(DefragResult(bare, p.fragment))


# --- percent-encoding --------------------------------------------------------------------------

_UNRESERVED = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")
_ESCAPES = ["%%%02X" % i for i in range(256)]


def quote_from_bytes(bs, safe="/"):
    """Percent-encodes bytes, leaving letters, digits, '_.-~' and the ASCII characters of safe."""
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    keep = set(_UNRESERVED)
    for c in safe:
        if c < 128:
            keep.add(c)
    return "".join(chr(c) if c in keep else _ESCAPES[c] for c in bs)


def quote(string, safe="/", encoding=None, errors=None):
    """Percent-encodes a str (encoded first, UTF-8 and 'strict' by default) or bytes."""
    if isinstance(string, str):
        if not string:
            return string
        string = string.encode(encoding or "utf-8", errors or "strict")
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    """quote(), but spaces become '+' (as in form data)."""
    if (isinstance(string, str) and " " not in string) or (isinstance(string, bytes) and b" " not in string):
        return quote(string, safe, encoding, errors)
    safe = safe + (" " if isinstance(safe, str) else b" ")
    return quote(string, safe, encoding, errors).replace(" ", "+")


def unquote_to_bytes(string):
    """Bytes with every %XX escape replaced by its byte; a str is UTF-8 encoded first."""
    if not string:
        string.split  # an AttributeError for what is neither str nor bytes, as CPython gives
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    chunks = string.split(b"%")
    if len(chunks) == 1:
        return string
    out = bytearray(chunks[0])
    for chunk in chunks[1:]:
        if len(chunk) >= 2 and chr(chunk[0]) in _HEX and chr(chunk[1]) in _HEX:
            out.append(int(chunk[:2].decode("ascii"), 16))
            out += chunk[2:]
        else:
            out += b"%"
            out += chunk
    return bytes(out)


def unquote(string, encoding="utf-8", errors="replace"):
    """Replaces %XX escapes; the bytes of each run of ASCII text are decoded together."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        string.split
        return string
    encoding = encoding or "utf-8"
    errors = errors or "replace"
    pieces = []
    start = 0
    n = len(string)
    while start < n:
        ascii_run = string[start] < "\x80"
        end = start
        while end < n and (string[end] < "\x80") == ascii_run:
            end += 1
        chunk = string[start:end]
        pieces.append(unquote_to_bytes(chunk).decode(encoding, errors) if ascii_run else chunk)
        start = end
    return "".join(pieces)


def unquote_plus(string, encoding="utf-8", errors="replace"):
    """unquote(), with '+' read as a space first."""
    return unquote(string.replace("+", " "), encoding, errors)


# --- query strings -----------------------------------------------------------------------------

def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
              max_num_fields=None, separator="&"):
    """The (name, value) pairs of a query string, in order."""
    qs, back = _as_text(qs)
    separator = _as_text(separator)[0]
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    fields = qs.split(separator) if qs else []
    if max_num_fields is not None and len(fields) > max_num_fields:
        raise ValueError("Max number of fields exceeded")
    pairs = []
    for field in fields:
        if not field and not strict_parsing:
            continue
        name, has_value, value = field.partition("=")
        if not has_value:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (field,))
            if not keep_blank_values:
                continue
        if value or keep_blank_values:
            name = unquote(name.replace("+", " "), encoding=encoding, errors=errors)
            value = unquote(value.replace("+", " "), encoding=encoding, errors=errors)
            pairs.append((back(name), back(value)))
    return pairs


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
             max_num_fields=None, separator="&"):
    """A dict from each name of a query string to the list of its values."""
    found = {}
    for name, value in parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding, errors=errors,
                                 max_num_fields=max_num_fields, separator=separator):
        found.setdefault(name, []).append(value)
    return found


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    """A query string from a mapping or a sequence of pairs; with doseq, sequence values repeat the key."""
    if hasattr(query, "items"):
        pairs = query.items()
    else:
        try:
            if len(query) > 0 and type(query[0]) is not tuple and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err
        pairs = query

    def encode(item):
        if isinstance(item, bytes):
            return quote_via(item, safe)
        return quote_via(item if isinstance(item, str) else str(item), safe, encoding, errors)

    out = []
    for key, value in pairs:
        key = encode(key)
        if not doseq or isinstance(value, (str, bytes)):
            out.append(key + "=" + encode(value))
            continue
        try:
            len(value)
        except TypeError:
            out.append(key + "=" + encode(value))
            continue
        for item in value:
            out.append(key + "=" + encode(item))
    return "&".join(out)
