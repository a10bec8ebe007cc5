# throw(GeneratorExit) into a coroutine whose delegate's close() fails: the delegate is released before
# the exception is thrown into the outer frame, so its finaliser reports before the outer finally runs.
class Aw:
    def __await__(self):
        yield 1
async def C():
    try:
        await Aw()
    finally:
        print('fin C')
        await Aw()
async def B():
    try:
        await C()
    finally:
        print('fin B')
        try:
            await C()
        except Exception as e:
            print('caught in B', type(e).__name__, e)
async def A():
    try:
        await B()
    finally:
        print('fin A')
import sys, os
sys.unraisablehook = lambda u: print('unraisable', type(u.exc_value).__name__, u.exc_value, type(u.object).__name__, u.object.__qualname__)
g = A()
g.send(None)
try:
    g.throw(GeneratorExit)
except BaseException as e:
    print("outer", type(e).__name__, e)
print("end")
