# Raising one exception object twice in a frame puts that frame in two entries of its traceback;
# the cycle frame -> local -> traceback -> frame must still be collected (#9 item 8).
import gc

def live_value_errors():
    gc.collect()
    return sum(1 for o in gc.get_objects() if type(o) is ValueError)

def twice():
    e = ValueError()
    try: raise e
    except ValueError: pass
    try: raise e
    except ValueError: pass

def in_loop():
    e = ValueError()
    for i in range(3):
        try: raise e
        except ValueError: pass

def nested(depth, e):
    if depth == 0:
        raise e
    try:
        nested(depth - 1, e)
    except ValueError:
        raise e

def through_calls():
    e = ValueError()
    try: nested(3, e)
    except ValueError: pass
    try: nested(2, e)
    except ValueError: pass

def kept_in_generator():
    e = ValueError()
    for i in range(2):
        try: raise e
        except ValueError: pass
    yield e

for fn in (twice, in_loop, through_calls):
    before = live_value_errors()
    for i in range(50):
        fn()
    print(fn.__name__, live_value_errors() - before)

before = live_value_errors()
for i in range(50):
    g = kept_in_generator()
    next(g)
    del g
print("generator", live_value_errors() - before)
