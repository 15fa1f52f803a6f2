"""Parse URLs into components and back, quote and unquote, query strings (CPython 3.11's urllib.parse)."""

__all__ = ["urlparse", "urlunparse", "urljoin", "urldefrag", "urlsplit", "urlunsplit", "urlencode", "parse_qs",
           "parse_qsl", "quote", "quote_plus", "quote_from_bytes", "unquote", "unquote_plus", "unquote_to_bytes",
           "DefragResult", "ParseResult", "SplitResult", "DefragResultBytes", "ParseResultBytes", "SplitResultBytes"]

uses_relative = ["", "ftp", "http", "gopher", "nntp", "imap", "wais", "file", "https", "shttp", "mms", "prospero",
                 "rtsp", "rtspu", "sftp", "svn", "svn+ssh", "ws", "wss"]
uses_netloc = ["", "ftp", "http", "gopher", "nntp", "telnet", "imap", "wais", "file", "mms", "https", "shttp", "snews",
               "prospero", "rtsp", "rtspu", "rsync", "svn", "svn+ssh", "sftp", "nfs", "git", "git+ssh", "ws", "wss"]
uses_params = ["", "ftp", "hdl", "prospero", "http", "imap", "https", "shttp", "rtsp", "rtspu", "sip", "sips", "mms",
               "sftp", "tel"]
non_hierarchical = ["gopher", "hdl", "mailto", "news", "telnet", "wais", "imap", "snews", "sip", "sips"]
uses_query = ["", "http", "wais", "imap", "https", "shttp", "mms", "gopher", "rtsp", "rtspu", "sip", "sips"]
uses_fragment = ["", "ftp", "hdl", "http", "gopher", "news", "nntp", "wais", "https", "shttp", "snews", "file", "prospero"]
scheme_chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+-."

_WHATWG_C0_CONTROL_OR_SPACE = "".join(chr(i) for i in range(33))
_UNSAFE_URL_BYTES_TO_REMOVE = ["\t", "\r", "\n"]


def clear_cache():
    pass


def _noop(obj):
    return obj


def _encode_result(obj):
    return obj.encode("ascii", "strict")


def _coerce_args(*args):
    """str arguments pass through; bytes ones are decoded as ASCII and the result encoded back."""
    str_input = isinstance(args[0], str)
    for arg in args[1:]:
        if arg and isinstance(arg, str) != str_input:
            raise TypeError("Cannot mix str and non-str arguments")
    if str_input:
        return args + (_noop,)
    decoded = []
    for x in args:
        decoded.append(x.decode("ascii", "strict") if x else "")
    return tuple(decoded) + (_encode_result,)


class _ResultTuple:
    """What namedtuple would make: a tuple of named fields (PyPack's classes cannot subclass tuple yet)."""

    __slots__ = ("_values",)
    _fields = ()

    def __init__(self, *values):
        if len(values) != len(self._fields):
            raise TypeError("%s.__new__() takes %d positional arguments but %d were given"
                            % (type(self).__name__, len(self._fields) + 1, len(values) + 1))
        self._values = tuple(values)

    def __getitem__(self, index):
        return self._values[index]

    def __iter__(self):
        return iter(self._values)

    def __len__(self):
        return len(self._values)

    def __eq__(self, other):
        if isinstance(other, _ResultTuple):
            return self._values == other._values
        return self._values == other

    def __ne__(self, other):
        return not self == other

    def __hash__(self):
        return hash(self._values)

    def __lt__(self, other):
        return self._values < tuple(other)

    def __add__(self, other):
        return self._values + tuple(other)

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join("%s=%r" % (n, v) for n, v in zip(self._fields, self._values)))

    def __getattr__(self, name):
        if name in self._fields:
            return self._values[self._fields.index(name)]
        raise AttributeError("'%s' object has no attribute '%s'" % (type(self).__name__, name))

    def _replace(self, **changes):
        values = list(self._values)
        for name, value in changes.items():
            if name not in self._fields:
                raise ValueError("Got unexpected field names: %r" % [name])
            values[self._fields.index(name)] = value
        return type(self)(*values)

    def _asdict(self):
        return dict(zip(self._fields, self._values))

    def count(self, value):
        return self._values.count(value)

    def index(self, value):
        return self._values.index(value)


class _NetlocMixin:
    __slots__ = ()

    @property
    def username(self):
        return self._userinfo()[0]

    @property
    def password(self):
        return self._userinfo()[1]

    @property
    def hostname(self):
        hostname = self._hostinfo()[0]
        if not hostname:
            return None
        separator = "%" if isinstance(hostname, str) else b"%"
        hostname, percent, zone = hostname.partition(separator)
        return hostname.lower() + percent + zone

    @property
    def port(self):
        port = self._hostinfo()[1]
        if port is not None:
            if port.isdigit() and port.isascii():
                port = int(port if isinstance(port, str) else port.decode("ascii"))
            else:
                raise ValueError("Port could not be cast to integer value as %r" % (port,))
            if not 0 <= port <= 65535:
                raise ValueError("Port out of range 0-65535")
        return port

    def _userinfo(self):
        netloc = self.netloc
        at, colon = ("@", ":") if isinstance(netloc, str) else (b"@", b":")
        userinfo, have_info, hostinfo = netloc.rpartition(at)
        if have_info:
            username, have_password, password = userinfo.partition(colon)
            if not have_password:
                password = None
        else:
            username = password = None
        return username, password

    def _hostinfo(self):
        netloc = self.netloc
        at, colon, open_br, close_br = ("@", ":", "[", "]") if isinstance(netloc, str) else (b"@", b":", b"[", b"]")
        _, _, hostinfo = netloc.rpartition(at)
        _, have_open_br, bracketed = hostinfo.partition(open_br)
        if have_open_br:
            hostname, _, port = bracketed.partition(close_br)
            _, _, port = port.partition(colon)
        else:
            hostname, _, port = hostinfo.partition(colon)
        if not port:
            port = None
        return hostname, port


class DefragResult(_ResultTuple):
    __slots__ = ()
    _fields = ("url", "fragment")

    def geturl(self):
        if self.fragment:
            return self.url + "#" + self.fragment
        return self.url

    def encode(self, encoding="ascii", errors="strict"):
        return DefragResultBytes(*(x.encode(encoding, errors) for x in self))


class SplitResult(_NetlocMixin, _ResultTuple):
    __slots__ = ()
    _fields = ("scheme", "netloc", "path", "query", "fragment")

    def geturl(self):
        return urlunsplit(self)

    def encode(self, encoding="ascii", errors="strict"):
        return SplitResultBytes(*(x.encode(encoding, errors) for x in self))


class ParseResult(_NetlocMixin, _ResultTuple):
    __slots__ = ()
    _fields = ("scheme", "netloc", "path", "params", "query", "fragment")

    def geturl(self):
        return urlunparse(self)

    def encode(self, encoding="ascii", errors="strict"):
        return ParseResultBytes(*(x.encode(encoding, errors) for x in self))


class DefragResultBytes(_ResultTuple):
    __slots__ = ()
    _fields = ("url", "fragment")

    def geturl(self):
        if self.fragment:
            return self.url + b"#" + self.fragment
        return self.url

    def decode(self, encoding="ascii", errors="strict"):
        return DefragResult(*(x.decode(encoding, errors) for x in self))


class SplitResultBytes(_NetlocMixin, _ResultTuple):
    __slots__ = ()
    _fields = ("scheme", "netloc", "path", "query", "fragment")

    def geturl(self):
        return urlunsplit(self)

    def decode(self, encoding="ascii", errors="strict"):
        return SplitResult(*(x.decode(encoding, errors) for x in self))


class ParseResultBytes(_NetlocMixin, _ResultTuple):
    __slots__ = ()
    _fields = ("scheme", "netloc", "path", "params", "query", "fragment")

    def geturl(self):
        return urlunparse(self)

    def decode(self, encoding="ascii", errors="strict"):
        return ParseResult(*(x.decode(encoding, errors) for x in self))


def _encoded(result, coerce):
    if coerce is _noop:
        return result
    return result.encode("ascii", "strict")


def urlparse(url, scheme="", allow_fragments=True):
    """<scheme>://<netloc>/<path>;<params>?<query>#<fragment> as a ParseResult."""
    url, scheme, coerce = _coerce_args(url, scheme)
    scheme, netloc, url, query, fragment = urlsplit(url, scheme, allow_fragments)
    if scheme in uses_params and ";" in url:
        url, params = _splitparams(url)
    else:
        params = ""
    return _encoded(ParseResult(scheme, netloc, url, params, query, fragment), coerce)


def _splitparams(url):
    if "/" in url:
        i = url.find(";", url.rfind("/"))
        if i < 0:
            return url, ""
    else:
        i = url.find(";")
    return url[:i], url[i + 1:]


def _splitnetloc(url, start=0):
    delim = len(url)
    for c in "/?#":
        wdelim = url.find(c, start)
        if wdelim >= 0:
            delim = min(delim, wdelim)
    return url[start:delim], url[delim:]


def _check_bracketed_netloc(netloc):
    hostname_and_port = netloc.rpartition("@")[2]
    before_bracket, have_open_br, bracketed = hostname_and_port.partition("[")
    if have_open_br:
        if before_bracket:
            raise ValueError("Invalid IPv6 URL")
        hostname, _, port = bracketed.partition("]")
        if port and not port.startswith(":"):
            raise ValueError("Invalid IPv6 URL")
    else:
        hostname, _, port = hostname_and_port.partition(":")
    _check_bracketed_host(hostname)


def _is_ipv4(text):
    parts = text.split(".")
    if len(parts) != 4:
        return False
    for part in parts:
        if not part or len(part) > 3 or not (part.isdigit() and part.isascii()) or int(part) > 255:
            return False
        if len(part) > 1 and part[0] == "0":
            return False
    return True


def _is_ipv6(text):
    text = text.partition("%")[0]
    if not text:
        return False
    groups = 8
    if "." in text.rpartition(":")[2]:
        if not _is_ipv4(text.rpartition(":")[2]):
            return False
        text = text.rpartition(":")[0] + ":0:0"
    if text.count("::") > 1:
        return False
    if "::" in text:
        head, _, tail = text.partition("::")
        parts = (head.split(":") if head else []) + (tail.split(":") if tail else [])
        if len(parts) > groups - 1:
            return False
    else:
        parts = text.split(":")
        if len(parts) != groups:
            return False
    for part in parts:
        if not part or len(part) > 4:
            return False
        for c in part:
            if c not in "0123456789abcdefABCDEF":
                return False
    return True


def _check_bracketed_host(hostname):
    if hostname.startswith("v"):
        dot = hostname.find(".")
        hexpart = hostname[1:dot] if dot > 0 else ""
        if dot < 0 or not hexpart or dot == len(hostname) - 1 or any(c not in "0123456789abcdefABCDEF" for c in hexpart):
            raise ValueError("IPvFuture address is invalid")
    elif _is_ipv4(hostname):
        raise ValueError("An IPv4 address cannot be in brackets")
    elif not _is_ipv6(hostname):
        raise ValueError("%r does not appear to be an IPv4 or IPv6 address" % (hostname,))


def urlsplit(url, scheme="", allow_fragments=True):
    """<scheme>://<netloc>/<path>?<query>#<fragment> as a SplitResult."""
    url, scheme, coerce = _coerce_args(url, scheme)
    url = url.lstrip(_WHATWG_C0_CONTROL_OR_SPACE)
    scheme = scheme.strip(_WHATWG_C0_CONTROL_OR_SPACE)
    for b in _UNSAFE_URL_BYTES_TO_REMOVE:
        url = url.replace(b, "")
        scheme = scheme.replace(b, "")
    allow_fragments = bool(allow_fragments)
    netloc = query = fragment = ""
    i = url.find(":")
    if i > 0 and url[0].isascii() and url[0].isalpha():
        for c in url[:i]:
            if c not in scheme_chars:
                break
        else:
            scheme, url = url[:i].lower(), url[i + 1:]
    if url[:2] == "//":
        netloc, url = _splitnetloc(url, 2)
        if ("[" in netloc and "]" not in netloc) or ("]" in netloc and "[" not in netloc):
            raise ValueError("Invalid IPv6 URL")
        if "[" in netloc and "]" in netloc:
            _check_bracketed_netloc(netloc)
    if allow_fragments and "#" in url:
        url, fragment = url.split("#", 1)
    if "?" in url:
        url, query = url.split("?", 1)
    return _encoded(SplitResult(scheme, netloc, url, query, fragment), coerce)


def urlunparse(components):
    scheme, netloc, url, params, query, fragment, coerce = _coerce_args(*components)
    if params:
        url = "%s;%s" % (url, params)
    return coerce(urlunsplit((scheme, netloc, url, query, fragment)))


def urlunsplit(components):
    scheme, netloc, url, query, fragment, coerce = _coerce_args(*components)
    if netloc or (scheme and scheme in uses_netloc and url[:2] != "//"):
        if url and url[:1] != "/":
            url = "/" + url
        url = "//" + (netloc or "") + url
    if scheme:
        url = scheme + ":" + url
    if query:
        url = url + "?" + query
    if fragment:
        url = url + "#" + fragment
    return coerce(url)


def urljoin(base, url, allow_fragments=True):
    """Resolve url against base (RFC 3986 section 5.2, as CPython applies it)."""
    if not base:
        return url
    if not url:
        return base
    base, url, coerce = _coerce_args(base, url)
    bscheme, bnetloc, bpath, bparams, bquery, bfragment = urlparse(base, "", allow_fragments)
    scheme, netloc, path, params, query, fragment = urlparse(url, bscheme, allow_fragments)
    if scheme != bscheme or scheme not in uses_relative:
        return coerce(url)
    if scheme in uses_netloc:
        if netloc:
            return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
        netloc = bnetloc
    if not path and not params:
        path = bpath
        params = bparams
        if not query:
            query = bquery
        return coerce(urlunparse((scheme, netloc, path, params, query, fragment)))
    base_parts = bpath.split("/")
    if base_parts[-1] != "":
        del base_parts[-1]
    if path[:1] == "/":
        segments = path.split("/")
    else:
        segments = base_parts + path.split("/")
        segments[1:-1] = [s for s in segments[1:-1] if s]
    resolved_path = []
    for seg in segments:
        if seg == "..":
            if resolved_path:
                resolved_path.pop()
        elif seg == ".":
            continue
        else:
            resolved_path.append(seg)
    if segments[-1] in (".", ".."):
        resolved_path.append("")
    return coerce(urlunparse((scheme, netloc, "/".join(resolved_path) or "/", params, query, fragment)))


def urldefrag(url):
    url, coerce = _coerce_args(url)
    if "#" in url:
        s, n, p, a, q, frag = urlparse(url)
        defrag = urlunparse((s, n, p, a, q, ""))
    else:
        frag = ""
        defrag = url
    return _encoded(DefragResult(defrag, frag), coerce)


_HEXDIG = "0123456789ABCDEFabcdef"


def unquote_to_bytes(string):
    """unquote_to_bytes('abc%20def') -> b'abc def'."""
    if not string:
        string.split
        return b""
    if isinstance(string, str):
        string = string.encode("utf-8")
    bits = string.split(b"%")
    if len(bits) == 1:
        return string
    res = [bits[0]]
    for item in bits[1:]:
        pair = item[:2]
        if len(pair) == 2 and chr(pair[0]) in _HEXDIG and chr(pair[1]) in _HEXDIG:
            res.append(bytes([int(pair.decode("ascii"), 16)]))
            res.append(item[2:])
        else:
            res.append(b"%")
            res.append(item)
    return b"".join(res)


def unquote(string, encoding="utf-8", errors="replace"):
    """Replace %xx escapes by the characters they encode (UTF-8 by default)."""
    if isinstance(string, bytes):
        return unquote_to_bytes(string).decode(encoding, errors)
    if "%" not in string:
        string.split
        return string
    if encoding is None:
        encoding = "utf-8"
    if errors is None:
        errors = "replace"
    # Runs of ASCII characters are unquoted and decoded together; other characters are kept.
    res = []
    run = []
    for c in string:
        if c < "\x80":
            run.append(c)
        else:
            if run:
                res.append(unquote_to_bytes("".join(run)).decode(encoding, errors))
                run = []
            res.append(c)
    if run:
        res.append(unquote_to_bytes("".join(run)).decode(encoding, errors))
    return "".join(res)


def parse_qs(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
             max_num_fields=None, separator="&"):
    parsed_result = {}
    pairs = parse_qsl(qs, keep_blank_values, strict_parsing, encoding=encoding, errors=errors,
                      max_num_fields=max_num_fields, separator=separator)
    for name, value in pairs:
        if name in parsed_result:
            parsed_result[name].append(value)
        else:
            parsed_result[name] = [value]
    return parsed_result


def parse_qsl(qs, keep_blank_values=False, strict_parsing=False, encoding="utf-8", errors="replace",
              max_num_fields=None, separator="&"):
    qs, coerce = _coerce_args(qs)
    separator, _ = _coerce_args(separator)
    if not separator or not isinstance(separator, (str, bytes)):
        raise ValueError("Separator must be of type string or bytes.")
    if max_num_fields is not None:
        num_fields = 1 + qs.count(separator) if qs else 0
        if max_num_fields < num_fields:
            raise ValueError("Max number of fields exceeded")
    r = []
    query_args = qs.split(separator) if qs else []
    for name_value in query_args:
        if not name_value and not strict_parsing:
            continue
        nv = name_value.split("=", 1)
        if len(nv) != 2:
            if strict_parsing:
                raise ValueError("bad query field: %r" % (name_value,))
            if keep_blank_values:
                nv.append("")
            else:
                continue
        if len(nv[1]) or keep_blank_values:
            name = coerce(unquote(nv[0].replace("+", " "), encoding=encoding, errors=errors))
            value = coerce(unquote(nv[1].replace("+", " "), encoding=encoding, errors=errors))
            r.append((name, value))
    return r


def unquote_plus(string, encoding="utf-8", errors="replace"):
    string = string.replace("+", " ")
    return unquote(string, encoding, errors)


_ALWAYS_SAFE = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_.-~")


def quote(string, safe="/", encoding=None, errors=None):
    """Percent-encode everything but letters, digits, '_.-~' and the characters in safe."""
    if isinstance(string, str):
        if not string:
            return string
        if encoding is None:
            encoding = "utf-8"
        if errors is None:
            errors = "strict"
        string = string.encode(encoding, errors)
    else:
        if encoding is not None:
            raise TypeError("quote() doesn't support 'encoding' for bytes")
        if errors is not None:
            raise TypeError("quote() doesn't support 'errors' for bytes")
    return quote_from_bytes(string, safe)


def quote_plus(string, safe="", encoding=None, errors=None):
    if (isinstance(string, str) and " " not in string) or (isinstance(string, bytes) and b" " not in string):
        return quote(string, safe, encoding, errors)
    space = " " if isinstance(safe, str) else b" "
    string = quote(string, safe + space, encoding, errors)
    return string.replace(" ", "+")


def quote_from_bytes(bs, safe="/"):
    if not isinstance(bs, (bytes, bytearray)):
        raise TypeError("quote_from_bytes() expected bytes")
    if not bs:
        return ""
    if isinstance(safe, str):
        safe = safe.encode("ascii", "ignore")
    else:
        safe = bytes([c for c in safe if c < 128])
    allowed = set(_ALWAYS_SAFE)
    allowed.update(safe)
    out = []
    for b in bs:
        if b in allowed:
            out.append(chr(b))
        else:
            out.append("%%%02X" % b)
    return "".join(out)


def urlencode(query, doseq=False, safe="", encoding=None, errors=None, quote_via=quote_plus):
    """key=value pairs of a mapping or a sequence of pairs, quoted and joined with '&'."""
    if hasattr(query, "items"):
        query = query.items()
    else:
        try:
            if len(query) and not isinstance(query[0], tuple):
                raise TypeError
        except TypeError as err:
            raise TypeError("not a valid non-string sequence or mapping object") from err
    pieces = []
    for k, v in query:
        if isinstance(k, bytes):
            k = quote_via(k, safe)
        else:
            k = quote_via(str(k), safe, encoding, errors)
        if not doseq or isinstance(v, (bytes, str)):
            if isinstance(v, bytes):
                v = quote_via(v, safe)
            else:
                v = quote_via(str(v), safe, encoding, errors)
            pieces.append(k + "=" + v)
        else:
            try:
                len(v)
            except TypeError:
                pieces.append(k + "=" + quote_via(str(v), safe, encoding, errors))
            else:
                for elt in v:
                    if isinstance(elt, bytes):
                        elt = quote_via(elt, safe)
                    else:
                        elt = quote_via(str(elt), safe, encoding, errors)
                    pieces.append(k + "=" + elt)
    return "&".join(pieces)
