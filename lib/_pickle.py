# The name CPython gives its C pickler; pygen's pickle is Python (lib/pickle.py), and this module
# re-exports it so `_pickle.PicklingError` and friends resolve (they say module '_pickle').
from pickle import (PickleError, PicklingError, UnpicklingError, Pickler, Unpickler, PickleBuffer,
                    dump, dumps, load, loads)
