# Setting frame.f_lineno from a 'line' trace event (a debugger's jump): forwards, backwards, out
# of loops, with blocks and finally blocks, refused into a for loop, an except block, the middle of
# a call or past the end, and the exception state restored when a jump leaves an except block.
import sys


def make_tracer(func, jump_from, jump_to, event):
    base = func.__code__.co_firstlineno
    done = []

    def tracer(frame, ev, arg):
        if frame.f_code is func.__code__ and ev == event and not done and frame.f_lineno == base + jump_from:
            done.append(1)
            try:
                frame.f_lineno = base + jump_to
            except ValueError as e:
                print('ValueError:', e)
        return tracer
    return tracer


def run(func, jump_from, jump_to, event='line'):
    out = []
    sys.settrace(make_tracer(func, jump_from, jump_to, event))
    try:
        func(out)
    except Exception as e:
        out.append(type(e).__name__)
    finally:
        sys.settrace(None)
    print(func.__name__, jump_from, '->', jump_to, out)


def simple_forward(out):
    out.append(1)
    out.append(2)
    out.append(3)


def simple_back(out):
    out.append(1)
    out.append(2)
    if len(out) < 5:
        out.append(4)


def into_loop(out):
    out.append(1)
    for i in range(2):
        out.append(3)
    out.append(4)


def out_of_loop(out):
    for i in range(3):
        out.append(2)
        out.append(3)
    out.append(4)


def into_except(out):
    try:
        out.append(2)
    except ValueError:
        out.append(4)
    out.append(5)


def out_of_except(out):
    try:
        1 / 0
    except ZeroDivisionError:
        out.append(4)
        out.append(5)
    out.append(sys.exc_info()[0])


def in_finally(out):
    try:
        out.append(2)
    finally:
        out.append(4)
    out.append(5)


def nested_finally(out):
    try:
        out.append(2)
        1 / 0
        return
    finally:
        out.append(6)
        out.append(7)
    out.append(8)


def no_code_line(out):
    out.append(1)

    # comment
    out.append(4)


def past_end(out):
    out.append(1)
    out.append(2)


def into_call(out):
    out.append(1)
    out.append(
        2 + 3
    )


def with_null(out):
    a = 1
    list.append(
        out, 3
    )
    out.append(5)
    (
        (  # 7
            a
            +
            10
        )
        +
        13
    )


def empty_try(out):
    out.append(1)
    try:
        pass
    except ValueError:
        out.append(5)


run(simple_forward, 1, 3)
run(simple_back, 2, 1)
run(into_loop, 1, 3)
run(out_of_loop, 2, 4)
run(into_except, 2, 4)
run(out_of_except, 4, 6)
run(in_finally, 2, 4)
run(nested_finally, 6, 7)
run(no_code_line, 1, 2)
run(past_end, 1, 10)
run(past_end, 1, -5)
run(into_call, 1, 3)
run(into_call, 3, 1)
run(with_null, 3, 7)
run(empty_try, 1, 5)
run(simple_forward, 0, 2, 'call')
