# type.__itemsize__ as CPython's for its variable-size built-ins (and their subclasses), and
# list/tuple/str/bytes repetition by a huge count refused before allocating.
import sys
print(tuple.__itemsize__, int.__itemsize__, bool.__itemsize__, bytes.__itemsize__, type.__itemsize__, list.__itemsize__, object.__itemsize__)
class T(tuple): pass
print(T.__itemsize__)
lst = [0] * 65
del lst[1:]
size = ((2 ** (tuple.__itemsize__ * 8) - 1) // 2)
for f in [lambda: lst * size, lambda: size * lst, lambda: (0,) * size, lambda: 'ab' * size, lambda: b'ab' * size, lambda: bytearray(b'a') * size, lambda: [1, 2] * (sys.maxsize // 2 + 1)]:
    try:
        f()
        print("no error")
    except (MemoryError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    lst *= size
except (MemoryError, OverflowError) as e:
    print(type(e).__name__, e)
print(lst)
