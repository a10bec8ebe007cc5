# Realistic program: itertools recipes, functools caches and dispatch, heapq scheduling, bisect, operator, generator pipelines.
import itertools as it, functools as ft, heapq, bisect, operator, collections
from typing import NamedTuple

def take(n, iterable): return list(it.islice(iterable, n))
def pairwise(xs): return list(it.pairwise(xs))
def grouper(iterable, n, fill=None):
    return list(it.zip_longest(*[iter(iterable)] * n, fillvalue=fill))
def roundrobin(*iterables):
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    num = len(iterables)
    while num:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            num -= 1
            nexts = it.cycle(it.islice(nexts, num))
def powerset(s):
    s = list(s)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))
def unique_everseen(iterable, key=None):
    seen = set()
    for el in iterable:
        k = el if key is None else key(el)
        if k not in seen:
            seen.add(k)
            yield el
def sliding(iterable, n):
    d = collections.deque(maxlen=n)
    for x in iterable:
        d.append(x)
        if len(d) == n:
            yield tuple(d)

print(take(5, it.count(10, 3)), take(4, it.cycle("ab")), list(it.repeat("x", 3)), take(3, it.count(0.5, 0.25)))
print(list(it.accumulate([1, 2, 3, 4], operator.mul)), list(it.accumulate([3, 1, 4, 1, 5], max)), list(it.accumulate([1, 2, 3], initial=100)))
print(list(it.chain("ab", [1, 2])), list(it.compress("abcdef", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(it.takewhile(lambda x: x < 3, [1, 2, 3, 1])))
print(list(it.filterfalse(str.isdigit, "a1b2")), [(k, list(g)) for k, g in it.groupby("aaabbcaa")], list(it.starmap(pow, [(2, 3), (3, 2)])))
print(list(it.product("ab", range(2))), list(it.product([0, 1], repeat=2)), list(it.permutations("abc", 2)), list(it.combinations_with_replacement("ab", 2)))
a, b = it.tee(iter(range(4))); print(list(a), list(b))
print(pairwise("abcd"), grouper("abcdefg", 3, "-"), list(roundrobin("ABC", "D", "EF")), list(powerset([1, 2, 3])))
print(list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)), list(sliding(range(6), 3)))
print(list(it.islice("abcdefg", 2, None, 2)), list(zip(*[(1, "a"), (2, "b")])), list(map(operator.add, [1, 2], [10, 20])))

@ft.lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@ft.lru_cache(maxsize=2)
def sq(x): return x * x
for x in [1, 2, 1, 3, 2, 1]: sq(x)
print(sq.cache_info(), sq.__wrapped__(5))
@ft.cache
def fact(n): return 1 if n < 2 else n * fact(n - 1)
print(fact(30))
p = ft.partial(int, base=2); print(p("1011"), p.func, p.keywords, repr(ft.partial(max, 1, 2))[:20])
print(ft.reduce(lambda a, b: a * 10 + b, [1, 2, 3]), ft.reduce(operator.add, [], 0))
print(sorted(["banana", "Apple", "cherry"], key=ft.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))

@ft.singledispatch
def show(x): return f"obj:{x!r}"
@show.register
def _(x: int): return f"int:{x}"
@show.register(list)
def _(x): return "list:" + ",".join(show(i) for i in x)
@show.register(float)
@show.register(complex)
def _(x): return f"num:{x}"
print(show(1), show("s"), show([1, 2.0, "z"]), show(1j), show(True), show.dispatch(bool).__name__)

class Temp:
    def __init__(self): self._c = 0
    @ft.cached_property
    def expensive(self):
        self._c += 1
        return self._c * 100
    @ft.singledispatchmethod
    def add(self, x): return "generic"
    @add.register
    def _(self, x: int): return "int"
t = Temp(); print(t.expensive, t.expensive, t.add(1), t.add("a"))
del t.expensive; print(t.expensive)

def deco(fn):
    @ft.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper
@deco
def documented(x: int) -> int:
    "Docs here."
    return x
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__, documented.__annotations__)

# heapq: top-k, merge, scheduling
nums = [5, 1, 8, 3, 9, 2, 7]
h = nums[:]; heapq.heapify(h); print(h, [heapq.heappop(h) for _ in range(3)], h)
print(heapq.nlargest(3, nums), heapq.nsmallest(2, nums), heapq.nlargest(2, ["aa", "b", "cccc"], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6])), list(heapq.merge(["c", "a"], ["b"], key=str.upper, reverse=True)))
h = []; heapq.heappush(h, (2, "b")); heapq.heappush(h, (1, "a")); print(heapq.heappushpop(h, (0, "z")), heapq.heapreplace(h, (5, "e")), h)

class Task(NamedTuple):
    when: int
    prio: int
    name: str
events = []
q = []
for i, (w, p, n) in enumerate([(5, 1, "e"), (1, 2, "a"), (1, 1, "b"), (3, 0, "c")]):
    heapq.heappush(q, (w, p, i, Task(w, p, n)))
while q:
    *_, task = heapq.heappop(q)
    events.append(task.name)
print(events, Task(1, 2, "x")._asdict(), Task._fields, Task(1, 2, "x")._replace(name="y"))

# bisect
grades = [60, 70, 80, 90]
print([("FDCBA"[bisect.bisect(grades, s)]) for s in [33, 99, 77, 70, 89, 90, 100]])
xs = []
for v in [5, 1, 4, 1, 5, 9, 2, 6]:
    bisect.insort(xs, v)
print(xs, bisect.bisect_left(xs, 5), bisect.bisect_right(xs, 5), bisect.bisect_left(xs, 5, lo=0, hi=3))
recs = sorted([("b", 2), ("a", 5), ("c", 1)], key=lambda r: r[1])
print(bisect.bisect_left(recs, 2, key=lambda r: r[1]), bisect.insort(recs, ("d", 3), key=lambda r: r[1]), recs)

# operator
getter = operator.itemgetter(1, 0); print(getter(("a", "b")), operator.attrgetter("real", "imag")(3 + 4j), operator.methodcaller("split", ",")("a,b"))
rows = [{"n": "x", "v": 3}, {"n": "y", "v": 1}]; print(sorted(rows, key=operator.itemgetter("v")))
print(operator.index(5), operator.concat([1], [2]), operator.contains("abc", "b"), operator.countOf([1, 1, 2], 1), operator.indexOf("abc", "c"), operator.truth([]), operator.neg(3), operator.is_(None, None))
lst = [1, 2, 3]; operator.setitem(lst, 0, 9); operator.delitem(lst, 1); print(lst, operator.getitem(lst, -1), operator.iadd([1], [2]), operator.length_hint(iter(range(5))))
# generator pipeline
def read_lines():
    for i in range(1, 30):
        yield f"{i},{'ok' if i % 3 else 'fail'},{i * 1.5}"
def parse(lines):
    for l in lines:
        i, st, v = l.split(",")
        yield int(i), st, float(v)
def only_ok(recs):
    return (r for r in recs if r[1] == "ok")
def batch(recs, n):
    it_ = iter(recs)
    while chunk := list(it.islice(it_, n)):
        yield chunk
for chunk in batch(only_ok(parse(read_lines())), 6):
    print(len(chunk), sum(r[2] for r in chunk), chunk[0][0])
def coro_avg():
    total = count = 0
    avg = None
    while True:
        x = yield avg
        if x is None: break
        total += x; count += 1; avg = total / count
    return avg
c = coro_avg(); next(c)
print([c.send(v) for v in [10, 20, 30]])
try:
    c.send(None)
except StopIteration as e:
    print("final", e.value)
def delegator():
    r = yield from coro_avg()
    yield ("done", r)
d = delegator(); next(d); d.send(4); d.send(8); print(d.send(None))
print(sum(x * x for x in range(10) if x % 2), max(range(10), key=lambda x: (x % 3, x)), min([], default="empty"), sorted("bca", reverse=True))
print(list(enumerate("ab", start=1)), list(reversed(range(3))), dict(zip("ab", range(2))), any(x > 3 for x in [1, 5]), all([]))
print(list(zip([1, 2, 3], "ab")), list(filter(None, [0, 1, "", "a", None])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
