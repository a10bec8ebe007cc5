// Invariants of list: slice assignment and deletion (simple and extended), sort stability with a
// key and with reverse, errors from comparisons, and self-referential repr.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/runtime.h"
#include "../runtime_fixture.h"

using namespace pygen;

namespace {

void ensure_runtime() { ASSERT_TRUE(test::ensure_runtime()); }

class ListTest : public ::testing::Test {
protected:
    void SetUp() override { ensure_runtime(); }
};

Ref<> I(int64_t v) { return Ref<>::steal(int_from_i64(v)); }

std::string repr(Object* o) {
    Ref<> r = Ref<>::steal(object_repr(o));
    EXPECT_TRUE(r) << "repr raised";
    return r ? std::string(str_view(r.get())) : std::string("<error>");
}

Ref<> make_list(std::initializer_list<int64_t> values) {
    Ref<> l = Ref<>::steal(list_new(0));
    for (int64_t v : values) EXPECT_EQ(list_append(l.get(), I(v).get()), 0);
    return l;
}

Ref<> slice(Object* a, Object* b, Object* c) { return Ref<>::steal(slice_new(a, b, c)); }

std::string error_text() {
    Ref<> exc = Ref<>::steal(err_fetch());
    if (!exc) return "<no error>";
    Ref<> text = Ref<>::steal(object_str(exc.get()));
    return std::string(type_name(exc.get())) + ": " + std::string(str_view(text.get()));
}

}  // namespace

TEST_F(ListTest, SliceAssignmentGrowsAndShrinks) {
    Ref<> l = make_list({1, 2, 3, 4, 5});
    Ref<> repl = make_list({7, 8, 9});
    ASSERT_EQ(object_setitem(l.get(), slice(I(1).get(), I(2).get(), nullptr).get(), repl.get()), 0);
    EXPECT_EQ(repr(l.get()), "[1, 7, 8, 9, 3, 4, 5]");
    Ref<> empty = make_list({});
    ASSERT_EQ(object_setitem(l.get(), slice(I(0).get(), I(5).get(), nullptr).get(), empty.get()), 0);
    EXPECT_EQ(repr(l.get()), "[4, 5]");
    // Past the end appends.
    ASSERT_EQ(object_setitem(l.get(), slice(I(10).get(), I(20).get(), nullptr).get(), repl.get()), 0);
    EXPECT_EQ(repr(l.get()), "[4, 5, 7, 8, 9]");
}

TEST_F(ListTest, SliceAssignmentOfItselfCopiesFirst) {
    Ref<> l = make_list({1, 2, 3});
    ASSERT_EQ(object_setitem(l.get(), slice(I(1).get(), I(2).get(), nullptr).get(), l.get()), 0);
    EXPECT_EQ(repr(l.get()), "[1, 1, 2, 3, 3]");
}

TEST_F(ListTest, ExtendedSliceAssignmentChecksSize) {
    Ref<> l = make_list({1, 2, 3, 4});
    Ref<> two = make_list({10, 20});
    ASSERT_EQ(object_setitem(l.get(), slice(nullptr, nullptr, I(-2).get()).get(), two.get()), 0);
    EXPECT_EQ(repr(l.get()), "[1, 20, 3, 10]");
    Ref<> three = make_list({1, 2, 3});
    EXPECT_EQ(object_setitem(l.get(), slice(nullptr, nullptr, I(2).get()).get(), three.get()), -1);
    EXPECT_EQ(error_text(), "ValueError: attempt to assign sequence of size 3 to extended slice of size 2");
}

TEST_F(ListTest, ExtendedSliceDeletion) {
    Ref<> l = make_list({0, 1, 2, 3, 4, 5, 6});
    ASSERT_EQ(object_delitem(l.get(), slice(nullptr, nullptr, I(2).get()).get()), 0);
    EXPECT_EQ(repr(l.get()), "[1, 3, 5]");
    Ref<> m = make_list({0, 1, 2, 3, 4, 5, 6});
    ASSERT_EQ(object_delitem(m.get(), slice(I(-1).get(), nullptr, I(-3).get()).get()), 0);
    EXPECT_EQ(repr(m.get()), "[1, 2, 4, 5]");
}

TEST_F(ListTest, GetitemWithNegativeStepAndErrors) {
    Ref<> l = make_list({1, 2, 3, 4, 5});
    Ref<> r = Ref<>::steal(object_getitem(l.get(), slice(nullptr, nullptr, I(-2).get()).get()));
    EXPECT_EQ(repr(r.get()), "[5, 3, 1]");
    EXPECT_EQ(object_getitem(l.get(), I(5).get()), nullptr);
    EXPECT_EQ(error_text(), "IndexError: list index out of range");
    Ref<> s = Ref<>::steal(str_from("a"));
    EXPECT_EQ(object_getitem(l.get(), s.get()), nullptr);
    EXPECT_EQ(error_text(), "TypeError: list indices must be integers or slices, not str");
}

TEST_F(ListTest, SortsTuplesAndReversesStably) {
    Ref<> l = Ref<>::steal(list_new(0));
    int64_t keys[] = {3, 1, 2, 1, 3, 2, 1};
    for (int i = 0; i < 7; ++i) {
        Ref<> t = Ref<>::steal(tuple_pack({I(keys[i]).get(), I(i).get()}));
        ASSERT_EQ(list_append(l.get(), t.get()), 0);
    }
    ASSERT_EQ(list_sort(l.get(), nullptr, false), 0);
    EXPECT_EQ(repr(l.get()), "[(1, 1), (1, 3), (1, 6), (2, 2), (2, 5), (3, 0), (3, 4)]");
    ASSERT_EQ(list_sort(l.get(), nullptr, true), 0);
    EXPECT_EQ(repr(l.get()), "[(3, 4), (3, 0), (2, 5), (2, 2), (1, 6), (1, 3), (1, 1)]");
}

TEST_F(ListTest, SortStabilityWithKeyFunction) {
    // key=abs on a long list exercises the merge passes; equal keys keep their order.
    Ref<> l = Ref<>::steal(list_new(0));
    std::vector<int64_t> values;
    for (int i = 0; i < 300; ++i) values.push_back(((i * 37) % 41) * ((i % 2) ? 1 : -1));
    for (int64_t v : values) ASSERT_EQ(list_append(l.get(), I(v).get()), 0);
    Ref<> abs_fn = Ref<>::borrow(dict_getitem_str(builtins_dict(), "abs"));
    ASSERT_TRUE(abs_fn);
    ASSERT_EQ(list_sort(l.get(), abs_fn.get(), false), 0);
    std::vector<int64_t> expect = values;
    std::stable_sort(expect.begin(), expect.end(), [](int64_t a, int64_t b) { return std::llabs(a) < std::llabs(b); });
    ASSERT_EQ(list_size(l.get()), static_cast<ssize>(expect.size()));
    for (size_t i = 0; i < expect.size(); ++i) {
        int64_t v;
        ASSERT_TRUE(int_as_i64(list_item(l.get(), static_cast<ssize>(i)), &v));
        EXPECT_EQ(v, expect[i]) << "at " << i;
    }
}

TEST_F(ListTest, SortPropagatesComparisonErrorsAndKeepsItems) {
    Ref<> l = make_list({3, 1, 2});
    Ref<> s = Ref<>::steal(str_from("x"));
    ASSERT_EQ(list_append(l.get(), s.get()), 0);
    EXPECT_EQ(list_sort(l.get(), nullptr, false), -1);
    EXPECT_EQ(error_text(), "TypeError: '<' not supported between instances of 'str' and 'int'");
    EXPECT_EQ(list_size(l.get()), 4);   // every item still there
}

TEST_F(ListTest, SelfReferenceReprsAsEllipsis) {
    Ref<> l = make_list({1});
    ASSERT_EQ(list_append(l.get(), l.get()), 0);
    EXPECT_EQ(repr(l.get()), "[1, [...]]");
    list_set_item(l.get(), 1, incref(None));   // break the cycle
}

TEST_F(ListTest, PopAndInsertClipIndices) {
    Ref<> l = make_list({1});
    ASSERT_EQ(list_insert(l.get(), -10, I(0).get()), 0);
    ASSERT_EQ(list_insert(l.get(), 10, I(2).get()), 0);
    EXPECT_EQ(repr(l.get()), "[0, 1, 2]");
    Ref<> empty = make_list({});
    EXPECT_EQ(call_method0(empty.get(), "pop"), nullptr);
    EXPECT_EQ(error_text(), "IndexError: pop from empty list");
}

TEST_F(ListTest, RepeatAndConcatenate) {
    Ref<> l = make_list({1, 2});
    Ref<> r = Ref<>::steal(binary_op(l.get(), I(3).get(), BinOp::Mul));
    EXPECT_EQ(repr(r.get()), "[1, 2, 1, 2, 1, 2]");
    Ref<> t = Ref<>::steal(tuple_pack({I(3).get()}));
    EXPECT_EQ(binary_op(l.get(), t.get(), BinOp::Add), nullptr);
    EXPECT_EQ(error_text(), "TypeError: can only concatenate list (not \"tuple\") to list");
}
