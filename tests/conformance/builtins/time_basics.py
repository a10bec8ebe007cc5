# time: clocks move forward and have the right types, sleep accepts ints and floats, its errors,
# and the calendar functions at fixed timestamps.
import time
t0, m0, p0 = time.time(), time.monotonic(), time.perf_counter()
time.sleep(0.02)
time.sleep(0)
print(time.time() >= t0, time.monotonic() - m0 >= 0.015, time.perf_counter() > p0)
print(type(time.time()).__name__, type(time.time_ns()).__name__, type(time.monotonic_ns()).__name__,
      type(time.perf_counter_ns()).__name__, type(time.process_time()).__name__)
print(abs(time.time_ns() / 1e9 - time.time()) < 1.0)
g = time.gmtime(0)
print(g.tm_year, g.tm_mon, g.tm_mday, g.tm_hour, g.tm_wday, g.tm_yday, tuple(g)[:6], len(g))
print(time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)), time.asctime(time.gmtime(10 ** 9)))
for arg in [-1, "a", float("nan")]:
    try:
        time.sleep(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
