# Without any blocking, pickle's classes say they come from the C module _pickle, as CPython's.
import pickle
print(pickle.Pickler.__module__, pickle.Pickler, pickle.Unpickler)
print(pickle.dumps.__module__, pickle.dumps.__name__, pickle.PickleError)
