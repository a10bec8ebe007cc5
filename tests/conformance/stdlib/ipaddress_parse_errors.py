# ipaddress: what each constructor accepts, and the exact error type and message for what it refuses.
import ipaddress as I
cases = [
 (I.ip_address, 'x'), (I.ip_network, 'x'), (I.ip_interface, 'x'), (I.IPv4Address, '1.2.3'), (I.IPv4Address, ''),
 (I.IPv4Address, '1.2.3.a'), (I.IPv4Address, '1.2.3.1234'), (I.IPv4Address, '01.2.3.4'), (I.IPv4Address, '256.1.1.1'),
 (I.IPv4Address, 2**32), (I.IPv4Address, -1), (I.IPv4Address, b'\x00'), (I.IPv6Address, b'\x00'), (I.IPv6Address, 2**128),(I.IPv6Address, -1),
 (I.IPv6Address, '1:2:3:4:5:6:7:8:9'), (I.IPv6Address, '1:2'), (I.IPv6Address, '1:2:3:4:5:6:7'), (I.IPv6Address, '1::2::3'),
 (I.IPv6Address, ':1:2:3:4:5:6:7'), (I.IPv6Address, '1:2:3:4:5:6:7:'), (I.IPv6Address, '1:2:3:4::5:6:7:8'), (I.IPv6Address, '12345::'),
 (I.IPv6Address, 'g::'), (I.IPv6Address, ''), (I.IPv6Address, 'fe80::1%'), (I.IPv6Address, 'fe80::1%a%b'), (I.IPv6Address, '::1.2.3'),
 (I.IPv6Address, '::1.2.3.4'), (I.IPv4Address, '1.2.3.4/24'), (I.IPv6Address, '::/24'), (I.IPv4Network, '1.2.3.4/24'), (I.IPv4Network, '1.2.3.0/33'),
 (I.IPv4Network, '1.2.3.0/255.255.0.255'), (I.IPv4Network, '1.2.3.0/0.0.0.255'), (I.IPv4Network, '1.2.3.0/a'), (I.IPv4Network, '1.2.3.0/1/2'),
 (I.IPv6Network, '::1/64'), (I.IPv6Network, '::/129'), (I.IPv6Network, '::/-1'), (I.IPv4Network, '1.2.3.0/ 24'), (I.IPv4Network, '1.2.3.0/024'),
 (I.IPv4Network, ('1.2.3.0', 24)), (I.IPv4Network, ('1.2.3.0', '255.255.255.0')), (I.IPv4Network, (1, 24)), (I.IPv4Network, ('1.2.3.4', 24, 1)),
 (I.IPv4Interface, '1.2.3.4/24'), (I.IPv4Interface, '1.2.3.4/40'), (I.IPv6Interface, 'fe80::1%eth0/64'), (I.IPv6Address, 'fe80::1%eth0'),
 (I.IPv4Address, 1.5), (I.IPv4Address, None), (I.IPv6Address, '::ffff:1.2.3.4'), (I.IPv6Address, '1:2:3:4:5:6:1.2.3.4'), (I.IPv6Address,'1:2:3:4:5:6:7:1.2.3.4'),
 (I.IPv4Network, '10.0.0.0/8'), (I.IPv4Network, '1.2.3.4/0.0.0.0'), (I.IPv4Network, '1.2.3.4/255.255.255.255'),(I.IPv4Network,'0.0.0.0/0'),
 (I.ip_address, 3), (I.ip_address, 2**33), (I.ip_address, -1), (I.ip_network, -1), (I.ip_network, 2**129), (I.ip_address, b'1234'), (I.ip_address, b'12'),
 (I.IPv4Address, '1.2.3.4 '), (I.IPv4Address, '١.2.3.4'), (I.IPv6Address, '::١'), (I.IPv4Network, '1.2.3.4/24/'), (I.IPv4Network, '/24'),
]
for f, a in cases:
    try:
        r = f(a)
        print(f.__name__, repr(a), '->', repr(r), str(r))
    except Exception as e:
        print(f.__name__, repr(a), 'EXC', type(e).__name__, e)
