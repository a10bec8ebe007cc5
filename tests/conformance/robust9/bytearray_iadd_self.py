# ba += ba: CPython 3.11's bytearray_iconcat holds the right operand's buffer while it resizes
# the bytearray, so adding a non-empty bytearray to itself is refused with BufferError (extend and
# slice assignment copy first and succeed); pygen gave b'abab'. The TypeError names the subclass.
def show(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


def iadd_self():
    b = bytearray(b'ab')
    b += b
    return b


def iadd_self_keeps_value():
    b = bytearray(b'ab')
    try:
        b += b
    except BufferError:
        pass
    return b


def iadd_empty_self():
    b = bytearray()
    b += b
    return b


def iadd_view():
    b = bytearray(b'ab')
    b += memoryview(b)
    return b


def iadd_copy():
    b = bytearray(b'ab')
    b += bytes(b)
    return b


def extend_self():
    b = bytearray(b'ab')
    b.extend(b)
    return b


def slice_self():
    b = bytearray(b'ab')
    b[1:1] = b
    return b


def add_self():
    b = bytearray(b'ab')
    return b + b


class BA(bytearray):
    pass


def subclass_self():
    b = BA(b'xy')
    b += b
    return b


def subclass_bad():
    b = BA(b'xy')
    b += 5
    return b


def plain_bad():
    b = bytearray(b'xy')
    b += 'str'
    return b


for name, f in list(globals().items()):
    if callable(f) and name not in ('show', 'BA'):
        show(name, f)
