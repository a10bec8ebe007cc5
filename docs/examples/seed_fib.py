# The seed chapter's generator example (../../../shared/seed/gen.md, "example generator"): fib(5)
# driven with send() until it raises. `pygen --trace-gen docs/examples/seed_fib.py docs/trace/fib`
# draws the generator at each resume and suspension.
def fib(n):
    t = 0
    i = 1
    j = 1
    r = 0
    result = None
    while t <= n:
        print("result", repr(result))
        if t < 2:
            result = yield i
        else:
            r = i + j
            result = yield r
            i = j
            j = r
        t += 1
    try:
        1 / 0
    except ZeroDivisionError:
        r = yield "ZeroDivisionError"
        print(repr(r))
        try:
            import empty
        except ModuleNotFoundError:
            result = yield "ModuleNotFoundError"
            print("result", repr(result))
        finally:
            result = yield "ModuleNotFoundError finally"
            print("result", repr(result))
    raise StopIteration


f = fib(5)
r = f.send(None)
print(repr(r))
for k in range(1, 10):
    try:
        r = f.send("handsome%d" % k)
    except RuntimeError as e:
        print("RuntimeError:", e)
        break
    print(repr(r))
