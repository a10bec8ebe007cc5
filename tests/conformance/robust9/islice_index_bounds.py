# itertools.islice takes its bounds through __index__, and refuses what CPython refuses.
import itertools
class I:
    def __index__(self): return 2
class Bad:
    def __index__(self): raise KeyError(1)
for a in [(-5,), (-1,), (2**63,), ('a',), (1,-1), (1, 2**70), (True,), (None, 3, 0), (None, 3, 2**70), (None,3,'x'), (1.0,), (I(),), (I(), None, I()), (Bad(),), ('x', 5), (None, None), (2, None, 2), (1, 4)]:
    try: print(list(itertools.islice(range(9), *a)))
    except Exception as e: print(type(e).__name__, e)
