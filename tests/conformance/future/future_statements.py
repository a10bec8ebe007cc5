# `from __future__ import`: the __future__ module, where future imports may stand, the errors of
# unknown features, and what PEP 563 makes of annotations.
import __future__

for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease(), feature.getMandatoryRelease(), hex(feature.compiler_flag))
print(__future__.__all__[:3])


def try_compile(src, *args, **kwargs):
    try:
        code = compile(src, "<case>", "exec", *args, **kwargs)
        print("ok", "annotations" if code.co_flags & __future__.CO_FUTURE_ANNOTATIONS else "-")
        return code
    except SyntaxError as e:
        print("SyntaxError", repr(e.msg), e.lineno, e.offset, e.end_lineno, e.end_offset)


try_compile("from __future__ import braces")
try_compile("from __future__ import spam")
try_compile("from __future__ import *")
try_compile("from __future__ import annotations, nosuch")
try_compile("import os\nfrom __future__ import annotations")
try_compile("'doc'\nfrom __future__ import annotations")
try_compile("'doc'\n'again'\nfrom __future__ import annotations")
try_compile("x = 1; from __future__ import annotations")
try_compile("from __future__ import annotations; from __future__ import division")
try_compile("from __future__ import annotations; import os; from __future__ import division")
try_compile("def f():\n    from __future__ import annotations")
try_compile("from __future__ import (annotations,\n    division as d)\nprint(d)")
try_compile("from . import __future__")
try_compile("from __future__ import annotations\ndef f(x: (yield)): pass")
try_compile("from __future__ import annotations\nasync def f():\n    x: (await y)")
try_compile("from __future__ import annotations\nx: (y := 3)")
try_compile("def f(x: (yield)): pass")
try_compile("from __future__ import generator_stop, nested_scopes, with_statement, print_function")

# compile() flags: given, inherited or not, and their errors.
code = try_compile("x: List[int]", __future__.annotations.compiler_flag)
ns = {}
exec(code, ns)
print(ns["__annotations__"])
exec(compile("y: set[int]", "<case>", "exec"), ns)
print(ns["__annotations__"])
for bad in [dict(flags=0x8000), dict(optimize=7), dict(mode="run")]:
    try:
        compile("1", "<case>", bad.pop("mode", "exec"), **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    compile("a\0", "<case>", "exec")
except SyntaxError as e:
    print("SyntaxError", e)
print(compile(b"z = 1", b"bytes-name", "exec").co_filename)
