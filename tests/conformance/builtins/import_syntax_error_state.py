# ImportError keeps name/path through copy and pickle and resets them when __init__ runs again;
# SyntaxError(msg, details) checks the details tuple (CPython 3.11 test_exceptions
# ImportErrorTests.test_copy_pickle/test_reset_attributes, SyntaxErrorTests.test_incorrect_constructor).
import copy
import pickle

for kwargs in ({}, {'name': 'somename'}, {'path': 'somepath'}, {'name': 'n', 'path': 'p'}):
    orig = ImportError('test', **kwargs)
    print(orig.__reduce__())
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        e = pickle.loads(pickle.dumps(orig, proto))
        assert (e.args, e.msg, e.name, e.path) == (('test',), 'test', orig.name, orig.path), proto
    for c in copy.copy, copy.deepcopy:
        e = c(orig)
        print(c.__name__, e.args, e.msg, e.name, e.path)

e = ImportError('test', name='name')
e.extra = 1
print(e.__reduce__())
e = pickle.loads(pickle.dumps(e))
print(e.name, e.extra)

class MyImportError(ImportError):
    pass
e = pickle.loads(pickle.dumps(MyImportError('m', path='p')))
print(type(e).__name__, e.args, e.path, e.name)

exc = ImportError('test', name='name', path='path')
exc.__init__()
print(exc.args, exc.msg, exc.name, exc.path)
exc.__init__('again', path='x')
print(exc.args, exc.msg, exc.name, exc.path)

for details in (('bad.py', 1, 2), ('bad.py', 1, 2, 4, 5, 6, 7), ('bad.py', 1, 2, 'abcdefg', 1),
                ('bad.py', 1, 2, 'text'), ('bad.py', 1, 2, 'text', 1, 5), [1, 2, 3, 4], 'abcd', 5):
    try:
        e = SyntaxError('bad bad', details)
        print(repr(e), e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset)
    except TypeError as x:
        print('TypeError', x)
