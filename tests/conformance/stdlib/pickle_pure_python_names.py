# With the C accelerator blocked before the first import (sys.modules['_pickle'] = None, as
# pyperformance's bm_pickle --pure-python does), pickle's classes and functions are the
# pure-Python ones: module 'pickle', names _Pickler/_Unpickler/_dumps. The benchmark refuses to
# run when pickle.Pickler.__module__ is not 'pickle'.
import sys
sys.modules['_pickle'] = None
import pickle

print(pickle.Pickler.__module__, pickle.Pickler.__name__, pickle.Pickler.__qualname__)
print(pickle.Pickler, pickle.Unpickler)
print(pickle.Pickler is pickle._Pickler, pickle.Unpickler is pickle._Unpickler)
print(pickle.dumps.__module__, pickle.dumps.__name__, pickle.loads.__name__, pickle.dump.__name__)
print(pickle.PickleError.__module__, pickle.PicklingError, pickle.UnpicklingError)

data = {'a': [1, 2.5, 'x'], 'b': (None, True), 'c': {3, 4}}
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    s = pickle.dumps(data, proto)
    print(proto, pickle.loads(s) == data)
try:
    pickle.dumps(lambda: 0)
except Exception as e:
    print(type(e).__module__, type(e).__name__)
