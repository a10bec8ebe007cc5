tests = ['0x0.ffffffffffffecp-1022','0x0.ffffffffffffe8p-1022','0x0.fffffffffffff0p-1022','0x0.fffffffffffff8p-1022','0x1p-1075','0x1.0000000000001p-1075','0x3p-1076','0x1.8p-1074','0x2.8p-1074','0x0.00000000000018p-1022','0x1.fffffffffffff8p1023','0x1.fffffffffffff7p1023','0x0.0000000000001p-1022']
for t in tests:
    try: print(t, float.fromhex(t).hex())
    except Exception as e: print(t, type(e).__name__, e)
import random
random.seed(5)
bad = 0
for n in range(3000):
    nd = random.randint(1, 20)
    digs = ''.join(random.choice('0123456789abcdef') for _ in range(nd))
    pos = random.randint(0, nd)
    s = '0x' + digs[:pos] + '.' + digs[pos:] + 'p' + str(random.randint(-1150, 1030))
    try: r = float.fromhex(s).hex()
    except OverflowError: r = 'OVF'
    print(s, r)
for s in ['0x1p1024','0x1.fffffffffffffp1023','0x.8p1025','0x0p99999999999999999999','0x1p-99999999999999999','0x1p99999999999999999', '1'*400+'p-1600', '0.'+'0'*400+'1p1600']:
    try: print(s, float.fromhex(s).hex())
    except OverflowError as e: print(s, e)
