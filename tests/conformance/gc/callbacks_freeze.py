# gc.callbacks ("start"/"stop" with an info dict), gc.freeze/unfreeze/get_freeze_count,
# gc.garbage with DEBUG_SAVEALL, gc.is_finalized, get_referrers/get_referents.
import gc

gc.disable()
gc.collect()
events = []


def cb(phase, info):
    events.append((phase, sorted(info), info["generation"]))


gc.callbacks.append(cb)
gc.collect(1)
gc.collect()
gc.callbacks.remove(cb)
gc.collect()
print(events)


class Cycle:
    pass


def make_cycle():
    a = Cycle()
    b = Cycle()
    a.other = b
    b.other = a


infos = []
gc.callbacks.append(lambda phase, info: infos.append((phase, info["collected"] > 0 if phase == "stop" else info["collected"], info["uncollectable"])))
make_cycle()
gc.collect()
gc.callbacks.clear()
print(infos)


def bad(phase, info):
    raise ValueError("from callback " + phase)


import sys

caught = []
sys.unraisablehook = lambda u: caught.append((type(u.exc_value).__name__, str(u.exc_value)))
gc.callbacks.append(bad)
gc.collect()
gc.callbacks.clear()
sys.unraisablehook = sys.__unraisablehook__
print("callback errors", caught)

# freeze moves every tracked object to the permanent generation.
gc.collect()
print("freeze count before", gc.get_freeze_count())
gc.freeze()
n = gc.get_freeze_count()
print("frozen", n > 0, [len(gc.get_objects(g)) for g in range(3)] == [0, 0, 0] or "some")
kept = []
kept.append(kept)
print("new objects not frozen", any(x is kept for x in gc.get_objects(0)))
gc.unfreeze()
print("freeze count after", gc.get_freeze_count())
print("unfrozen into gen 2", len(gc.get_objects(2)) >= n)

# DEBUG_SAVEALL keeps unreachable objects in gc.garbage instead of freeing them.
gc.set_debug(gc.DEBUG_SAVEALL)
make_cycle()
gc.collect()
gc.set_debug(0)
print("garbage types", sorted({type(o).__name__ for o in gc.garbage} & {"Cycle"}))
print("garbage has both", sum(1 for o in gc.garbage if type(o) is Cycle))
gc.garbage.clear()
gc.collect()
print("garbage cleared", gc.garbage)


# is_finalized: set once __del__ ran (resurrection keeps it set).
class Phoenix:
    saved = []

    def __del__(self):
        Phoenix.saved.append(self)


p = Phoenix()
p.me = p
print("finalized before", gc.is_finalized(p))
del p
gc.collect()
print("resurrected", len(Phoenix.saved), "finalized", gc.is_finalized(Phoenix.saved[0]))
print("is_finalized of atomic", gc.is_finalized(1), gc.is_finalized([]))

# get_referrers / get_referents.
target = ["target"]
holder = [target]
other = {"k": target}
refs = gc.get_referrers(target)
print("referrers", any(r is holder for r in refs), any(r is other for r in refs))
print("referents of list", sorted(map(id, gc.get_referents([1, "a", target]))) == sorted(map(id, [1, "a", target])))
print("referents of atomic", gc.get_referents(1, "x", 2.5))
print("referents of several", len(gc.get_referents([1], [2, 3])))
gc.enable()
