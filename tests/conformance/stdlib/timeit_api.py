# timeit: Timer with string and callable statements, setup, globals, a fake timer for exact
# numbers, repeat, autorange, errors and the command line with a wrapped timer.
import timeit, io, contextlib
class Fake:
    def __init__(self): self.t = 0.0
    def __call__(self):
        self.t += 0.5
        return self.t
t = timeit.Timer('x = sum(range(10))', timer=Fake())
print(t.timeit(100), t.repeat(3, 10))
calls = []
t = timeit.Timer(lambda: calls.append(1), setup=lambda: calls.append('s'), timer=Fake())
print(t.timeit(3), calls)
print(timeit.timeit('y = a * 2', setup='a = 21', number=5, timer=Fake()), timeit.repeat('pass', repeat=2, number=1, timer=Fake()))
g = {'val': 7}
print(timeit.timeit('val + 1', globals=g, number=3) >= 0)
seen = []
class Slow:
    def __init__(self):
        self.t = 0.0
        self.step = 0.01
    def __call__(self):
        self.t += self.step
        self.step *= 2
        return self.t
print(timeit.Timer('pass', timer=Slow()).autorange(lambda n, s: seen.append(n)), seen)
for bad in [dict(stmt=1), dict(setup=2)]:
    try: timeit.Timer(**bad)
    except ValueError as e: print('ValueError', e)
try: timeit.Timer('for')
except SyntaxError as e: print('SyntaxError', e.filename)
t = timeit.Timer('1/0')
try: t.timeit(1)
except ZeroDivisionError:
    buf = io.StringIO()
    t.print_exc(buf)
    print(buf.getvalue().splitlines()[-1])
print(timeit.Timer('if True:\n    z = 1\nz += 1').timeit(2) >= 0, timeit.default_timer is __import__('time').perf_counter)
def wrap(timer): return Fake()
for args in [['-n', '10', '-r', '3', 'pass'], ['-n', '1', '-r', '2', '-u', 'msec', '-s', 'a=1', 'a+1'], ['-n', '2', '-v', 'pass'], ['-u', 'bad', 'pass'], ['-x'], ['-r', '1', '-v', 'pass']]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        rc = timeit.main(args, _wrap_timer=wrap)
    print(args, rc, out.getvalue().splitlines())
