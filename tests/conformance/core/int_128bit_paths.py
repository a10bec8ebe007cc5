# Ints just past 64 bits take an __int128 path (objects/int_ops.cpp) before GMP: the edges of
# that path (2**63, 2**64, 2**127, negative values, floor rounding of // and %, shifts across 64
# and 127 bits, two's complement & | ^ of negatives) must give exactly the arbitrary-precision
# results. Also a 64-bit LCG and an FNV-1a hash, the programs that use the path most.
import operator

edges = [0, 1, -1, 7, -7, 2**31, 2**62, 2**63 - 1, -2**63, 2**63, -2**63 - 1, 2**64 - 1, 2**64, -2**64,
         2**64 + 1, 2**100 + 12345, -(2**100) - 3, 2**126, 2**127 - 1, -(2**127) + 1, 2**127, -(2**127),
         -(2**127) - 1, 2**128, -(2**128), 3**80, -(3**80), 12345678901234567890]
ops = [("+", operator.add), ("-", operator.sub), ("*", operator.mul), ("&", operator.and_),
       ("|", operator.or_), ("^", operator.xor), ("//", operator.floordiv), ("%", operator.mod)]
for name, op in ops:
    digest = 0
    for a in edges:
        for b in edges:
            try:
                r = op(a, b)
            except ZeroDivisionError:
                r = -12345
            digest = (digest * 1000003 + r) % (2**61 - 1)
    print(name, digest)
for a in edges:
    print(a, [a >> s for s in (0, 1, 63, 64, 65, 126, 127, 128, 300)], [(a << s) % (2**89 - 1) for s in (1, 62, 63, 64, 66, 100, 127)])
print(type(2**63 - 1 + 1), 2**64 // -1, -(2**126) // 3, (2**126) % -5, -(2**127 - 1) % 7, divmod(2**100, -3))

state = 42
out = []
for _ in range(2000):
    state = (state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
    out.append(state >> 33)
print(sum(out), out[-3:])

h = 0xcbf29ce484222325
for ch in "the quick brown fox jumps over the lazy dog" * 20:
    h = ((h ^ ord(ch)) * 0x100000001b3) & 0xFFFFFFFFFFFFFFFF
print(h, hex(h), h.bit_length(), -h, ~h, h == 2**64 - 1, h > 2**63, hash(h) == hash(int(str(h))))
