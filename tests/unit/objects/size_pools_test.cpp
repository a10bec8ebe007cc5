// The size-class pools of small fixed-size objects (objects/size_pools.h): a freed list or dict
// block is parked and the next allocation of its class reuses it, zeroed; a class holds at most
// kDepth blocks; while the memory cap's accounting is on the pools are neither used nor filled.
#include <gtest/gtest.h>

#include <vector>

#include "../snippet.h"
#include "objects/alloc_limit.h"
#include "objects/dict.h"
#include "objects/list.h"
#include "objects/size_pools.h"

namespace pygen {
namespace {

class SizePoolsTest : public test::RuntimeFixture {};

size_t class_of_type(TypeObject* t) { return size_pools::class_of(t->basicsize + sizeof(GCHeader)); }

TEST_F(SizePoolsTest, FreedListBlockIsReused) {
    if (size_pools::kSanitized) GTEST_SKIP() << "pools are off under AddressSanitizer";
    Object* a = list_new(0);
    ASSERT_NE(a, nullptr);
    ASSERT_EQ(list_append(a, None), 0);
    decref(a);
    Object* b = list_new(0);
    EXPECT_EQ(b, a);   // the block just parked comes back first
    EXPECT_EQ(b->refcnt, 1);
    EXPECT_EQ(b->type, &ListType);
    EXPECT_EQ(list_size(b), 0);
    decref(b);
}

TEST_F(SizePoolsTest, PoolDepthIsBounded) {
    std::vector<Object*> many;
    for (int i = 0; i < 500; ++i) many.push_back(dict_new());
    for (Object* o : many) decref(o);
    EXPECT_LE(size_pools::g_pools[class_of_type(&DictType)].count, size_pools::kDepth);
}

TEST_F(SizePoolsTest, MemoryCapBypassesThePools) {
    Object* warm = list_new(0);
    decref(warm);   // at least one parked block (unless sanitized)
    size_pools::Pool& p = size_pools::g_pools[class_of_type(&ListType)];
    unsigned parked = p.count;
    memory_cap_set(size_t{1} << 40);
    Object* a = list_new(0);
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(p.count, parked);   // not taken from the pool
    decref(a);
    EXPECT_EQ(p.count, parked);   // nor parked there
    memory_cap_set(0);
}

TEST_F(SizePoolsTest, PooledObjectsBehaveThroughPython) {
    Ref<> g = Ref<>::steal(test::run_snippet(
        "def make(i):\n    return lambda: ([i], {'k': i}, (x for x in range(i)))\n"
        "acc = 0\nfor i in range(2000):\n    l, d, it = make(i)()\n    acc += l[0] + d['k'] + sum(it) + len(list(enumerate(zip(l, d))))\n"
        "r = acc\n"));
    ASSERT_TRUE(g) << test::pending_error();
    EXPECT_EQ(test::global_repr(g.get(), "r"), "1335334000");
}

}  // namespace
}  // namespace pygen
