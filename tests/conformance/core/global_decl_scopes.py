# A `global` declaration anywhere makes the name global explicitly in the module scope too
# (STORE_GLOBAL there), which shows when module code runs with separate locals; and a class's own
# `global` does not hide an enclosing function's binding from its methods (test_scope).
import dis


def run_with_separate_locals():
    exec("""if 1:
        x = 7
        def f():
            x = 1
            def g():
                global x
                def i():
                    def h():
                        return x
                    return h()
                return i()
            return g()
        print('nested global', f(), x)
        """)
    print('x' in globals(), globals().pop('x', None))


run_with_separate_locals()

ns = {}
exec("y = 1\ndef f():\n    global y\n    y += 1\nf()\nprint('y', y)", {}, ns)
print(sorted(ns))

ops = [i.opname for i in dis.get_instructions(compile("a = 1\ndef f():\n    global a\nb = 2\n", 's', 'exec'))]
print([op for op in ops if op.startswith('STORE')])

x = 'global'


def test(x):
    class Foo:
        global x
        seen = x

        def __call__(self, y):
            return x + y
    return Foo()


f = test('local-')
print(f('call'), f.seen, type(f).__call__.__code__.co_freevars)


def parallel():
    exec("""if 1:
        def f():
            y = 1
            def g():
                global y
                return y
            def h():
                return y + 1
            return g, h
        y = 9
        g, h = f()
        print('parallel', g(), h())
        """)


parallel()
globals().pop('y', None)
