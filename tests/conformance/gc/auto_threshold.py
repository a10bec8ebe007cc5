# Automatic collections: generation 0 is collected when its count passes the threshold, and a
# threshold of 0 turns automatic collection off. (Skipped under PYGEN_GC_STRESS, which collects
# whatever the thresholds say.)
import gc

# pygen collects at safe points (new frames), so each item comes from a call.
def fresh():
    return [[]]


gc.enable()
gc.set_threshold(50)
before = gc.get_stats()[0]["collections"]
junk = [fresh() for _ in range(2000)]
del junk
after = gc.get_stats()[0]["collections"]
print("automatic gen-0 collections happened", after > before)
gc.set_threshold(0)
before = [s["collections"] for s in gc.get_stats()]
junk = [fresh() for _ in range(5000)]
del junk
print("threshold 0 disables", [s["collections"] for s in gc.get_stats()] == before)
gc.set_threshold(700, 10, 10)
