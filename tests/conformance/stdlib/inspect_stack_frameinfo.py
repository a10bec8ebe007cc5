# inspect.stack(), getouterframes(), getframeinfo() and trace(): named tuples of frames and
# their places, with source context read through linecache.
import inspect


def inner():
    return inspect.stack()


def outer():
    return inner()


entries = outer()
print([e.function for e in entries])
print([e[3] for e in entries])
first = entries[0]
print(type(first).__name__, first.lineno, first.index, first.code_context)
print(first.frame.f_code.co_name, first.filename == __file__, len(first))

info = inspect.getframeinfo(inspect.currentframe(), context=3)
print(type(info).__name__, info.function, info.lineno, info.index, len(info.code_context))
print(info.code_context[info.index].strip())
print(inspect.getframeinfo(inspect.currentframe(), context=0).code_context)

try:
    1 / 0
except ZeroDivisionError:
    tb_entries = inspect.trace()
    print([(e.function, e.lineno) for e in tb_entries])
    print(inspect.getframeinfo(tb_entries[0].frame).function)


def gen():
    yield [e.function for e in inspect.stack()][:3]


def delegator():
    yield from gen()


print(next(delegator()))
