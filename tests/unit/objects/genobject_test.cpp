// The generator object: every state transition, the thread's handled-exception stack restored
// on each way out of gen_send_ex2, PEP 479, and the async-generator free lists.
#include <gtest/gtest.h>

#include "objects/exceptions.h"
#include "objects/genobject.h"
#include "../snippet.h"
#include "vm/thread_state.h"

namespace pygen {
namespace {

class GenObjectTest : public test::RuntimeFixture {
protected:
    // Makes a generator from `def g(): ...` source; returns a new reference.
    GenObject* make(const std::string& def) {
        Ref<> globals = Ref<>::steal(test::run_snippet(def + "\nit = g()\n"));
        if (!globals) return nullptr;
        Object* it = dict_getitem_str(globals.get(), "it");
        return it && is_gen(it) ? static_cast<GenObject*>(incref(it)) : nullptr;
    }
};

TEST_F(GenObjectTest, StatesGoCreatedSuspendedCleared) {
    Ref<GenObject> g = Ref<GenObject>::steal(make("def g():\n    yield 1\n"));
    ASSERT_TRUE(g);
    EXPECT_EQ(g->frame_state, FrameState::Created);
    EXPECT_EQ(gen_frame(g.get())->lasti, 0);
    EXPECT_EQ(gen_frame(g.get()), gen_block_frame(g.get()));   // the frame lives in the generator's block
    Object* r;
    ASSERT_EQ(gen_send_ex2(g.get(), None, &r, false, false), SendResult::Next);
    EXPECT_EQ(g->frame_state, FrameState::Suspended);
    decref(r);
    ASSERT_EQ(gen_send_ex2(g.get(), None, &r, false, false), SendResult::Return);
    EXPECT_EQ(r, None);
    decref(r);
    EXPECT_EQ(g->frame_state, FrameState::Cleared);
    EXPECT_EQ(gen_frame(g.get()), nullptr);
}

TEST_F(GenObjectTest, NonNoneSendBeforeStartRaisesTypeError) {
    Ref<GenObject> g = Ref<GenObject>::steal(make("def g():\n    yield 1\n"));
    ASSERT_TRUE(g);
    Ref<> one = Ref<>::steal(int_from_i64(1));
    Object* r;
    EXPECT_EQ(gen_send_ex2(g.get(), one.get(), &r, false, false), SendResult::Error);
    EXPECT_EQ(test::pending_error(), "TypeError: can't send non-None value to a just-started generator");
    EXPECT_EQ(g->frame_state, FrameState::Created);
}

TEST_F(GenObjectTest, ExcInfoIsRestoredOnEveryWayOut) {
    ExcStackItem* before = ts()->exc_info;
    Ref<GenObject> g = Ref<GenObject>::steal(
        make("def g():\n    try:\n        1/0\n    except ZeroDivisionError:\n        yield 1\n    raise KeyError('x')\n"));
    ASSERT_TRUE(g);
    Object* r;
    ASSERT_EQ(gen_send_ex2(g.get(), None, &r, false, false), SendResult::Next);
    decref(r);
    EXPECT_EQ(ts()->exc_info, before);   // unlinked on yield
    ASSERT_NE(g->exc_state.exc_value, nullptr);
    EXPECT_EQ(g->exc_state.exc_value->type, ZeroDivisionError);   // saved with the generator
    EXPECT_EQ(gen_send_ex2(g.get(), None, &r, false, false), SendResult::Error);
    EXPECT_EQ(ts()->exc_info, before);   // unlinked on error
    EXPECT_EQ(test::pending_error(), "KeyError: 'x'");
    EXPECT_EQ(g->exc_state.exc_value, nullptr);   // cleared when finished
}

TEST_F(GenObjectTest, StopIterationInsideBecomesRuntimeError) {
    Ref<GenObject> g = Ref<GenObject>::steal(make("def g():\n    raise StopIteration\n    yield\n"));
    ASSERT_TRUE(g);
    Object* r;
    EXPECT_EQ(gen_send_ex2(g.get(), None, &r, false, false), SendResult::Error);
    Ref<> exc = Ref<>::steal(err_fetch());
    ASSERT_TRUE(exc);
    EXPECT_EQ(exc->type, RuntimeError);
    ASSERT_NE(exception_cause(exc.get()), nullptr);
    EXPECT_EQ(exception_cause(exc.get())->type, StopIteration);
}

TEST_F(GenObjectTest, ReentryIsRefused) {
    Ref<> globals = Ref<>::steal(test::run_snippet(
        "def g():\n    yield next(it)\nit = g()\ntry:\n    next(it)\nexcept ValueError as e:\n    r = str(e)\n"));
    ASSERT_TRUE(globals);
    EXPECT_EQ(test::global_repr(globals.get(), "r"), "'generator already executing'");
}

TEST_F(GenObjectTest, AsendObjectsComeFromAFreeList) {
    Ref<> globals = Ref<>::steal(test::run_snippet(
        "async def ag():\n    yield 1\na = ag()\nx = a.asend(None)\nfirst = id(x)\ndel x\ny = a.asend(None)\nsame = id(y) == first\n"));
    ASSERT_TRUE(globals);
    EXPECT_EQ(test::global_repr(globals.get(), "same"), "True");
}

}  // namespace
}  // namespace pygen
