// Unit tests of the exception hierarchy and errors.h: construction, str/repr of each family,
// chaining, normalisation in err_set_object, matching, and the recursion guard.
#include "core_test_util.h"

#include "objects/alloc_limit.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "vm/thread_state.h"

namespace {

using namespace pygen;
using namespace pygen::test;

Object* make(TypeObject* type, std::vector<Object*> args) {
    Object* e = call(type, args.data(), args.size());
    for (Object* a : args) decref(a);
    return e;
}

std::string str_of(Object* e) {
    if (e == nullptr) return pending();
    Object* s = object_str(e);
    decref(e);
    if (s == nullptr) return pending();
    std::string out(str_view(s));
    decref(s);
    return out;
}

TEST_F(CoreRuntime, BaseExceptionStrAndRepr) {
    EXPECT_EQ(show(make(ValueError, {S("x")})), "ValueError('x')");
    EXPECT_EQ(show(make(ValueError, {})), "ValueError()");
    EXPECT_EQ(show(make(ValueError, {I(1), I(2)})), "ValueError(1, 2)");
    EXPECT_EQ(str_of(make(ValueError, {})), "");
    EXPECT_EQ(str_of(make(ValueError, {S("x")})), "x");
    EXPECT_EQ(str_of(make(ValueError, {I(1), I(2)})), "(1, 2)");
    EXPECT_EQ(str_of(make(KeyError, {S("k")})), "'k'");
}

TEST_F(CoreRuntime, HierarchyBases) {
    EXPECT_TRUE(is_subtype(ModuleNotFoundError, ImportError));
    EXPECT_TRUE(is_subtype(RecursionError, RuntimeError));
    EXPECT_TRUE(is_subtype(TabError, IndentationError));
    EXPECT_TRUE(is_subtype(UnicodeDecodeError, ValueError));
    EXPECT_TRUE(is_subtype(BrokenPipeError, ConnectionError));
    EXPECT_FALSE(is_subtype(KeyboardInterrupt, Exception));
    EXPECT_FALSE(is_subtype(GeneratorExit, Exception));
}

TEST_F(CoreRuntime, OSErrorPicksSubclassAndFormats) {
    Object* e = make(OSError, {I(2), S("No such file or directory"), S("x")});
    EXPECT_EQ(e->type, FileNotFoundError);
    EXPECT_EQ(show(object_getattr_str(e, "args")), "(2, 'No such file or directory')");
    EXPECT_EQ(str_of(e), "[Errno 2] No such file or directory: 'x'");
    EXPECT_EQ(str_of(make(OSError, {I(1), I(2), I(3), I(4), I(5)})), "[Errno 1] 2: 3 -> 5");
    Object* plain = make(OSError, {I(1)});
    EXPECT_EQ(show(object_getattr_str(plain, "errno")), "None");
    decref(plain);
}

TEST_F(CoreRuntime, SyntaxErrorLocation) {
    Object* info = tuple_pack({S("dir/f.py"), I(1), I(2), S("text")});
    decref(tuple_item(info, 0));
    decref(tuple_item(info, 1));
    decref(tuple_item(info, 2));
    decref(tuple_item(info, 3));
    Object* e = make(SyntaxError, {S("msg"), info});
    EXPECT_EQ(show(object_getattr_str(e, "lineno")), "1");
    EXPECT_EQ(str_of(e), "msg (f.py, line 1)");
    EXPECT_EQ(str_of(make(SyntaxError, {S("m")})), "m");
}

TEST_F(CoreRuntime, ImportErrorKeywords) {
    Object* msg = S("m");
    Object* name = S("x");
    Object* kw = tuple_pack({S("name")});
    decref(tuple_item(kw, 0));
    Object* args[2] = {msg, name};
    Object* e = call(ImportError, args, 1, kw);
    EXPECT_EQ(show(object_getattr_str(e, "name")), "'x'");
    EXPECT_EQ(show(object_getattr_str(e, "msg")), "'m'");
    decref(e);
    Object* bad = tuple_pack({S("foo")});
    decref(tuple_item(bad, 0));
    EXPECT_EQ(show(call(ImportError, args, 1, bad)), "TypeError: 'foo' is an invalid keyword argument for ImportError()");
    EXPECT_EQ(show(call(ValueError, args, 1, bad)), "TypeError: ValueError() takes no keyword arguments");
    decref(bad);
    decref(kw);
    decref(msg);
    decref(name);
}

TEST_F(CoreRuntime, StopIterationValueAndSystemExitCode) {
    Object* e = make(StopIteration, {I(5), I(6)});
    EXPECT_EQ(show(newref(stop_iteration_value(e))), "5");
    decref(e);
    Object* empty = make(StopIteration, {});
    EXPECT_EQ(stop_iteration_value(empty), None);
    decref(empty);
    EXPECT_EQ(show(object_getattr_str(make(SystemExit, {I(1), I(2)}), "code")), "(1, 2)");
    err_clear();
}

TEST_F(CoreRuntime, CauseSetsSuppressContext) {
    Object* e = make(ValueError, {});
    Object* c = make(TypeError, {});
    EXPECT_EQ(object_setattr_str(e, "__cause__", c), 0);
    EXPECT_EQ(show(object_getattr_str(e, "__suppress_context__")), "True");
    Object* one = I(1);
    EXPECT_EQ(object_setattr_str(e, "__cause__", one), -1);
    EXPECT_EQ(pending(), "TypeError: exception cause must be None or derive from BaseException");
    EXPECT_EQ(object_setattr_str(e, "__traceback__", one), -1);
    EXPECT_EQ(pending(), "TypeError: __traceback__ must be a traceback or None");
    decref(one);
    decref(c);
    decref(e);
}

TEST_F(CoreRuntime, ErrSetObjectNormalises) {
    Object* t = tuple_pack({I(1), I(2)});
    decref(tuple_item(t, 0));
    decref(tuple_item(t, 1));
    err_set_object(ValueError, t);
    EXPECT_EQ(pending(), "ValueError: (1, 2)");
    err_set_key_error(t);
    EXPECT_EQ(pending(), "KeyError: (1, 2)");
    decref(t);
    err_format(TypeError, "%s has %d items", "x", 3);
    EXPECT_TRUE(err_matches(Exception));
    EXPECT_EQ(pending(), "TypeError: x has 3 items");
}

TEST_F(CoreRuntime, RaisingWhileHandlingChainsContext) {
    Object* handled = make(KeyError, {S("k")});
    ExcStackItem item{handled, ts()->exc_info};
    ts()->exc_info = &item;
    err_set_string(ValueError, "second");
    ts()->exc_info = item.previous_item;
    Object* exc = err_fetch();
    EXPECT_EQ(exception_context(exc), handled);
    decref(exc);
    decref(handled);
}

TEST_F(CoreRuntime, GivenMatchesAcceptsTuples) {
    Object* e = make(KeyError, {});
    Object* match = tuple_pack({TypeError, LookupError});
    EXPECT_TRUE(err_given_matches(e, match));
    EXPECT_TRUE(err_given_matches(KeyError, LookupError));
    EXPECT_FALSE(err_given_matches(e, TypeError));
    decref(match);
    decref(e);
}

TEST_F(CoreRuntime, RecursionGuardRaises) {
    ThreadState* t = ts();
    int saved = t->recursion_depth;
    t->recursion_depth = t->recursion_limit;
    EXPECT_FALSE(enter_recursive_call(" in comparison"));
    EXPECT_EQ(t->recursion_depth, t->recursion_limit);
    t->recursion_depth = saved;
    EXPECT_EQ(pending(), "RecursionError: maximum recursion depth exceeded in comparison");
}

TEST_F(CoreRuntime, AttributeErrorCarriesNameAndObj) {
    Object* one = I(1);
    EXPECT_EQ(object_getattr_str(one, "zz"), nullptr);
    Object* exc = err_fetch();
    EXPECT_EQ(show(object_getattr_str(exc, "name")), "'zz'");
    EXPECT_EQ(show(object_getattr_str(exc, "obj")), "1");
    decref(exc);
    decref(one);
}

TEST_F(CoreRuntime, UnicodeErrorMessages) {
    EXPECT_EQ(str_of(make(UnicodeEncodeError, {S("ascii"), S("\xc3\xbf"), I(0), I(1), S("ordinal not in range(128)")})),
              "'ascii' codec can't encode character '\\xff' in position 0: ordinal not in range(128)");
}

}  // namespace

namespace {

// #9 item 7: with every allocation failing, raising MemoryError must not need memory (making the
// exception object would fail and try to raise MemoryError again, without end): the reserve
// instance made at start-up is raised, each time with a clean traceback and chain.
TEST_F(CoreRuntime, MemoryErrorWhenEveryAllocationFails) {
    err_reserve_memory_error();
    memory_cap_set(1);   // from here every counted allocation is refused
    for (int i = 0; i < 3; ++i) {
        EXPECT_EQ(err_no_memory(), nullptr);
        Object* exc = err_fetch();
        ASSERT_NE(exc, nullptr);
        EXPECT_EQ(exc->type, MemoryError);
        EXPECT_EQ(static_cast<BaseExceptionObject*>(exc)->traceback, nullptr);
        EXPECT_EQ(static_cast<BaseExceptionObject*>(exc)->context, nullptr);
        decref(exc);
        // A list that cannot get its table reports MemoryError the same way.
        Object* big = list_new(1000);
        EXPECT_EQ(big, nullptr);
        exc = err_fetch();
        ASSERT_NE(exc, nullptr);
        EXPECT_EQ(exc->type, MemoryError);
        decref(exc);
    }
    memory_cap_set(0);
    EXPECT_FALSE(err_occurred());
}

}  // namespace
