# lru_cache and cache: hits/misses, eviction order, keyword keys, typed, cache_clear.
import functools

calls = []


@functools.lru_cache(maxsize=2)
def sq(x, y=0):
    calls.append((x, y))
    return x * x + y


print(sq(2), sq(2), sq(3), sq(2, y=1), sq(2, y=1))
print(sq.cache_info())
sq(3)
sq(4)
sq(3)
print(calls)
print(sq.cache_info().hits, sq.cache_info().currsize)
sq.cache_clear()
print(sq.cache_info())


@functools.cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(60), fib.cache_info())


@functools.lru_cache
def ident(x):
    calls.append(x)
    return x


calls.clear()
ident(1)
ident(1.0)
print(calls, ident.cache_info().maxsize)


@functools.lru_cache(typed=True)
def typed(x):
    calls.append(x)
    return x


calls.clear()
typed(1)
typed(1.0)
print(calls, typed.__name__, typed.cache_parameters())


class K:
    @functools.lru_cache
    def m(self, n):
        return n * 10


print(K().m(3))
