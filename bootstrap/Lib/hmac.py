"""Keyed hashing for message authentication (RFC 2104) over hashlib's hash functions."""

import hashlib as _hashlib

__all__ = ["HMAC", "new", "digest", "compare_digest", "digest_size"]

# The module's own digest_size is None: the size depends on the hash chosen.
digest_size = None

_INNER = 0x36
_OUTER = 0x5C


def _constructor(digestmod):
    # digestmod is a name for hashlib.new, a constructor such as hashlib.sha256, or a module
    # with a new() function.
    if callable(digestmod):
        return digestmod
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return lambda data=b'': digestmod.new(data)


class HMAC:
    """An HMAC object: update() with the message, then digest() or hexdigest()."""
    blocksize = 64

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError("key: expected bytes or bytearray, but got %r" % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        make = _constructor(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        block = getattr(self._inner, 'block_size', 64)
        if block < 16:
            block = self.blocksize
        self.block_size = block
        key = bytes(key)
        if len(key) > block:
            key = make(key).digest()
        key = key.ljust(block, b'\0')
        self._outer.update(bytes(b ^ _OUTER for b in key))
        self._inner.update(bytes(b ^ _INNER for b in key))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return "hmac-" + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        other = self.__class__.__new__(self.__class__)
        other.digest_size = self.digest_size
        other.block_size = self.block_size
        other._inner = self._inner.copy()
        other._outer = self._outer.copy()
        return other

    def _final(self):
        outer = self._outer.copy()
        outer.update(self._inner.copy().digest())
        return outer

    def digest(self):
        return self._final().digest()

    def hexdigest(self):
        return self._final().hexdigest()


def new(key, msg=None, digestmod=''):
    """A new HMAC object for key, fed msg, hashing with digestmod."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of msg under key in one call."""
    return HMAC(key, msg, digest).digest()


def compare_digest(a, b):
    """a == b in time that depends on the length only, not on where they differ."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a = a.encode('ascii')
        b = b.encode('ascii')
    else:
        # Both must be bytes-like; the first one that is not is named (both not: both named).
        a_ok = isinstance(a, (bytes, bytearray, memoryview))
        b_ok = isinstance(b, (bytes, bytearray, memoryview))
        if not a_ok and not b_ok:
            raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                            % (type(a).__name__, type(b).__name__))
        if not a_ok:
            raise TypeError("a bytes-like object is required, not '%s'" % type(a).__name__)
        if not b_ok:
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
    a = bytes(a)
    b = bytes(b)
    # Every byte of b is visited whatever the outcome, so the time does not reveal where a differs.
    result = 0 if len(a) == len(b) else 1
    if len(a) != len(b):
        a = b
    for x, y in zip(a, b):
        result |= x ^ y
    return result == 0
