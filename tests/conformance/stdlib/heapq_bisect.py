# heapq (push/pop order, heapify layout, replace/pushpop, merge, nlargest) and bisect.
import bisect
import heapq

h = []
for x in [5, 1, 8, 3, 9, 2, 7]:
    heapq.heappush(h, x)
print(h)
print([heapq.heappop(h) for _ in range(len(h))])
data = [9, 4, 7, 1, 8, 2, 6]
heapq.heapify(data)
print(data)
print(heapq.heapreplace(data, 5), data)
print(heapq.heappushpop(data, 0), heapq.heappushpop(data, 10), data)
tasks = []
for prio, name in [(2, "b"), (1, "a"), (2, "a"), (1, "c")]:
    heapq.heappush(tasks, (prio, name))
print([heapq.heappop(tasks) for _ in range(4)])
print(list(heapq.merge([1, 4, 7], [2, 5], [3, 6, 9])))
print(list(heapq.merge(["b", "d"], ["a", "c"], key=str.upper)))
print(heapq.nlargest(3, [5, 1, 9, 7, 3]), heapq.nsmallest(2, [5, 1, 9, 7, 3], key=lambda v: -v))
try:
    heapq.heappop([])
except IndexError as e:
    print("IndexError:", e)
a = [1, 2, 2, 4]
print(bisect.bisect_left(a, 2), bisect.bisect_right(a, 2), bisect.bisect(a, 3))
bisect.insort(a, 3)
bisect.insort_left(a, 2)
print(a)
recs = [(1, "x"), (3, "y")]
bisect.insort(recs, (2, "z"), key=lambda r: r[0])
print(recs, bisect.bisect_left(recs, 3, key=lambda r: r[0]))
try:
    bisect.bisect([], 1, -1)
except ValueError as e:
    print(e)
