"""The codec registry over the codecs PyPack's runtime has: utf-8, utf-8-sig, ascii, latin-1,
utf-16 and utf-32 (with their -le/-be forms), the single-byte code pages of _codepages (cp1252,
cp437, latin9...), and the bytes-to-bytes hex, base64 and rot13. A codec CPython has and PyPack
does not (cp1253, zlib...) raises NotImplementedError.

Error handlers registered with register_error() are applied by this module's encode/decode
functions (codecs.encode, codecs.decode, CodecInfo.encode/decode); str.encode and bytes.decode
know only the standard handlers.
"""

import sys
from _codecnames import CPYTHON_CODECS as _CPYTHON_CODECS
from _codepages import CODE_PAGES as _CODE_PAGES

__all__ = ["register", "lookup", "open", "EncodedFile", "BOM", "BOM_BE",
           "BOM_LE", "BOM32_BE", "BOM32_LE", "BOM64_BE", "BOM64_LE",
           "BOM_UTF8", "BOM_UTF16", "BOM_UTF16_LE", "BOM_UTF16_BE",
           "BOM_UTF32", "BOM_UTF32_LE", "BOM_UTF32_BE",
           "CodecInfo", "Codec", "IncrementalEncoder", "IncrementalDecoder",
           "StreamReader", "StreamWriter",
           "StreamReaderWriter", "StreamRecoder",
           "getencoder", "getdecoder", "getincrementalencoder",
           "getincrementaldecoder", "getreader", "getwriter",
           "encode", "decode", "iterencode", "iterdecode",
           "strict_errors", "ignore_errors", "replace_errors",
           "xmlcharrefreplace_errors",
           "backslashreplace_errors", "namereplace_errors",
           "register_error", "lookup_error"]

# The builtin open, kept before this module defines its own open().
_builtin_open = open

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_LE = BOM_UTF16_LE = b'\xff\xfe'
BOM_BE = BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# Linux is little-endian: the native byte order marks.
BOM = BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE


class CodecInfo(tuple):
    """A codec's functions: (encode, decode, streamreader, streamwriter) plus names for each."""
    _is_text_encoding = True

    def __new__(cls, encode, decode, streamreader=None, streamwriter=None,
                incrementalencoder=None, incrementaldecoder=None, name=None,
                *, _is_text_encoding=None):
        self = tuple.__new__(cls, (encode, decode, streamreader, streamwriter))
        self.name = name
        self.encode = encode
        self.decode = decode
        self.incrementalencoder = incrementalencoder
        self.incrementaldecoder = incrementaldecoder
        self.streamwriter = streamwriter
        self.streamreader = streamreader
        if _is_text_encoding is not None:
            self._is_text_encoding = _is_text_encoding
        return self

    def __repr__(self):
        return "<%s.%s object for encoding %s at %#x>" % (
            self.__class__.__module__, self.__class__.__qualname__, self.name, id(self))


class Codec:
    """The interface of a stateless codec: encode and decode return (output, length consumed)."""

    def encode(self, input, errors='strict'):
        raise NotImplementedError

    def decode(self, input, errors='strict'):
        raise NotImplementedError


class IncrementalEncoder:
    def __init__(self, errors='strict'):
        self.errors = errors
        self.buffer = ""

    def encode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return 0

    def setstate(self, state):
        pass


class IncrementalDecoder:
    def __init__(self, errors='strict'):
        self.errors = errors

    def decode(self, input, final=False):
        raise NotImplementedError

    def reset(self):
        pass

    def getstate(self):
        return (b"", 0)

    def setstate(self, state):
        pass


class StreamWriter(Codec):
    def __init__(self, stream, errors='strict'):
        raise NotImplementedError("codecs.StreamWriter is not supported by PyPack")


class StreamReader(Codec):
    def __init__(self, stream, errors='strict'):
        raise NotImplementedError("codecs.StreamReader is not supported by PyPack")


class StreamRecoder:
    def __init__(self, stream, encode, decode, Reader, Writer, errors='strict'):
        raise NotImplementedError("codecs.StreamRecoder is not supported by PyPack")


# ----- names -----

# Each codec the runtime has: canonical name, the name CPython's C functions carry, and aliases
# (normalised: lower case, runs of other characters than letters, digits and '.' made one '_').
_TEXT_CODECS = {
    'utf-8': ('utf_8', ('utf_8', 'utf8', 'u8', 'utf', 'cp65001', 'utf8_ucs2', 'utf8_ucs4')),
    'utf-8-sig': (None, ('utf_8_sig', 'utf8_sig')),
    'ascii': ('ascii', ('ascii', 'us_ascii', '646', 'ansi_x3.4_1968', 'ansi_x3_4_1968',
                        'ansi_x3.4_1986', 'cp367', 'csascii', 'ibm367', 'iso646_us',
                        'iso_646.irv_1991', 'iso_ir_6', 'us')),
    'iso8859-1': ('latin_1', ('latin_1', 'latin1', 'iso_8859_1', 'iso8859_1', 'l1', '8859',
                              'cp819', 'latin', 'iso_8859_1_1987', 'iso_ir_100', 'ibm819',
                              'csisolatin1')),
    'utf-16': ('utf_16', ('utf_16', 'utf16', 'u16')),
    'utf-16-le': ('utf_16_le', ('utf_16_le', 'utf_16le', 'unicodelittleunmarked')),
    'utf-16-be': ('utf_16_be', ('utf_16_be', 'utf_16be', 'unicodebigunmarked')),
    'utf-32': ('utf_32', ('utf_32', 'utf32', 'u32')),
    'utf-32-le': ('utf_32_le', ('utf_32_le', 'utf_32le')),
    'utf-32-be': ('utf_32_be', ('utf_32_be', 'utf_32be')),
}
# The single-byte code pages: CPython's codecs for them are classes whose methods call charmap_*.
for _name, _names in _CODE_PAGES.items():
    _TEXT_CODECS[_name] = ('charmap', _names)
# The runtime's own name for each (what str.encode accepts).
_RUNTIME_NAME = {'iso8859-1': 'latin-1'}

_BYTES_CODECS = {
    'hex': ('hex', 'hex_codec'),
    'base64': ('base64', 'base_64', 'base64_codec'),
    'rot-13': ('rot13', 'rot_13'),
}

_ALIASES = {}
for _name, (_function, _names) in _TEXT_CODECS.items():
    for _alias in _names:
        _ALIASES[_alias] = _name
for _name, _names in _BYTES_CODECS.items():
    for _alias in _names:
        _ALIASES[_alias] = _name
del _name, _function, _names, _alias


def _normalize(encoding):
    chars = []
    gap = False
    for c in encoding.lower():
        if c.isalnum() or c == '.':
            if gap and chars:
                chars.append('_')
            chars.append(c)
            gap = False
        else:
            gap = True
    return ''.join(chars)


_search_functions = []
_cache = {}


def register(search_function):
    """Register a function that maps a normalised encoding name to a CodecInfo (or None)."""
    if not callable(search_function):
        raise TypeError("argument must be callable")
    _search_functions.append(search_function)


def unregister(search_function):
    """Remove a search function registered with register()."""
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def lookup(encoding):
    """The CodecInfo of an encoding name."""
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    if key in _cache:
        return _cache[key]
    info = None
    # CPython lower-cases and turns spaces into '_' before asking the search functions.
    asked = encoding.lower().replace(' ', '_')
    for search in _search_functions:
        info = search(asked)
        if info is not None:
            if not isinstance(info, tuple) or len(info) != 4:
                raise TypeError("codec search functions must return 4-tuples")
            break
    if info is None:
        name = _ALIASES.get(key)
        if name is None:
            if key in _CPYTHON_CODECS or key.replace('.', '_') in _CPYTHON_CODECS:
                raise NotImplementedError("the %r codec is not supported by PyPack" % encoding)
            raise LookupError("unknown encoding: %s" % encoding)
        info = _make_info(name)
    _cache[key] = info
    return info


def _make_info(name):
    if name in _TEXT_CODECS:
        function = _TEXT_CODECS[name][0]
        runtime = _RUNTIME_NAME.get(name, name)

        def encode(input, errors='strict'):
            if not isinstance(input, str):
                raise TypeError("%s_encode() argument 1 must be str, not %s"
                                % (function or 'utf_8', type(input).__name__))
            return _encode_text(input, runtime, errors), len(input)

        def decode(input, errors='strict'):
            data = _buffer(input)
            return _decode_text(data, runtime, errors), len(data)

        named = function and function != 'charmap'
        encode.__name__ = (function + '_encode') if named else 'encode'
        decode.__name__ = (function + '_decode') if named else 'decode'
        return CodecInfo(encode, decode, name=name, _is_text_encoding=True)
    if name == 'hex':
        import binascii

        def encode(input, errors='strict'):
            data = _buffer(input)
            return binascii.b2a_hex(data), len(data)

        def decode(input, errors='strict'):
            data = _buffer(input)
            return binascii.a2b_hex(data), len(data)
    elif name == 'base64':
        import base64

        def encode(input, errors='strict'):
            data = _buffer(input)
            return base64.encodebytes(data), len(data)

        def decode(input, errors='strict'):
            data = _buffer(input)
            return base64.decodebytes(data), len(data)
    else:
        table = {}
        for start in ('a', 'A'):
            for i in range(26):
                table[ord(start) + i] = ord(start) + (i + 13) % 26

        def encode(input, errors='strict'):
            return input.translate(table), len(input)

        def decode(input, errors='strict'):
            return input.translate(table), len(input)
    encode.__name__ = name.replace('-', '') + '_encode' if name != 'rot-13' else 'encode'
    decode.__name__ = name.replace('-', '') + '_decode' if name != 'rot-13' else 'decode'
    return CodecInfo(encode, decode, name=name, _is_text_encoding=False)


def _buffer(data):
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if isinstance(data, memoryview):
        return data.tobytes()
    raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)


# ----- error handlers -----

_STANDARD_HANDLERS = ('strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace',
                      'surrogateescape', 'surrogatepass')


def _encode_text(text, encoding, errors):
    if errors in _STANDARD_HANDLERS:
        return text.encode(encoding, errors)
    # Another name is looked up only when an error needs it, as CPython does.
    handler = _handlers.get(errors)
    parts = []
    position = 0
    while True:
        try:
            parts.append(text[position:].encode(encoding, 'strict'))
            return b''.join(parts)
        except UnicodeEncodeError as e:
            start = position + e.start
            end = position + e.end
            parts.append(text[position:start].encode(encoding, 'strict'))
            error = UnicodeEncodeError(e.encoding, text, start, end, e.reason)
            if handler is None:
                raise LookupError("unknown error handler name '%s'" % errors)
            replacement, position = _handler_result(handler(error), len(text))
            if isinstance(replacement, str):
                replacement = replacement.encode(encoding, 'strict')
            parts.append(replacement)


def _decode_text(data, encoding, errors):
    if errors in _STANDARD_HANDLERS:
        return data.decode(encoding, errors)
    handler = _handlers.get(errors)
    parts = []
    position = 0
    while True:
        try:
            parts.append(data[position:].decode(encoding, 'strict'))
            return ''.join(parts)
        except UnicodeDecodeError as e:
            start = position + e.start
            end = position + e.end
            parts.append(data[position:start].decode(encoding, 'strict'))
            error = UnicodeDecodeError(e.encoding, data, start, end, e.reason)
            if handler is None:
                raise LookupError("unknown error handler name '%s'" % errors)
            replacement, position = _handler_result(handler(error), len(data))
            parts.append(replacement)


def _handler_result(result, length):
    if not isinstance(result, tuple) or len(result) != 2 or not isinstance(result[1], int):
        raise TypeError("encoding error handler must return (str/bytes, int) tuple")
    replacement, position = result
    if position < 0:
        position += length
    if not 0 <= position <= length:
        raise IndexError("position %d from error handler out of bounds" % position)
    return replacement, position


def _check_error(exc):
    # (The runtime has no UnicodeTranslateError: str.translate never raises one.)
    if not isinstance(exc, (UnicodeEncodeError, UnicodeDecodeError)):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)


def strict_errors(exc):
    """Raise the error."""
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    """Leave the bad part out."""
    _check_error(exc)
    return ('', exc.end)


def replace_errors(exc):
    """'?' for each character that cannot be encoded, U+FFFD for bytes that cannot be decoded."""
    _check_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        return ('\ufffd', exc.end)
    return ('?' * (exc.end - exc.start), exc.end)


def xmlcharrefreplace_errors(exc):
    """&#NNN; for each character that cannot be encoded."""
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return (''.join('&#%d;' % ord(c) for c in exc.object[exc.start:exc.end]), exc.end)


def backslashreplace_errors(exc):
    """\\xNN, \\uNNNN or \\UNNNNNNNN escapes for what cannot be encoded or decoded."""
    _check_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        return (''.join('\\x%02x' % b for b in exc.object[exc.start:exc.end]), exc.end)
    escaped = []
    for c in exc.object[exc.start:exc.end]:
        code = ord(c)
        if code < 0x100:
            escaped.append('\\x%02x' % code)
        elif code < 0x10000:
            escaped.append('\\u%04x' % code)
        else:
            escaped.append('\\U%08x' % code)
    return (''.join(escaped), exc.end)


def namereplace_errors(exc):
    """\\N{...} escapes need the Unicode names database, which PyPack does not carry."""
    raise NotImplementedError("the namereplace error handler is not supported by PyPack")


_handlers = {
    'strict': strict_errors,
    'ignore': ignore_errors,
    'replace': replace_errors,
    'xmlcharrefreplace': xmlcharrefreplace_errors,
    'backslashreplace': backslashreplace_errors,
    'namereplace': namereplace_errors,
}


def register_error(name, error_handler):
    """Register error_handler under name for this module's encode and decode functions."""
    if not isinstance(name, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(name).__name__)
    if not callable(error_handler):
        raise TypeError("handler must be callable")
    _handlers[name] = error_handler


def lookup_error(name):
    """The error handler registered under name."""
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    if name in ('surrogateescape', 'surrogatepass') and name not in _handlers:
        raise NotImplementedError("the %s handler is not available as a function in PyPack" % name)
    try:
        return _handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


# ----- encode and decode -----

def encode(obj, encoding='utf-8', errors='strict'):
    """Encode obj with the codec for encoding; errors names the error handler."""
    info = lookup(encoding)
    try:
        return info.encode(obj, errors)[0]
    except Exception as e:
        wrapped = _wrapped(e, "encoding", encoding)
        if wrapped is e:
            raise
        raise wrapped from e


def decode(obj, encoding='utf-8', errors='strict'):
    """Decode obj with the codec for encoding; errors names the error handler."""
    info = lookup(encoding)
    try:
        return info.decode(obj, errors)[0]
    except Exception as e:
        wrapped = _wrapped(e, "decoding", encoding)
        if wrapped is e:
            raise
        raise wrapped from e


def _wrapped(error, doing, encoding):
    # An error of a plain type gets a copy naming the codec; Unicode errors (with their positions)
    # and errors of other types pass unchanged.
    import binascii
    if type(error) in (TypeError, ValueError, LookupError, binascii.Error) and len(error.args) <= 1:
        return type(error)("%s with %r codec failed (%s: %s)" % (doing, encoding, type(error).__name__, error))
    return error


def getencoder(encoding):
    """The encode function of the codec."""
    return lookup(encoding).encode


def getdecoder(encoding):
    """The decode function of the codec."""
    return lookup(encoding).decode


def _unsupported(what):
    def refuse(*args, **kwargs):
        raise NotImplementedError("codecs.%s is not supported by PyPack" % what)
    refuse.__name__ = what
    return refuse


getincrementalencoder = _unsupported("getincrementalencoder")
getincrementaldecoder = _unsupported("getincrementaldecoder")
getreader = _unsupported("getreader")
getwriter = _unsupported("getwriter")
iterencode = _unsupported("iterencode")
iterdecode = _unsupported("iterdecode")
EncodedFile = _unsupported("EncodedFile")


class StreamReaderWriter:
    """What codecs.open returns: a binary file read and written through a codec. Reading decodes
    the whole rest of the file at once; lines split as str.splitlines does."""

    def __init__(self, stream, info, errors='strict'):
        self.stream = stream
        self._info = info
        self.errors = errors
        self._lines = None
        self._wrote = False

    def _pending(self):
        if self._lines is None:
            text = _decode_text(self.stream.read(), _RUNTIME_NAME.get(self._info.name, self._info.name), self.errors)
            self._lines = text.splitlines(keepends=True)
        return self._lines

    def read(self, size=-1, chars=-1):
        if size >= 0 or chars >= 0:
            raise NotImplementedError("reading part of a codecs.open file is not supported by PyPack")
        lines = self._pending()
        text = ''.join(lines)
        lines.clear()
        return text

    def readline(self, size=None, keepends=True):
        if size is not None:
            raise NotImplementedError("readline(size) on a codecs.open file is not supported by PyPack")
        lines = self._pending()
        if not lines:
            return ''
        line = lines.pop(0)
        return line if keepends else line.splitlines()[0]

    def readlines(self, sizehint=None, keepends=True):
        lines = self._pending()
        result = list(lines) if keepends else [line.splitlines()[0] for line in lines]
        lines.clear()
        return result

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if line:
            return line
        raise StopIteration

    def write(self, data):
        info = self._info
        if self._wrote and info.name in ('utf-16', 'utf-32'):
            # Only the first write starts with a byte order mark; the rest follow it (little-endian).
            info = lookup(info.name + '-le')
        self.stream.write(info.encode(data, self.errors)[0])
        self._wrote = True

    def writelines(self, list):
        self.write(''.join(list))

    def reset(self):
        self._lines = None

    def seek(self, offset, whence=0):
        self.stream.seek(offset, whence)
        self._lines = None

    def __getattr__(self, name):
        return getattr(self.stream, name)

    def __enter__(self):
        return self

    def __exit__(self, type, value, tb):
        self.stream.close()


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """Open a file through a codec (binary underneath: no newline translation)."""
    if encoding is not None and 'b' not in mode:
        mode = mode + 'b'
    file = _builtin_open(filename, mode, buffering)
    if encoding is None:
        return file
    try:
        info = lookup(encoding)
        if not info._is_text_encoding:
            raise NotImplementedError("codecs.open with the %r codec is not supported by PyPack" % encoding)
        srw = StreamReaderWriter(file, info, errors)
        srw.encoding = encoding
        return srw
    except:
        file.close()
        raise
