# memoryview refuses pickling and copying; registered as a Sequence; pickle/base64 take views.
import pickle, collections.abc, copy
print(isinstance(memoryview(b''), collections.abc.Sequence))
for proto in range(6):
    print(pickle.loads(pickle.dumps([b'ab', bytearray(b'cd')], proto)))
try:
    pickle.dumps(memoryview(b'x'))
except Exception as e: print(type(e).__name__, e)
try:
    copy.copy(memoryview(b'x'))
except Exception as e: print(type(e).__name__, e)
pb = pickle.PickleBuffer(bytearray(b'xyz'))
print(bytes(pb.raw()), pickle.loads(pickle.dumps(pb, 5)))
import base64
print(base64.b64encode(memoryview(b'hello')), base64.b64decode(memoryview(b'aGVsbG8=')))
