// Free lists of the hot value types (float, tuple, int): a freed object is parked and the next
// allocation of the same kind reuses its block, fully re-initialised; subclass instances are
// never parked. Watches the free-list counters and the block addresses.
#include <gtest/gtest.h>

#include "../snippet.h"
#include "objects/float.h"
#include "objects/tuple.h"

namespace pygen {
namespace {

class FreeListTest : public test::RuntimeFixture {};

TEST_F(FreeListTest, FreedFloatBlockIsReused) {
    Object* a = float_from(1.5);
    ASSERT_NE(a, nullptr);
    int before = float_free_list_count();
    decref(a);
    EXPECT_EQ(float_free_list_count(), before + 1);
    Object* b = float_from(-2.25);
    EXPECT_EQ(b, a);   // the block just parked comes back first
    EXPECT_EQ(float_free_list_count(), before);
    EXPECT_EQ(b->type, &FloatType);
    EXPECT_EQ(b->refcnt, 1);
    EXPECT_EQ(float_value(b), -2.25);
    decref(b);
}

TEST_F(FreeListTest, FloatFreeListIsBounded) {
    std::vector<Object*> many;
    for (int i = 0; i < 5000; ++i) many.push_back(float_from(i));
    for (Object* o : many) decref(o);
    int parked = float_free_list_count();
    EXPECT_GT(parked, 0);
    EXPECT_LE(parked, 1000);   // the rest went back to the allocator
}

TEST_F(FreeListTest, FloatSubclassInstancesAreNotParked) {
    Ref<> g = Ref<>::steal(test::run_snippet(
        "class F(float):\n    pass\n"
        "vals = []\nfor i in range(50):\n    x = F(i) * 2.0\n    y = F(i + 0.5)\n    vals.append((type(y).__name__, x, y))\n"
        "r = (vals[3], type(F(1.0) + 0.0).__name__, sum(v[1] for v in vals))\n"));
    ASSERT_TRUE(g) << test::pending_error();
    EXPECT_EQ(test::global_repr(g.get(), "r"), "(('F', 6.0, 3.5), 'float', 2450.0)");
}

TEST_F(FreeListTest, FloatArithmeticThroughTheFreeListKeepsValues) {
    Ref<> g = Ref<>::steal(test::run_snippet(
        "acc = 0.0\nxs = [i * 0.25 for i in range(1000)]\n"
        "for x in xs:\n    acc += (x * x - x) / (x + 1.0)\n"
        "r = round(acc, 6)\n"));
    ASSERT_TRUE(g) << test::pending_error();
    EXPECT_EQ(test::global_repr(g.get(), "r"), "122920.241052");
}

TEST_F(FreeListTest, FreedTupleBlockIsReusedWithEmptyItems) {
    Object* t = tuple_new(3);
    ASSERT_NE(t, nullptr);
    for (int i = 0; i < 3; ++i) tuple_items(t)[i] = float_from(i);
    decref(t);
    Object* u = tuple_new(3);
    EXPECT_EQ(u, t);
    for (int i = 0; i < 3; ++i) EXPECT_EQ(tuple_items(u)[i], nullptr);
    EXPECT_EQ(tuple_size(u), 3);
    decref(u);
}

}  // namespace
}  // namespace pygen
