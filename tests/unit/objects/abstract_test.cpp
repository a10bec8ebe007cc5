// Unit tests of the generic operations in abstract.h: CPython's error messages for unsupported
// operations, comparison fallbacks, truth, hashing, conversions, isinstance and containers.
#include "core_test_util.h"

#include "objects/float.h"
#include "objects/list.h"

namespace {

using namespace pygen;
using namespace pygen::test;

TEST_F(CoreRuntime, UnsupportedBinaryOperands) {
    Object* one = I(1);
    Object* s = S("a");
    EXPECT_EQ(show(binary_op(one, s, BinOp::Add)), "TypeError: unsupported operand type(s) for +: 'int' and 'str'");
    EXPECT_EQ(show(binary_op(one, s, BinOp::Pow)),
              "TypeError: unsupported operand type(s) for ** or pow(): 'int' and 'str'");
    EXPECT_EQ(show(inplace_op(one, s, BinOp::Pow)), "TypeError: unsupported operand type(s) for **=: 'int' and 'str'");
    EXPECT_EQ(show(inplace_op(one, s, BinOp::Add)), "TypeError: unsupported operand type(s) for +=: 'int' and 'str'");
    EXPECT_EQ(show(power3(s, one, one)), "TypeError: unsupported operand type(s) for ** or pow(): 'str', 'int', 'int'");
    decref(s);
    decref(one);
}

TEST_F(CoreRuntime, UnaryOperatorMessages) {
    Object* s = S("a");
    EXPECT_EQ(show(unary_negative(s)), "TypeError: bad operand type for unary -: 'str'");
    EXPECT_EQ(show(unary_positive(s)), "TypeError: bad operand type for unary +: 'str'");
    EXPECT_EQ(show(unary_invert(s)), "TypeError: bad operand type for unary ~: 'str'");
    EXPECT_EQ(show(number_absolute(s)), "TypeError: bad operand type for abs(): 'str'");
    decref(s);
}

TEST_F(CoreRuntime, OrderingAcrossTypesFails) {
    Object* one = I(1);
    Object* s = S("a");
    EXPECT_EQ(show(object_rich_compare(s, one, CompareOp::Lt)),
              "TypeError: '<' not supported between instances of 'str' and 'int'");
    EXPECT_EQ(show(object_rich_compare(s, one, CompareOp::Eq)), "False");
    EXPECT_EQ(show(object_rich_compare(s, one, CompareOp::Ne)), "True");
    decref(s);
    decref(one);
}

TEST_F(CoreRuntime, ContainerProtocolMessages) {
    Object* one = I(1);
    Object* s = S("abc");
    EXPECT_EQ(object_length(one), -1);
    EXPECT_EQ(pending(), "TypeError: object of type 'int' has no len()");
    EXPECT_EQ(show(object_getitem(one, one)), "TypeError: 'int' object is not subscriptable");
    EXPECT_EQ(show(object_getitem(&ObjectType, one)), "TypeError: type 'object' is not subscriptable");
    EXPECT_EQ(object_setitem(s, one, one), -1);
    EXPECT_EQ(pending(), "TypeError: 'str' object does not support item assignment");
    EXPECT_EQ(object_delitem(s, one), -1);
    EXPECT_EQ(pending(), "TypeError: 'str' object doesn't support item deletion");
    EXPECT_EQ(sequence_contains(one, one), -1);
    EXPECT_EQ(pending(), "TypeError: argument of type 'int' is not iterable");
    EXPECT_EQ(show(object_iter(one)), "TypeError: 'int' object is not iterable");
    EXPECT_EQ(show(iter_next(one)), "TypeError: 'int' object is not an iterator");
    decref(s);
    decref(one);
}

TEST_F(CoreRuntime, CallingNonCallable) {
    Object* one = I(1);
    EXPECT_EQ(show(call0(one)), "TypeError: 'int' object is not callable");
    EXPECT_FALSE(is_callable(one));
    EXPECT_TRUE(is_callable(&IntType));
    decref(one);
}

TEST_F(CoreRuntime, TruthAndHash) {
    Object* zero = I(0);
    Object* empty = list_new(0);
    EXPECT_EQ(object_is_true(zero), 0);
    EXPECT_EQ(object_is_true(empty), 0);
    EXPECT_EQ(object_is_true(&IntType), 1);
    EXPECT_EQ(object_hash(empty), -1);
    EXPECT_EQ(pending(), "TypeError: unhashable type: 'list'");
    EXPECT_NE(object_hash(None), -1);
    decref(empty);
    decref(zero);
}

TEST_F(CoreRuntime, ConversionMessages) {
    Object* f = float_from(1.5);
    EXPECT_EQ(show(number_index(f)), "TypeError: 'float' object cannot be interpreted as an integer");
    EXPECT_EQ(show(number_long(None)),
              "TypeError: int() argument must be a string, a bytes-like object or a real number, not 'NoneType'");
    EXPECT_EQ(show(number_float(None)), "TypeError: float() argument must be a string or a real number, not 'NoneType'");
    EXPECT_EQ(show(number_long(f)), "1");
    Object* s = S("42");
    EXPECT_EQ(show(number_long(s)), "42");
    EXPECT_EQ(show(number_float(s)), "42.0");
    decref(s);
    decref(f);
}

TEST_F(CoreRuntime, IsinstanceWithTuplesAndBadArguments) {
    Object* one = I(1);
    Object* types = tuple_pack({&StrType, &IntType});
    EXPECT_EQ(object_isinstance(one, types), 1);
    EXPECT_EQ(object_isinstance(True, &IntType), 1);
    EXPECT_EQ(object_isinstance(one, one), -1);
    EXPECT_EQ(pending(), "TypeError: isinstance() arg 2 must be a type, a tuple of types, or a union");
    EXPECT_EQ(object_issubclass(one, &IntType), -1);
    EXPECT_EQ(pending(), "TypeError: issubclass() arg 1 must be a class");
    EXPECT_EQ(object_issubclass(&BoolType, types), 1);
    decref(types);
    decref(one);
}

TEST_F(CoreRuntime, FormatAndAscii) {
    Object* o = call0(&ObjectType);
    Object* spec = S("x");
    EXPECT_EQ(show(object_format(o, spec)), "TypeError: unsupported format string passed to object.__format__");
    decref(spec);
    decref(o);
    Object* s = S("\xc3\xa9\xe2\x82\xac");   // é€
    EXPECT_EQ(show(object_ascii(s)), "\"'\\\\xe9\\\\u20ac'\"");
    decref(s);
}

TEST_F(CoreRuntime, SetattrOnObjectWithoutDict) {
    Object* o = call0(&ObjectType);
    Object* one = I(1);
    EXPECT_EQ(object_setattr_str(o, "x", one), -1);
    EXPECT_EQ(pending(), "AttributeError: 'object' object has no attribute 'x'");
    EXPECT_EQ(object_setattr_str(one, "real", one), -1);
    EXPECT_EQ(pending(), "AttributeError: attribute 'real' of 'int' objects is not writable");
    decref(one);
    decref(o);
}

TEST_F(CoreRuntime, LookupAttrSuppressesMissing) {
    Object* one = I(1);
    Object* name = S("nope");
    EXPECT_EQ(object_lookup_attr(one, name), nullptr);
    EXPECT_EQ(err_occurred(), nullptr);
    decref(name);
    decref(one);
}

TEST_F(CoreRuntime, GetMethodReturnsUnboundDescriptor) {
    Object* l = list_new(0);
    Object* name = S("append");
    Object* m = nullptr;
    EXPECT_EQ(object_get_method(l, name, &m), 1);
    EXPECT_EQ(m->type, &MethodDescrType);
    xdecref(m);
    decref(name);
    decref(l);
}

TEST_F(CoreRuntime, StrFromFormatConversions) {
    Object* s = S("q");
    EXPECT_EQ(show(str_from_format("%d|%zd|%02x|%s|%R|%S|%T|%%|%c", -3, static_cast<ssize>(7), 10u, "c", s, s, s, 'z')),
              "\"-3|7|0a|c|'q'|q|str|%|z\"");
    decref(s);
}

}  // namespace
