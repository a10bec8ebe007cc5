// Invariants of the dict table: insertion order across deletes and reinserts, resizing under
// many inserts/deletes, lookups with equal-but-not-identical keys, popitem order, views.
#include <gtest/gtest.h>

#include <string>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/runtime.h"
#include "../runtime_fixture.h"

using namespace pygen;

namespace {

void ensure_runtime() { ASSERT_TRUE(test::ensure_runtime()); }

class DictTest : public ::testing::Test {
protected:
    void SetUp() override { ensure_runtime(); }
};

Ref<> I(int64_t v) { return Ref<>::steal(int_from_i64(v)); }
Ref<> S(const char* s) { return Ref<>::steal(str_from(s)); }

std::string repr(Object* o) {
    Ref<> r = Ref<>::steal(object_repr(o));
    EXPECT_TRUE(r) << "repr raised";
    return r ? std::string(str_view(r.get())) : std::string("<error>");
}

}  // namespace

TEST_F(DictTest, KeepsInsertionOrderAcrossDeleteAndReinsert) {
    Ref<> d = Ref<>::steal(dict_new());
    for (int i = 0; i < 5; ++i) ASSERT_EQ(dict_setitem(d.get(), I(i).get(), I(i * 10).get()), 0);
    ASSERT_EQ(dict_delitem(d.get(), I(1).get()), 0);
    ASSERT_EQ(dict_delitem(d.get(), I(3).get()), 0);
    ASSERT_EQ(dict_setitem(d.get(), I(1).get(), I(99).get()), 0);
    EXPECT_EQ(repr(d.get()), "{0: 0, 2: 20, 4: 40, 1: 99}");
    // Replacing a value keeps the key's position.
    ASSERT_EQ(dict_setitem(d.get(), I(0).get(), I(7).get()), 0);
    EXPECT_EQ(repr(d.get()), "{0: 7, 2: 20, 4: 40, 1: 99}");
    EXPECT_EQ(dict_size(d.get()), 4);
}

TEST_F(DictTest, SurvivesManyInsertsAndDeletes) {
    Ref<> d = Ref<>::steal(dict_new());
    for (int round = 0; round < 20; ++round) {
        for (int i = 0; i < 1000; ++i) ASSERT_EQ(dict_setitem(d.get(), I(i).get(), I(i + round).get()), 0);
        for (int i = 0; i < 1000; i += 2) ASSERT_EQ(dict_delitem(d.get(), I(i).get()), 0);
        EXPECT_EQ(dict_size(d.get()), 500);
    }
    for (int i = 0; i < 1000; ++i) {
        Object* v = dict_getitem(d.get(), I(i).get());
        if (i % 2 == 0) {
            EXPECT_EQ(v, nullptr);
        } else {
            ASSERT_NE(v, nullptr);
            int64_t x;
            ASSERT_TRUE(int_as_i64(v, &x));
            EXPECT_EQ(x, i + 19);
        }
    }
    EXPECT_EQ(err_occurred(), nullptr);
    // Iteration sees the live entries in insertion order.
    ssize pos = 0;
    Object* key;
    int64_t expect = 1;
    while (dict_next(d.get(), &pos, &key, nullptr)) {
        int64_t k;
        ASSERT_TRUE(int_as_i64(key, &k));
        EXPECT_EQ(k, expect);
        expect += 2;
    }
    EXPECT_EQ(expect, 1001);
}

TEST_F(DictTest, FindsEqualButNotIdenticalKeys) {
    Ref<> d = Ref<>::steal(dict_new());
    Ref<> k1 = S("spam");
    Ref<> k2 = S("spam");
    ASSERT_NE(k1.get(), k2.get());
    ASSERT_EQ(dict_setitem(d.get(), k1.get(), I(1).get()), 0);
    Object* v = dict_getitem(d.get(), k2.get());
    ASSERT_NE(v, nullptr);
    EXPECT_EQ(dict_contains(d.get(), k2.get()), 1);
    // 1, 1.0 and True are the same key.
    ASSERT_EQ(dict_setitem(d.get(), I(1).get(), I(5).get()), 0);
    ASSERT_EQ(dict_setitem(d.get(), True, I(6).get()), 0);
    EXPECT_EQ(dict_size(d.get()), 2);
    EXPECT_EQ(repr(d.get()), "{'spam': 1, 1: 6}");
    EXPECT_NE(dict_getitem_str(d.get(), "spam"), nullptr);
}

TEST_F(DictTest, MissingKeyRaisesKeyErrorWithTheKey) {
    Ref<> d = Ref<>::steal(dict_new());
    Ref<> key = Ref<>::steal(tuple_pack({I(1).get(), I(2).get()}));
    EXPECT_EQ(object_getitem(d.get(), key.get()), nullptr);
    ASSERT_TRUE(err_matches(KeyError));
    Ref<> exc = Ref<>::steal(err_fetch());
    Ref<> text = Ref<>::steal(object_repr(exc.get()));
    ASSERT_TRUE(text);
    EXPECT_EQ(str_view(text.get()), "KeyError((1, 2))");
}

TEST_F(DictTest, PopItemIsLastInFirstOut) {
    Ref<> d = Ref<>::steal(dict_new());
    for (int i = 0; i < 3; ++i) ASSERT_EQ(dict_setitem(d.get(), I(i).get(), I(i).get()), 0);
    Ref<> item = Ref<>::steal(call_method0(d.get(), "popitem"));
    ASSERT_TRUE(item);
    EXPECT_EQ(repr(item.get()), "(2, 2)");
    ASSERT_EQ(dict_setitem(d.get(), I(9).get(), I(9).get()), 0);
    EXPECT_EQ(repr(d.get()), "{0: 0, 1: 1, 9: 9}");
}

TEST_F(DictTest, CopyAndEqualityIgnoreOrder) {
    Ref<> a = Ref<>::steal(dict_new());
    Ref<> b = Ref<>::steal(dict_new());
    ASSERT_EQ(dict_setitem(a.get(), S("x").get(), I(1).get()), 0);
    ASSERT_EQ(dict_setitem(a.get(), S("y").get(), I(2).get()), 0);
    ASSERT_EQ(dict_setitem(b.get(), S("y").get(), I(2).get()), 0);
    ASSERT_EQ(dict_setitem(b.get(), S("x").get(), I(1).get()), 0);
    EXPECT_EQ(object_rich_compare_bool(a.get(), b.get(), CompareOp::Eq), 1);
    Ref<> c = Ref<>::steal(dict_copy(a.get()));
    EXPECT_EQ(repr(c.get()), "{'x': 1, 'y': 2}");
    ASSERT_EQ(dict_delitem(c.get(), S("x").get()), 0);
    EXPECT_EQ(object_rich_compare_bool(a.get(), c.get(), CompareOp::Eq), 0);
}

TEST_F(DictTest, UpdateFromPairsReportsBadElements) {
    Ref<> d = Ref<>::steal(dict_new());
    Ref<> pair = Ref<>::steal(tuple_pack({I(1).get()}));
    Ref<> seq = Ref<>::steal(tuple_pack({pair.get()}));
    EXPECT_EQ(dict_merge_from_seq2(d.get(), seq.get(), true), -1);
    ASSERT_TRUE(err_matches(ValueError));
    Ref<> exc = Ref<>::steal(err_fetch());
    Ref<> text = Ref<>::steal(object_str(exc.get()));
    EXPECT_EQ(str_view(text.get()), "dictionary update sequence element #0 has length 1; 2 is required");
}

TEST_F(DictTest, UpdateTakesMappingsOnly) {
    // {**x} and f(**x) go through dict_update: a sequence of pairs is not a mapping there.
    Ref<> d = Ref<>::steal(dict_new());
    Ref<> pair = Ref<>::steal(tuple_pack({I(1).get(), I(2).get()}));
    Ref<> seq = Ref<>::steal(tuple_pack({pair.get()}));
    EXPECT_EQ(dict_update(d.get(), seq.get()), -1);
    EXPECT_TRUE(err_matches(AttributeError));
    err_clear();
    EXPECT_EQ(dict_merge_from_seq2(d.get(), seq.get(), true), 0);
    EXPECT_EQ(dict_size(d.get()), 1);
}

TEST_F(DictTest, ViewsReprAndSetOperations) {
    Ref<> d = Ref<>::steal(dict_new());
    ASSERT_EQ(dict_setitem(d.get(), S("a").get(), I(1).get()), 0);
    Ref<> keys = Ref<>::steal(dict_view_new(d.get(), DictIterKind::Keys));
    Ref<> items = Ref<>::steal(dict_view_new(d.get(), DictIterKind::Items));
    EXPECT_EQ(repr(keys.get()), "dict_keys(['a'])");
    EXPECT_EQ(repr(items.get()), "dict_items([('a', 1)])");
    Ref<> other = Ref<>::steal(tuple_pack({S("b").get()}));
    Ref<> both = Ref<>::steal(binary_op(keys.get(), other.get(), BinOp::Or));
    ASSERT_TRUE(both);
    EXPECT_EQ(object_length(both.get()), 2);
}

TEST_F(DictTest, IteratorDetectsSizeChange) {
    Ref<> d = Ref<>::steal(dict_new());
    ASSERT_EQ(dict_setitem(d.get(), I(1).get(), I(1).get()), 0);
    Ref<> it = Ref<>::steal(object_iter(d.get()));
    Ref<> first = Ref<>::steal(iter_next(it.get()));
    ASSERT_TRUE(first);
    ASSERT_EQ(dict_setitem(d.get(), I(2).get(), I(2).get()), 0);
    EXPECT_EQ(iter_next(it.get()), nullptr);
    ASSERT_TRUE(err_matches(RuntimeError));
    err_clear();
}
