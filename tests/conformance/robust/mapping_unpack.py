# ** unpacking takes mappings only: a list of pairs is not a mapping.
def f(**k): return k
for src in ["{**[(1, 2)]}", "f(**[(1, 2)])", "{**{'a': 1}, **dict(b=2)}", "f(**{'a': 1})"]:
    try:
        print(eval(src))
    except TypeError as e:
        print("TypeError:", e)
class Mapping:
    def keys(self): return ['k']
    def __getitem__(self, key): return key.upper()
print({**Mapping()}, f(**Mapping()))
d = {}
d.update([(1, 2)])
print(d)
for src in ["f(**{'a': 1}, **{'a': 2})", "f(**{1: 1})", "print(*1)", "f(*1)", "len(**{'a': 1}, **{'a': 2})"]:
    try:
        eval(src)
    except TypeError as e:
        print("TypeError:", e)
def bad_iter():
    yield 1
    raise TypeError("inside the iterable")
try:
    f(*bad_iter())
except TypeError as e:
    print("TypeError:", e)
class C:
    def m(self, **k): pass
try:
    C().m(**[1])
except TypeError as e:
    print("TypeError:", e)
