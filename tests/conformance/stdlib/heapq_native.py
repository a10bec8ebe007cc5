# _heapq: the primitives on lists, errors, the _max variants, and comparisons that mutate the heap.
import heapq, _heapq

print(heapq.heappush.__module__, heapq.heappop.__name__, heapq.merge.__module__)
h = []
for x in [5, 3, 8, 1, 9, 2, 7, 1]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
a = [9, 8, 7, 6, 5, 4, 3, 2, 1, 0]
heapq.heapify(a)
print(a)
print(heapq.heapreplace(a, 10), a)
print(heapq.heappushpop(a, -1), heapq.heappushpop(a, 4), a)
print(heapq.heappushpop([], 3))
b = [1, 5, 2, 8, 3]
heapq._heapify_max(b)
print(b, heapq._heappop_max(b), b, heapq._heapreplace_max(b, 0), b)
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(heapq.nsmallest(3, [5, 1, 4, 2]), heapq.nlargest(2, [5, 1, 4, 2]))
pairs = [(2, 'b'), (1, 'z'), (2, 'a'), (1, 'y')]
heapq.heapify(pairs)
print([heapq.heappop(pairs) for _ in range(4)])

def err(f, *args, **kw):
    try:
        r = f(*args, **kw)
        print('ok', r)
    except Exception as e:
        print(type(e).__name__, e)

err(heapq.heappop, [])
err(heapq.heapreplace, [], 1)
err(heapq._heappop_max, [])
err(heapq.heappush, (), 1)
err(heapq.heappop, 'abc')
err(heapq.heapify, None)
err(heapq.heappush, [])
err(heapq.heappush, [], 1, 2)
err(heapq.heappop)
err(heapq.heappop, [], [])
err(heapq.heappush, heap=[], item=1)
err(heapq.heapify, [1, 'a', 2])
err(heapq.heappush, [1], 'a')

class Evil:
    # A comparison that empties or grows the heap: RuntimeError, never a crash.
    def __init__(self, v, heap, action):
        self.v, self.heap, self.action = v, heap, action
    def __lt__(self, other):
        if self.action == 'clear':
            self.heap.clear()
        elif self.action == 'grow':
            self.heap.append(Evil(0, self.heap, None))
        return self.v < other.v
    def __repr__(self):
        return 'E%d' % self.v

for action in ('clear', 'grow'):
    h = []
    for v in range(6):
        h.append(Evil(v, h, None))
    h[-1].action = action
    h[-1].v = -1
    err(heapq.heapify, h)
    h = [Evil(v, None, None) for v in range(6)]
    for e in h:
        e.heap = h
    h[0].action = action
    err(heapq.heappop, h)
    h = [Evil(1, None, None)]
    h[0].heap = h
    x = Evil(5, h, action)
    err(heapq.heappushpop, h, x)
    print(len(h) >= 0)

class Shuffle:
    # Reorders the list (same size) during comparisons: no error, every item kept.
    def __init__(self, v, heap):
        self.v, self.heap = v, heap
    def __lt__(self, other):
        self.heap.reverse()
        return self.v < other.v
h = []
for v in [4, 2, 6, 1, 3]:
    heapq.heappush(h, Shuffle(v, h))
print(sorted(s.v for s in h))
print(sorted(heapq.heappop(h).v for _ in range(5)))

class L(list):
    pass
s = L([3, 1, 2])
heapq.heapify(s)
print(type(s).__name__, s, heapq.heappop(s))
