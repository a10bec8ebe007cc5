# Subclasses of str, bytes, tuple and int get an instance __dict__ that lives after their
# inline data: long values, attributes and the values themselves stay intact.
class S(str):
    pass

class B(bytes):
    pass

class T(tuple):
    pass

class I(int):
    pass

s = S("hello world, this is a long string")
s.x = 1
b = B(b"hello world, this is a long bytes object")
b.y = [2]
t = T(range(10))
t.z = {"k": 3}
e = T()
e.w = 4
i = I(10 ** 30)
i.v = 5
print(s, s.x, s.__dict__)
print(b, b.y)
print(t, t.z, e, e.w)
print(i, i.v)
print(s.upper(), b[:5], t[3:6], i + 1)
for n in range(20):
    tt = T(range(n))
    tt.n = n
    assert tt.n == n and list(tt) == list(range(n))
print("ok")
