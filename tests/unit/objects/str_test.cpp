// Unit tests of str: code-point indexing of non-ASCII text, repr quoting and escapes, the
// sequence slots' messages, split/join edge cases, the format mini-language, str.format and
// printf-style %.
#include <gtest/gtest.h>

#include <string>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/range.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/runtime.h"
#include "../runtime_fixture.h"

namespace {

using namespace pygen;

// Starts the runtime once per process (the fixture of every test here).
class StrRuntime : public test::RuntimeFixture {};

// repr(result), consuming it, or "ExcType: message" for a null result with an exception set.
std::string show(Object* result) {
    if (!result) {
        Object* exc = err_fetch();
        if (!exc) return "<null without exception>";
        std::string out = exc->type->name;
        if (Object* text = object_str(exc)) {
            out += ": ";
            out += str_view(text);
            decref(text);
        } else {
            err_clear();
        }
        decref(exc);
        return out;
    }
    Object* r = object_repr(result);
    decref(result);
    if (!r) return show(nullptr);
    std::string out(str_view(r));
    decref(r);
    return out;
}

Object* I(const char* text) { return int_from_string(text, 10); }
Object* F(double v) { return float_from(v); }
Object* S(const char* text) { return str_from(text); }

// a <op> b through the generic binary operation (both references consumed).
std::string binop(Object* a, Object* b, BinOp op) {
    Object* r = binary_op(a, b, op);
    decref(a);
    decref(b);
    return show(r);
}

// self.name(*args) with the arguments consumed.
std::string method(Object* self, const char* name, std::initializer_list<Object*> args) {
    std::vector<Object*> v(args);
    Object* r = call_method(self, name, v.data(), v.size());
    for (Object* a : v) decref(a);
    decref(self);
    return show(r);
}

TEST_F(StrRuntime, LengthCountsCodePoints) {
    Object* s = S("h\xc3\xa9llo \xf0\x9f\x98\x80");   // "héllo 😀"
    EXPECT_EQ(str_length(s), 7);
    EXPECT_FALSE(static_cast<StrObject*>(s)->is_ascii);
    decref(s);
}

TEST_F(StrRuntime, IndexingNonAsciiText) {
    Object* s = S("h\xc3\xa9llo");
    Object* k1 = I("1");
    Object* km1 = I("-1");
    Object* k9 = I("9");
    EXPECT_EQ(show(object_getitem(s, k1)), "'\xc3\xa9'");
    EXPECT_EQ(show(object_getitem(s, km1)), "'o'");
    EXPECT_EQ(show(object_getitem(s, k9)), "IndexError: string index out of range");
    Object* f = F(1.0);
    EXPECT_EQ(show(object_getitem(s, f)), "TypeError: string indices must be integers, not 'float'");
    decref(s); decref(k1); decref(km1); decref(k9); decref(f);
}

TEST_F(StrRuntime, SlicingNonAsciiTextWithSteps) {
    Object* s = S("a\xc3\xa9" "b\xe2\x82\xac" "c");   // "aéb€c"
    Object* sl = slice_new(nullptr, nullptr, int_from_i64(2));
    EXPECT_EQ(show(object_getitem(s, sl)), "'abc'");
    Object* rev = slice_new(nullptr, nullptr, int_from_i64(-1));
    EXPECT_EQ(show(object_getitem(s, rev)), "'c\xe2\x82\xac" "b\xc3\xa9" "a'");
    Object* mid = slice_new(int_from_i64(1), int_from_i64(4), nullptr);
    EXPECT_EQ(show(object_getitem(s, mid)), "'\xc3\xa9" "b\xe2\x82\xac'");
    decref(s); decref(sl); decref(rev); decref(mid);
}

TEST(StrRepr, QuotesAndEscapes) {
    EXPECT_EQ(str_repr_text("it's"), "\"it's\"");
    EXPECT_EQ(str_repr_text("'\""), "'\\'\"'");
    EXPECT_EQ(str_repr_text("a\x01\t\n\\\x7f"), "'a\\x01\\t\\n\\\\\\x7f'");
    EXPECT_EQ(str_repr_text("\xc2\xa0\xc2\xad\xc3\xa9\xf0\x9f\x98\x80"), "'\\xa0\\xad\xc3\xa9\xf0\x9f\x98\x80'");
    EXPECT_EQ(str_repr_text("\xe2\x80\xa8\xf3\xa0\x80\x81"), "'\\u2028\\U000e0001'");
}

TEST_F(StrRuntime, OperatorMessages) {
    EXPECT_EQ(binop(S("a"), I("1"), BinOp::Add), "TypeError: can only concatenate str (not \"int\") to str");
    EXPECT_EQ(binop(I("1"), S("a"), BinOp::Add), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    EXPECT_EQ(binop(S("ab"), I("3"), BinOp::Mul), "'ababab'");
    EXPECT_EQ(binop(I("2"), S("\xc3\xa9"), BinOp::Mul), "'\xc3\xa9\xc3\xa9'");
    EXPECT_EQ(binop(S("ab"), F(1.5), BinOp::Mul), "TypeError: can't multiply sequence by non-int of type 'float'");
    Object* s = S("abc");
    Object* one = I("1");
    EXPECT_EQ(sequence_contains(s, one), -1);
    EXPECT_EQ(show(nullptr), "TypeError: 'in <string>' requires string as left operand, not int");
    decref(s); decref(one);
}

TEST_F(StrRuntime, InterningGivesOneObject) {
    Object* a = str_intern("some_name");
    Object* b = str_intern("some_name");
    EXPECT_EQ(a, b);
    Object* c = S("some_name");
    str_intern_in_place(&c);
    EXPECT_EQ(c, a);
    decref(a); decref(b); decref(c);
}

TEST_F(StrRuntime, HashIsConsistentWithEquality) {
    Object* a = S("h\xc3\xa9llo");
    Object* b = S("h\xc3\xa9llo");
    EXPECT_NE(a, b);
    EXPECT_EQ(str_hash(a), str_hash(b));
    EXPECT_NE(str_hash(a), -1);
    EXPECT_TRUE(str_equal(a, b));
    decref(a); decref(b);
}

TEST_F(StrRuntime, SplitEdgeCases) {
    EXPECT_EQ(method(S("a b  c  "), "split", {}), "['a', 'b', 'c']");
    EXPECT_EQ(method(S("a b  c  "), "split", {None, I("1")}), "['a', 'b  c  ']");
    EXPECT_EQ(method(S("  a b c"), "rsplit", {None, I("1")}), "['  a b', 'c']");
    EXPECT_EQ(method(S(""), "split", {}), "[]");
    EXPECT_EQ(method(S(""), "split", {S("x")}), "['']");
    EXPECT_EQ(method(S("a,b,,c"), "split", {S(",")}), "['a', 'b', '', 'c']");
    EXPECT_EQ(method(S("a,b,,c"), "rsplit", {S(","), I("2")}), "['a,b', '', 'c']");
    EXPECT_EQ(method(S("a"), "split", {S("")}), "ValueError: empty separator");
    EXPECT_EQ(method(S("a"), "split", {I("1")}), "TypeError: must be str or None, not int");
    EXPECT_EQ(method(S("a\r\nb\rc\n"), "splitlines", {bool_from(true)}), "['a\\r\\n', 'b\\r', 'c\\n']");
    EXPECT_EQ(method(S("a\xe2\x80\xa8" "b"), "splitlines", {}), "['a', 'b']");
}

TEST_F(StrRuntime, JoinEdgeCases) {
    EXPECT_EQ(method(S(","), "join", {tuple_pack({})}), "''");
    Object* items = tuple_pack({S("a"), S("\xc3\xa9")});
    EXPECT_EQ(method(S("-"), "join", {items}), "'a-\xc3\xa9'");
    Object* bad = tuple_pack({I("1")});
    EXPECT_EQ(method(S(""), "join", {bad}), "TypeError: sequence item 0: expected str instance, int found");
    EXPECT_EQ(method(S(""), "join", {I("1")}), "TypeError: can only join an iterable");
}

TEST_F(StrRuntime, SearchMethods) {
    EXPECT_EQ(method(S("h\xc3\xa9llo"), "find", {S("l")}), "2");
    EXPECT_EQ(method(S("h\xc3\xa9llo"), "rfind", {S("l")}), "3");
    EXPECT_EQ(method(S("abc"), "index", {S("z")}), "ValueError: substring not found");
    EXPECT_EQ(method(S("abc"), "count", {S("")}), "4");
    EXPECT_EQ(method(S("aaaa"), "count", {S("aa")}), "2");
    EXPECT_EQ(method(S("abc"), "startswith", {tuple_pack({S("x"), S("ab")})}), "True");
    EXPECT_EQ(method(S("abc"), "endswith", {I("1")}),
              "TypeError: endswith first arg must be str or a tuple of str, not int");
    EXPECT_EQ(method(S("abc"), "replace", {S(""), S("-"), I("2")}), "'-a-bc'");
}

TEST_F(StrRuntime, PaddingAndCase) {
    EXPECT_EQ(method(S("ab"), "center", {I("5"), S("*")}), "'**ab*'");
    EXPECT_EQ(method(S("abc"), "center", {I("6"), S("*")}), "'*abc**'");
    EXPECT_EQ(method(S("-12"), "zfill", {I("5")}), "'-0012'");
    EXPECT_EQ(method(S("hello world"), "title", {}), "'Hello World'");
    EXPECT_EQ(method(S("hELLO"), "capitalize", {}), "'Hello'");
    EXPECT_EQ(method(S("\xc3\xa9t\xc3\xa9"), "upper", {}), "'\xc3\x89T\xc3\x89'");
    EXPECT_EQ(method(S("a\tb"), "expandtabs", {I("4")}), "'a   b'");
}

TEST_F(StrRuntime, FormatSpecForStrings) {
    struct Case { const char* spec; const char* expected; };
    const Case cases[] = {
        {"", "'abc'"}, {"5", "'abc  '"}, {">5", "'  abc'"}, {"^6", "' abc  '"}, {"<<5", "'abc<<'"},
        {".2", "'ab'"}, {"^10.2", "'    ab    '"}, {"05", "'abc00'"}, {"x^5", "'xabcx'"},
        {"=5", "ValueError: '=' alignment not allowed in string format specifier"},
        {"+", "ValueError: Sign not allowed in string format specifier"},
        {"#", "ValueError: Alternate form (#) not allowed in string format specifier"},
        {"d", "ValueError: Unknown format code 'd' for object of type 'str'"},
        {",", "ValueError: Cannot specify ',' with 's'."},
    };
    for (const Case& c : cases) {
        Object* s = S("abc");
        EXPECT_EQ(show(format_str(s, c.spec)), c.expected) << c.spec;
        decref(s);
    }
}

TEST_F(StrRuntime, FormatMethod) {
    auto fmt = [](const char* f, std::initializer_list<Object*> args) {
        Object* s = S(f);
        std::vector<Object*> v(args);
        std::string r = show(str_format_method(s, v.data(), v.size(), nullptr));
        for (Object* a : v) decref(a);
        decref(s);
        return r;
    };
    EXPECT_EQ(fmt("{0}{1}", {I("1")}), "IndexError: Replacement index 1 out of range for positional args tuple");
    EXPECT_EQ(fmt("{}{0}", {I("1")}), "ValueError: cannot switch from automatic field numbering to manual field specification");
    EXPECT_EQ(fmt("{", {}), "ValueError: Single '{' encountered in format string");
    EXPECT_EQ(fmt("}", {}), "ValueError: Single '}' encountered in format string");
    EXPECT_EQ(fmt("{0!x}", {I("1")}), "ValueError: Unknown conversion specifier x");
    EXPECT_EQ(fmt("{0.real}", {I("1")}), "'1'");
    EXPECT_EQ(fmt("{0[1]}", {tuple_pack({I("1"), I("2")})}), "'2'");
    EXPECT_EQ(fmt("{0:{1}.{2}f}", {F(1.5), I("8"), I("3")}), "'   1.500'");
    EXPECT_EQ(fmt("{!r:>5}", {S("a")}), "\"  'a'\"");
    EXPECT_EQ(fmt("{:{:{}}}", {I("1"), I("2"), I("3")}), "ValueError: Max string recursion exceeded");
    EXPECT_EQ(fmt("{{}}", {}), "'{}'");
    EXPECT_EQ(fmt("{0[}", {I("1")}), "ValueError: expected '}' before end of string");
}

TEST_F(StrRuntime, PercentFormatting) {
    auto pct = [](const char* f, Object* args) {
        Object* s = S(f);
        std::string r = show(str_percent_format(s, args));
        decref(s);
        decref(args);
        return r;
    };
    EXPECT_EQ(pct("%5.2f|%-5d|%+d|% d|%05d|%x|%#x|%#o|%e|%g|%r",
                  tuple_pack({F(1.234), I("3"), I("4"), I("5"), I("-6"), I("255"), I("255"), I("8"), F(1.5),
                              F(1e20), S("\xc3\xa9")})),
              "\" 1.23|3    |+4| 5|-0006|ff|0xff|0o10|1.500000e+00|1e+20|'\xc3\xa9'\"");
    EXPECT_EQ(pct("%s %s", tuple_pack({I("1")})), "TypeError: not enough arguments for format string");
    EXPECT_EQ(pct("%s", tuple_pack({I("1"), I("2")})), "TypeError: not all arguments converted during string formatting");
    EXPECT_EQ(pct("%z", I("1")), "ValueError: unsupported format character 'z' (0x7a) at index 1");
    EXPECT_EQ(pct("%d", S("a")), "TypeError: %d format: a real number is required, not str");
    EXPECT_EQ(pct("%x", F(1.5)), "TypeError: %x format: an integer is required, not float");
    EXPECT_EQ(pct("%*d|%.*f|%.3d|%5.1f%%", tuple_pack({I("5"), I("1"), I("2"), F(1.2345), I("5"), F(99.5)})),
              "'    1|1.23|005| 99.5%'");
    EXPECT_EQ(pct("%.3s|%-5s|%05s|%c|%c", tuple_pack({S("abcdef"), S("a"), S("a"), I("65"), S("z")})),
              "'abc|a    |    a|A|z'");
    EXPECT_EQ(pct("%", tuple_pack({})), "ValueError: incomplete format");
    EXPECT_EQ(pct("%d", F(1.9)), "'1'");
}

}  // namespace
