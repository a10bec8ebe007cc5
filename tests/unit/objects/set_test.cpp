// Invariants of set/frozenset: CPython's iteration order (same table and probing), set algebra,
// frozenset hashes equal to CPython's, sets used as keys, and errors.
#include <gtest/gtest.h>

#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/runtime.h"
#include "../runtime_fixture.h"

using namespace pygen;

namespace {

void ensure_runtime() { ASSERT_TRUE(test::ensure_runtime()); }

class SetTest : public ::testing::Test {
protected:
    void SetUp() override { ensure_runtime(); }
};

Ref<> I(int64_t v) { return Ref<>::steal(int_from_i64(v)); }

std::string repr(Object* o) {
    Ref<> r = Ref<>::steal(object_repr(o));
    EXPECT_TRUE(r) << "repr raised";
    return r ? std::string(str_view(r.get())) : std::string("<error>");
}

Ref<> make_set(std::initializer_list<int64_t> values) {
    Ref<> s = Ref<>::steal(set_new(nullptr));
    for (int64_t v : values) EXPECT_EQ(set_add(s.get(), I(v).get()), 0);
    return s;
}

std::string error_text() {
    Ref<> exc = Ref<>::steal(err_fetch());
    if (!exc) return "<no error>";
    Ref<> text = Ref<>::steal(object_str(exc.get()));
    return std::string(type_name(exc.get())) + ": " + std::string(str_view(text.get()));
}

}  // namespace

TEST_F(SetTest, IterationOrderMatchesCPython) {
    Ref<> s = make_set({3, 1, 2, 100, -1, 33, 8});
    EXPECT_EQ(repr(s.get()), "{1, 2, 3, 100, 33, 8, -1}");
    Ref<> t = Ref<>::steal(set_new(nullptr));
    for (int i = 0; i < 12; ++i) ASSERT_EQ(set_add(t.get(), I(i * 7).get()), 0);
    EXPECT_EQ(repr(t.get()), "{0, 35, 70, 7, 42, 77, 14, 49, 21, 56, 28, 63}");
}

TEST_F(SetTest, ReusesTheLastDeletedSlotLikeCPython) {
    Ref<> s = Ref<>::steal(set_new(nullptr));
    for (int i = 0; i < 20; ++i) ASSERT_EQ(set_add(s.get(), I(i).get()), 0);
    for (int i = 0; i < 20; i += 3) ASSERT_EQ(set_discard(s.get(), I(i).get()), 1);
    ASSERT_EQ(set_add(s.get(), I(100).get()), 0);
    ASSERT_EQ(set_add(s.get(), I(3).get()), 0);
    EXPECT_EQ(repr(s.get()), "{1, 2, 4, 5, 7, 8, 10, 11, 13, 14, 16, 17, 3, 19, 100}");
}

TEST_F(SetTest, Algebra) {
    Ref<> a = make_set({1, 2, 3});
    Ref<> b = make_set({3, 4});
    Ref<> x = Ref<>::steal(binary_op(a.get(), b.get(), BinOp::Xor));
    EXPECT_EQ(repr(x.get()), "{1, 2, 4}");
    Ref<> d = Ref<>::steal(binary_op(a.get(), b.get(), BinOp::Sub));
    EXPECT_EQ(repr(d.get()), "{1, 2}");
    Ref<> i = Ref<>::steal(binary_op(a.get(), b.get(), BinOp::And));
    EXPECT_EQ(repr(i.get()), "{3}");
    Ref<> u = Ref<>::steal(binary_op(a.get(), b.get(), BinOp::Or));
    EXPECT_EQ(repr(u.get()), "{1, 2, 3, 4}");
    EXPECT_EQ(object_rich_compare_bool(i.get(), a.get(), CompareOp::Lt), 1);
    EXPECT_EQ(object_rich_compare_bool(a.get(), u.get(), CompareOp::Le), 1);
    EXPECT_EQ(object_rich_compare_bool(a.get(), b.get(), CompareOp::Ge), 0);
    Ref<> l = Ref<>::steal(sequence_list(a.get()));
    EXPECT_EQ(binary_op(a.get(), l.get(), BinOp::Or), nullptr);
    EXPECT_EQ(error_text(), "TypeError: unsupported operand type(s) for |: 'set' and 'list'");
}

TEST_F(SetTest, FrozensetHashMatchesCPythonAndEqualsSet) {
    Ref<> items = make_set({1, 2});
    Ref<> f = Ref<>::steal(frozenset_new(items.get()));
    EXPECT_EQ(object_hash(f.get()), -1826646154956904602LL);
    Ref<> empty = Ref<>::steal(frozenset_new(nullptr));
    EXPECT_EQ(object_hash(empty.get()), 133146708735736LL);
    EXPECT_EQ(object_rich_compare_bool(f.get(), items.get(), CompareOp::Eq), 1);
    EXPECT_EQ(repr(f.get()), "frozenset({1, 2})");
    EXPECT_EQ(repr(empty.get()), "frozenset()");
    EXPECT_EQ(object_hash(items.get()), -1);
    EXPECT_EQ(error_text(), "TypeError: unhashable type: 'set'");
}

TEST_F(SetTest, SetKeyIsLookedUpAsFrozenset) {
    Ref<> inner = make_set({1});
    Ref<> frozen = Ref<>::steal(frozenset_new(inner.get()));
    Ref<> outer = Ref<>::steal(set_new(nullptr));
    ASSERT_EQ(set_add(outer.get(), frozen.get()), 0);
    EXPECT_EQ(set_contains(outer.get(), inner.get()), 1);
    EXPECT_EQ(set_discard(outer.get(), inner.get()), 1);
    EXPECT_EQ(set_size(outer.get()), 0);
}

TEST_F(SetTest, PopAndRemoveErrors) {
    Ref<> s = make_set({1, 2, 3});
    Ref<> p = Ref<>::steal(call_method0(s.get(), "pop"));
    EXPECT_EQ(repr(p.get()), "1");
    Ref<> empty = make_set({});
    EXPECT_EQ(call_method0(empty.get(), "pop"), nullptr);
    EXPECT_EQ(error_text(), "KeyError: 'pop from an empty set'");
    EXPECT_EQ(call_method1(empty.get(), "remove", I(7).get()), nullptr);
    EXPECT_EQ(error_text(), "KeyError: 7");
    EXPECT_EQ(repr(empty.get()), "set()");
}

TEST_F(SetTest, ManyInsertsAndDeletesKeepMembership) {
    Ref<> s = Ref<>::steal(set_new(nullptr));
    for (int round = 0; round < 10; ++round) {
        for (int i = 0; i < 2000; ++i) ASSERT_EQ(set_add(s.get(), I(i).get()), 0);
        for (int i = 0; i < 2000; i += 2) ASSERT_EQ(set_discard(s.get(), I(i).get()), 1);
        EXPECT_EQ(set_size(s.get()), 1000);
    }
    for (int i = 0; i < 2000; ++i) EXPECT_EQ(set_contains(s.get(), I(i).get()), i % 2);
}
