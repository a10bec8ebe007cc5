# memoryview ==, hash of read-only byte views, and comparisons with bytes and bytearray.
def t(f):
    try:
        r = f()
        if isinstance(r, memoryview):
            r = ("memoryview", r.format, r.shape, r.tolist() if not r.ndim or r.shape[0] < 50 else "...")
        print(repr(r))
    except Exception as e:
        print(type(e).__name__, e)

a = memoryview(b'ab'); b = memoryview(bytearray(b'ab'))
t(lambda: a == b); t(lambda: a == b'ab'); t(lambda: b'ab' == a); t(lambda: bytearray(b'ab') == a)
t(lambda: bytearray(b'ab') < memoryview(b'ac')); t(lambda: memoryview(b'ac') > bytearray(b'ab'))
t(lambda: a != b'ab'); t(lambda: a == 'ab'); t(lambda: a == 1); t(lambda: a.cast('b') == a)
t(lambda: memoryview(b'\xff').cast('b') == memoryview(b'\xff'))
t(lambda: memoryview(b'abcd').cast('h') == memoryview(b'abcd'))
t(lambda: memoryview(b'abcd').cast('B', [2, 2]) == memoryview(b'abcd').cast('B', [2, 2]))
t(lambda: memoryview(b'abcd').cast('B', [2, 2]) == memoryview(b'abcd'))
t(lambda: memoryview(b'abcd').cast('B', [2, 2]) == memoryview(b'abcx').cast('B', [2, 2]))
t(lambda: memoryview(b'abcdefgh').cast('d') == memoryview(b'abcdefgh').cast('d'))
nan = memoryview(bytearray(8)).cast('d'); nan[0] = float('nan')
t(lambda: nan == nan); t(lambda: nan == memoryview(bytes(nan)).cast('d'))
t(lambda: memoryview(b'abcdef')[::2] == b'ace'); t(lambda: memoryview(b'abcdef')[::-2] == memoryview(b'fdb'))
t(lambda: memoryview(b'') == b''); t(lambda: memoryview(b'')[0:0] == bytearray())
t(lambda: memoryview(b'ab') < memoryview(b'ab')); t(lambda: memoryview(b'ab') <= b'ab'); t(lambda: b'ab' > memoryview(b'a'))
t(lambda: hash(memoryview(b'ab')) == hash(b'ab')); t(lambda: hash(memoryview(b'abcdef')[::2]) == hash(b'ace'))
t(lambda: hash(memoryview(b'ab').cast('c')) == hash(b'ab')); t(lambda: hash(memoryview(b'ab').cast('b')) == hash(b'ab'))
t(lambda: hash(memoryview(bytearray(b'ab')))); t(lambda: hash(memoryview(bytearray(b'ab')).toreadonly()) == hash(b'ab'))
t(lambda: hash(memoryview(b'abcd').cast('h')))
t(lambda: {memoryview(b'k'): 1}[b'k'])
t(lambda: memoryview(b'x') in [b'x']); t(lambda: b'x' in [memoryview(b'x')])
