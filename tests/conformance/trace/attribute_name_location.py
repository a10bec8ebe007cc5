# Where CPython 3.11 locates attribute instructions: a method call's failed lookup underlines
# `obj.name`, not the whole call; an attribute whose name is on a later line than its object
# (`obj\n    .name`) is reported on the name's line, for tracebacks and for the tracer's line
# events; an expression statement's POP_TOP has no line of its own.
import sys
import traceback


class A:
    bar = None

    def foo(self, *a):
        raise ValueError('inside')


def single_line_missing(a):
    return a.missing(1, 2)


def single_line_raises(a):
    return a.foo(1, 2)


def later_line_raises(a):
    return (a
            .foo(1,
                 2))


def later_line_missing(a):
    return (a
            .missing(1,
                     2))


def not_callable(a):
    return a.bar(3)


def class_attribute(a):
    return A.missing(1)


def chained(a):
    return [a][0].missing()


def store_later_line(a):
    (a
     .attr) = 5


def delete_later_line(a):
    del (a
         .nothing)


def load_later_line(a):
    return (a
            .nothing)


for fn in (single_line_missing, single_line_raises, later_line_raises, later_line_missing,
           not_callable, class_attribute, chained, store_later_line, delete_later_line,
           load_later_line):
    try:
        fn(A() if fn is not store_later_line else 1)
    except Exception:
        print(traceback.format_exc().replace(__file__, 'F'))


def traced(a):
    x = (a
         .real)
    (a
     .imag)
    y = (a
         .conjugate())
    a.real
    return x + y


events = []


def tracer(frame, event, arg):
    if frame.f_code is traced.__code__:
        events.append((event, frame.f_lineno - traced.__code__.co_firstlineno))
    return tracer


sys.settrace(tracer)
traced(1)
sys.settrace(None)
print(events)
