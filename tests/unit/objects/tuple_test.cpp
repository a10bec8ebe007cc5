// Invariants of tuple: the empty singleton, CPython-identical hashes, slicing, comparison,
// concatenation messages and the repr of one-item tuples.
#include <gtest/gtest.h>

#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/runtime.h"
#include "../runtime_fixture.h"

using namespace pygen;

namespace {

void ensure_runtime() { ASSERT_TRUE(test::ensure_runtime()); }

class TupleTest : public ::testing::Test {
protected:
    void SetUp() override { ensure_runtime(); }
};

Ref<> I(int64_t v) { return Ref<>::steal(int_from_i64(v)); }

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

TEST_F(TupleTest, EmptyTupleIsASingleton) {
    Ref<> a = Ref<>::steal(tuple_new(0));
    Ref<> b = Ref<>::steal(tuple_from_array(nullptr, 0));
    EXPECT_EQ(a.get(), b.get());
    EXPECT_EQ(repr(a.get()), "()");
}

TEST_F(TupleTest, HashMatchesCPython) {
    // Values printed by python3.11 for hash((1, 2)), hash(()), hash((1,)), hash((-1,)), hash((1, (2, 3))).
    Ref<> t12 = Ref<>::steal(tuple_pack({I(1).get(), I(2).get()}));
    EXPECT_EQ(object_hash(t12.get()), -3550055125485641917LL);
    Ref<> empty = Ref<>::steal(tuple_new(0));
    EXPECT_EQ(object_hash(empty.get()), 5740354900026072187LL);
    Ref<> t1 = Ref<>::steal(tuple_pack({I(1).get()}));
    EXPECT_EQ(object_hash(t1.get()), -6644214454873602895LL);
    Ref<> tm1 = Ref<>::steal(tuple_pack({I(-1).get()}));
    EXPECT_EQ(object_hash(tm1.get()), 8078679518589016365LL);
    Ref<> t23 = Ref<>::steal(tuple_pack({I(2).get(), I(3).get()}));
    Ref<> nested = Ref<>::steal(tuple_pack({I(1).get(), t23.get()}));
    EXPECT_EQ(object_hash(nested.get()), 7267574591690527098LL);
}

TEST_F(TupleTest, ReprOfOneItemHasTrailingComma) {
    Ref<> t1 = Ref<>::steal(tuple_pack({I(1).get()}));
    EXPECT_EQ(repr(t1.get()), "(1,)");
    Ref<> t2 = Ref<>::steal(tuple_pack({I(1).get(), t1.get()}));
    EXPECT_EQ(repr(t2.get()), "(1, (1,))");
}

TEST_F(TupleTest, SlicesWithStepsAndClipping) {
    Ref<> t = Ref<>::steal(tuple_pack({I(0).get(), I(1).get(), I(2).get(), I(3).get(), I(4).get()}));
    Ref<> s1 = Ref<>::steal(slice_new(nullptr, nullptr, I(-2).get()));
    Ref<> r1 = Ref<>::steal(object_getitem(t.get(), s1.get()));
    EXPECT_EQ(repr(r1.get()), "(4, 2, 0)");
    Ref<> s2 = Ref<>::steal(slice_new(I(-100).get(), I(100).get(), nullptr));
    Ref<> r2 = Ref<>::steal(object_getitem(t.get(), s2.get()));
    EXPECT_EQ(r2.get(), t.get());   // the whole tuple is the tuple itself
    EXPECT_EQ(object_getitem(t.get(), I(5).get()), nullptr);
    EXPECT_EQ(error_text(), "IndexError: tuple index out of range");
    Ref<> neg = Ref<>::steal(object_getitem(t.get(), I(-1).get()));
    EXPECT_EQ(repr(neg.get()), "4");
}

TEST_F(TupleTest, ComparesLexicographically) {
    Ref<> a = Ref<>::steal(tuple_pack({I(1).get(), I(2).get()}));
    Ref<> b = Ref<>::steal(tuple_pack({I(1).get(), I(3).get()}));
    Ref<> c = Ref<>::steal(tuple_pack({I(1).get()}));
    EXPECT_EQ(object_rich_compare_bool(a.get(), b.get(), CompareOp::Lt), 1);
    EXPECT_EQ(object_rich_compare_bool(c.get(), a.get(), CompareOp::Lt), 1);
    EXPECT_EQ(object_rich_compare_bool(a.get(), a.get(), CompareOp::Eq), 1);
    EXPECT_EQ(object_rich_compare_bool(a.get(), b.get(), CompareOp::Ne), 1);
}

TEST_F(TupleTest, ConcatenationAndRepetition) {
    Ref<> a = Ref<>::steal(tuple_pack({I(1).get()}));
    Ref<> r = Ref<>::steal(binary_op(a.get(), I(3).get(), BinOp::Mul));
    EXPECT_EQ(repr(r.get()), "(1, 1, 1)");
    Ref<> r2 = Ref<>::steal(binary_op(I(2).get(), a.get(), BinOp::Mul));
    EXPECT_EQ(repr(r2.get()), "(1, 1)");
    Ref<> one = Ref<>::steal(binary_op(a.get(), I(1).get(), BinOp::Mul));
    EXPECT_EQ(one.get(), a.get());
    Ref<> l = Ref<>::steal(sequence_list(a.get()));
    EXPECT_EQ(binary_op(a.get(), l.get(), BinOp::Add), nullptr);
    EXPECT_EQ(error_text(), "TypeError: can only concatenate tuple (not \"list\") to tuple");
}

TEST_F(TupleTest, IndexAndCount) {
    Ref<> t = Ref<>::steal(tuple_pack({I(1).get(), I(2).get(), I(1).get()}));
    Ref<> n = Ref<>::steal(call_method1(t.get(), "count", I(1).get()));
    EXPECT_EQ(repr(n.get()), "2");
    EXPECT_EQ(call_method1(t.get(), "index", I(5).get()), nullptr);
    EXPECT_EQ(error_text(), "ValueError: tuple.index(x): x not in tuple");
}
