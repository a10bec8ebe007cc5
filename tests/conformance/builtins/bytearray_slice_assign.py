# bytearray slice assignment and deletion: step-1 slices resize, extended slices need equal
# sizes, item deletion, and CPython's errors.
b=bytearray(b'abcdef'); b.clear(); print(b)
b=bytearray(b'abcdef'); b[:2]=b'XY'; print(b)
b=bytearray(b'abcdef'); del b[:2]; print(b)
b=bytearray(b'abcdef'); del b[1]; del b[-1]; print(b)
b=bytearray(b'abcdef'); b[1:1]=b'123'; print(b)
b=bytearray(b'abcdef'); b[::2]=b'XYZ'; print(b)
b=bytearray(b'abcdef'); del b[::2]; print(b)
b=bytearray(b'abcdef'); del b[::-2]; print(b)
b=bytearray(b'abcdef'); b[2:4]=[65,66,67]; print(b)
b=bytearray(b'abcdef'); b[4:1]=b'Q'; print(b)
b=bytearray(b'abcdef'); b[1:3]=bytearray(b'zz'); b[-1:]=b''; print(b)
b=bytearray(b'abc'); b[0:10]=b''; print(b, len(b))
b=bytearray(b'abc'); b[:]=b; print(b)
for bad in [lambda: b.__setitem__(slice(0,1), 5), lambda: bytearray(b'abcd').__setitem__(slice(None,None,2), b'x'),
            lambda: b.__delitem__(9), lambda: b.__delitem__('x')]:
    try: bad()
    except Exception as e: print(type(e).__name__, e)
