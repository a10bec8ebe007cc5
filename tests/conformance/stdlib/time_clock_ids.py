# time.clock_gettime/clock_gettime_ns/clock_getres with the CLOCK_* ids, and get_clock_info.
import time

for name in ('CLOCK_REALTIME', 'CLOCK_MONOTONIC', 'CLOCK_PROCESS_CPUTIME_ID', 'CLOCK_THREAD_CPUTIME_ID',
             'CLOCK_MONOTONIC_RAW', 'CLOCK_BOOTTIME', 'CLOCK_TAI'):
    clock = getattr(time, name)
    seconds = time.clock_gettime(clock)
    ns = time.clock_gettime_ns(clock)
    print(name, clock, type(seconds).__name__, type(ns).__name__, seconds >= 0, ns >= 0,
          time.clock_getres(clock) <= 1e-6)
# The named clocks read the same clocks.
a = time.clock_gettime(time.CLOCK_MONOTONIC)
b = time.monotonic()
c = time.clock_gettime(time.CLOCK_MONOTONIC)
print(a <= b <= c)
print(abs(time.clock_gettime(time.CLOCK_REALTIME) - time.time()) < 1.0)
for name in ('time', 'monotonic', 'perf_counter', 'process_time', 'thread_time'):
    info = time.get_clock_info(name)
    print(name, type(info).__name__, info.implementation, info.monotonic, info.adjustable,
          info.resolution <= 1e-6)
for bad in [lambda: time.get_clock_info('nope'), lambda: time.get_clock_info(5),
            lambda: time.clock_gettime(), lambda: time.clock_gettime('x'),
            lambda: time.clock_gettime(1.5), lambda: time.clock_gettime(12345),
            lambda: time.clock_getres(-99), lambda: time.clock_gettime(2**40)]:
    try:
        bad()
    except (ValueError, TypeError, OSError, OverflowError) as e:
        print(type(e).__name__, e)
