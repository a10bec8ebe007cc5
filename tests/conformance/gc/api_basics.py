# The gc module's surface: names, thresholds, counts, enable/disable, debug flags, and the
# errors bad arguments raise (messages as CPython 3.11).
import gc

names = sorted(n for n in dir(gc) if not n.startswith("__"))
print(names)
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(type(gc.garbage).__name__, gc.garbage, type(gc.callbacks).__name__, gc.callbacks)

print("threshold", gc.get_threshold())
gc.set_threshold(500)
print("threshold", gc.get_threshold())
gc.set_threshold(400, 5)
print("threshold", gc.get_threshold())
gc.set_threshold(-5, 20, 30)
print("threshold", gc.get_threshold())
gc.set_threshold(700, 10, 10)
print("threshold", gc.get_threshold())

c = gc.get_count()
print("count", type(c).__name__, len(c), all(type(x) is int and x >= 0 for x in c))
gc.collect()
c = gc.get_count()
print("count after full collect", c[1], c[2])

print("enabled", gc.isenabled())
gc.disable()
print("enabled", gc.isenabled())
gc.enable()
print("enabled", gc.isenabled())

print("debug", gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL)
print("debug", gc.get_debug())
gc.set_debug(0)
print("debug", gc.get_debug())

stats = gc.get_stats()
print("stats", len(stats), [sorted(d) for d in stats])
print("stats types", all(type(v) is int for d in stats for v in d.values()))

print("collect returns", type(gc.collect()).__name__, gc.collect(0) >= 0, gc.collect(1) >= 0, gc.collect(generation=2) >= 0)


def attempt(label, f):
    try:
        r = f()
        print(label, "->", r)
    except Exception as e:
        print(label, "->", type(e).__name__, e)


attempt("collect(3)", lambda: gc.collect(3))
attempt("collect(-1)", lambda: gc.collect(-1))
attempt("collect('x')", lambda: gc.collect("x"))
attempt("collect(1.5)", lambda: gc.collect(1.5))
attempt("collect(1, 2)", lambda: gc.collect(1, 2))
attempt("collect(x=1)", lambda: gc.collect(x=1))
attempt("collect(2**70)", lambda: gc.collect(2 ** 70))
attempt("get_objects(3)", lambda: gc.get_objects(3))
attempt("get_objects(-2)", lambda: gc.get_objects(-2))
attempt("get_objects('x')", lambda: gc.get_objects("x"))
attempt("get_objects(1, 2)", lambda: gc.get_objects(1, 2))
attempt("get_objects(2**70)", lambda: gc.get_objects(2 ** 70))
attempt("set_threshold()", lambda: gc.set_threshold())
attempt("set_threshold(1,2,3,4)", lambda: gc.set_threshold(1, 2, 3, 4))
attempt("set_threshold('a')", lambda: gc.set_threshold("a"))
attempt("set_threshold(x=1)", lambda: gc.set_threshold(x=1))
attempt("set_threshold(2**40)", lambda: gc.set_threshold(2 ** 40))
attempt("get_threshold(1)", lambda: gc.get_threshold(1))
attempt("get_count(1)", lambda: gc.get_count(1))
attempt("is_tracked()", lambda: gc.is_tracked())
attempt("is_tracked(obj=1)", lambda: gc.is_tracked(obj=1))
attempt("is_finalized()", lambda: gc.is_finalized())
attempt("set_debug()", lambda: gc.set_debug())
attempt("set_debug('x')", lambda: gc.set_debug("x"))
attempt("freeze(1)", lambda: gc.freeze(1))
attempt("enable(1)", lambda: gc.enable(1))
attempt("get_referrers(x=1)", lambda: gc.get_referrers(x=1))
attempt("get_referents(x=1)", lambda: gc.get_referents(x=1))
print("threshold unchanged", gc.get_threshold())
