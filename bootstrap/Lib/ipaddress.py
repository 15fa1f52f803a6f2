"""ipaddress: IPv4/IPv6 addresses, networks and interfaces as the CPython 3.11 documentation
describes them, written for PyPack. Values are held as plain ints; the class names, hashes,
orderings, texts and error messages follow what CPython 3.11 shows, since programs print them
and keep these objects in sets and dicts.
"""

import functools

__all__ = [
    'AddressValueError', 'NetmaskValueError', 'IPv4Address', 'IPv6Address', 'IPv4Network',
    'IPv6Network', 'IPv4Interface', 'IPv6Interface', 'ip_address', 'ip_network', 'ip_interface',
    'v4_int_to_packed', 'v6_int_to_packed', 'summarize_address_range', 'collapse_addresses',
    'get_mixed_type_key', 'IPV4LENGTH', 'IPV6LENGTH',
]

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """A value that is not a valid address."""


class NetmaskValueError(ValueError):
    """A value that is not a valid netmask."""


def _first_that_parses(kinds, args, what):
    for kind in kinds:
        try:
            return kind(*args)
        except (AddressValueError, NetmaskValueError):
            continue
    raise ValueError(f'{args[0]!r} does not appear to be an IPv4 or IPv6 {what}')


def ip_address(address):
    """An IPv4Address or IPv6Address for a string, int or packed bytes."""
    return _first_that_parses((IPv4Address, IPv6Address), (address,), 'address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network; strict rejects set host bits."""
    return _first_that_parses((IPv4Network, IPv6Network), (address, strict), 'network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface (an address with the network it sits on)."""
    return _first_that_parses((IPv4Interface, IPv6Interface), (address,), 'interface')


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an IPv4 address given as int."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an IPv6 address given as int."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _trailing_zero_bits(value, width):
    if value == 0:
        return width
    return min(width, (value & -value).bit_length() - 1)


def summarize_address_range(first, last):
    """The fewest networks that cover exactly the addresses first..last."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first.version != last.version:
        raise TypeError("%s and %s are not of the same version" % (first, last))
    if first > last:
        raise ValueError('last IP address must be greater than first')
    if first.version == 4:
        network = IPv4Network
    elif first.version == 6:
        network = IPv6Network
    else:
        raise ValueError('unknown IP version')
    return _cover_range(network, first._ip, last._ip)


def _cover_range(network, low, high):
    width = network._max_prefixlen
    while low <= high:
        size_bits = min(_trailing_zero_bits(low, width), (high - low + 1).bit_length() - 1)
        yield network((low, width - size_bits))
        low += 1 << size_bits
        if low > network._FULL_MASK:
            break


def collapse_addresses(addresses):
    """The fewest networks covering the given addresses and networks, in order."""
    singles = []
    blocks = []
    for item in addresses:
        if isinstance(item, _BaseAddress) or item._prefixlen == item._max_prefixlen:
            if singles and singles[-1]._version != item._version:
                raise TypeError("%s and %s are not of the same version" % (item, singles[-1]))
            if isinstance(item, _BaseAddress):
                singles.append(item if type(item) in (IPv4Address, IPv6Address) else item.ip)
            else:
                singles.append(item.network_address)
        else:
            if blocks and blocks[-1]._version != item._version:
                raise TypeError("%s and %s are not of the same version" % (item, blocks[-1]))
            blocks.append(item)
    return _merged_cover(singles, blocks)


def _merged_cover(singles, blocks):
    # Runs of consecutive single addresses become blocks first. Then two blocks that are the
    # halves of one supernet merge into it, again and again; sorting drops blocks inside others.
    # The order of work matters: mixed versions fail in the sort with CPython's message.
    pending = []
    run = None
    for item in sorted(set(singles)):
        if run is not None and item._ip == run[1]._ip + 1:
            run[1] = item
            continue
        if run is not None:
            pending.extend(summarize_address_range(*run))
        run = [item, item]
    if run is not None:
        pending.extend(summarize_address_range(*run))
    pending.extend(blocks)
    by_parent = {}
    while pending:
        block = pending.pop()
        parent = block.supernet()
        sibling = by_parent.get(parent)
        if sibling is None:
            by_parent[parent] = block
        elif sibling != block:
            del by_parent[parent]
            pending.append(parent)
    return _without_nested(sorted(by_parent.values()))


def _without_nested(blocks):
    last = None
    for block in blocks:
        if last is not None and last.broadcast_address >= block.broadcast_address:
            continue
        yield block
        last = block


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks of both versions together."""
    return obj._mixed_key() if isinstance(obj, (_BaseNetwork, _BaseAddress)) else NotImplemented


def _not_same_version(a, b):
    return TypeError('%s and %s are not of the same version' % (a, b))


class _IPAddressBase:
    """What addresses and networks of both versions share."""

    __slots__ = ()

    @property
    def exploded(self):
        """The address written out in full."""
        return self._long_form()

    @property
    def compressed(self):
        """The shortest text of the address."""
        return str(self)

    @property
    def reverse_pointer(self):
        """The name used for the address's reverse DNS PTR record."""
        return self._ptr_name()

    @property
    def version(self):
        raise NotImplementedError('%200s has no version specified' % (type(self),))

    def _int_in_range(self, address):
        if address < 0:
            raise AddressValueError("%d (< 0) is not permitted as an IPv%d address"
                                    % (address, self._version))
        if address > self._FULL_MASK:
            raise AddressValueError("%d (>= 2**%d) is not permitted as an IPv%d address"
                                    % (address, self._max_prefixlen, self._version))

    def _packed_len_ok(self, address, expected_len):
        if len(address) != expected_len:
            raise AddressValueError("%r (len %d != %d) is not permitted as an IPv%d address"
                                    % (address, len(address), expected_len, self._version))

    @classmethod
    def _mask_of(cls, prefixlen):
        return cls._FULL_MASK ^ (cls._FULL_MASK >> prefixlen)

    @classmethod
    def _prefix_of_mask(cls, ip_int):
        zeros = _trailing_zero_bits(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            packed = ip_int.to_bytes(cls._max_prefixlen // 8, 'big')
            raise ValueError('Netmask pattern %r mixes zeroes & ones' % packed)
        return prefixlen

    @classmethod
    def _bad_netmask(cls, text):
        raise NetmaskValueError('%r is not a valid netmask' % text) from None

    @classmethod
    def _prefix_of_digits(cls, digits):
        if not (digits.isascii() and digits.isdigit()):
            cls._bad_netmask(digits)
        prefixlen = int(digits)
        if not 0 <= prefixlen <= cls._max_prefixlen:
            cls._bad_netmask(digits)
        return prefixlen

    @classmethod
    def _prefix_of_dotted(cls, text):
        try:
            mask = cls._int_from_text(text)
        except AddressValueError:
            cls._bad_netmask(text)
        # A netmask (ones then zeroes) or a hostmask (zeroes then ones).
        for candidate in (mask, mask ^ cls._FULL_MASK):
            try:
                return cls._prefix_of_mask(candidate)
            except ValueError:
                pass
        cls._bad_netmask(text)

    @classmethod
    def _address_and_prefix(cls, address):
        if isinstance(address, (bytes, int)):
            return address, cls._max_prefixlen
        if not isinstance(address, tuple):
            pieces = str(address).split('/')
            if len(pieces) > 2:
                raise AddressValueError(f"Only one '/' permitted in {address!r}")
            address = pieces
        if len(address) > 1:
            return address[0], address[1]
        return address[0], cls._max_prefixlen

    def __reduce__(self):
        return self.__class__, (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """A single address of either version."""

    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if not isinstance(other, _BaseAddress):
            return NotImplemented
        if self._version != other._version:
            raise _not_same_version(self, other)
        return self._ip < other._ip

    def __add__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) + other)

    def __sub__(self, other):
        if not isinstance(other, int):
            return NotImplemented
        return self.__class__(int(self) - other)

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return self._text_of_int(self._ip)

    def __hash__(self):
        return hash(hex(int(self._ip)))

    def _mixed_key(self):
        return (self._version, self)

    def _within(self, block):
        return self in getattr(self._blocks, block)

    def __reduce__(self):
        return self.__class__, (self._ip,)

    def __format__(self, fmt):
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        alternate = fmt.startswith('#')
        rest = fmt[1:] if alternate else fmt
        grouping = rest.startswith('_')
        rest = rest[1:] if grouping else rest
        if len(rest) != 1 or rest not in 'xbnX':
            return super().__format__(fmt)
        kind = rest
        if kind == 'n':
            kind = 'b' if self._version == 4 else 'x'
        digits = self._max_prefixlen if kind == 'b' else self._max_prefixlen // 4
        width = digits + (digits // 4 - 1 if grouping else 0) + (2 if alternate else 0)
        spec = ('#' if alternate else '') + '0' + str(width) + ('_' if grouping else '') + kind
        return format(int(self), spec)


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A block of addresses given by a network address and a prefix length."""

    def __repr__(self):
        return '%s(%r)' % (self.__class__.__name__, str(self))

    def __str__(self):
        return '%s/%d' % (self.network_address, self.prefixlen)

    def hosts(self):
        """The usable host addresses (without network and broadcast addresses for IPv4)."""
        make = self._member_class
        low = int(self.network_address)
        high = int(self.broadcast_address)
        for value in range(low + 1, high + self._hosts_end_offset):
            yield make(value)

    def __iter__(self):
        make = self._member_class
        for value in range(int(self.network_address), int(self.broadcast_address) + 1):
            yield make(value)

    def __getitem__(self, n):
        low = int(self.network_address)
        high = int(self.broadcast_address)
        value = low + n if n >= 0 else high + n + 1
        if not low <= value <= high:
            raise IndexError('address out of range')
        return self._member_class(value)

    def __lt__(self, other):
        if not isinstance(other, _BaseNetwork):
            return NotImplemented
        if self._version != other._version:
            raise _not_same_version(self, other)
        if self.network_address != other.network_address:
            return self.network_address < other.network_address
        if self.netmask != other.netmask:
            return self.netmask < other.netmask
        return False

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(int(self.network_address) ^ int(self.netmask))

    def __contains__(self, other):
        if self._version != other._version or isinstance(other, _BaseNetwork):
            return False
        return other._ip & self.netmask._ip == self.network_address._ip

    def overlaps(self, other):
        """Whether the two networks share any address."""
        return (other.network_address in self or other.broadcast_address in self
                or self.network_address in other or self.broadcast_address in other)

    @functools.cached_property
    def broadcast_address(self):
        return self._member_class(int(self.network_address) | int(self.hostmask))

    @functools.cached_property
    def hostmask(self):
        return self._member_class(int(self.netmask) ^ self._FULL_MASK)

    @property
    def with_prefixlen(self):
        return '%s/%d' % (self.network_address, self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self.network_address, self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self.network_address, self.hostmask)

    @property
    def num_addresses(self):
        """How many addresses the network holds."""
        return int(self.broadcast_address) - int(self.network_address) + 1

    @property
    def _member_class(self):
        raise NotImplementedError('%200s has no associated address class' % (type(self),))

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        """The networks left of this one once other (a subnet of it) is taken out."""
        if self._version != other._version:
            raise _not_same_version(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError("%s is not a network object" % other)
        if not other.subnet_of(self):
            raise ValueError('%s not contained in %s' % (other, self))
        return self._halves_without(other)

    def _halves_without(self, other):
        # Halve the block again and again: the half without other is part of the answer.
        if other == self:
            return
        other = other.__class__('%s/%s' % (other.network_address, other.prefixlen))
        block = self
        while block != other:
            lower, upper = block.subnets()
            if other.subnet_of(lower):
                yield upper
                block = lower
            else:
                yield lower
                block = upper

    def compare_networks(self, other):
        """-1, 0 or 1 by network address, then by netmask."""
        if self._version != other._version:
            raise TypeError('%s and %s are not of the same type' % (self, other))
        mine = (self.network_address, self.netmask)
        theirs = (other.network_address, other.netmask)
        return -1 if mine < theirs else (1 if mine > theirs else 0)

    def _mixed_key(self):
        return (self._version, self.network_address, self.netmask)

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """The subnets prefixlen_diff bits longer (or of prefix new_prefix) that make this one."""
        if self._prefixlen == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < self._prefixlen:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - self._prefixlen
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        longer = self._prefixlen + prefixlen_diff
        if longer > self._max_prefixlen:
            raise ValueError('prefix length diff %d is invalid for netblock %s' % (longer, self))
        step = 1 << (self._max_prefixlen - longer)
        for start in range(int(self.network_address), int(self.broadcast_address) + 1, step):
            yield self.__class__((start, longer))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network prefixlen_diff bits shorter (or of prefix new_prefix) holding this one."""
        if self._prefixlen == 0:
            return self
        if new_prefix is not None:
            if new_prefix > self._prefixlen:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = self._prefixlen - new_prefix
        shorter = self.prefixlen - prefixlen_diff
        if shorter < 0:
            raise ValueError('current prefixlen is %d, cannot have a prefixlen_diff of %d'
                             % (self.prefixlen, prefixlen_diff))
        return self.__class__((int(self.network_address) & (int(self.netmask) << prefixlen_diff),
                               shorter))

    @staticmethod
    def _inside(a, b):
        try:
            if a._version != b._version:
                raise TypeError(f"{a} and {b} are not of the same version")
            return (b.network_address <= a.network_address
                    and b.broadcast_address >= a.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {a} and {b}")

    def subnet_of(self, other):
        """Whether this network lies inside other."""
        return self._inside(self, other)

    def supernet_of(self, other):
        """Whether other lies inside this network."""
        return self._inside(other, self)

    def _both_ends(self, name):
        return getattr(self.network_address, name) and getattr(self.broadcast_address, name)

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_private(self):
        low, high = self.network_address, self.broadcast_address
        return any(low in net and high in net for net in self._blocks._private)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')


class _BaseV4:
    """What IPv4 addresses and networks share: parsing and printing dotted quads."""

    __slots__ = ()
    _version = 4
    _FULL_MASK = (1 << IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _long_form(self):
        return str(self)

    @classmethod
    def _netmask_and_prefix(cls, arg):
        cached = cls._netmask_cache.get(arg)
        if cached is not None:
            return cached
        if isinstance(arg, int):
            prefixlen = arg
            if not 0 <= prefixlen <= cls._max_prefixlen:
                cls._bad_netmask(prefixlen)
        else:
            try:
                prefixlen = cls._prefix_of_digits(arg)
            except NetmaskValueError:
                prefixlen = cls._prefix_of_dotted(arg)
        result = IPv4Address(cls._mask_of(prefixlen)), prefixlen
        cls._netmask_cache[arg] = result
        return result

    @classmethod
    def _int_from_text(cls, text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        octets = text.split('.')
        if len(octets) != 4:
            raise AddressValueError("Expected 4 octets in %r" % text)
        value = 0
        try:
            for octet in octets:
                value = (value << 8) | cls._octet_value(octet)
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, text)) from None
        return value

    @classmethod
    def _octet_value(cls, digits):
        if not digits:
            raise ValueError("Empty octet not permitted")
        if not (digits.isascii() and digits.isdigit()):
            raise ValueError("Only decimal digits permitted in %r" % digits)
        if len(digits) > 3:
            raise ValueError("At most 3 characters permitted in %r" % digits)
        if digits[0] == '0' and digits != '0':
            raise ValueError("Leading zeros are not permitted in %r" % digits)
        value = int(digits, 10)
        if value > 255:
            raise ValueError("Octet %d (> 255) not permitted" % value)
        return value

    @classmethod
    def _text_of_int(cls, ip_int):
        return '.'.join(str(b) for b in ip_int.to_bytes(4, 'big'))

    def _ptr_name(self):
        return '.'.join(reversed(str(self).split('.'))) + '.in-addr.arpa'

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


class IPv4Address(_BaseV4, _BaseAddress):
    """One IPv4 address, from a dotted quad, an int or 4 packed bytes."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        if isinstance(address, int):
            self._int_in_range(address)
            self._ip = address
        elif isinstance(address, bytes):
            self._packed_len_ok(address, 4)
            self._ip = int.from_bytes(address, 'big')
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            self._ip = self._int_from_text(text)

    @property
    def packed(self):
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self._within('_reserved')

    @property
    @functools.lru_cache()
    def is_private(self):
        return any(self in net for net in self._blocks._private)

    @property
    @functools.lru_cache()
    def is_global(self):
        return self not in self._blocks._shared and not self.is_private

    @property
    def is_multicast(self):
        return self._within('_multicast')

    @property
    def is_unspecified(self):
        return self == self._blocks._unspecified

    @property
    def is_loopback(self):
        return self._within('_loopback')

    @property
    def is_link_local(self):
        return self._within('_link_local')


class _InterfaceMixin:
    """An address together with the network it was given with (address/prefix)."""

    def _attach_network(self, address, network_class):
        addr, mask = self._address_and_prefix(address)
        self._address_class_of_self.__init__(self, addr)
        self.network = network_class((addr, mask), strict=False)
        self.netmask = self.network.netmask
        self._prefixlen = self.network._prefixlen

    @functools.cached_property
    def hostmask(self):
        return self.network.hostmask

    def __str__(self):
        return '%s/%d' % (self._address_class_of_self.__str__(self), self._prefixlen)

    def __eq__(self, other):
        same = self._address_class_of_self.__eq__(self, other)
        if same is NotImplemented or not same:
            return same
        try:
            return self.network == other.network
        except AttributeError:
            return False

    def __lt__(self, other):
        less = self._address_class_of_self.__lt__(self, other)
        if less is NotImplemented:
            return NotImplemented
        try:
            return self.network < other.network or (self.network == other.network and less)
        except AttributeError:
            return False

    def __hash__(self):
        return hash((self._ip, self._prefixlen, int(self.network.network_address)))

    __reduce__ = _IPAddressBase.__reduce__

    @property
    def ip(self):
        return self._address_class_of_self(self._ip)

    @property
    def with_prefixlen(self):
        return '%s/%s' % (self._text_of_int(self._ip), self._prefixlen)

    @property
    def with_netmask(self):
        return '%s/%s' % (self._text_of_int(self._ip), self.netmask)

    @property
    def with_hostmask(self):
        return '%s/%s' % (self._text_of_int(self._ip), self.hostmask)


class IPv4Interface(_InterfaceMixin, IPv4Address):
    """An IPv4 address with its network, as in '192.0.2.5/24'."""

    _address_class_of_self = IPv4Address

    def __init__(self, address):
        self._attach_network(address, IPv4Network)


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network such as '192.0.2.0/24' (also from (address, prefix) or an int)."""

    _member_class = IPv4Address
    _hosts_end_offset = 0

    def __init__(self, address, strict=True):
        addr, mask = self._address_and_prefix(address)
        self.network_address = IPv4Address(addr)
        self.netmask, self._prefixlen = self._netmask_and_prefix(mask)
        _apply_mask(self, strict, addr)

    @property
    @functools.lru_cache()
    def is_global(self):
        shared = IPv4Network('100.64.0.0/10')
        return (not (self.network_address in shared and self.broadcast_address in shared)
                and not self.is_private)


def _apply_mask(network, strict, addr):
    value = int(network.network_address)
    masked = value & int(network.netmask)
    if masked != value:
        if strict:
            raise ValueError('%s has host bits set' % network)
        network.network_address = network._member_class(masked)
    # The two smallest blocks have no network/broadcast addresses to leave out.
    if network._prefixlen == network._max_prefixlen - 1:
        network.hosts = network.__iter__
    elif network._prefixlen == network._max_prefixlen:
        single = network._member_class(addr)
        network.hosts = lambda: [single]


class _IPv4Blocks:
    _link_local = IPv4Network('169.254.0.0/16')
    _loopback = IPv4Network('127.0.0.0/8')
    _multicast = IPv4Network('224.0.0.0/4')
    _shared = IPv4Network('100.64.0.0/10')
    # The IANA IPv4 special-purpose blocks as CPython 3.11.7 lists them.
    _private = [IPv4Network(n) for n in (
        '0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
        '192.0.0.0/29', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15',
        '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32')]
    _reserved = IPv4Network('240.0.0.0/4')
    _unspecified = IPv4Address('0.0.0.0')


IPv4Address._blocks = _IPv4Blocks
IPv4Network._blocks = _IPv4Blocks


class _BaseV6:
    """What IPv6 addresses and networks share: parsing and printing hextets."""

    __slots__ = ()
    _version = 6
    _FULL_MASK = (1 << IPV6LENGTH) - 1
    _HEXTETS = 8
    _HEX_DIGITS = frozenset('0123456789abcdefABCDEF')
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _netmask_and_prefix(cls, arg):
        cached = cls._netmask_cache.get(arg)
        if cached is not None:
            return cached
        if isinstance(arg, int):
            prefixlen = arg
            if not 0 <= prefixlen <= cls._max_prefixlen:
                cls._bad_netmask(prefixlen)
        else:
            prefixlen = cls._prefix_of_digits(arg)
        result = IPv6Address(cls._mask_of(prefixlen)), prefixlen
        cls._netmask_cache[arg] = result
        return result

    @classmethod
    def _int_from_text(cls, text):
        if not text:
            raise AddressValueError('Address cannot be empty')
        parts = text.split(':')
        if len(parts) < 3:
            raise AddressValueError("At least 3 parts expected in %r" % text)
        if '.' in parts[-1]:
            # An embedded IPv4 address stands for the last two hextets.
            try:
                tail = IPv4Address(parts.pop())._ip
            except AddressValueError as exc:
                raise AddressValueError("%s in %r" % (exc, text)) from None
            parts += ['%x' % (tail >> 16), '%x' % (tail & 0xFFFF)]
        if len(parts) > cls._HEXTETS + 1:
            raise AddressValueError("At most %d colons permitted in %r"
                                    % (cls._HEXTETS, text))
        gap = None
        for i in range(1, len(parts) - 1):
            if not parts[i]:
                if gap is not None:
                    raise AddressValueError("At most one '::' permitted in %r" % text)
                gap = i
        leading = "Leading ':' only permitted as part of '::' in %r"
        trailing = "Trailing ':' only permitted as part of '::' in %r"
        if gap is None:
            if len(parts) != cls._HEXTETS:
                raise AddressValueError("Exactly %d parts expected without '::' in %r"
                                        % (cls._HEXTETS, text))
            if not parts[0]:
                raise AddressValueError(leading % text)
            if not parts[-1]:
                raise AddressValueError(trailing % text)
            head, tail_parts, missing = parts, [], 0
        else:
            head, tail_parts = parts[:gap], parts[gap + 1:]
            if not head[0]:
                if len(head) > 1:
                    raise AddressValueError(leading % text)
                head = []
            if not tail_parts[-1]:
                if len(tail_parts) > 1:
                    raise AddressValueError(trailing % text)
                tail_parts = []
            missing = cls._HEXTETS - len(head) - len(tail_parts)
            if missing < 1:
                raise AddressValueError("Expected at most %d other parts with '::' in %r"
                                        % (cls._HEXTETS - 1, text))
        value = 0
        try:
            for part in head:
                value = (value << 16) | cls._hextet_value(part)
            value <<= 16 * missing
            for part in tail_parts:
                value = (value << 16) | cls._hextet_value(part)
        except ValueError as exc:
            raise AddressValueError("%s in %r" % (exc, text)) from None
        return value

    @classmethod
    def _hextet_value(cls, digits):
        if not cls._HEX_DIGITS.issuperset(digits):
            raise ValueError("Only hex digits permitted in %r" % digits)
        if len(digits) > 4:
            raise ValueError("At most 4 characters permitted in %r" % digits)
        return int(digits, 16)

    @classmethod
    def _text_of_int(cls, ip_int):
        if ip_int > cls._FULL_MASK:
            raise ValueError('IPv6 address is too large')
        hextets = ['%x' % ((ip_int >> shift) & 0xFFFF) for shift in range(112, -1, -16)]
        # The first longest run of two or more zero hextets becomes '::'.
        best_start, best_len, run_start = -1, 1, None
        for i, h in enumerate(hextets + ['end']):
            if h == '0':
                if run_start is None:
                    run_start = i
            elif run_start is not None:
                if i - run_start > best_len:
                    best_start, best_len = run_start, i - run_start
                run_start = None
        if best_start < 0:
            return ':'.join(hextets)
        return (':'.join(hextets[:best_start]) + '::'
                + ':'.join(hextets[best_start + best_len:]))

    def _long_form(self):
        # Like CPython this re-reads the text, so an address with a %scope cannot be exploded.
        if isinstance(self, IPv6Network):
            text = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            text = str(self.ip)
        else:
            text = str(self)
        value = self._int_from_text(text)
        full = ':'.join('%04x' % ((value >> shift) & 0xFFFF) for shift in range(112, -1, -16))
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return '%s/%d' % (full, self._prefixlen)
        return full

    def _ptr_name(self):
        return '.'.join(self.exploded[::-1].replace(':', '')) + '.ip6.arpa'

    @staticmethod
    def _scope_split(text):
        addr, sep, scope_id = text.partition('%')
        if not sep:
            return addr, None
        if not scope_id or '%' in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % text)
        return addr, scope_id

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


class IPv6Address(_BaseV6, _BaseAddress):
    """One IPv6 address (optionally with a %scope), from text, an int or 16 packed bytes."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        self._scope_id = None
        if isinstance(address, int):
            self._int_in_range(address)
            self._ip = address
        elif isinstance(address, bytes):
            self._packed_len_ok(address, 16)
            self._ip = int.from_bytes(address, 'big')
        else:
            text = str(address)
            if '/' in text:
                raise AddressValueError(f"Unexpected '/' in {address!r}")
            text, self._scope_id = self._scope_split(text)
            self._ip = self._int_from_text(text)

    def __str__(self):
        text = self._text_of_int(self._ip)
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented or not same:
            return same
        return self._scope_id == getattr(other, '_scope_id', None)

    def __reduce__(self):
        return self.__class__, (str(self),)

    @property
    def scope_id(self):
        return self._scope_id

    @property
    def packed(self):
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self._within('_multicast')

    @property
    def is_reserved(self):
        return any(self in net for net in self._blocks._reserved_list)

    @property
    def is_link_local(self):
        return self._within('_link_local')

    @property
    def is_site_local(self):
        return self._within('_site_local')

    @property
    @functools.lru_cache()
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return any(self in net for net in self._blocks._private)

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_unspecified(self):
        return self._ip == 0

    @property
    def is_loopback(self):
        return self._ip == 1

    @property
    def ipv4_mapped(self):
        """The IPv4 address of a ::ffff:a.b.c.d address, else None."""
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        """(server, client) of a 2001::/32 Teredo address, else None."""
        if self._ip >> 96 != 0x20010000:
            return None
        return (IPv4Address((self._ip >> 64) & 0xFFFFFFFF),
                IPv4Address(~self._ip & 0xFFFFFFFF))

    @property
    def sixtofour(self):
        """The IPv4 address inside a 2002::/16 6to4 address, else None."""
        if self._ip >> 112 != 0x2002:
            return None
        return IPv4Address((self._ip >> 80) & 0xFFFFFFFF)


class IPv6Interface(_InterfaceMixin, IPv6Address):
    """An IPv6 address with its network, as in '2001:db8::5/64'."""

    _address_class_of_self = IPv6Address

    def __init__(self, address):
        self._attach_network(address, IPv6Network)

    @property
    def is_unspecified(self):
        return self._ip == 0 and self.network.is_unspecified

    @property
    def is_loopback(self):
        return self._ip == 1 and self.network.is_loopback


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network such as '2001:db8::/32'; hosts() leaves out only the network address."""

    _member_class = IPv6Address
    _hosts_end_offset = 1

    def __init__(self, address, strict=True):
        addr, mask = self._address_and_prefix(address)
        self.network_address = IPv6Address(addr)
        self.netmask, self._prefixlen = self._netmask_and_prefix(mask)
        _apply_mask(self, strict, addr)

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


class _IPv6Blocks:
    _link_local = IPv6Network('fe80::/10')
    _multicast = IPv6Network('ff00::/8')
    # The IANA IPv6 special-purpose blocks as CPython 3.11.7 lists them.
    _private = [IPv6Network(n) for n in (
        '::1/128', '::/128', '::ffff:0:0/96', '100::/64', '2001::/23', '2001:2::/48',
        '2001:db8::/32', '2001:10::/28', 'fc00::/7', 'fe80::/10')]
    _reserved_list = [IPv6Network(n) for n in (
        '::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3', '6000::/3',
        '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5', 'F800::/6', 'FE00::/9')]
    _site_local = IPv6Network('fec0::/10')


IPv6Address._blocks = _IPv6Blocks
IPv6Network._blocks = _IPv6Blocks
