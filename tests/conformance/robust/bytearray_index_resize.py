# An __index__ that resizes the bytearray being indexed (issue #9 item 4): the index is taken
# first, then the bytearray as it is now; the value's __index__ runs before the bounds check.
ba = bytearray(b'abc')
class Grow:
    def __index__(self):
        ba.extend(b'x' * 100000)
        return 1
print(ba[Grow()], len(ba))
ba = bytearray(b'abcdefgh')
class Clear:
    def __index__(self):
        ba.clear()
        return 1
print(ba[::Clear()], ba[Clear():], ba[:Clear()])
ba = bytearray(b'a' * 100)
class V:
    def __index__(self):
        ba.clear()
        return 5
try:
    ba[50] = V()
    print("no error", ba)
except IndexError as e:
    print("IndexError:", e)
b = bytes(b'xyz')
class Two:
    def __index__(self): return 2
print(b[Two()], b[::Two()])
