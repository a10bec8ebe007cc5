import io
def t(f):
    try: r = f(); print(repr(r))
    except Exception as e: print(type(e).__name__, e)
for nl in (None, '', '\n', '\r', '\r\n'):
    s = io.StringIO("a\r\nb\rc\nd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), repr(s.newlines))
    s.write("x\r"); s.write("\ny")
    print(repr(s.getvalue()), repr(s.newlines))
t(lambda: io.StringIO(newline=1))
t(lambda: io.StringIO(newline='x'))
t(lambda: io.StringIO(1))
t(lambda: io.StringIO().write(1))
s = io.StringIO("abc")
t(lambda: s.read('x'))
t(lambda: s.readline('x'))
t(lambda: s.seek(1.0))
t(lambda: s.seek(1, 1))
t(lambda: s.seek(1, 2))
t(lambda: s.seek(-1))
t(lambda: s.seek(0, 3))
t(lambda: s.truncate(-1))
t(lambda: s.truncate('x'))
t(lambda: s.seek(10)); t(lambda: s.read()); t(lambda: s.write("z")); t(lambda: s.getvalue())
t(lambda: s.__getstate__())
t(lambda: s.__setstate__((1,2)))
t(lambda: s.__setstate__(("q", None, 'a', None)))
t(lambda: s.__setstate__(("q", None, -1, None)))
t(lambda: s.__setstate__(("q", None, 1, 5)))
t(lambda: s.__setstate__(("q\r", None, 1, {'k': 1})))
t(lambda: (s.getvalue(), s.tell(), s.k))
s.close()
for name in ('read', 'readline', 'getvalue', 'tell', 'readable', 'writable', 'seekable', '__getstate__', 'truncate', 'close'):
    t(lambda: getattr(s, name)())
t(lambda: s.write('a')); t(lambda: s.seek(0)); t(lambda: s.closed); t(lambda: s.newlines); t(lambda: s.line_buffering)
t(lambda: next(s)); t(lambda: iter(s)); t(lambda: s.__setstate__(("a", None, 0, None)))
class S(io.StringIO):
    def __init__(self): pass
u = S()
for name in ('read', 'getvalue', 'close', 'readable'):
    t(lambda: getattr(u, name)())
t(lambda: u.closed)
print(type(io.StringIO()).__module__, io.StringIO.__name__, io.StringIO.__qualname__, io.StringIO().encoding, io.StringIO().errors)
t(lambda: io.StringIO().detach())
class R(io.StringIO):
    def readline(self): return 5
t(lambda: next(R("a")))
s = io.StringIO("ab\r\ncd\re", newline='')
t(lambda: [s.readline(3), s.readline(1), s.readline(), s.readline(), s.readline()])
s = io.StringIO("ab\r\ncd\re", newline='\r\n')
t(lambda: [s.readline(3), s.readline(), s.readline(), s.readline()])
s = io.StringIO("é\nü\n")
t(lambda: [s.read(1), s.tell(), s.readline(), s.seek(3), s.read(), s.seek(9), s.write("€"), s.getvalue(), s.truncate(2), s.tell(), s.getvalue()])
s = io.StringIO()
t(lambda: [s.write(""), s.seek(4), s.write(""), s.getvalue(), s.write("x"), s.getvalue()])
t(lambda: io.StringIO("abc").truncate(None))
t(lambda: io.StringIO("abc").read(None))
t(lambda: io.StringIO("abc", None).__getstate__())
t(lambda: io.StringIO(None).getvalue())
t(lambda: io.StringIO(initial_value="x", newline=None).getvalue())
t(lambda: io.StringIO("x", "\n", 3))
t(lambda: io.StringIO().write("a", "b"))
t(lambda: io.StringIO().read(1, 2))
t(lambda: io.StringIO().tell(1))
t(lambda: io.StringIO().seek())
t(lambda: io.StringIO().getvalue(1))
t(lambda: io.StringIO().seek(2**70))
t(lambda: io.StringIO().truncate(2**70))
t(lambda: io.StringIO(foo=1))

# Pickling and copying go through __getstate__/__setstate__.
import copy, pickle
s = io.StringIO("héllo\nworld\n", newline=None)
s.readline(); s.extra = [1, 2]
for c in (copy.copy(s), copy.deepcopy(s), pickle.loads(pickle.dumps(s))):
    print(type(c).__name__, repr(c.getvalue()), c.tell(), c.extra, c.readline(), c.newlines)

# Subclasses: overridden write is used by print(); iteration calls an overridden readline.
class Upper(io.StringIO):
    def write(self, s):
        return super().write(s.upper())
u = Upper()
print("abc", 1, file=u)
print(repr(u.getvalue()), isinstance(u, io.TextIOBase), isinstance(u, io.IOBase))
class Numbered(io.StringIO):
    def __init__(self, text):
        super().__init__(text)
        self.n = 0
    def readline(self, size=-1):
        self.n += 1
        line = super().readline(size)
        return line and "%d:%s" % (self.n, line)
print(list(Numbered("a\nb\nc")))
class Closer(io.StringIO):
    def close(self):
        print("Closer.close", self.closed)
        super().close()
Closer("x")
import gc; gc.collect()

# Iteration, readlines with a hint, writelines, context manager, closed states.
s = io.StringIO()
s.writelines(["one\n", "two\n", "three"])
s.seek(0)
print(s.readlines(5), s.readlines())
s.seek(0)
print([len(l) for l in s], list(s))
with io.StringIO("ctx") as c:
    print(c.read(), c.closed)
print(c.closed)
try:
    with c: pass
except ValueError as e:
    print(e)

# Overwriting in the middle, across non-ASCII text, and seek/tell round trips.
s = io.StringIO("αβγδε")
s.seek(2); print(s.write("XY"), repr(s.getvalue()), s.tell())
s.seek(4); print(s.write("ωωω"), repr(s.getvalue()), s.tell(), s.read())
s.seek(1); print(repr(s.read(2)), s.tell(), repr(s.readline()), s.tell())
s.seek(0, 2); print(s.tell()); s.seek(0); print(s.tell())
print(s.truncate(3), repr(s.getvalue()), s.tell(), repr(s.read()))
s.seek(1); print(s.truncate(), repr(s.getvalue()), s.tell())
big = io.StringIO()
for i in range(1000):
    big.write("é%d\r\n" % i if i % 2 else "%d\n" % i)
big.seek(0)
print(sum(1 for _ in big), big.tell(), len(big.getvalue()))
t = io.StringIO(newline=None); t.write("a\r\nb\rc"); print(repr(t.getvalue()), t.newlines)
print(io.StringIO("a\nb").readline(-5), repr(io.StringIO("abc").readline(0)), repr(io.StringIO("abc").read(0)))
print(repr(io.StringIO("abc").readline(None)))
