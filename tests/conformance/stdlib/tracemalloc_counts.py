# tracemalloc as programs use it to measure memory: start, allocate, read current and peak, stop.
import tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
tracemalloc.start()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
before, _ = tracemalloc.get_traced_memory()
block = [0.5 * i for i in range(100_000)]          # ~3 MB of floats and list
current, peak = tracemalloc.get_traced_memory()
print("holding a list:", current - before > 2_000_000, peak >= current)
del block
after, peak2 = tracemalloc.get_traced_memory()
print("after del:", after < current, peak2 >= current)
tracemalloc.reset_peak()
print("peak reset:", tracemalloc.get_traced_memory()[1] < peak2)
tracemalloc.clear_traces()
print("cleared:", tracemalloc.get_traced_memory()[0] < 100_000)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
for bad in (0, 65536, -1):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print("ValueError:", e)
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
tracemalloc.start(5)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
