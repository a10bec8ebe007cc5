// The cycle collector: the GC header and its lists (tracking is O(1) and idempotent), the three
// generations (promotion, counts, thresholds, automatic collections), untracking of atomic tuples
// and dicts, and the gc module's API as Python code sees it.
#include <gtest/gtest.h>

#include "../snippet.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/tuple.h"
#include "vm/gc.h"

namespace pygen {
namespace {

class GcTest : public test::RuntimeFixture {
protected:
    void SetUp() override {
        test::RuntimeFixture::SetUp();
        gc_collect();
    }
    void TearDown() override {
        for (int i = 0; i < kGcGenerations; ++i) gc_set_generation_threshold(i, i == 0 ? 700 : 10);
        gc_set_enabled(true);
        test::RuntimeFixture::TearDown();
    }
};

// Which generation's list holds o (-1: none).
int generation_of(Object* o) {
    Ref<> gc = Ref<>::steal(test::run_snippet("import gc\n"));
    for (int g = 0; g < kGcGenerations; ++g) {
        Ref<> mod = Ref<>::borrow(dict_getitem_str(gc.get(), "gc"));
        Ref<> fn = Ref<>::steal(object_getattr_str(mod.get(), "get_objects"));
        Ref<> arg = Ref<>::steal(int_from_i64(g));
        Object* args[1] = {arg.get()};
        Ref<> objs = Ref<>::steal(call(fn.get(), args, 1));
        if (!objs) return -2;
        for (ssize i = 0; i < list_size(objs.get()); ++i)
            if (list_item(objs.get(), i) == o) return g;
    }
    return -1;
}

TEST_F(GcTest, ContainersCarryAHeaderAndStartInGenerationZero) {
    Ref<> l = Ref<>::steal(list_new(0));
    ASSERT_TRUE(object_is_gc(l.get()));
    EXPECT_TRUE(gc_is_tracked(l.get()));
    EXPECT_EQ(generation_of(l.get()), 0);
    // Atomic values and static types have no header.
    Ref<> i = Ref<>::steal(int_from_i64(12345));
    EXPECT_FALSE(object_is_gc(i.get()));
    EXPECT_FALSE(gc_is_tracked(i.get()));
    EXPECT_FALSE(object_is_gc(&ListType));
    EXPECT_FALSE(gc_is_tracked(&ListType));
}

TEST_F(GcTest, TrackAndUntrackAreIdempotentListOperations) {
    Ref<> l = Ref<>::steal(list_new(0));
    size_t before = gc_generation_size(0);
    gc_untrack(l.get());
    EXPECT_FALSE(gc_is_tracked(l.get()));
    EXPECT_EQ(gc_generation_size(0), before - 1);
    gc_untrack(l.get());   // twice is harmless
    EXPECT_EQ(gc_generation_size(0), before - 1);
    gc_track(l.get());
    gc_track(l.get());
    EXPECT_TRUE(gc_is_tracked(l.get()));
    EXPECT_EQ(gc_generation_size(0), before);
    EXPECT_EQ(gc_header(l.get())->prev & gc_detail::kPrevFlags, 0u);
}

TEST_F(GcTest, SurvivorsArePromotedOneGenerationPerCollection) {
    Ref<> l = Ref<>::steal(list_new(0));
    EXPECT_EQ(generation_of(l.get()), 0);
    gc_collect_generation(0);
    EXPECT_EQ(generation_of(l.get()), 1);
    gc_collect_generation(0);
    EXPECT_EQ(generation_of(l.get()), 1);   // generation 0 collections leave older ones alone
    gc_collect_generation(1);
    EXPECT_EQ(generation_of(l.get()), 2);
    gc_collect_generation(2);
    EXPECT_EQ(generation_of(l.get()), 2);   // the oldest keeps its survivors
}

TEST_F(GcTest, CountsFollowCPythonsRules) {
    gc_collect_generation(0);
    int c1 = gc_generation_count(1);
    int c2 = gc_generation_count(2);
    EXPECT_EQ(gc_generation_count(0), 0);
    Object* a = list_new(0);
    Object* b = list_new(0);
    EXPECT_EQ(gc_generation_count(0), 2);   // allocations count...
    decref(a);
    EXPECT_EQ(gc_generation_count(0), 1);   // ...and deallocations count down
    decref(b);
    gc_collect_generation(0);
    EXPECT_EQ(gc_generation_count(1), c1 + 1);
    EXPECT_EQ(gc_generation_count(2), c2);
    gc_collect_generation(1);
    EXPECT_EQ(gc_generation_count(1), 0);
    EXPECT_EQ(gc_generation_count(2), c2 + 1);
    gc_collect_generation(2);
    EXPECT_EQ(gc_generation_count(2), 0);
}

TEST_F(GcTest, YoungCycleIsCollectedByGenerationZero) {
    Object* a = list_new(0);
    Object* b = list_new(0);
    ASSERT_EQ(list_append(a, b), 0);
    ASSERT_EQ(list_append(b, a), 0);
    decref(a);
    decref(b);
    EXPECT_EQ(gc_collect_generation(0), 2);
}

TEST_F(GcTest, OldCycleNeedsItsGenerationCollected) {
    Object* a = list_new(0);
    ASSERT_EQ(list_append(a, a), 0);
    gc_collect_generation(1);   // a is in generation 2 now
    decref(a);
    EXPECT_EQ(gc_collect_generation(0), 0);
    EXPECT_EQ(gc_collect_generation(1), 0);
    EXPECT_EQ(gc_collect_generation(2), 1);
}

TEST_F(GcTest, ReferenceFromAnOlderGenerationKeepsAYoungObject) {
    Ref<> old_holder = Ref<>::steal(list_new(0));
    gc_collect_generation(1);
    ASSERT_EQ(generation_of(old_holder.get()), 2);
    Object* young = list_new(0);
    ASSERT_EQ(list_append(young, young), 0);   // a cycle, but also referenced from the old list
    ASSERT_EQ(list_append(old_holder.get(), young), 0);
    decref(young);
    EXPECT_EQ(gc_collect_generation(0), 0);
    EXPECT_EQ(list_size(old_holder.get()), 1);
    EXPECT_EQ(generation_of(list_item(old_holder.get(), 0)), 1);
    list_set_item(old_holder.get(), 0, none_new());
    EXPECT_EQ(gc_collect_generation(2), 1);
}

TEST_F(GcTest, AutomaticCollectionsFollowTheThreshold) {
    Ref<> g = Ref<>::steal(test::run_snippet(
        "import gc\n"
        "gc.set_threshold(100)\n"
        "before = gc.get_stats()[0]['collections']\n"
        "def churn():\n"
        "    return []\n"
        "keep = [churn() for _ in range(1000)]\n"   // a new frame per item: safe points
        "after = gc.get_stats()[0]['collections']\n"
        "r = after - before >= 5\n"
        "gc.set_threshold(0)\n"
        "before = [s['collections'] for s in gc.get_stats()]\n"
        "keep2 = [churn() for _ in range(1000)]\n"
        "r2 = before == [s['collections'] for s in gc.get_stats()]\n"
        "gc.set_threshold(700, 10, 10)\n"));
    ASSERT_TRUE(g) << test::pending_error();
    EXPECT_EQ(test::global_repr(g.get(), "r"), "True");
    EXPECT_EQ(test::global_repr(g.get(), "r2"), "True");
}

TEST_F(GcTest, DisabledCollectorStillCollectsOnRequest) {
    gc_set_enabled(false);
    Object* a = list_new(0);
    ASSERT_EQ(list_append(a, a), 0);
    decref(a);
    EXPECT_EQ(gc_collect(), 1);
}

TEST_F(GcTest, AtomicTuplesAreUntrackedByACollection) {
    Ref<> atomic = Ref<>::steal(tuple_pack({None, True}));
    Ref<> l = Ref<>::steal(list_new(0));
    Ref<> nested = Ref<>::steal(tuple_pack({None, l.get()}));
    Ref<> unfilled = Ref<>::steal(tuple_new(2));
    EXPECT_TRUE(gc_is_tracked(atomic.get()));
    EXPECT_TRUE(gc_is_tracked(nested.get()));
    gc_collect_generation(0);
    EXPECT_FALSE(gc_is_tracked(atomic.get()));
    EXPECT_TRUE(gc_is_tracked(nested.get()));
    EXPECT_TRUE(gc_is_tracked(unfilled.get()));   // still being built: left alone
    tuple_items(unfilled.get())[0] = none_new();
    tuple_items(unfilled.get())[1] = none_new();
}

TEST_F(GcTest, DictsAreTrackedOnlyOnceTheyHoldAContainer) {
    Ref<> d = Ref<>::steal(dict_new());
    EXPECT_FALSE(gc_is_tracked(d.get()));
    Ref<> one = Ref<>::steal(int_from_i64(1));
    ASSERT_EQ(dict_setitem_str(d.get(), "a", one.get()), 0);
    EXPECT_FALSE(gc_is_tracked(d.get()));
    Ref<> l = Ref<>::steal(list_new(0));
    ASSERT_EQ(dict_setitem_str(d.get(), "l", l.get()), 0);
    EXPECT_TRUE(gc_is_tracked(d.get()));
    // A full collection untracks a dict that holds only atomic values again.
    ASSERT_EQ(dict_delitem_str(d.get(), "l"), 0);
    gc_collect_generation(1);
    EXPECT_TRUE(gc_is_tracked(d.get()));   // only full collections look at dicts
    gc_collect_generation(2);
    EXPECT_FALSE(gc_is_tracked(d.get()));
}

TEST_F(GcTest, ModuleApiFromPython) {
    Ref<> g = Ref<>::steal(test::run_snippet(
        "import gc\n"
        "th = gc.get_threshold()\n"
        "gc.set_threshold(123, 4)\n"
        "th2 = gc.get_threshold()\n"
        "gc.set_threshold(*th)\n"
        "events = []\n"
        "cb = lambda phase, info: events.append((phase, info['generation']))\n"
        "gc.callbacks.append(cb)\n"
        "gc.collect(1)\n"
        "gc.callbacks.remove(cb)\n"
        "gc.freeze()\n"
        "frozen = gc.get_freeze_count() > 0 and gc.get_objects(2) == []\n"
        "gc.unfreeze()\n"
        "thawed = gc.get_freeze_count()\n"
        "x = []\n"
        "holder = [x]\n"
        "referrers = any(r is holder for r in gc.get_referrers(x))\n"
        "referents = gc.get_referents(holder)[0] is x\n"));
    ASSERT_TRUE(g) << test::pending_error();
    EXPECT_EQ(test::global_repr(g.get(), "th"), "(700, 10, 10)");
    EXPECT_EQ(test::global_repr(g.get(), "th2"), "(123, 4, 10)");
    EXPECT_EQ(test::global_repr(g.get(), "events"), "[('start', 1), ('stop', 1)]");
    EXPECT_EQ(test::global_repr(g.get(), "frozen"), "True");
    EXPECT_EQ(test::global_repr(g.get(), "thawed"), "0");
    EXPECT_EQ(test::global_repr(g.get(), "referrers"), "True");
    EXPECT_EQ(test::global_repr(g.get(), "referents"), "True");
}

TEST_F(GcTest, FinalizedFlagLivesInTheHeader) {
    Ref<> g = Ref<>::steal(test::run_snippet(
        "import gc\n"
        "class P:\n"
        "    saved = []\n"
        "    def __del__(self):\n"
        "        P.saved.append(self)\n"
        "p = P()\n"
        "p.me = p\n"
        "before = gc.is_finalized(p)\n"
        "del p\n"
        "gc.collect()\n"
        "after = gc.is_finalized(P.saved[0])\n"));
    ASSERT_TRUE(g) << test::pending_error();
    EXPECT_EQ(test::global_repr(g.get(), "before"), "False");
    EXPECT_EQ(test::global_repr(g.get(), "after"), "True");
}

}  // namespace
}  // namespace pygen
