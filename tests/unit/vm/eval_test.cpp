// The eval loop, by running snippets: calls without C++ recursion, exception unwinding through
// the exception table, with-statements, closures, and recursion limits.
#include <gtest/gtest.h>

#include "../snippet.h"
#include "vm/thread_state.h"

namespace pygen {
namespace {

class EvalTest : public test::RuntimeFixture {};

std::string run(const std::string& src, const char* name) {
    Ref<> g = Ref<>::steal(test::run_snippet(src));
    if (!g) return "ERROR " + test::pending_error();
    return test::global_repr(g.get(), name);
}

TEST_F(EvalTest, ArithmeticAndCalls) {
    EXPECT_EQ(run("def add(a, b=2, *, c=3):\n    return a + b + c\nr = add(1) + add(1, c=10)\n", "r"), "19");
}

TEST_F(EvalTest, DeepPythonRecursionUsesNoCxxStack) {
    // 5000 nested Python calls run inside one eval_frame invocation.
    EXPECT_EQ(run("import sys\nsys.setrecursionlimit(20000)\ndef f(n):\n    return 0 if n == 0 else 1 + f(n - 1)\n"
                  "r = f(5000)\nsys.setrecursionlimit(1000)\n",
                  "r"),
              "5000");
}

TEST_F(EvalTest, RecursionLimitRaisesRecursionError) {
    EXPECT_EQ(run("def f():\n    f()\ntry:\n    f()\nexcept RecursionError as e:\n    r = str(e)\n", "r"),
              "'maximum recursion depth exceeded'");
    EXPECT_EQ(ts()->recursion_depth, 0);
}

TEST_F(EvalTest, ExceptionsUnwindToTheRightHandler) {
    EXPECT_EQ(run("log = []\ntry:\n    try:\n        raise KeyError('k')\n    finally:\n        log.append('f')\n"
                  "except LookupError as e:\n    log.append(repr(e))\nr = log\n",
                  "r"),
              "['f', \"KeyError('k')\"]");
}

TEST_F(EvalTest, HandledExceptionIsRestoredAfterExcept) {
    EXPECT_EQ(run("import sys\ntry:\n    1/0\nexcept ZeroDivisionError:\n    pass\nr = sys.exc_info()\n", "r"),
              "(None, None, None)");
}

TEST_F(EvalTest, WithStatementCallsExitWithTheException) {
    EXPECT_EQ(run("class CM:\n    def __enter__(self):\n        return 'in'\n    def __exit__(self, t, v, tb):\n"
                  "        self.seen = t.__name__\n        return True\ncm = CM()\nwith cm as x:\n    raise ValueError\n"
                  "r = (x, cm.seen)\n",
                  "r"),
              "('in', 'ValueError')");
}

TEST_F(EvalTest, ClosuresShareCells) {
    EXPECT_EQ(run("def counter():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n"
                  "    return inc\nc = counter()\nc()\nr = c()\n",
                  "r"),
              "2");
}

TEST_F(EvalTest, UnboundLocalMessage) {
    EXPECT_EQ(run("def f():\n    print(x)\n    x = 1\nf()\n", "r"),
              "ERROR UnboundLocalError: cannot access local variable 'x' where it is not associated with a value");
}

// __pygen_argstyle__ (vm/call_builtin_style.h) words argument errors as C does for lib/datetime.py's
// methods. A program can put any value there on any function: binding errors stay TypeErrors and
// nothing reads past the parameters.
TEST_F(EvalTest, ArgumentStyleAttributeFromAProgramIsHarmless) {
    const char* src =
        "def f(): pass\n"
        "def h(a, /, b=1, *, c): pass\n"
        "specs = [('kw', None), ('noargs', 'x.y'), ('kw', 'h', 10**30), ('kw', 'h', -5), ('tuple', 'h', 99),\n"
        "         ('o', 1), (1, 2), 'zz', ('kw',), ('kw', None, 'x'), ('tuple', None, 2**62)]\n"
        "calls = [((), {}), ((1,), {}), ((1, 2, 3), {}), ((), {'q': 1}), ((1,), {'b': 1, 'zz': 2})]\n"
        "n = 0\n"
        "for fn in (f, h):\n"
        "    for spec in specs:\n"
        "        fn.__pygen_argstyle__ = spec\n"
        "        for args, kw in calls:\n"
        "            try:\n"
        "                fn(*args, **kw)\n"
        "            except TypeError:\n"
        "                n += 1\n"
        "h.__pygen_argstyle__ = ('kw', 'h')\n"
        "try:\n"
        "    h(1, 2, 3)\n"
        "except TypeError as e:\n"
        "    msg = str(e)\n";
    EXPECT_EQ(run(src, "n"), "99");   // every call that cannot bind: f 4 of 5, h 5 of 5, for each spec
    // The first parameter is taken as self, as on the methods the attribute is meant for.
    EXPECT_EQ(run(src, "msg"), "'h() takes at most 1 positional argument (2 given)'");
}

}  // namespace
}  // namespace pygen
