# ipaddress: parsing, texts, properties, arithmetic, ordering, hashing and the error messages.
import ipaddress as ip


def attempt(f, *args):
    try:
        value = f(*args)
        if hasattr(value, '__next__'):
            value = list(value)
        return repr(value)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for text in ['192.0.2.1', '0.0.0.0', '255.255.255.255', 3221225985, b'\xc0\x00\x02\x01', '::1',
             '2001:db8::8a2e:370:7334', '::ffff:192.0.2.1', 'fe80::1%eth0', 2**128 - 1,
             '1.2.3', '1.2.3.04', '1.2.3.256', '1.2.3.x', '1.2.3.1234', '', '1.2.3.4/24',
             -1, 2**128, b'\x01\x02', '1::2::3', ':1:2:3:4:5:6:7', '1:2:3:4:5:6:7:', '12345::',
             '1:2:3:4:5:6:7:8:9', '1:2:3:4:5:6:7', '::1.2.3.256', 'g::', 'fe80::1%', None]:
    print(repr(text), attempt(ip.ip_address, text), attempt(ip.IPv4Address, text),
          attempt(ip.IPv6Address, text))

a = ip.ip_address('192.0.2.1')
b = ip.ip_address('2001:db8::1')
print(a.version, a.max_prefixlen, a.packed, a.reverse_pointer, a.exploded, int(a), hash(a))
print(b.exploded, b.compressed, b.packed.hex(), b.reverse_pointer[:20])
print(a + 255, a - 2, attempt(lambda: a + 2**40), attempt(lambda: a + 'x'), attempt(lambda: 3 + a))
for spec in ['', 's', '>20s', 'b', '#b', '_b', 'x', '#_X', 'n', '#n']:
    print(repr(spec), format(a, spec), format(b, spec) if spec not in ('b', '#b', '_b') else '')
print(attempt(format, a, 'd'), f'{a!s:^19}|', f'{b:_x}')
for text in ['127.0.0.1', '10.1.2.3', '100.64.0.1', '169.254.1.1', '224.0.0.1', '240.0.0.1',
             '8.8.8.8', '192.0.0.8', '::', '::1', 'fe80::1', 'fec0::1', 'ff02::1', 'fc00::1',
             '::ffff:10.0.0.1', '2001:0:4136:e378:8000:63bf:3fff:fdd2', '2002:c000:204::1']:
    x = ip.ip_address(text)
    flags = [name for name in ('is_private', 'is_global', 'is_loopback', 'is_multicast',
                               'is_link_local', 'is_reserved', 'is_unspecified', 'is_site_local')
             if getattr(x, name, False)]
    extra = (x.ipv4_mapped, x.teredo, x.sixtofour) if x.version == 6 else ()
    print(text, flags, extra)

print(b.scope_id, ip.ip_address('fe80::1%eth0').scope_id, ip.ip_address('fe80::1%eth0'))
print(ip.ip_address('fe80::1%1') == ip.ip_address('fe80::1'), attempt(lambda: ip.ip_address('fe80::1%1').exploded))
print(a == ip.IPv4Address(3221225985), a != b, a == '192.0.2.1', attempt(lambda: a < b),
      attempt(lambda: a < 5), a <= a, a > ip.ip_address('1.1.1.1'))
print(sorted({ip.ip_address('10.0.0.%d' % i) for i in (5, 1, 30, 2)}))
print({ip.ip_address('10.0.0.%d' % i) for i in range(12)})
print(sorted([b, a, ip.ip_network('10.0.0.0/8'), ip.ip_address('::')], key=ip.get_mixed_type_key))
print(ip.v4_int_to_packed(1), attempt(ip.v4_int_to_packed, 2**32), ip.v6_int_to_packed(1)[-2:])
