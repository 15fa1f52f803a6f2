"""Arrays of one C numeric type (or of characters), as CPython's array module: the values are
checked and converted as C would store them (ranges, float rounding for 'f'), with CPython's
messages; tobytes/frombytes use the machine layout (little-endian, 'l' and 'L' of 8 bytes,
'u' of 4 bytes, UTF-32)."""

import struct as _struct
from operator import index as _index


def _item_index(key):
    """An item's index as CPython's array takes it: an int beyond 64 bits is an IndexError."""
    try:
        index = _index(key)
    except TypeError:
        raise TypeError("array indices must be integers") from None
    if not -(1 << 63) <= index < (1 << 63):
        raise IndexError(f"cannot fit '{type(key).__name__}' into an index-sized integer")
    return index


__all__ = ["ArrayType", "array", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

_ITEMSIZE = {"b": 1, "B": 1, "u": 4, "h": 2, "H": 2, "i": 4, "I": 4, "l": 8, "L": 8,
             "q": 8, "Q": 8, "f": 4, "d": 8}

_LONG_MIN = -(1 << 63)
_LONG_MAX = (1 << 63) - 1
_ULONG_MAX = (1 << 64) - 1


def _range_check(value, low, high, name):
    if value < low:
        raise OverflowError(name + " is less than minimum")
    if value > high:
        raise OverflowError(name + " is greater than maximum")


def _c_long(value):
    if value < _LONG_MIN or value > _LONG_MAX:
        raise OverflowError("Python int too large to convert to C long")


def _c_unsigned_long(value):
    if value < 0:
        raise OverflowError("can't convert negative value to unsigned int")
    if value > _ULONG_MAX:
        raise OverflowError("Python int too large to convert to C unsigned long")


def _check_int(code, value):
    # Each typecode's checks run in CPython's order, so an out-of-range value gets its message
    # (a 'b' item of 65536 fails the C short check before the char check).
    value = _index(value)
    if code == "b":
        _c_long(value)
        _range_check(value, -32768, 32767, "signed short integer")
        _range_check(value, -128, 127, "signed char")
    elif code == "B":
        _c_long(value)
        _range_check(value, 0, 255, "unsigned byte integer")
    elif code == "h":
        _c_long(value)
        _range_check(value, -32768, 32767, "signed short integer")
    elif code == "H":
        _c_long(value)
        _range_check(value, -(1 << 31), (1 << 31) - 1, "signed integer")
        _range_check(value, 0, 65535, "unsigned short")
    elif code == "i":
        _c_long(value)
        _range_check(value, -(1 << 31), (1 << 31) - 1, "signed integer")
    elif code == "I":
        _c_unsigned_long(value)
        if value > (1 << 32) - 1:
            raise OverflowError("unsigned int is greater than maximum")
    elif code == "l":
        _c_long(value)
    elif code == "L":
        _c_unsigned_long(value)
    elif code == "q":
        if value < _LONG_MIN or value > _LONG_MAX:
            raise OverflowError("int too big to convert")
    else:
        if value < 0:
            raise OverflowError("can't convert negative int to unsigned")
        if value > _ULONG_MAX:
            raise OverflowError("int too big to convert")
    return value


def _to_float(value):
    if isinstance(value, float):
        return value
    if isinstance(value, int):
        return float(value)
    if hasattr(type(value), "__float__") or hasattr(type(value), "__index__"):
        return float(value)
    raise TypeError(f"must be real number, not {type(value).__name__}")


def _to_single(value):
    """A double rounded to the nearest C float (infinity past its range, as a C cast gives)."""
    try:
        return _struct.unpack("f", _struct.pack("f", value))[0]
    except OverflowError:
        return float("inf") if value > 0 else float("-inf")


def _convert(code, value):
    if code == "d":
        return _to_float(value)
    if code == "f":
        return _to_single(_to_float(value))
    if code == "u":
        if type(value) is not str and not isinstance(value, str) or len(value) != 1:
            raise TypeError("array item must be unicode character")
        return value
    return _check_int(code, value)


class array:
    """array(typecode [, initializer]) -> array

    Return a new array whose items are restricted by typecode, and
    initialized from the optional initializer value, which must be a list,
    a bytes-like object, or iterable over elements of the appropriate type."""

    __slots__ = ("_code", "_items", "__weakref__")

    def __new__(cls, *args, **kwargs):
        if cls is array and kwargs:
            raise TypeError("array.array() takes no keyword arguments")
        if not args:
            raise TypeError("array() takes at least 1 argument (0 given)")
        if len(args) > 2:
            raise TypeError(f"array() takes at most 2 arguments ({len(args)} given)")
        code = args[0]
        if not isinstance(code, str) or len(code) != 1:
            raise TypeError(f"array() argument 1 must be a unicode character, not {type(code).__name__}")
        if code not in _ITEMSIZE:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._code = code
        self._items = []
        if len(args) == 2:
            init = args[1]
            if isinstance(init, str):
                if code != "u":
                    raise TypeError(f"cannot use a str to initialize an array with typecode '{code}'")
                self._items.extend(init)
            elif isinstance(init, array):
                if code == "u" and init._code != "u":
                    raise TypeError(f"cannot use a unicode array to initialize an array with typecode '{code}'")
                self._extend_values(init._items)
            elif isinstance(init, (bytes, bytearray)):
                self.frombytes(init)
            else:
                self._extend_values(init)
        return self

    def __init__(self, *args, **kwargs):
        pass

    def _extend_values(self, values):
        code = self._code
        items = self._items
        for value in values:
            items.append(_convert(code, value))

    @property
    def typecode(self):
        """the typecode character used to create the array"""
        return self._code

    @property
    def itemsize(self):
        """the size, in bytes, of one array item"""
        return _ITEMSIZE[self._code]

    # The sequence protocol.

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return arrayiterator(self)

    def __contains__(self, value):
        return value in self._items

    def __getitem__(self, key):
        if isinstance(key, slice):
            result = array(self._code)
            result._items.extend(self._items[key])
            return result
        key = _item_index(key)
        try:
            return self._items[key]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, key, value):
        if isinstance(key, slice):
            if not isinstance(value, array):
                raise TypeError(f'can only assign array (not "{type(value).__name__}") to array slice')
            if value._code != self._code:
                raise TypeError("bad argument type for built-in operation")
            start, stop, step = key.indices(len(self._items))
            if step != 1:
                count = len(range(start, stop, step))
                if len(value._items) != count:
                    raise ValueError(f"attempt to assign array of size {len(value._items)} to extended slice of size {count}")
            self._items[key] = list(value._items)
            return
        key = _item_index(key)
        item = _convert(self._code, value)
        try:
            self._items[key] = item
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, key):
        if isinstance(key, slice):
            del self._items[key]
            return
        key = _item_index(key)
        try:
            del self._items[key]
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only append array (not "{type(other).__name__}") to array')
        if other._code != self._code:
            raise TypeError("bad argument type for built-in operation")
        result = array(self._code)
        result._items.extend(self._items)
        result._items.extend(other._items)
        return result

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError(f'can only extend array with array (not "{type(other).__name__}")')
        if other._code != self._code:
            raise TypeError("can only extend with array of same kind")
        self._items.extend(other._items)
        return self

    def __mul__(self, count):
        try:
            count = _index(count)
        except TypeError:
            raise TypeError(f"can't multiply sequence by non-int of type '{type(count).__name__}'") from None
        result = array(self._code)
        result._items.extend(self._items * count)
        return result

    __rmul__ = __mul__

    def __imul__(self, count):
        try:
            count = _index(count)
        except TypeError:
            raise TypeError(f"can't multiply sequence by non-int of type '{type(count).__name__}'") from None
        self._items *= count
        return self

    # Comparisons: item by item with any other array, whatever its typecode.

    def _compare(self, other, op):
        if not isinstance(other, array):
            return NotImplemented
        return op(self._items, other._items)

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return f"{name}('{self._code}')"
        if self._code == "u":
            return f"{name}('u', {''.join(self._items)!r})"
        return f"{name}('{self._code}', {self._items!r})"

    def __copy__(self):
        result = array(self._code)
        result._items.extend(self._items)
        return result

    def __deepcopy__(self, memo):
        return self.__copy__()

    def __reduce_ex__(self, protocol):
        return (type(self), (self._code, self.tolist() if self._code != "u" else self.tounicode()))

    # Methods.

    def append(self, v, /):
        """Append new value v to the end of the array."""
        self._items.append(_convert(self._code, v))

    def extend(self, bb, /):
        """Append items to the end of the array."""
        if isinstance(bb, array):
            if bb._code != self._code:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(bb._items)
        else:
            self._extend_values(bb)

    def insert(self, i, v, /):
        """Insert a new item v into the array before position i."""
        i = _index(i)
        self._items.insert(i, _convert(self._code, v))

    def pop(self, i=-1, /):
        """Return the i-th element and delete it from the array. i defaults to -1."""
        i = _index(i)
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            return self._items.pop(i)
        except IndexError:
            raise IndexError("pop index out of range") from None

    def remove(self, v, /):
        """Remove the first occurrence of v in the array."""
        try:
            self._items.remove(v)
        except ValueError:
            raise ValueError("array.remove(x): x not in array") from None

    def index(self, v, start=0, stop=9223372036854775807, /):
        """Return index of first occurrence of v in the array."""
        try:
            return self._items.index(v, start, stop)
        except ValueError:
            raise ValueError("array.index(x): x not in array") from None

    def count(self, v, /):
        """Return number of occurrences of v in the array."""
        return self._items.count(v)

    def reverse(self):
        """Reverse the order of the items in the array."""
        self._items.reverse()

    def tolist(self):
        """Convert array to an ordinary list with the same items."""
        return list(self._items)

    def fromlist(self, list, /):
        """Append items to array from list."""
        if not isinstance(list, _list):
            raise TypeError("arg must be list")
        # All or nothing: a bad item leaves the array as it was.
        values = [_convert(self._code, v) for v in list]
        self._items.extend(values)

    def tounicode(self):
        """Extends this array with data from the unicode string ustr."""
        if self._code != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, ustr, /):
        """Extends this array with data from the unicode string ustr."""
        if not isinstance(ustr, str):
            raise TypeError(f"fromunicode() argument must be str, not {type(ustr).__name__}")
        if self._code != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(ustr)

    def tobytes(self):
        """Convert the array to an array of machine values and return the bytes representation."""
        if self._code == "u":
            return "".join(self._items).encode("utf-32-le")
        return _struct.pack(f"{len(self._items)}{self._code}", *self._items)

    def frombytes(self, buffer, /):
        """Appends items from the string, interpreting it as an array of machine values."""
        data = bytes(memoryview(buffer))
        size = _ITEMSIZE[self._code]
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        if self._code == "u":
            self._items.extend(data.decode("utf-32-le"))
        else:
            self._items.extend(_struct.unpack(f"{len(data) // size}{self._code}", data))

    def byteswap(self):
        """Byteswap all items of the array."""
        size = _ITEMSIZE[self._code]
        if size == 1:
            return
        data = self.tobytes()
        swapped = b"".join(data[i:i + size][::-1] for i in range(0, len(data), size))
        del self._items[:]
        self.frombytes(swapped)

    def buffer_info(self):
        raise NotImplementedError("array.buffer_info(): PyPack's arrays have no C buffer address")

    def tofile(self, f, /):
        """Write all items (as machine values) to the file object f."""
        f.write(self.tobytes())

    def fromfile(self, f, n, /):
        """Read n objects from the file object f and append them to the end of the array."""
        n = _index(n)
        if n < 0:
            raise ValueError("negative count")
        size = _ITEMSIZE[self._code]
        data = f.read(n * size)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        whole = len(data) - len(data) % size
        self.frombytes(data[:whole])
        if len(data) != n * size:
            raise EOFError("read() didn't return enough bytes")


_list = list


class arrayiterator:
    __slots__ = ("_array", "_index")

    def __init__(self, a):
        self._array = a
        self._index = 0

    def __iter__(self):
        return self

    def __next__(self):
        a = self._array
        if a is None:
            raise StopIteration
        items = a._items
        i = self._index
        if i < len(items):
            self._index = i + 1
            return items[i]
        self._array = None
        raise StopIteration


ArrayType = array
array.__module__ = "array"
arrayiterator.__module__ = "array"
