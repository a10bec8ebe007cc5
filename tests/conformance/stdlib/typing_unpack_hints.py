# get_type_hints gives *args: *tuple[...] back as Unpack[tuple[...]] (as CPython 3.11's _eval_type),
# and _imp._override_frozen_modules_for_tests, which test.support's import_fresh_module calls.
import _imp
from typing import get_type_hints, Unpack, TypeVarTuple, Tuple

Ts = TypeVarTuple("Ts")

def f(*args: *tuple[int, str]): pass
def g(*args: *tuple[int, "str"]): pass
def h(*args: *Ts): pass
def k(*args: Unpack[Tuple[int, ...]]): pass
def m(*args: "*tuple[int, str]"): pass

for fn in (f, g, h, k):
    hints = get_type_hints(fn)
    print(fn.__name__, hints, type(hints["args"]).__name__)
print(get_type_hints(f) == {'args': Unpack[tuple[int, str]]})
print(get_type_hints(g) == {'args': Unpack[tuple[int, str]]})

print(_imp._override_frozen_modules_for_tests(1), _imp._override_frozen_modules_for_tests(-1),
      _imp._override_frozen_modules_for_tests(0))
for bad in [(), ("x",), (1, 2)]:
    try:
        _imp._override_frozen_modules_for_tests(*bad)
    except TypeError as e:
        print("TypeError", e)
