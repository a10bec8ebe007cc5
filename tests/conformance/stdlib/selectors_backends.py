# selectors: the same register/select/modify/unregister/close sequence on each backend, with
# every error message; ready lists sorted (the system decides their order).
import os
import selectors

for cls in (selectors.SelectSelector, selectors.PollSelector, selectors.EpollSelector, selectors.DefaultSelector):
    s = cls()
    r, w = os.pipe()
    k = s.register(r, selectors.EVENT_READ, 'd')
    s.register(w, selectors.EVENT_WRITE)
    print(cls.__name__, (k.fd == r, k.events, k.data), [(key.fd == w, ev) for key, ev in s.select(0)],
          len(s.get_map()), sorted(s.get_map()) == [r, w], s.get_key(r) is k, s.get_map().get(99, 'none'))
    os.write(w, b'x')
    print(sorted((key.fd == r, ev) for key, ev in s.select(0.01)), sorted((key.fd == r, ev) for key, ev in s.select(None)))
    m1 = s.modify(r, selectors.EVENT_READ, 'new')
    m2 = s.modify(w, selectors.EVENT_READ | selectors.EVENT_WRITE)
    m3 = s.modify(w, selectors.EVENT_READ | selectors.EVENT_WRITE)
    print(m1.data, m2.events, m3 is m2 or m3 == m2, s.get_key(r).data)
    for bad in (lambda: s.register(r, 1), lambda: s.register(-1, 1), lambda: s.register('x', 1), lambda: s.register(w + 50, 4 + 64),
                lambda: s.register(w + 50, 0), lambda: s.unregister(99), lambda: s.modify(99, 1), lambda: s.get_key(99)):
        try:
            bad()
        except (KeyError, ValueError) as e:
            text = str(e)
            if isinstance(e, KeyError):
                text = text.replace(str(r), 'R').replace(str(w), 'W')
            print('  ', type(e).__name__, text)
    s.unregister(w)
    print(sorted(s.get_map()) == [r], s.unregister(r).fd == r, len(s.get_map()))
    s.register(r, selectors.EVENT_READ)
    m = s.get_map()
    with s:
        pass
    print(s.get_map(), len(m))
    try:
        s.get_key(r)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        m[r]
    except KeyError:
        print('KeyError after close')
    os.close(r)
    os.close(w)

class File:
    def __init__(self, fd):
        self.fd = fd
    def fileno(self):
        return self.fd

s = selectors.SelectSelector()
r, w = os.pipe()
f = File(r)
s.register(f, selectors.EVENT_READ)
f.fd = -1   # "closed": found again through the registrations
print(s.get_key(f).fileobj is f, s.unregister(f).fd == r)
os.close(r)
os.close(w)
print(issubclass(selectors.EpollSelector, selectors.BaseSelector), selectors.SelectorKey._fields,
      selectors.EVENT_READ, selectors.EVENT_WRITE)
