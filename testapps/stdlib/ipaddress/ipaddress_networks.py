# ipaddress: networks and interfaces (netmask forms, hosts, subnets, supernets, exclusion,
# collapsing, summarizing) and their error messages.
import ipaddress as ip


def attempt(f, *args):
    try:
        value = f(*args)
        if hasattr(value, '__next__'):
            value = list(value)
        return repr(value)
    except Exception as e:
        return '%s: %s' % (type(e).__name__, e)


for text in ['192.0.2.0/24', '192.0.2.0/255.255.255.0', '192.0.2.0/0.0.0.255', '192.0.2.1/24',
             '192.0.2.0/33', '192.0.2.0/255.0.255.0', '192.0.2.0/', '192.0.2.0/24/1', '10.0.0.0/08',
             '2001:db8::/32', '2001:db8::1/32', '2001:db8::/129', '2001:db8::/ffff::', '::/0',
             ('10.1.0.0', 16), ('10.1.0.0', '255.255.0.0'), (167772160, 8), 167772160, 'x/8']:
    print(repr(text), attempt(ip.ip_network, text), attempt(ip.ip_network, text, False))

n = ip.ip_network('192.0.2.0/28')
print(n.network_address, n.broadcast_address, n.netmask, n.hostmask, n.prefixlen, n.num_addresses)
print(n.with_prefixlen, n.with_netmask, n.with_hostmask, n.exploded, n.reverse_pointer, hash(n))
print(list(n.hosts())[:3], len(list(n.hosts())), n[0], n[-1], n[5], attempt(lambda: n[16]),
      attempt(lambda: n[-17]))
print(list(ip.ip_network('10.0.0.0/31').hosts()), list(ip.ip_network('10.0.0.7/32').hosts()))
print(list(ip.ip_network('2001:db8::/126').hosts()), list(ip.ip_network('2001:db8::/127').hosts()))
print(list(n.subnets()), list(n.subnets(new_prefix=30))[:2], list(ip.ip_network('1.2.3.4/32').subnets()))
print(n.supernet(), n.supernet(4), n.supernet(new_prefix=20), ip.ip_network('0.0.0.0/0').supernet())
for args in [(0,), (-1,), (5,), (1, 30), (1, 26)]:
    print(args, attempt(n.subnets, *args), attempt(lambda: n.subnets(new_prefix=args[-1]) if len(args) > 1 else None))
print(attempt(n.supernet, 40), attempt(lambda: n.supernet(new_prefix=30)), attempt(lambda: n.supernet(2, 20)))
big = ip.ip_network('192.0.2.0/24')
print(n.subnet_of(big), big.supernet_of(n), n.overlaps(big), big.overlaps(ip.ip_network('192.0.3.0/24')))
print(attempt(n.subnet_of, ip.ip_network('::/0')), attempt(n.subnet_of, ip.ip_address('1.1.1.1')))
print(list(big.address_exclude(ip.ip_network('192.0.2.64/27'))))
print(attempt(big.address_exclude, ip.ip_network('10.0.0.0/8')), attempt(big.address_exclude, n.network_address),
      attempt(big.address_exclude, ip.ip_network('::/0')), list(big.address_exclude(big)))
print(ip.ip_address('192.0.2.5') in n, ip.ip_address('192.0.2.17') in n, n in big,
      ip.ip_address('::1') in n, big.compare_networks(n), n.compare_networks(big), n.compare_networks(n))
print(sorted([big, n, ip.ip_network('10.0.0.0/8'), ip.ip_network('192.0.2.0/25')]), attempt(lambda: n < ip.ip_network('::/0')))
print(n == ip.ip_network('192.0.2.0/28'), n == big, n == '192.0.2.0/28', len({n, big, ip.ip_network('192.0.2.0/28')}))
for name in ('is_private', 'is_global', 'is_multicast', 'is_loopback', 'is_link_local', 'is_reserved', 'is_unspecified'):
    print(name, [getattr(ip.ip_network(t), name) for t in ('10.0.0.0/8', '100.64.0.0/10', '224.0.0.0/4', '127.0.0.0/8',
                                                           '0.0.0.0/32', '8.0.0.0/8', 'fe80::/10', '::1/128', 'fc00::/7')])

i4 = ip.ip_interface('192.0.2.5/24')
i6 = ip.ip_interface('2001:db8::5/64')
print(repr(i4), i4, i4.ip, i4.network, i4.netmask, i4.hostmask, i4.with_prefixlen, i4.with_netmask, i4.with_hostmask)
print(repr(i6), i6.exploded, i6.network, i6.is_private, i6.is_loopback, hash(i4))
print(i4 == ip.ip_interface('192.0.2.5/25'), i4 == ip.ip_address('192.0.2.5'), i4 < ip.ip_interface('192.0.2.5/25'),
      ip.ip_interface('192.0.2.5') .network, attempt(ip.ip_interface, '1.2.3.4/40'), attempt(ip.ip_interface, 'nope'))

print(list(ip.collapse_addresses([ip.ip_network('192.0.2.0/26'), ip.ip_network('192.0.2.64/26'),
                                  ip.ip_network('192.0.2.128/25'), ip.ip_address('192.0.3.0'),
                                  ip.ip_address('192.0.3.1'), ip.ip_interface('192.0.3.2/24')])))
print(list(ip.collapse_addresses([ip.ip_network('10.0.0.0/8'), ip.ip_network('10.1.0.0/16')])))
print(attempt(ip.collapse_addresses, [ip.ip_address('1.1.1.1'), ip.ip_address('::1')]),
      attempt(ip.collapse_addresses, [ip.ip_network('1.0.0.0/8'), ip.ip_network('::/8')]))
first, last = ip.ip_address('192.0.2.0'), ip.ip_address('192.0.2.130')
print(list(ip.summarize_address_range(first, last)), list(ip.summarize_address_range(last, last)))
print(list(ip.summarize_address_range(ip.ip_address('::'), ip.ip_address('::ffff:ffff:ffff:ffff'))))
print(attempt(ip.summarize_address_range, last, first), attempt(ip.summarize_address_range, n, last),
      attempt(ip.summarize_address_range, first, ip.ip_address('::1')))
print(list(ip.summarize_address_range(ip.ip_address('255.255.255.254'), ip.ip_address('255.255.255.255'))))
