// Unit tests of bytes and bytearray: repr quoting, codecs and their error messages, indexing,
// construction from the accepted sources.
#include <gtest/gtest.h>

#include <string>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/runtime.h"
#include "../runtime_fixture.h"

namespace {

using namespace pygen;

// Starts the runtime once per process (the fixture of every test here).
class BytesRuntime : public test::RuntimeFixture {};

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

Object* B(std::string_view data) { return bytes_from(data); }

std::string construct(TypeObject* type, std::initializer_list<Object*> args) {
    std::vector<Object*> v(args);
    Object* r = call(type, v.data(), v.size());
    for (Object* a : v) decref(a);
    return show(r);
}

TEST(BytesRepr, QuotingRules) {
    EXPECT_EQ(bytes_repr_text(std::string_view("a'\0\xff", 4)), "b\"a'\\x00\\xff\"");
    EXPECT_EQ(bytes_repr_text("'\""), "b'\\'\"'");
    EXPECT_EQ(bytes_repr_text("\t\n\r\\"), "b'\\t\\n\\r\\\\'");
}

TEST_F(BytesRuntime, DecodeErrors) {
    EXPECT_EQ(show(bytes_decode_text("\xff", "utf-8", "strict")),
              "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
    EXPECT_EQ(show(bytes_decode_text("a\xe9", "utf-8", "strict")),
              "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 1: unexpected end of data");
    EXPECT_EQ(show(bytes_decode_text("\xe9\x80", "utf-8", "strict")),
              "UnicodeDecodeError: 'utf-8' codec can't decode bytes in position 0-1: unexpected end of data");
    EXPECT_EQ(show(bytes_decode_text("\xe9" "a", "utf-8", "strict")),
              "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xe9 in position 0: invalid continuation byte");
    EXPECT_EQ(show(bytes_decode_text("\xed\xa0\x80", "utf-8", "strict")),
              "UnicodeDecodeError: 'utf-8' codec can't decode byte 0xed in position 0: invalid continuation byte");
    EXPECT_EQ(show(bytes_decode_text("\xff", "ascii", "strict")),
              "UnicodeDecodeError: 'ascii' codec can't decode byte 0xff in position 0: ordinal not in range(128)");
    EXPECT_EQ(show(bytes_decode_text("x", "foo", "strict")), "LookupError: unknown encoding: foo");
}

TEST_F(BytesRuntime, DecodeErrorHandlers) {
    EXPECT_EQ(show(bytes_decode_text("\xff", "utf-8", "replace")), "'\xef\xbf\xbd'");
    EXPECT_EQ(show(bytes_decode_text("a\xff" "b", "ascii", "backslashreplace")), "'a\\\\xffb'");
    EXPECT_EQ(show(bytes_decode_text("a\xff" "b", "utf-8", "ignore")), "'ab'");
    EXPECT_EQ(show(bytes_decode_text("\xe9", "latin-1", "strict")), "'\xc3\xa9'");
}

TEST_F(BytesRuntime, EncodeErrors) {
    EXPECT_EQ(show(str_encode_text("\xc3\xa9", "ascii", "strict")),
              "UnicodeEncodeError: 'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)");
    EXPECT_EQ(show(str_encode_text("\xc3\xa9\xc3\xa9", "ascii", "strict")),
              "UnicodeEncodeError: 'ascii' codec can't encode characters in position 0-1: ordinal not in range(128)");
    EXPECT_EQ(show(str_encode_text("\xe2\x82\xac", "latin-1", "strict")),
              "UnicodeEncodeError: 'latin-1' codec can't encode character '\\u20ac' in position 0: ordinal not in range(256)");
    EXPECT_EQ(show(str_encode_text("\xed\xa0\x80", "utf-8", "strict")),
              "UnicodeEncodeError: 'utf-8' codec can't encode character '\\ud800' in position 0: surrogates not allowed");
    EXPECT_EQ(show(str_encode_text("\xc3\xa9", "ascii", "xmlcharrefreplace")), "b'&#233;'");
    EXPECT_EQ(show(str_encode_text("\xc3\xa9", "utf-8", "strict")), "b'\\xc3\\xa9'");
}

TEST_F(BytesRuntime, IndexingGivesInts) {
    Object* b = B("ab");
    Object* k = I("1");
    Object* k5 = I("5");
    Object* f = F(1.5);
    EXPECT_EQ(show(object_getitem(b, k)), "98");
    EXPECT_EQ(show(object_getitem(b, k5)), "IndexError: index out of range");
    EXPECT_EQ(show(object_getitem(b, f)), "TypeError: byte indices must be integers or slices, not float");
    decref(b); decref(k); decref(k5); decref(f);
}

TEST_F(BytesRuntime, OperatorMessages) {
    EXPECT_EQ(binop(B("a"), S("b"), BinOp::Add), "TypeError: can't concat str to bytes");
    EXPECT_EQ(binop(B("a"), F(1.5), BinOp::Mul), "TypeError: can't multiply sequence by non-int of type 'float'");
    EXPECT_EQ(binop(B("ab"), I("2"), BinOp::Mul), "b'abab'");
    Object* b = B("a");
    Object* s = S("a");
    EXPECT_EQ(sequence_contains(b, s), -1);
    EXPECT_EQ(show(nullptr), "TypeError: a bytes-like object is required, not 'str'");
    Object* big = I("256");
    EXPECT_EQ(sequence_contains(b, big), -1);
    EXPECT_EQ(show(nullptr), "ValueError: byte must be in range(0, 256)");
    decref(b); decref(s); decref(big);
}

TEST_F(BytesRuntime, Construction) {
    EXPECT_EQ(construct(&BytesType, {I("3")}), "b'\\x00\\x00\\x00'");
    EXPECT_EQ(construct(&BytesType, {I("-1")}), "ValueError: negative count");
    EXPECT_EQ(construct(&BytesType, {S("a")}), "TypeError: string argument without an encoding");
    EXPECT_EQ(construct(&BytesType, {S("\xc3\xa9"), S("utf-8")}), "b'\\xc3\\xa9'");
    EXPECT_EQ(construct(&BytesType, {tuple_pack({I("1"), I("256")})}), "ValueError: bytes must be in range(0, 256)");
    EXPECT_EQ(construct(&BytesType, {F(1.5)}), "TypeError: cannot convert 'float' object to bytes");
    EXPECT_EQ(construct(&BytesType, {I("1"), S("utf-8")}), "TypeError: encoding without a string argument");
    EXPECT_EQ(construct(&ByteArrayType, {B("ab")}), "bytearray(b'ab')");
    EXPECT_EQ(construct(&ByteArrayType, {}), "bytearray(b'')");
}

TEST_F(BytesRuntime, HashMatchesAsciiStr) {
    Object* b = B("abc");
    Object* s = S("abc");
    EXPECT_EQ(object_hash(b), object_hash(s));
    decref(b); decref(s);
}

}  // namespace
