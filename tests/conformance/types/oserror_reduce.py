import pickle, copy
e = OSError('foo', 'bar', 'baz')
for p in range(pickle.HIGHEST_PROTOCOL+1):
    x = pickle.loads(pickle.dumps(e, p))
    print(x.args, x.errno, x.strerror, x.filename, x.filename2)
e = OSError(1, 'bar', 'baz', None, 'q')
x = copy.copy(e); print(x.args, x.filename, x.filename2, str(x))
e.foo = 3
print(e.__reduce__())
print(OSError(1,2).__reduce__(), OSError(1).__reduce__())
try: OSError().__reduce__(1)
except TypeError as ex: print(ex)
e = OSError(1,2); e.__dict__; print(e.__reduce__())
e = OSError(1,2,3); e.__dict__; print(e.__reduce__())
try: ImportError().__reduce__(1)
except TypeError as ex: print(ex)
