# array: typecodes, range checks with CPython's messages, sequence methods, bytes round trips.
import array

for tc in "bBhHiIlLqQ":
    for v in (2 ** 64, -2 ** 64, 300 if tc in "bB" else 2 ** 33, -1, 1.5, "x"):
        try:
            array.array(tc, [v])
            print(tc, "ok")
        except Exception as e:
            print(tc, type(e).__name__, e)
cases = [lambda: array.array("z"), lambda: array.array("f", ["a"]), lambda: array.array("u", [1]), lambda: array.array("i", [1])[5],
         lambda: array.array("i").pop(), lambda: array.array("i").remove(3), lambda: array.array("i").index(3),
         lambda: array.array("i").extend(array.array("d")), lambda: array.array("i").frombytes(b"abc"),
         lambda: array.array("i", "ab"), lambda: array.array("u", "ab").tounicode(), lambda: array.array("i").tounicode(),
         lambda: array.array("i", b"\x01\x00\x00\x00"), lambda: array.array("i", [1, 2]) * 2, lambda: array.array("d", [1.5]),
         lambda: array.array("f", [0.1]), lambda: array.array("u", "hi"), lambda: array.array("i", range(3)) == array.array("d", [0, 1, 2]),
         lambda: array.array("b", [1]) < array.array("b", [2]), lambda: array.array("i")[0:1], lambda: array.array("i", [1, 2, 3])[::-1],
         lambda: array.array("i", [1, 2]).insert(-10, 5), lambda: array.array("i", [1])[1.0],
         lambda: array.array("i", [1, 2]).__setitem__(slice(0, 1), [5]), lambda: array.array("i", [1]).fromlist([1, "a"]),
         lambda: array.array("i", [1]).buffer_info()[1], lambda: array.array("i", [1, 2, 3]).byteswap(), lambda: array.array.__name__,
         lambda: array.typecodes, lambda: array.ArrayType, lambda: array.array("d", [1, 2]).tobytes(), lambda: array.array("H", [1, 2]).itemsize,
         lambda: bytes(array.array("h", [1, -1])), lambda: array.array("u", "é€").tobytes(), lambda: array.array("q", [-5]).tolist()]
for case in cases:
    try:
        print(repr(case()))
    except Exception as e:
        print(type(e).__name__, e)
a = array.array("i", [1, 2, 3, 4, 5])
del a[1:3]
a[0:1] = array.array("i", [9, 9])
print(a, a.itemsize, a.typecode, len(a), 3 in a, a.count(9), list(reversed(a)), a.index(4), a.index(9, 1))
a.append(7); a.extend([8, 9]); a.insert(0, -1); print(a, a.pop(), a.pop(0), a)
a.remove(9); a.reverse(); print(a, a.tolist(), a + array.array("i", [0]), a[1], a[-1])
a += array.array("i", [5]); a *= 2; print(a, len(a))
b = array.array("i"); b.frombytes(a.tobytes()); print(b == a, b is not a)
s = array.array("H", [1, 256]); s.byteswap(); print(s)
f = array.array("f", [1.5, 2.25]); print(f, f.tobytes(), sum(f))
u = array.array("u", "hello"); u.fromunicode(" world"); print(u, u.tounicode(), u[0], len(u))
d = array.array("d", (x / 2 for x in range(4))); d[1] = 7; print(d, max(d), sorted(d))
print(array.array("B", b"abc"), array.array("b", [-1, 1]).tobytes(), array.array("L", [2 ** 64 - 1]), array.array("Q", [0]) != array.array("Q", [1]))
