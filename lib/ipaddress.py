# ipaddress: IPv4/IPv6 addresses, networks and interfaces held as integers, with parsing that
# reports CPython 3.11's messages. Written from the library documentation and observed behaviour.
# CPython counterpart: Lib/ipaddress.py.
import functools

__all__ = []

IPV4LENGTH = 32
IPV6LENGTH = 128


class AddressValueError(ValueError):
    """An address string or number that is not a valid IP address."""


class NetmaskValueError(ValueError):
    """A prefix length or mask that is not valid for the address family."""


def _try_each(kinds, value, what):
    for kind in kinds:
        try:
            return kind(value)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{value!r} does not appear to be an IPv4 or IPv6 {what}')


def ip_address(address):
    """An IPv4Address or IPv6Address for a string, integer or packed bytes."""
    return _try_each((IPv4Address, IPv6Address), address, 'address')


def ip_network(address, strict=True):
    """An IPv4Network or IPv6Network; strict refuses host bits set beyond the prefix."""
    for kind in (IPv4Network, IPv6Network):
        try:
            return kind(address, strict)
        except (AddressValueError, NetmaskValueError):
            pass
    raise ValueError(f'{address!r} does not appear to be an IPv4 or IPv6 network')


def ip_interface(address):
    """An IPv4Interface or IPv6Interface (an address together with its network)."""
    return _try_each((IPv4Interface, IPv6Interface), address, 'interface')


def v4_int_to_packed(address):
    """The 4 big-endian bytes of an integer IPv4 address."""
    try:
        return address.to_bytes(4, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv4")


def v6_int_to_packed(address):
    """The 16 big-endian bytes of an integer IPv6 address."""
    try:
        return address.to_bytes(16, 'big')
    except OverflowError:
        raise ValueError("Address negative or too large for IPv6")


def _split_optional_netmask(address):
    pieces = str(address).split('/')
    if len(pieces) > 2:
        raise AddressValueError(f"Only one '/' permitted in {address!r}")
    return pieces


def _same_version(a, b):
    if a._version != b._version:
        raise TypeError(f'{a} and {b} are not of the same version')


def _find_address_range(addresses):
    """Yields (first, last) for each run of consecutive addresses in a sorted sequence."""
    it = iter(addresses)
    try:
        start = end = next(it)
    except StopIteration:
        return
    for item in it:
        if item._ip == end._ip + 1:
            end = item
        else:
            yield start, end
            start = end = item
    yield start, end


def _count_righthand_zero_bits(number, bits):
    """How many low bits of number are zero, at most bits."""
    if number == 0:
        return bits
    return min(bits, (number & -number).bit_length() - 1)


def summarize_address_range(first, last):
    """Yields the fewest networks that together cover first..last inclusive."""
    if not (isinstance(first, _BaseAddress) and isinstance(last, _BaseAddress)):
        raise TypeError('first and last must be IP addresses, not networks')
    if first._version != last._version:
        raise TypeError(f"{first} and {last} are not of the same version")
    if first > last:
        raise ValueError('last IP address must be greater than first')
    if first.version == 4:
        net_class = IPv4Network
    elif first.version == 6:
        net_class = IPv6Network
    else:
        raise ValueError('unknown IP version')
    width = first._max_prefixlen
    low, high = first._ip, last._ip
    while low <= high:
        # The block starting at low may be as large as low's alignment and the span left allow.
        size_bits = min(_count_righthand_zero_bits(low, width),
                        (high - low + 1).bit_length() - 1)
        yield net_class((low, width - size_bits))
        low += 1 << size_bits
        if low > net_class._ALL_ONES:
            break


def _merge_ranges(networks):
    spans = sorted((net.network_address._ip, net.broadcast_address._ip) for net in networks)
    merged = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1] + 1:
            if hi > merged[-1][1]:
                merged[-1][1] = hi
        else:
            merged.append([lo, hi])
    return merged


def _collapse_addresses_internal(networks):
    if not networks:
        return
    addr_class = networks[0]._address_class
    # A network that comes out unchanged is the caller's own object (a scope id stays on it).
    given = {}
    for net in networks:
        given.setdefault((net.network_address._ip, net._prefixlen), net)
    for lo, hi in _merge_ranges(networks):
        for net in summarize_address_range(addr_class(lo), addr_class(hi)):
            yield given.get((net.network_address._ip, net._prefixlen), net)


def collapse_addresses(addresses):
    """An iterator over the fewest networks covering the given addresses and networks."""
    singles = []
    nets = []
    for item in addresses:
        if isinstance(item, _BaseAddress):
            if singles and singles[-1]._version != item._version:
                raise TypeError(f"{item} and {singles[-1]} are not of the same version")
            singles.append(item)
        elif item._prefixlen == item._max_prefixlen:
            if singles and singles[-1]._version != item._version:
                raise TypeError(f"{item} and {singles[-1]} are not of the same version")
            singles.append(item.network_address)
        else:
            if nets and nets[-1]._version != item._version:
                raise TypeError(f"{item} and {nets[-1]} are not of the same version")
            nets.append(item)
    whole = [item._address_class_network((item._ip, item._max_prefixlen))
             for item in sorted(set(singles))]
    return _collapse_addresses_internal(whole + nets)


def get_mixed_type_key(obj):
    """A sort key that orders addresses and networks of both versions together."""
    for kind, key in ((_BaseNetwork, '_get_networks_key'), (_BaseAddress, '_get_address_key')):
        if isinstance(obj, kind):
            return getattr(obj, key)()
    return NotImplemented


class _IPAddressBase:
    """What addresses, interfaces and networks share: text forms and argument checks."""

    __slots__ = ()

    @property
    def exploded(self):
        """The full, uncompressed text form."""
        return self._long_text()

    @property
    def compressed(self):
        """The shortest text form."""
        return str(self)

    @property
    def reverse_pointer(self):
        """The name of the DNS PTR record for this address."""
        return self._ptr_name()

    @property
    def version(self):
        raise NotImplementedError(f'{type(self)} has no version specified')

    def _check_int_address(self, address):
        if address < 0:
            raise AddressValueError(
                f"{address} (< 0) is not permitted as an IPv{self._version} address")
        if address > self._ALL_ONES:
            raise AddressValueError(
                f"{address} (>= 2**{self._max_prefixlen}) is not permitted as an "
                f"IPv{self._version} address")

    def _check_packed_address(self, address, expected_len):
        if len(address) != expected_len:
            raise AddressValueError(
                f"{address!r} (len {len(address)} != {expected_len}) is not permitted as an "
                f"IPv{self._version} address")

    @classmethod
    def _ip_int_from_prefix(cls, prefixlen):
        return ((1 << prefixlen) - 1) << (cls._max_prefixlen - prefixlen)

    @classmethod
    def _prefix_from_ip_int(cls, ip_int):
        # A valid mask is ones followed by zeros: strip the zeros, the rest must be all ones.
        zeros = _count_righthand_zero_bits(ip_int, cls._max_prefixlen)
        prefixlen = cls._max_prefixlen - zeros
        if ip_int >> zeros != (1 << prefixlen) - 1:
            raise ValueError(f'Netmask pattern {cls._string_from_ip_int(ip_int)!r} mixes zeroes & ones')
        return prefixlen

    @classmethod
    def _report_invalid_netmask(cls, netmask_str):
        raise NetmaskValueError(f'{netmask_str!r} is not a valid netmask') from None

    @classmethod
    def _prefix_from_prefix_string(cls, text):
        if text.isascii() and text.isdigit() and int(text) <= cls._max_prefixlen:
            return int(text)
        cls._report_invalid_netmask(text)

    @classmethod
    def _prefix_from_ip_string(cls, text):
        try:
            mask = cls._ip_int_from_string(text)
        except AddressValueError:
            mask = None
        if mask is not None:
            # A netmask (ones first) or a host mask (zeros first) are both accepted.
            for candidate in (mask, mask ^ cls._ALL_ONES):
                try:
                    return cls._prefix_from_ip_int(candidate)
                except ValueError:
                    pass
        cls._report_invalid_netmask(text)

    @classmethod
    def _split_addr_prefix(cls, address):
        """(address, prefix) from an int, bytes, 'addr/prefix' text or an (address, prefix) tuple."""
        if isinstance(address, (int, bytes)):
            return (address, cls._max_prefixlen)
        pieces = address if isinstance(address, tuple) else _split_optional_netmask(address)
        # A tuple of three is passed on whole: unpacking it raises CPython's ValueError.
        return pieces if len(pieces) >= 2 else (pieces[0], cls._max_prefixlen)

    @classmethod
    def _make_netmask(cls, arg):
        """(netmask address, prefix length) for a prefix length or its text; IPv4 also takes
        a dotted netmask or host mask. Results are kept per class."""
        known = cls._netmask_cache.get(arg)
        if known is None:
            if isinstance(arg, int):
                if arg < 0 or arg > cls._max_prefixlen:
                    cls._report_invalid_netmask(arg)
                length = arg
            elif cls._version == 4:
                try:
                    length = cls._prefix_from_prefix_string(arg)
                except NetmaskValueError:
                    length = cls._prefix_from_ip_string(arg)
            else:
                length = cls._prefix_from_prefix_string(arg)
            known = cls._netmask_cache[arg] = (cls._address_type(cls._ip_int_from_prefix(length)), length)
        return known

    def __reduce__(self):
        return type(self), (str(self),)


@functools.total_ordering
class _BaseAddress(_IPAddressBase):
    """A single address: an integer with a version."""

    __slots__ = ()

    def __int__(self):
        return self._ip

    def __eq__(self, other):
        try:
            return self._ip == other._ip and self._version == other._version
        except AttributeError:
            return NotImplemented

    def __lt__(self, other):
        if isinstance(other, _BaseAddress):
            _same_version(self, other)
            return self._ip < other._ip
        return NotImplemented

    def __add__(self, other):
        return type(self)(self._ip + other) if isinstance(other, int) else NotImplemented

    def __sub__(self, other):
        return type(self)(self._ip - other) if isinstance(other, int) else NotImplemented

    def __repr__(self):
        return f'{self.__class__.__name__}({str(self)!r})'

    def __str__(self):
        return self._string_from_ip_int(self._ip)

    def __hash__(self):
        return hash(hex(self._ip))

    def _parse_any(self, address):
        """The integer value of an int, packed bytes or text address (IPv6: scope id noted)."""
        if isinstance(address, int):
            self._check_int_address(address)
            return address
        if isinstance(address, bytes):
            self._check_packed_address(address, self._max_prefixlen // 8)
            return int.from_bytes(address, 'big')
        text = str(address)
        if '/' in text:
            raise AddressValueError(f"Unexpected '/' in {address!r}")
        if self._version == 6:
            text, self._scope_id = self._split_scope_id(text)
        return self._ip_int_from_string(text)

    def _get_address_key(self):
        return (self._version, self)

    def __reduce__(self):
        return type(self), (self._ip,)

    def __format__(self, fmt):
        # '' and 's' specs format the text; [#][_](b|x|X|n) give the zero-padded integer.
        if not fmt or fmt[-1] == 's':
            return format(str(self), fmt)
        body = fmt
        prefix = body.startswith('#')
        if prefix:
            body = body[1:]
        grouped = body.startswith('_')
        if grouped:
            body = body[1:]
        if body not in ('b', 'x', 'X', 'n'):
            raise TypeError(f'unsupported format string passed to {self.__class__.__name__}.__format__')
        kind = body
        if kind == 'n':
            kind = 'b' if self._version == 4 else 'x'
        digits = self._max_prefixlen if kind == 'b' else self._max_prefixlen // 4
        if grouped:
            digits += digits // 4 - 1
        spec = ('#' if prefix else '') + '0' + str(digits + (2 if prefix else 0))
        return format(self._ip, spec + ('_' if grouped else '') + kind)


@functools.total_ordering
class _BaseNetwork(_IPAddressBase):
    """A network: its first address and a prefix length."""

    def __repr__(self):
        return f'{self.__class__.__name__}({str(self)!r})'

    def __str__(self):
        return f'{self.network_address}/{self._prefixlen}'

    def hosts(self):
        """The usable hosts: every address but the network (and, for IPv4, the broadcast) one."""
        first = int(self.network_address) + 1
        last = int(self.broadcast_address)
        for value in range(first, last):
            yield self._address_class(value)

    def __iter__(self):
        first = int(self.network_address)
        for value in range(first, int(self.broadcast_address) + 1):
            yield self._address_class(value)

    def __getitem__(self, n):
        first = int(self.network_address)
        last = int(self.broadcast_address)
        if n >= 0:
            if first + n > last:
                raise IndexError('address out of range')
            return self._address_class(first + n)
        n += 1
        if last + n < first:
            raise IndexError('address out of range')
        return self._address_class(last + n)

    def __lt__(self, other):
        if isinstance(other, _BaseNetwork):
            _same_version(self, other)
            return (self.network_address._ip, self.netmask._ip) < (other.network_address._ip, other.netmask._ip)
        return NotImplemented

    def __eq__(self, other):
        try:
            return (self._version == other._version
                    and self.network_address == other.network_address
                    and int(self.netmask) == int(other.netmask))
        except AttributeError:
            return NotImplemented

    def __hash__(self):
        return hash(self.network_address._ip ^ self.netmask._ip)

    def __contains__(self, other):
        # Only an address of the same version can be in a network (never another network).
        if other._version == self._version and not isinstance(other, _BaseNetwork):
            return (other._ip & self.netmask._ip) == self.network_address._ip
        return False

    def overlaps(self, other):
        """Whether the two networks share any address."""
        return (other.network_address in self or other.broadcast_address in self
                or self.network_address in other or self.broadcast_address in other)

    @functools.cached_property
    def broadcast_address(self):
        return self._address_class(int(self.network_address) | int(self.hostmask))

    @functools.cached_property
    def hostmask(self):
        return self._address_class(self._ALL_ONES - self.netmask._ip)

    @property
    def with_prefixlen(self):
        return f'{self.network_address}/{self._prefixlen}'

    @property
    def with_netmask(self):
        return f'{self.network_address}/{self.netmask}'

    @property
    def with_hostmask(self):
        return f'{self.network_address}/{self.hostmask}'

    @property
    def num_addresses(self):
        """How many addresses the network holds."""
        return 1 << (self._max_prefixlen - self._prefixlen)

    @property
    def _address_class(self):
        raise NotImplementedError(f'{type(self)} has no associated address class')

    @property
    def prefixlen(self):
        return self._prefixlen

    def address_exclude(self, other):
        """Yields the networks that remain of this one once other is taken out of it."""
        _same_version(self, other)
        if not isinstance(other, _BaseNetwork):
            raise TypeError(f"{other} is not a network object")
        if not other.subnet_of(self):
            raise ValueError(f'{other} not contained in {self}')
        if other == self:
            return
        # Halve the network again and again; the half without other is left whole each time.
        other = other.__class__(f'{other.network_address}/{other.prefixlen}')
        lower, upper = self.subnets()
        while lower != other and upper != other:
            if other.subnet_of(lower):
                yield upper
                lower, upper = lower.subnets()
            elif other.subnet_of(upper):
                yield lower
                lower, upper = upper.subnets()
            else:
                raise AssertionError(f'Error performing exclusion: s1: {lower} s2: {upper} other: {other}')
        yield upper if lower == other else lower

    def compare_networks(self, other):
        """-1, 0 or 1 as this network sorts before, with or after other (address, then mask)."""
        _same_version(self, other)
        mine = (self.network_address, self.netmask)
        theirs = (other.network_address, other.netmask)
        if mine < theirs:
            return -1
        if mine > theirs:
            return 1
        return 0

    def _get_networks_key(self):
        return self._version, self.network_address, self.netmask

    def subnets(self, prefixlen_diff=1, new_prefix=None):
        """Yields the subnets prefixlen_diff bits longer (or of length new_prefix)."""
        here = self._prefixlen
        if here == self._max_prefixlen:
            yield self
            return
        if new_prefix is not None:
            if new_prefix < here:
                raise ValueError('new prefix must be longer')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = new_prefix - here
        if prefixlen_diff < 0:
            raise ValueError('prefix length diff must be > 0')
        new_len = here + prefixlen_diff
        if new_len > self._max_prefixlen:
            raise ValueError(f'prefix length diff {new_len} is invalid for netblock {self}')
        step = 1 << (self._max_prefixlen - new_len)
        for base in range(self.network_address._ip, self.broadcast_address._ip + 1, step):
            yield type(self)((base, new_len))

    def supernet(self, prefixlen_diff=1, new_prefix=None):
        """The network prefixlen_diff bits shorter (or of length new_prefix) holding this one."""
        here = self._prefixlen
        if here == 0:
            return self
        if new_prefix is not None:
            if new_prefix > here:
                raise ValueError('new prefix must be shorter')
            if prefixlen_diff != 1:
                raise ValueError('cannot set prefixlen_diff and new_prefix')
            prefixlen_diff = here - new_prefix
        new_len = here - prefixlen_diff
        if new_len < 0:
            raise ValueError(
                f'current prefixlen is {self.prefixlen}, cannot have a prefixlen_diff of {prefixlen_diff}')
        base = int(self.network_address) & self._ip_int_from_prefix(new_len)
        return type(self)((base, new_len))

    @staticmethod
    def _is_subnet_of(inner, outer):
        try:
            if inner._version != outer._version:
                raise TypeError(f"{inner} and {outer} are not of the same version")
            return (outer.network_address <= inner.network_address
                    and outer.broadcast_address >= inner.broadcast_address)
        except AttributeError:
            raise TypeError(f"Unable to test subnet containment between {inner} and {outer}")

    def subnet_of(self, other):
        """Whether this network lies wholly inside other."""
        return _BaseNetwork._is_subnet_of(self, other)

    def supernet_of(self, other):
        """Whether other lies wholly inside this network."""
        return _BaseNetwork._is_subnet_of(other, self)

    def _both_ends(self, name):
        return getattr(self.network_address, name) and getattr(self.broadcast_address, name)

    @property
    def is_reserved(self):
        return self._both_ends('is_reserved')

    @property
    def is_link_local(self):
        return self._both_ends('is_link_local')

    @property
    def is_private(self):
        first, last = self.network_address, self.broadcast_address
        nets = self._nets
        return (any(first in net and last in net for net in nets.private)
                and not any(first in net or last in net for net in nets.not_private))

    @property
    def is_global(self):
        return not self.is_private

    @property
    def is_multicast(self):
        return self._both_ends('is_multicast')

    @property
    def is_unspecified(self):
        return self._both_ends('is_unspecified')

    @property
    def is_loopback(self):
        return self._both_ends('is_loopback')


class _Registry:
    """Named special-purpose blocks of one version: a text gives one network, a tuple a list."""

    def __init__(self, network_class, **blocks):
        for name, value in blocks.items():
            if isinstance(value, tuple):
                value = [network_class(text) for text in value]
            else:
                value = network_class(value)
            setattr(self, name, value)

    def is_private(self, item):
        return (any(item in net for net in self.private)
                and not any(item in net for net in self.not_private))


class _BaseV4:
    """IPv4 text forms and parsing, shared by the IPv4 address, interface and network."""

    __slots__ = ()
    _version = 4
    _ALL_ONES = (1 << IPV4LENGTH) - 1
    _max_prefixlen = IPV4LENGTH
    _netmask_cache = {}

    def _long_text(self):
        return str(self)

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        octets = ip_str.split('.')
        if len(octets) != 4:
            raise AddressValueError(f"Expected 4 octets in {ip_str!r}")
        try:
            value = 0
            for octet in octets:
                value = (value << 8) | cls._parse_octet(octet)
            return value
        except ValueError as exc:
            raise AddressValueError(f"{exc} in {ip_str!r}") from None

    @classmethod
    def _parse_octet(cls, octet_str):
        if not octet_str:
            raise ValueError("Empty octet not permitted")
        if not (octet_str.isascii() and octet_str.isdigit()):
            raise ValueError(f"Only decimal digits permitted in {octet_str!r}")
        if len(octet_str) > 3:
            raise ValueError(f"At most 3 characters permitted in {octet_str!r}")
        if octet_str != '0' and octet_str[0] == '0':
            raise ValueError(f"Leading zeros are not permitted in {octet_str!r}")
        value = int(octet_str, 10)
        if value > 255:
            raise ValueError(f"Octet {value} (> 255) not permitted")
        return value

    @classmethod
    def _string_from_ip_int(cls, ip_int):
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
    """A 32-bit IPv4 address."""

    __slots__ = ('_ip', '__weakref__')

    def __init__(self, address):
        self._ip = self._parse_any(address)

    @property
    def packed(self):
        """The address as 4 big-endian bytes."""
        return v4_int_to_packed(self._ip)

    @property
    def is_reserved(self):
        return self in self._nets.reserved

    @property
    @functools.lru_cache()
    def is_private(self):
        return self._nets.is_private(self)

    @property
    @functools.lru_cache()
    def is_global(self):
        return not (self in self._nets.shared or self.is_private)

    @property
    def is_multicast(self):
        return self in self._nets.multicast

    @property
    def is_unspecified(self):
        # Through ==, so an interface (never equal to a bare address) is not unspecified.
        return self == IPv4Address(0)

    @property
    def is_loopback(self):
        return self in self._nets.loopback

    @property
    def is_link_local(self):
        return self in self._nets.linklocal


def _init_network(self, address, strict):
    addr, mask = self._split_addr_prefix(address)
    self.network_address = self._address_class(addr)
    self.netmask, self._prefixlen = self._make_netmask(mask)
    base = int(self.network_address) & int(self.netmask)
    if base != int(self.network_address):
        if strict:
            raise ValueError(f'{self} has host bits set')
        self.network_address = self._address_class(base)
    # The two smallest networks have no network/broadcast addresses to leave out of hosts().
    if self._prefixlen == self._max_prefixlen - 1:
        self.hosts = self.__iter__
    elif self._prefixlen == self._max_prefixlen:
        self.hosts = lambda: [self._address_class(base)]


_BaseV4._address_type = IPv4Address


class IPv4Network(_BaseV4, _BaseNetwork):
    """An IPv4 network: a first address and a prefix length."""

    _address_class = IPv4Address

    def __init__(self, address, strict=True):
        _init_network(self, address, strict)

    @property
    def is_global(self):
        shared = self._nets.shared
        return not (self.network_address in shared and self.broadcast_address in shared
                    or self.is_private)


# IANA's IPv4 special-purpose registry, as CPython 3.11 reads it: the private blocks are those not
# globally reachable, less their exceptions; 100.64.0.0/10 (shared address space) is neither.
_V4 = _Registry(
    IPv4Network, linklocal='169.254.0.0/16', loopback='127.0.0.0/8', multicast='224.0.0.0/4',
    shared='100.64.0.0/10', reserved='240.0.0.0/4',
    private=('0.0.0.0/8', '10.0.0.0/8', '127.0.0.0/8', '169.254.0.0/16', '172.16.0.0/12',
             '192.0.0.0/24', '192.0.0.170/31', '192.0.2.0/24', '192.168.0.0/16', '198.18.0.0/15',
             '198.51.100.0/24', '203.0.113.0/24', '240.0.0.0/4', '255.255.255.255/32'),
    not_private=('192.0.0.9/32', '192.0.0.10/32'))
IPv4Address._nets = IPv4Network._nets = _V4


class _BaseV6:
    """IPv6 text forms and parsing, shared by the IPv6 address, interface and network."""

    __slots__ = ()
    _version = 6
    _ALL_ONES = (1 << IPV6LENGTH) - 1
    _HEXTET_COUNT = 8
    _HEX_DIGITS = frozenset('0123456789abcdefABCDEF')
    _max_prefixlen = IPV6LENGTH
    _netmask_cache = {}

    @classmethod
    def _ip_int_from_string(cls, ip_str):
        if not ip_str:
            raise AddressValueError('Address cannot be empty')
        parts = ip_str.split(':')
        if len(parts) < 3:
            raise AddressValueError(f"At least 3 parts expected in {ip_str!r}")
        if '.' in parts[-1]:
            # A dotted IPv4 tail stands for the last two hextets.
            try:
                tail = IPv4Address(parts.pop())._ip
            except ValueError as exc:
                raise AddressValueError(f"{exc} in {ip_str!r}") from None
            parts.append('%x' % (tail >> 16))
            parts.append('%x' % (tail & 0xFFFF))
        if len(parts) > cls._HEXTET_COUNT + 1:
            raise AddressValueError(f"At most {cls._HEXTET_COUNT} colons permitted in {ip_str!r}")
        gaps = [i for i in range(1, len(parts) - 1) if not parts[i]]
        if len(gaps) > 1:
            raise AddressValueError(f"At most one '::' permitted in {ip_str!r}")
        if gaps:
            head = parts[:gaps[0]]
            tail = parts[gaps[0] + 1:]
            if not parts[0]:
                if len(head) != 1:
                    raise AddressValueError(f"Leading ':' only permitted as part of '::' in {ip_str!r}")
                head = []
            if not parts[-1]:
                if len(tail) != 1:
                    raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {ip_str!r}")
                tail = []
            if len(head) + len(tail) > cls._HEXTET_COUNT - 1:
                raise AddressValueError(
                    f"Expected at most {cls._HEXTET_COUNT - 1} other parts with '::' in {ip_str!r}")
            hextets = head + ['0'] * (cls._HEXTET_COUNT - len(head) - len(tail)) + tail
        else:
            if len(parts) != cls._HEXTET_COUNT:
                raise AddressValueError(
                    f"Exactly {cls._HEXTET_COUNT} parts expected without '::' in {ip_str!r}")
            if not parts[0]:
                raise AddressValueError(f"Leading ':' only permitted as part of '::' in {ip_str!r}")
            if not parts[-1]:
                raise AddressValueError(f"Trailing ':' only permitted as part of '::' in {ip_str!r}")
            hextets = parts
        value = 0
        try:
            for hextet in hextets:
                value = (value << 16) | cls._parse_hextet(hextet)
        except ValueError as exc:
            raise AddressValueError(f"{exc} in {ip_str!r}") from None
        return value

    @classmethod
    def _parse_hextet(cls, hextet_str):
        if not cls._HEX_DIGITS.issuperset(hextet_str):
            raise ValueError(f"Only hex digits permitted in {hextet_str!r}")
        if len(hextet_str) > 4:
            raise ValueError(f"At most 4 characters permitted in {hextet_str!r}")
        return int(hextet_str, 16)

    @classmethod
    def _compress_hextets(cls, hextets):
        """Replaces the longest run (two or more; the first of equals) of '0' hextets by ''."""
        best_start, best_len = -1, 0
        run_start, run_len = -1, 0
        for index, hextet in enumerate(hextets):
            if hextet == '0':
                if run_len == 0:
                    run_start = index
                run_len += 1
                if run_len > best_len:
                    best_start, best_len = run_start, run_len
            else:
                run_len = 0
        if best_len > 1:
            end = best_start + best_len
            replacement = ['']
            if end == len(hextets):
                replacement.append('')
            hextets = hextets[:best_start] + replacement + hextets[end:]
            if best_start == 0:
                hextets = [''] + hextets
        return hextets

    @classmethod
    def _string_from_ip_int(cls, ip_int):
        if ip_int > cls._ALL_ONES:
            raise ValueError('IPv6 address is too large')
        digits = '%032x' % ip_int
        hextets = ['%x' % int(digits[i:i + 4], 16) for i in range(0, 32, 4)]
        return ':'.join(cls._compress_hextets(hextets))

    def _long_text(self):
        if isinstance(self, IPv6Network):
            text = str(self.network_address)
        elif isinstance(self, IPv6Interface):
            text = str(self.ip)
        else:
            text = str(self)
        digits = '%032x' % self._ip_int_from_string(text)
        joined = ':'.join(digits[i:i + 4] for i in range(0, 32, 4))
        if isinstance(self, (_BaseNetwork, IPv6Interface)):
            return f'{joined}/{self._prefixlen}'
        return joined

    def _ptr_name(self):
        nibbles = self.exploded[::-1].replace(':', '')
        return '.'.join(nibbles) + '.ip6.arpa'

    @staticmethod
    def _split_scope_id(ip_str):
        addr, sep, scope_id = ip_str.partition('%')
        if not sep:
            scope_id = None
        elif not scope_id or '%' in scope_id:
            raise AddressValueError('Invalid IPv6 address: "%r"' % ip_str)
        return addr, scope_id

    @property
    def max_prefixlen(self):
        return self._max_prefixlen

    @property
    def version(self):
        return self._version


class IPv6Address(_BaseV6, _BaseAddress):
    """A 128-bit IPv6 address, with an optional scope zone ('%eth0')."""

    __slots__ = ('_ip', '_scope_id', '__weakref__')

    def __init__(self, address):
        self._scope_id = None
        self._ip = self._parse_any(address)

    def __str__(self):
        text = super().__str__()
        return text + '%' + self._scope_id if self._scope_id else text

    def __hash__(self):
        return hash((self._ip, self._scope_id))

    def __eq__(self, other):
        same = super().__eq__(other)
        if same is NotImplemented or not same:
            return same
        return self._scope_id == getattr(other, '_scope_id', None)

    @property
    def scope_id(self):
        """The zone after '%' in the text form, or None."""
        return self._scope_id

    @property
    def packed(self):
        """The address as 16 big-endian bytes."""
        return v6_int_to_packed(self._ip)

    @property
    def is_multicast(self):
        return self in self._nets.multicast

    @property
    def is_reserved(self):
        return any(self in net for net in self._nets.reserved)

    @property
    def is_link_local(self):
        return self in self._nets.linklocal

    @property
    def is_site_local(self):
        return self in self._nets.sitelocal

    @property
    @functools.lru_cache()
    def is_private(self):
        mapped = self.ipv4_mapped
        if mapped is not None:
            return mapped.is_private
        return self._nets.is_private(self)

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
        """The IPv4 address of a ::ffff:0:0/96 address, else None."""
        if self._ip >> 32 != 0xFFFF:
            return None
        return IPv4Address(self._ip & 0xFFFFFFFF)

    @property
    def teredo(self):
        """(server, client) IPv4 addresses of a 2001::/32 Teredo address, else None."""
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


_BaseV6._address_type = IPv6Address


class IPv6Network(_BaseV6, _BaseNetwork):
    """An IPv6 network: a first address and a prefix length."""

    _address_class = IPv6Address

    def __init__(self, address, strict=True):
        _init_network(self, address, strict)

    def hosts(self):
        """Every address but the first (the Subnet-Router anycast address)."""
        first = int(self.network_address) + 1
        for value in range(first, int(self.broadcast_address) + 1):
            yield self._address_class(value)

    @property
    def is_site_local(self):
        return self._both_ends('is_site_local')


# IANA's IPv6 special-purpose registry (CPython 3.11's reading), and the reserved blocks.
_V6 = _Registry(
    IPv6Network, linklocal='fe80::/10', multicast='ff00::/8', sitelocal='fec0::/10',
    private=('::1/128', '::/128', '::ffff:0:0/96', '64:ff9b:1::/48', '100::/64', '2001::/23',
             '2001:db8::/32', '2002::/16', 'fc00::/7', 'fe80::/10'),
    not_private=('2001:1::1/128', '2001:1::2/128', '2001:3::/32', '2001:4:112::/48',
                 '2001:20::/28', '2001:30::/28'),
    reserved=('::/8', '100::/8', '200::/7', '400::/6', '800::/5', '1000::/4', '4000::/3',
              '6000::/3', '8000::/3', 'A000::/3', 'C000::/3', 'E000::/4', 'F000::/5', 'F800::/6',
              'FE00::/9'))
IPv6Address._nets = IPv6Network._nets = _V6

IPv4Address._address_class_network = IPv4Network
IPv6Address._address_class_network = IPv6Network


# ---- Interfaces: an address that also knows its network ----
# IPv4Interface and IPv6Interface subclass their address classes (as in CPython) and share
# these functions; the address class's own comparisons decide first.

def _init_interface(self, address, address_class, network_class):
    addr, mask = self._split_addr_prefix(address)
    address_class.__init__(self, addr)
    net = network_class((addr, mask), strict=False)
    self.network = net
    self.netmask = net.netmask
    self._prefixlen = net._prefixlen


def _interface_eq(self, other):
    same = self._address_type.__eq__(self, other)
    if same is NotImplemented or not same:
        return same
    try:
        return other.network == self.network
    except AttributeError:
        return False


def _interface_lt(self, other):
    less = self._address_type.__lt__(self, other)
    if less is NotImplemented:
        return less
    try:
        mine, theirs = self.network, other.network
    except AttributeError:
        return False
    return mine < theirs or (mine == theirs and less)


def _interface_hash(self):
    return hash((self._ip, self._prefixlen, self.network.network_address._ip))


def _interface_members(address_class):
    """The methods and properties IPv4Interface and IPv6Interface have in common."""
    text = lambda self: address_class.__str__(address_class(self._ip))
    return {
        '__eq__': _interface_eq,
        '__lt__': _interface_lt,
        '__hash__': _interface_hash,
        '__reduce__': _IPAddressBase.__reduce__,
        'hostmask': functools.cached_property(lambda self: self.network.hostmask),
        'ip': property(lambda self: address_class(self._ip)),
        'with_prefixlen': property(lambda self: f'{text(self)}/{self._prefixlen}'),
        'with_netmask': property(lambda self: f'{text(self)}/{self.netmask}'),
        'with_hostmask': property(lambda self: f'{text(self)}/{self.hostmask}'),
    }


def _make_interface_class(name, address_class, network_class, doc, extra):
    def __init__(self, address):
        _init_interface(self, address, address_class, network_class)
    members = _interface_members(address_class)
    members.update(extra, __init__=__init__, __doc__=doc, __module__=__name__, __qualname__=name)
    return type(name, (address_class,), members)


IPv4Interface = _make_interface_class(
    'IPv4Interface', IPv4Address, IPv4Network, 'An IPv4 address together with the network it sits in.',
    {'__str__': lambda self: f'{IPv4Address._string_from_ip_int(self._ip)}/{self._prefixlen}'})

IPv6Interface = _make_interface_class(
    'IPv6Interface', IPv6Address, IPv6Network, 'An IPv6 address together with the network it sits in.',
    {'__str__': lambda self: f'{IPv6Address.__str__(self)}/{self._prefixlen}',
     'is_unspecified': property(lambda self: self._ip == 0 and self.network.is_unspecified),
     'is_loopback': property(lambda self: self._ip == 1 and self.network.is_loopback)})
