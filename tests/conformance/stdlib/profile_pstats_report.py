# cProfile, profile and pstats: call counts, recursion (primitive calls), per-caller figures,
# built-in function names and the report layout, made deterministic by a timer that ticks once
# per reading; pstats saving, loading, adding, sorting and restricting.
import cProfile
import profile
import pstats
import io
import os
import tempfile

ticks = [0]


def timer():
    ticks[0] += 1
    return ticks[0]


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


def helper(items):
    items.append(len(items))
    return ' '.join(map(str, items)).upper()


def work():
    data = sorted([3, 1, 2])
    text = helper(data)
    return fib(6) + len(text)


def report(stats, *restrictions):
    out = io.StringIO()
    stats.stream = out
    stats.print_stats(*restrictions)
    stats.print_callers(*restrictions)
    stats.print_callees(*restrictions)
    return out.getvalue()


prof = cProfile.Profile(timer, 0.001)
prof.enable()
work()
prof.disable()
st = pstats.Stats(prof, stream=io.StringIO()).strip_dirs()
print(report(st.sort_stats('cumulative', 'name')))
print(report(st.sort_stats(pstats.SortKey.CALLS, pstats.SortKey.NAME), 3))
print(report(st.sort_stats('tottime', 'name'), 'fib|helper', 0.5))
print(report(st.sort_stats('nfl'), '(('))
print(sorted((k, v[:4], sorted(v[4].items())) for k, v in st.stats.items()))
print(st.total_calls, st.prim_calls, round(st.total_tt, 6))
print(st.get_stats_profile().func_profiles['fib'])

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'out.prof')
    again = cProfile.Profile(timer, 0.001)
    again.runcall(fib, 4)
    again.dump_stats(path)
    loaded = pstats.Stats(path, stream=io.StringIO())
    loaded.files = ['<file>']
    loaded.strip_dirs().add(st)
    print(report(loaded.sort_stats('calls', 'name'), 4))

with cProfile.Profile(timer, 0.001) as ctx:
    fib(3)
ctx.create_stats()
print(sorted((k[2], v[:2]) for k, v in ctx.stats.items() if k[0] != '~'))

# The pure-Python profiler's own timing model differs: only its counts are compared.
pure = profile.Profile(timer)
pure.runctx('work()', globals(), None)
pure.create_stats()
def short(key):
    return (os.path.basename(key[0]),) + key[1:]


print(sorted((short(k), v[:2], sorted((short(c), n) for c, n in v[4].items())) for k, v in pure.stats.items()))

for bad in [lambda: pstats.Stats(cProfile.Profile()), lambda: st.sort_stats('calls', pstats.SortKey.NAME), lambda: st.sort_stats('bogus')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
print(list(pstats.SortKey), pstats.SortKey('ncalls'), pstats.SortKey.TIME == 'time')
