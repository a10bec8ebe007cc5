# Slices with a step near sys.maxsize pick one item; the index of the next one would overflow
# (UBSan caught a cursor stepped past the end in list/tuple getslice).
import sys

a = [0, 1, 2, 3, 4]
print(a[3::sys.maxsize], a[-pow(2, 128):3], a[3:pow(2, 145)])
print(tuple(a)[3::sys.maxsize], "abcde"[3::sys.maxsize], "ab\u00e9de"[2::sys.maxsize])
print(b"abcde"[3::sys.maxsize], bytearray(b"abcde")[3::sys.maxsize])
print(a[1::-sys.maxsize], a[::-sys.maxsize - 1], a[4::-sys.maxsize])
a[3::sys.maxsize] = [9]
print(a)
del a[3::sys.maxsize]
print(a)
ba = bytearray(b"abcde")
ba[1::sys.maxsize] = b"Z"
print(ba)
del ba[1::sys.maxsize]
print(ba)
m = memoryview(b"x" * 16).cast("q")
print(m[::sys.maxsize].strides, m[::-sys.maxsize].strides, len(m[::sys.maxsize]))
print(list(range(10))[2::sys.maxsize], range(10)[2::sys.maxsize])
