# s[a:b], s[a:b:c] and l[a:b] = v run with no slice object when the sequence is an exact list,
# tuple or str and the bounds are ints or None; every other case goes the general way. Both
# must give the same results and the same errors, in the same loop as the types change.
import sys
import zlib

class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __repr__(self): return f"Idx({self.v})"

class L(list):
    def __getitem__(self, k):
        return ("L", k) if isinstance(k, slice) else list.__getitem__(self, k)

class T(tuple): pass
class S(str): pass

big = 2 ** 70
seqs = [list(range(10)), tuple(range(10)), "abcdefghij", "añb€cdéfgh", L(range(10)), T(range(10)), S("abcdefghij"), b"abcdefghij"]
bounds = [None, 0, 3, -3, 8, 100, -100, True, False, Idx(2), big, -big]
for seq in seqs:
    out = []
    for a in bounds:
        for b in bounds:
            out.append(seq[a:b])
            for c in (None, 1, 2, -1, -3, Idx(-2), big, -big):
                out.append(seq[a:b:c])
    print(type(seq).__name__, len(out), zlib.crc32(repr(out).encode()), repr(out[-3:])[:120])

for seq in seqs:
    for bad in (1.5, "x"):
        try:
            seq[bad:2]
        except TypeError as e:
            print(type(seq).__name__, "TypeError", e)
    try:
        seq[1:2:0]
    except ValueError as e:
        print(type(seq).__name__, "ValueError", e)

# Stores: step 1 takes the plain path on exact lists; steps, subclasses and bad values do not.
def stores():
    res = []
    for a in (None, 0, 2, -2, 7, 50, -50, True, Idx(1), big):
        for b in (None, 0, 3, -1, 50, False, Idx(4), -big):
            x = list(range(8))
            x[a:b] = "XY"
            res.append(x[:])
            y = list(range(8))
            y[a:b] = y
            res.append(y)
            z = L(range(8))
            z[a:b] = (9,)
            res.append(list(z))
    return res

r = stores()
print(len(r), r[:3], r[-3:])
x = list(range(10))
x[1:9:2] = "abcd"
print(x)
try:
    x[1:9:2] = "ab"
except ValueError as e:
    print("ValueError", e)
try:
    x[2:4] = 5
except TypeError as e:
    print("TypeError", e)
t = (1, 2, 3)
try:
    t[0:1] = [4]
except TypeError as e:
    print("TypeError", e)

# Types changing mid-loop at one site.
def slicer(items):
    return [s[1:3] for s in items] + [s[::-2] for s in items]

print(slicer([[1, 2, 3, 4], (5, 6, 7, 8), "wxyz", L([1, 2, 3]), {1: 2, slice(1, 3): "d"} if False else [0, 0, 0, 0], b"wxyz", bytearray(b"wxyz"), range(4)]))
try:
    slicer([{1: 2}])
except TypeError as e:
    print("TypeError", e)

# An exception from a plain slice store points at the store in the traceback.
import traceback
def bad_store(lst):
    lst[0:1] = 42

try:
    bad_store([1, 2])
except TypeError:
    tb = traceback.format_exc().splitlines()
    print("\n".join(line for line in tb if "File" not in line))

# Self-referencing and shrinking/growing stores, deletes.
a = list(range(6))
a[::1] = a
a[2:2] = [7, 7]
a[-1:] = []
del a[1:3]
print(a, a[::-1], a[len(a):], a[-1:-len(a)-1:-1])
s = "hello, world"
print(s[7:], s[:-7], s[::-1], s[1::3], s[100:], s[-100:2], (s * 3)[5:30:4])
print(sys.getrefcount is not None)
