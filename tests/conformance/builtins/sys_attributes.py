# sys facts a program may rely on: version_info as a tuple with names, maxsize, byteorder, platform,
# argv/path shapes, modules, flags, float_info, intern, getsizeof's type, recursion limit.
import sys
vi = sys.version_info
print(vi[:2], vi.major, vi.minor, vi >= (3, 8), vi < (4,), isinstance(vi, tuple), len(vi), vi.releaselevel)
print(sys.maxsize == 2 ** 63 - 1, sys.byteorder, sys.platform, sys.maxunicode, isinstance(sys.version, str))
print(isinstance(sys.argv, list), isinstance(sys.argv[0], str), isinstance(sys.path, list))
print("sys" in sys.modules, sys.modules["sys"] is sys, "builtins" in sys.builtin_module_names)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.flags.optimize, sys.getdefaultencoding(), sys.stdout.encoding, type(sys.getsizeof(1)).__name__)
print(sys.intern("hello") == "hello", sys.getrecursionlimit() >= 1)
old = sys.getrecursionlimit()
sys.setrecursionlimit(500)
print(sys.getrecursionlimit())
sys.setrecursionlimit(old)
for call in [lambda: sys.setrecursionlimit(0), lambda: sys.intern(1), lambda: sys.exc_info(1),
             lambda: sys.stdout.write(1)]:
    try:
        call()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
