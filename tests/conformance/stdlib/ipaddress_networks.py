# ipaddress: network arithmetic (subnets, supernet, exclude, collapse, summarize), address
# properties, formatting, ordering and pickling.
import ipaddress as I
import pickle

n = I.ip_network('192.168.0.0/22')
print(n, repr(n), n.num_addresses, n.netmask, n.hostmask, n.broadcast_address, n.with_netmask, n.with_hostmask)
print(list(n.subnets()), list(n.subnets(new_prefix=24)), n.supernet(), n.supernet(new_prefix=16))
print(n[0], n[-1], n[5], list(I.ip_network('10.0.0.0/30').hosts()), I.ip_network('10.0.0.0/32').hosts())
try:
    n[2000]
except IndexError as e:
    print('IndexError', e)
print(sorted(I.ip_network('10.0.0.0/8').address_exclude(I.ip_network('10.1.2.0/24'))))
print(list(I.collapse_addresses([I.ip_network('10.0.0.0/25'), I.ip_network('10.0.0.128/25'), I.ip_address('10.0.1.0'), I.ip_network('10.0.1.1/32')])))
print(list(I.summarize_address_range(I.ip_address('10.0.0.3'), I.ip_address('10.0.0.40'))))
print(list(I.summarize_address_range(I.ip_address('::1'), I.ip_address('::ff'))))
for bad in [lambda: list(n.subnets(new_prefix=8)), lambda: n.supernet(new_prefix=30), lambda: list(n.subnets(prefixlen_diff=20)),
            lambda: n.supernet(prefixlen_diff=40), lambda: list(n.address_exclude(I.ip_network('10.0.0.0/24'))),
            lambda: n < I.ip_network('::/0'), lambda: n < I.ip_address('1.2.3.4'), lambda: I.ip_address('1.2.3.4') < I.ip_address('::1'),
            lambda: n.subnet_of(I.ip_network('::/0')), lambda: n.subnet_of('x'), lambda: list(I.summarize_address_range(I.ip_address('1.1.1.2'), I.ip_address('1.1.1.1'))),
            lambda: list(I.collapse_addresses([I.ip_address('1.1.1.1'), I.ip_address('::1')])), lambda: I.v4_int_to_packed(2**32)]:
    try:
        print(bad())
    except Exception as e:
        print(type(e).__name__, e)
print(n.overlaps(I.ip_network('192.168.3.0/24')), n.overlaps(I.ip_network('192.168.4.0/24')), n.subnet_of(I.ip_network('192.168.0.0/16')), n.supernet_of(I.ip_network('192.168.1.0/24')))
print(I.ip_address('192.168.1.1') in n, I.ip_network('192.168.1.0/24') in n, I.ip_address('::1') in n, n.compare_networks(I.ip_network('192.168.0.0/23')))
for text in ['10.1.1.1', '100.64.0.1', '127.0.0.1', '169.254.1.1', '224.0.0.1', '240.0.0.1', '0.0.0.0', '8.8.8.8', '192.0.0.9',
             '::1', '::', 'fe80::1', 'fec0::1', 'ff02::1', '2001:db8::1', '2606:4700::1', '::ffff:10.0.0.1', '2002:c000:0204::1', '2001:0:4136:e378:8000:63bf:3fff:fdd2']:
    a = I.ip_address(text)
    props = [p for p in ('is_private', 'is_global', 'is_reserved', 'is_loopback', 'is_link_local', 'is_multicast', 'is_unspecified', 'is_site_local') if getattr(a, p, False)]
    extra = (a.ipv4_mapped, a.sixtofour, a.teredo) if a.version == 6 else ()
    print(text, a.exploded, a.compressed, a.reverse_pointer, a.packed.hex(), int(a), props, extra)
for net in ['10.0.0.0/8', '100.64.0.0/10', '::/128', 'fe80::/64', '2001:db8::/48']:
    x = I.ip_network(net)
    print(net, x.exploded, x.is_private, x.is_global, x.is_link_local, x.is_unspecified)
a = I.ip_address('1.2.3.4')
print(format(a), format(a, 'b'), format(a, '#_x'), format(a, 'X'), f'{a:>12s}|', format(I.ip_address('::1'), '_n'))
print(a + 1, a - 4, I.ip_address('::1') + 2, sorted([I.ip_address('1.1.1.2'), I.ip_address('1.1.1.1')]), sorted([I.ip_address('::1'), a], key=I.get_mixed_type_key))
i = I.ip_interface('10.1.2.3/255.255.0.0')
print(i, repr(i), i.ip, i.network, i.netmask, i.hostmask, i.with_prefixlen, i.with_netmask, i.with_hostmask, i == I.ip_interface('10.1.2.3/16'), i == I.ip_address('10.1.2.3'))
i6 = I.ip_interface('fe80::1%eth0/64')
print(i6, i6.ip, i6.network, i6.scope_id, i6.exploded, I.ip_address('fe80::1%eth0').scope_id)
for obj in [a, n, i, I.ip_address('::2'), I.ip_network('::/64')]:
    back = pickle.loads(pickle.dumps(obj))
    print(repr(back), back == obj, hash(back) == hash(obj))
print(I.IPv4Network(('10.0.0.0', 8)), I.IPv4Network(('10.0.0.1', '255.0.0.0'), strict=False), I.ip_network('10.0.0.1/8', strict=False), I.IPv6Network(('::', 64)))
print(I.ip_address(b'\x7f\x00\x00\x01'), I.ip_address(b'\x00' * 15 + b'\x01'), I.v6_int_to_packed(1)[-2:], I.IPV4LENGTH, I.IPV6LENGTH)
