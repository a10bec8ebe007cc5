# _bisect: bisect/insort left and right, lo/hi/key, Argument Clinic's errors, non-list sequences,
# and key functions that mutate the list.
import bisect

print(bisect.bisect.__module__, bisect.bisect is bisect.bisect_right, bisect.insort is bisect.insort_right)
a = [1, 2, 2, 2, 3, 5]
for x in (0, 1, 2, 4, 5, 6):
    print(x, bisect.bisect_left(a, x), bisect.bisect_right(a, x), bisect.bisect(a, x, 2), bisect.bisect_left(a, x, 1, 4))
print(bisect.bisect([1, 2, 3], 5, 0, -1), bisect.bisect([1, 2], 1, 0, -5), bisect.bisect([1, 2], 1, 5))
print(bisect.bisect_right(a, 2, lo=1, hi=3), bisect.bisect_left(x=2, a=a))
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]), bisect.bisect_right(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('d', 4), key=lambda r: r[1])
bisect.insort_left(recs, ('e', 3), key=lambda r: r[1])
print(recs)
l = []
for v in [5, 1, 4, 1, 3]:
    bisect.insort_left(l, v)
    bisect.insort_right(l, v * 10)
print(l)
print(bisect.bisect_left(range(0, 100, 5), 42), bisect.bisect_right((1, 2, 3), 2), bisect.bisect('acegi', 'd'))

class Seq:
    def __init__(self):
        self.items = [1, 3, 5]
    def __len__(self):
        return len(self.items)
    def __getitem__(self, i):
        return self.items[i]
    def insert(self, i, x):
        print('insert', i, x)
        self.items.insert(i, x)
s = Seq()
bisect.insort(s, 4)
print(s.items)

def err(f, *args, **kw):
    try:
        print('ok', f(*args, **kw))
    except Exception as e:
        print(type(e).__name__, e)

err(bisect.bisect, [1, 2], 1, -1)
err(bisect.bisect, [1, 2], 1, 'a')
err(bisect.bisect, [1, 2], 1, 0, 'a')
err(bisect.bisect)
err(bisect.bisect_left, [1])
err(bisect.bisect, [1], 2, 3, 4, 5)
err(bisect.bisect, 1, 2)
err(bisect.insort, (1, 2), 1)
err(bisect.bisect, [1, 2], 1, foo=1)
err(bisect.bisect, [1], 2, 0, None, None)
err(bisect.bisect, [1, 2], 1, 0, 10)
err(bisect.insort_left, [1, 2], 1, 0, 10)
err(bisect.bisect, [1, 'a'], 2)
err(bisect.bisect, [1, 2], 1, lo=2.0)
err(bisect.bisect, [1, 2], 1, 0, 2**70)

# A key that shrinks the list: items are fetched afresh on every probe, so IndexError, no crash.
data = list(range(10))
def shrink(v):
    if data:
        data.pop()
    return v
err(bisect.bisect_left, data, 7, key=shrink)
data = list(range(10))
def clear(v):
    data.clear()
    return v
err(bisect.insort, data, 3, key=clear)
print(data)
