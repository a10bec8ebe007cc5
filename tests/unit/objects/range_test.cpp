// Invariants of range: lengths (including huge and empty ranges), negative steps, indexing and
// slicing into new ranges, O(1) membership, equality and hashes matching CPython.
#include <gtest/gtest.h>

#include <string>

#include "objects/abstract.h"
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

class RangeTest : public ::testing::Test {
protected:
    void SetUp() override { ensure_runtime(); }
};

Ref<> I(int64_t v) { return Ref<>::steal(int_from_i64(v)); }
Ref<> R(int64_t a, int64_t b, int64_t c) { return Ref<>::steal(range_new3(a, b, c)); }

std::string repr(Object* o) {
    Ref<> r = Ref<>::steal(object_repr(o));
    EXPECT_TRUE(r) << "repr raised";
    return r ? std::string(str_view(r.get())) : std::string("<error>");
}

std::string error_text() {
    Ref<> exc = Ref<>::steal(err_fetch());
    if (!exc) return "<no error>";
    Ref<> text = Ref<>::steal(object_str(exc.get()));
    return std::string(type_name(exc.get())) + ": " + std::string(str_view(text.get()));
}

}  // namespace

TEST_F(RangeTest, LengthsOfEdgeCases) {
    EXPECT_EQ(object_length(R(0, 10, 3).get()), 4);
    EXPECT_EQ(object_length(R(0, -10, -3).get()), 4);
    EXPECT_EQ(object_length(R(5, 5, 1).get()), 0);
    EXPECT_EQ(object_length(R(5, 0, 1).get()), 0);
    EXPECT_EQ(object_length(R(0, 5, -1).get()), 0);
    EXPECT_EQ(object_length(R(0, 1000000000000000000LL, 1).get()), 1000000000000000000LL);
    // 2**64 - 1 items: len() overflows like CPython's.
    Ref<> huge = R(INT64_MIN, INT64_MAX, 1);
    EXPECT_EQ(object_length(huge.get()), -1);
    EXPECT_EQ(error_text(), "OverflowError: Python int too large to convert to C ssize_t");
    Ref<> last = Ref<>::steal(object_getitem(huge.get(), I(-1).get()));
    EXPECT_EQ(repr(last.get()), "9223372036854775806");
}

TEST_F(RangeTest, ReprOmitsUnitStep) {
    EXPECT_EQ(repr(R(0, 5, 1).get()), "range(0, 5)");
    EXPECT_EQ(repr(R(0, 10, 2).get()), "range(0, 10, 2)");
    EXPECT_EQ(range_new3(0, 1, 0), nullptr);
    EXPECT_EQ(error_text(), "ValueError: range() arg 3 must not be zero");
}

TEST_F(RangeTest, NegativeStepIterationAndIndexing) {
    Ref<> r = R(0, -10, -3);
    Ref<> l = Ref<>::steal(sequence_list(r.get()));
    EXPECT_EQ(repr(l.get()), "[0, -3, -6, -9]");
    Ref<> last = Ref<>::steal(object_getitem(r.get(), I(-1).get()));
    EXPECT_EQ(repr(last.get()), "-9");
    EXPECT_EQ(object_getitem(r.get(), I(4).get()), nullptr);
    EXPECT_EQ(error_text(), "IndexError: range object index out of range");
}

TEST_F(RangeTest, SlicesAreRanges) {
    Ref<> s1 = Ref<>::steal(slice_new(I(1).get(), I(3).get(), nullptr));
    Ref<> r1 = Ref<>::steal(object_getitem(R(0, 10, 3).get(), s1.get()));
    EXPECT_EQ(repr(r1.get()), "range(3, 9, 3)");
    Ref<> s2 = Ref<>::steal(slice_new(nullptr, nullptr, I(-1).get()));
    Ref<> r2 = Ref<>::steal(object_getitem(R(0, 10, 1).get(), s2.get()));
    EXPECT_EQ(repr(r2.get()), "range(9, -1, -1)");
    Ref<> s3 = Ref<>::steal(slice_new(I(1).get(), I(6).get(), I(2).get()));
    Ref<> r3 = Ref<>::steal(object_getitem(R(0, 10, 1).get(), s3.get()));
    EXPECT_EQ(repr(r3.get()), "range(1, 6, 2)");
}

TEST_F(RangeTest, MembershipIndexAndCount) {
    Ref<> r = R(1, 10, 2);
    EXPECT_EQ(sequence_contains(r.get(), I(5).get()), 1);
    EXPECT_EQ(sequence_contains(r.get(), I(4).get()), 0);
    EXPECT_EQ(sequence_contains(r.get(), I(11).get()), 0);
    EXPECT_EQ(sequence_contains(R(0, INT64_MAX, 1).get(), I(INT64_MAX - 1).get()), 1);
    Ref<> idx = Ref<>::steal(call_method1(r.get(), "index", I(7).get()));
    EXPECT_EQ(repr(idx.get()), "3");
    EXPECT_EQ(call_method1(r.get(), "index", I(4).get()), nullptr);
    EXPECT_EQ(error_text(), "ValueError: 4 is not in range");
}

TEST_F(RangeTest, EqualityAndHashFollowTheSequence) {
    EXPECT_EQ(object_rich_compare_bool(R(0, 3, 2).get(), R(0, 4, 2).get(), CompareOp::Eq), 1);
    EXPECT_EQ(object_rich_compare_bool(R(0, 0, 1).get(), R(5, 2, 3).get(), CompareOp::Eq), 1);
    EXPECT_EQ(object_rich_compare_bool(R(0, 3, 1).get(), R(0, 3, 2).get(), CompareOp::Eq), 0);
    // Values printed by python3.11 for hash(range(3)) and hash(range(0, 10, 2)); ranges of length
    // 0 or 1 hash None, whose hash is address-based, so only their equality is checked.
    EXPECT_EQ(object_hash(R(0, 3, 1).get()), -8338477496398685190LL);
    EXPECT_EQ(object_hash(R(0, 0, 1).get()), object_hash(R(7, 2, 3).get()));
    EXPECT_EQ(object_hash(R(0, 10, 2).get()), -6143170332311272345LL);
}

TEST_F(RangeTest, ReversedIteratorWalksBackwards) {
    Ref<> r = R(0, 10, 3);
    Ref<> it = Ref<>::steal(call_method0(r.get(), "__reversed__"));
    ASSERT_TRUE(it);
    Ref<> l = Ref<>::steal(sequence_list(it.get()));
    EXPECT_EQ(repr(l.get()), "[9, 6, 3, 0]");
    Ref<> extreme = R(INT64_MAX, INT64_MIN, INT64_MIN);
    Ref<> it2 = Ref<>::steal(call_method0(extreme.get(), "__reversed__"));
    Ref<> l2 = Ref<>::steal(sequence_list(it2.get()));
    EXPECT_EQ(repr(l2.get()), "[-1, 9223372036854775807]");
}

// ---- The iterator types of range.h (iterators.cpp) ----

namespace {

Ref<> list_of(std::initializer_list<int64_t> values) {
    Ref<> l = Ref<>::steal(sequence_list(Ref<>::steal(tuple_new(0)).get()));
    for (int64_t v : values) EXPECT_EQ(list_append(l.get(), I(v).get()), 0);
    return l;
}

}  // namespace

TEST_F(RangeTest, ZipStrictReportsTheShortArgument) {
    Ref<> a = list_of({1, 2});
    Ref<> b = list_of({1});
    Ref<> kw = Ref<>::steal(tuple_pack({Ref<>::steal(str_from("strict")).get()}));
    Object* args[] = {a.get(), b.get(), True};
    Ref<> z = Ref<>::steal(call(&ZipType, args, 2, kw.get()));
    ASSERT_TRUE(z);
    EXPECT_EQ(sequence_list(z.get()), nullptr);
    EXPECT_EQ(error_text(), "ValueError: zip() argument 2 is shorter than argument 1");
    Object* args3[] = {b.get(), b.get(), a.get(), True};
    Ref<> z3 = Ref<>::steal(call(&ZipType, args3, 3, kw.get()));
    EXPECT_EQ(sequence_list(z3.get()), nullptr);
    EXPECT_EQ(error_text(), "ValueError: zip() argument 3 is longer than arguments 1-2");
}

TEST_F(RangeTest, EnumerateCountsFromStart) {
    Ref<> a = list_of({7, 8});
    Object* args[] = {a.get(), I(5).get()};
    Ref<> e = Ref<>::steal(call(&EnumerateType, args, 2));
    ASSERT_TRUE(e);
    Ref<> l = Ref<>::steal(sequence_list(e.get()));
    EXPECT_EQ(repr(l.get()), "[(5, 7), (6, 8)]");
}

TEST_F(RangeTest, ReversedUsesTheSequenceProtocolOrReversed) {
    Ref<> a = list_of({1, 2, 3});
    Object* args[] = {a.get()};
    Ref<> r = Ref<>::steal(call(&ReversedType, args, 1));
    ASSERT_TRUE(r);
    EXPECT_STREQ(type_name(r.get()), "list_reverseiterator");
    Ref<> l = Ref<>::steal(sequence_list(r.get()));
    EXPECT_EQ(repr(l.get()), "[3, 2, 1]");
    Object* bad[] = {I(1).get()};
    EXPECT_EQ(call(&ReversedType, bad, 1), nullptr);
    EXPECT_EQ(error_text(), "TypeError: 'int' object is not reversible");
}

TEST_F(RangeTest, FilterWithNoneKeepsTruthyItems) {
    Ref<> a = list_of({0, 1, 0, 2});
    Object* args[] = {None, a.get()};
    Ref<> f = Ref<>::steal(call(&FilterType, args, 2));
    ASSERT_TRUE(f);
    Ref<> l = Ref<>::steal(sequence_list(f.get()));
    EXPECT_EQ(repr(l.get()), "[1, 2]");
}

TEST_F(RangeTest, SliceIndicesClipLikeCPython) {
    Ref<> s = Ref<>::steal(slice_new(I(-100).get(), I(100).get(), I(-2).get()));
    ssize start, stop, step, len;
    ASSERT_TRUE(slice_indices(s.get(), 5, &start, &stop, &step, &len));
    // python3.11: slice(-100, 100, -2).indices(5) == (-1, 4, -2)
    EXPECT_EQ(start, -1);
    EXPECT_EQ(stop, 4);
    EXPECT_EQ(step, -2);
    EXPECT_EQ(len, 0);
    Ref<> z = Ref<>::steal(slice_new(nullptr, nullptr, I(0).get()));
    EXPECT_FALSE(slice_indices(z.get(), 5, &start, &stop, &step, &len));
    EXPECT_EQ(error_text(), "ValueError: slice step cannot be zero");
    EXPECT_EQ(repr(s.get()), "slice(-100, 100, -2)");
}
