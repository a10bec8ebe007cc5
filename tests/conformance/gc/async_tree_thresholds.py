# timeout: 90
# The shared async_tree benchmark (a tree of tasks fanned out with asyncio.gather), run small with
# the automatic-collection threshold stepped from 1 upward, so collections land at every point of
# the tasks' lives (issue #6: a collection during a running coroutine frame lost a dict).
import gc
import sys

# The runner starts each case in its own folder; the shared corpus sits beside the repository.
path = "../../../../shared/bench/async_tree.py"
with open(path) as f:
    source = compile(f.read(), path, "exec")

# Small trees for the smallest thresholds (each collection scans the whole heap), larger ones after.
runs = [(t, 12) for t in range(1, 7)] + [(17, 40), (101, 150), (700, 400)]
for threshold, size in runs:
    sys.argv = [path, str(size)]
    gc.set_threshold(threshold)
    exec(source, {"__name__": "__main__"})
gc.set_threshold(700)
