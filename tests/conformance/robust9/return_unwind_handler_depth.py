# A return/break leaving blocks that hold stack items (for-loop iterator, with's __exit__, an
# except handler's previous exception, a finally's exception) runs the enclosing finally bodies
# inline; a try/except inside such a body must unwind to the stack the code really has there.
class E1(Exception): pass
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): print('exit', a[0].__name__ if a[0] else None)
def ret_for():
    try:
        for i in range(1):
            return 4
    finally:
        try:
            raise E1
        except E1:
            pass
def ret_for_for():
    try:
        for i in range(1):
            for j in range(2):
                return (i, j)
    finally:
        try:
            raise E1
        except E1:
            print('caught')
def ret_with():
    try:
        with CM():
            return 'w'
    finally:
        try:
            raise E1
        except E1:
            pass
def ret_except():
    try:
        try:
            raise KeyError
        except KeyError:
            return 'e'
    finally:
        try:
            raise E1
        except E1:
            pass
def ret_finally_nested():
    try:
        try:
            for x in [1]:
                return 'n'
        finally:
            try:
                raise E1
            except E1:
                print('inner caught')
    finally:
        try:
            raise E1
        except E1:
            print('outer caught')
def brk():
    out = []
    for i in range(3):
        try:
            for j in range(2):
                with CM():
                    break
        finally:
            try:
                raise E1
            except E1:
                out.append(i)
    return out
def cont():
    out = []
    for i in range(2):
        try:
            with CM():
                continue
        finally:
            try:
                raise E1
            except E1 as e:
                out.append(type(e).__name__)
    return out
def gen():
    try:
        for i in range(1):
            return 4
    finally:
        try:
            yield 8
        except BaseException as e:
            print('caught', type(e).__name__)
def ret_in_finally_with_for():
    for i in range(2):
        try:
            pass
        finally:
            for j in range(1):
                try:
                    return (i, j)
                finally:
                    try:
                        raise E1
                    except E1:
                        pass
def ret_except_star():
    try:
        for i in range(1):
            return 'star'
    finally:
        try:
            raise ExceptionGroup('g', [E1()])
        except* E1:
            pass
for f in (ret_for, ret_for_for, ret_with, ret_except, ret_finally_nested, brk, cont, ret_in_finally_with_for, ret_except_star):
    print(f.__name__, f())
g = gen(); print(next(g))
try: g.throw(E1)
except StopIteration as e: print('gen returned', e.value)
