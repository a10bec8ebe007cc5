// Unit tests of the type machinery: type_ready results on built-in types, class creation
// (MRO, layout, error messages), slot dispatch to dunders defined on classes, wrapper
// descriptors of built-in slots, metaclasses, finalizers, descriptors and super.
#include "core_test_util.h"

#include "objects/list.h"

namespace {

using namespace pygen;
using namespace pygen::test;

int g_del_calls = 0;

Object* fn_add(Object* self, Object* const* args, size_t, Object*) { return S("A.__add__"); }
Object* fn_radd(Object* self, Object* const* args, size_t, Object*) { return S("B.__radd__"); }
Object* fn_other(Object*, Object* const*, size_t, Object*) { return S("patched"); }
Object* fn_true(Object*, Object* const*, size_t, Object*) { return bool_from(true); }
Object* fn_del(Object*, Object* const*, size_t, Object*) {
    g_del_calls++;
    return none_new();
}
Object* fn_getattr(Object*, Object* const* args, size_t, Object*) {
    return str_from_format("dyn:%U", args[0]);
}
Object* fn_len(Object*, Object* const*, size_t, Object*) { return I(7); }
Object* fn_forty_two(Object*, Object* const*, size_t, Object*) { return I(42); }
Object* fn_identity_repr(Object* self, Object* const*, size_t, Object*) { return S("<custom>"); }

const MethodDef kAdd = {"__add__", fn_add};
const MethodDef kRadd = {"__radd__", fn_radd};
const MethodDef kOther = {"__add__", fn_other};
const MethodDef kEq = {"__eq__", fn_true};
const MethodDef kDel = {"__del__", fn_del};
const MethodDef kGetattr = {"__getattr__", fn_getattr};
const MethodDef kLen = {"__len__", fn_len};
const MethodDef kFortyTwo = {"v", fn_forty_two};
const MethodDef kRepr = {"__repr__", fn_identity_repr};

TEST_F(CoreRuntime, TypeOfOneArgumentIsTheClass) {
    Object* one = I(1);
    EXPECT_EQ(show(call1(&TypeType, one)), "<class 'int'>");
    decref(one);
}

TEST_F(CoreRuntime, BuiltinTypesHaveMroAndReprs) {
    EXPECT_EQ(show(object_getattr_str(&BoolType, "__mro__")), "(<class 'bool'>, <class 'int'>, <class 'object'>)");
    EXPECT_EQ(show(object_getattr_str(&ObjectType, "__init__")), "<slot wrapper '__init__' of 'object' objects>");
    EXPECT_EQ(show(object_getattr_str(&ListType, "append")), "<method 'append' of 'list' objects>");
    EXPECT_TRUE(type_has(&BoolType, kTypeIntSubclass));
    EXPECT_TRUE(type_has(ModuleNotFoundError, kTypeExceptionSubclass));
}

TEST_F(CoreRuntime, ListHashIsNoneInItsDict) {
    EXPECT_EQ(show(newref(dict_getitem_str(ListType.dict, "__hash__"))), "None");
    Object* l = list_new(0);
    EXPECT_EQ(object_hash(l), -1);
    EXPECT_EQ(pending(), "TypeError: unhashable type: 'list'");
    decref(l);
}

TEST_F(CoreRuntime, ClassReprUsesModuleAndQualname) {
    Object* a = make_class("A", {}, {});
    ASSERT_NE(a, nullptr) << pending();
    Object* r = object_repr(a);
    EXPECT_EQ(str_view(r), "<class '__main__.A'>");
    decref(r);
    Object* inst = call0(a);
    Object* ir = object_repr(inst);
    EXPECT_EQ(str_view(ir).substr(0, 24), "<__main__.A object at 0x");
    decref(ir);
    decref(inst);
    decref(a);
}

TEST_F(CoreRuntime, InconsistentMroIsRejected) {
    Object* a = make_class("A", {}, {});
    Object* b = make_class("B", {a}, {});
    EXPECT_EQ(show(make_class("C", {a, b}, {})),
              "TypeError: Cannot create a consistent method resolution\norder (MRO) for bases A, B");
    decref(b);
    decref(a);
}

TEST_F(CoreRuntime, LayoutConflictAndFinalBases) {
    EXPECT_EQ(show(make_class("E", {&IntType, &StrType}, {})), "TypeError: multiple bases have instance lay-out conflict");
    EXPECT_EQ(show(make_class("E", {&BoolType}, {})), "TypeError: type 'bool' is not an acceptable base type");
    Object* a = make_class("A", {}, {});
    EXPECT_EQ(show(make_class("E", {a, a}, {})), "TypeError: duplicate base class A");
    decref(a);
}

TEST_F(CoreRuntime, TypeNewArgumentErrors) {
    Object* one = I(1);
    Object* args[3] = {one, one, one};
    EXPECT_EQ(show(call(&TypeType, args, 3)), "TypeError: type.__new__() argument 1 must be str, not int");
    EXPECT_EQ(show(call(&TypeType, args, 2)), "TypeError: type() takes 1 or 3 arguments");
    decref(one);
}

TEST_F(CoreRuntime, ExcessArgumentsToPlainClass) {
    Object* a = make_class("A", {}, {});
    Object* one = I(1);
    EXPECT_EQ(show(call1(a, one)), "TypeError: A() takes no arguments");
    decref(one);
    decref(a);
}

TEST_F(CoreRuntime, DunderOnClassDrivesBinaryOperator) {
    Object* a = make_class("A", {}, {{"__add__", method(&kAdd)}});
    Object* x = call0(a);
    Object* y = call0(a);
    EXPECT_EQ(show(binary_op(x, y, BinOp::Add)), "'A.__add__'");
    Object* one = I(1);
    EXPECT_EQ(show(binary_op(one, x, BinOp::Add)), "TypeError: unsupported operand type(s) for +: 'int' and 'A'");
    decref(one);
    decref(x);
    decref(y);
    decref(a);
}

TEST_F(CoreRuntime, SubclassReflectedMethodGoesFirst) {
    Object* a = make_class("A", {}, {{"__add__", method(&kAdd)}});
    Object* b = make_class("B", {a}, {{"__radd__", method(&kRadd)}});
    Object* x = call0(a);
    Object* y = call0(b);
    EXPECT_EQ(show(binary_op(x, y, BinOp::Add)), "'B.__radd__'");
    decref(x);
    decref(y);
    decref(b);
    decref(a);
}

TEST_F(CoreRuntime, AssigningDunderAfterCreationUpdatesSlot) {
    Object* a = make_class("A", {}, {});
    Object* x = call0(a);
    EXPECT_EQ(show(binary_op(x, x, BinOp::Add)), "TypeError: unsupported operand type(s) for +: 'A' and 'A'");
    Object* f = method(&kOther);
    ASSERT_EQ(object_setattr_str(a, "__add__", f), 0);
    decref(f);
    EXPECT_EQ(show(binary_op(x, x, BinOp::Add)), "'patched'");
    ASSERT_EQ(object_setattr_str(a, "__add__", nullptr), 0);
    EXPECT_EQ(show(binary_op(x, x, BinOp::Add)), "TypeError: unsupported operand type(s) for +: 'A' and 'A'");
    decref(x);
    decref(a);
}

TEST_F(CoreRuntime, EqWithoutHashIsUnhashable) {
    Object* a = make_class("A", {}, {{"__eq__", method(&kEq)}});
    Object* x = call0(a);
    EXPECT_EQ(object_hash(x), -1);
    EXPECT_EQ(pending(), "TypeError: unhashable type: 'A'");
    Object* one = I(1);
    EXPECT_EQ(object_rich_compare_bool(x, one, CompareOp::Eq), 1);
    EXPECT_EQ(object_rich_compare_bool(x, one, CompareOp::Ne), 0);   // __ne__ inverts __eq__
    decref(one);
    decref(x);
    decref(a);
}

TEST_F(CoreRuntime, ListSubclassKeepsListSlotsAndGetsADict) {
    Object* l = make_class("L", {&ListType}, {});
    auto* lt = static_cast<TypeObject*>(l);
    EXPECT_EQ(lt->getitem, ListType.getitem);
    EXPECT_EQ(lt->len, ListType.len);
    EXPECT_NE(lt->dictoffset, 0);
    Object* inst = call0(l);
    Object* one = I(1);
    EXPECT_EQ(list_append(inst, one), 0);
    EXPECT_EQ(object_length(inst), 1);
    EXPECT_EQ(object_setattr_str(inst, "foo", one), 0);
    EXPECT_EQ(show(object_getattr_str(inst, "foo")), "1");
    EXPECT_EQ(show(object_repr(inst)), "'[1]'");
    decref(one);
    decref(inst);
    decref(l);
}

TEST_F(CoreRuntime, ExceptionSubclassHasDictAndArgs) {
    Object* e = make_class("MyErr", {Exception}, {});
    Object* msg = S("x");
    Object* inst = call1(e, msg);
    EXPECT_EQ(show(object_repr(inst)), "\"MyErr('x')\"");
    EXPECT_EQ(object_setattr_str(inst, "extra", msg), 0);
    EXPECT_EQ(show(object_getattr_str(inst, "extra")), "'x'");
    decref(inst);
    decref(msg);
    decref(e);
}

TEST_F(CoreRuntime, MissingAttributeMessages) {
    Object* a = make_class("A", {}, {});
    Object* x = call0(a);
    EXPECT_EQ(show(object_getattr_str(x, "y")), "AttributeError: 'A' object has no attribute 'y'");
    EXPECT_EQ(show(object_getattr_str(a, "y")), "AttributeError: type object 'A' has no attribute 'y'");
    EXPECT_EQ(show(object_getattr_str(None, "bar")), "AttributeError: 'NoneType' object has no attribute 'bar'");
    EXPECT_EQ(object_setattr_str(&IntType, "x", x), -1);
    EXPECT_EQ(pending(), "TypeError: cannot set 'x' attribute of immutable type 'int'");
    decref(x);
    decref(a);
}

TEST_F(CoreRuntime, GetattrHookRunsAfterAttributeError) {
    Object* a = make_class("A", {}, {{"__getattr__", method(&kGetattr)}});
    Object* x = call0(a);
    EXPECT_EQ(show(object_getattr_str(x, "zzz")), "'dyn:zzz'");
    decref(x);
    decref(a);
}

TEST_F(CoreRuntime, LenDunderAndTruth) {
    Object* a = make_class("A", {}, {{"__len__", method(&kLen)}});
    Object* x = call0(a);
    EXPECT_EQ(object_length(x), 7);
    EXPECT_EQ(object_is_true(x), 1);
    decref(x);
    decref(a);
}

TEST_F(CoreRuntime, MetaclassInstancesAreClasses) {
    Object* m = make_class("M", {&TypeType}, {});
    ASSERT_NE(m, nullptr) << pending();
    Object* k = make_class("K", {}, {}, static_cast<TypeObject*>(m));
    ASSERT_NE(k, nullptr) << pending();
    EXPECT_EQ(static_cast<Object*>(k->type), m);
    Object* inst = call0(k);
    EXPECT_EQ(static_cast<Object*>(inst->type), k);
    decref(inst);
    decref(k);
    decref(m);
}

TEST_F(CoreRuntime, WrapperDescriptorsCallBuiltinSlots) {
    Object* add = object_getattr_str(&IntType, "__add__");
    Object* one = I(1);
    Object* two = I(2);
    EXPECT_EQ(show(call2(add, one, two)), "3");
    Object* s = S("a");
    EXPECT_EQ(show(call2(add, s, one)),
              "TypeError: descriptor '__add__' requires a 'int' object but received a 'str'");
    EXPECT_EQ(show(call0(add)), "TypeError: descriptor '__add__' of 'int' object needs an argument");
    EXPECT_EQ(show(object_getattr_str(one, "__add__")).substr(0, 36), "<method-wrapper '__add__' of int obj");
    decref(s);
    decref(one);
    decref(two);
    decref(add);
}

TEST_F(CoreRuntime, ObjectNewRefusesUnsafeSubtype) {
    Object* newf = object_getattr_str(&ObjectType, "__new__");
    Object* intt = &IntType;
    EXPECT_EQ(show(call1(newf, intt)), "TypeError: object.__new__(int) is not safe, use int.__new__()");
    Object* one = I(1);
    EXPECT_EQ(show(call1(newf, one)), "TypeError: object.__new__(X): X is not a type object (int)");
    decref(one);
    decref(newf);
}

TEST_F(CoreRuntime, MethodDescriptorChecksReceiver) {
    Object* append = object_getattr_str(&ListType, "append");
    Object* one = I(1);
    EXPECT_EQ(show(call2(append, one, one)),
              "TypeError: descriptor 'append' for 'list' objects doesn't apply to a 'int' object");
    EXPECT_EQ(show(call0(append)), "TypeError: unbound method list.append() needs an argument");
    decref(one);
    decref(append);
}

TEST_F(CoreRuntime, FinalizerRunsOnDealloc) {
    Object* a = make_class("D", {}, {{"__del__", method(&kDel)}});
    EXPECT_TRUE(type_has_finalizer(static_cast<TypeObject*>(a)));
    g_del_calls = 0;
    Object* x = call0(a);
    decref(x);
    EXPECT_EQ(g_del_calls, 1);
    decref(a);
}

TEST_F(CoreRuntime, PropertyWithoutSetter) {
    Object* getter = builtin_function_new(&kFortyTwo, nullptr);
    Object* prop = call1(&PropertyType, getter);
    decref(getter);
    Object* a = make_class("A", {}, {{"v", prop}});
    Object* x = call0(a);
    EXPECT_EQ(show(object_getattr_str(x, "v")), "42");
    Object* one = I(1);
    EXPECT_EQ(object_setattr_str(x, "v", one), -1);
    EXPECT_EQ(pending(), "AttributeError: property 'v' of 'A' object has no setter");
    decref(one);
    decref(x);
    decref(a);
}

TEST_F(CoreRuntime, SuperSkipsTheGivenClass) {
    Object* a = make_class("A", {}, {{"__repr__", method(&kRepr)}});
    Object* b = make_class("B", {a}, {});
    Object* x = call0(b);
    Object* args[2] = {b, x};
    Object* sup = call(&SuperType, args, 2);
    ASSERT_NE(sup, nullptr) << pending();
    EXPECT_EQ(show(object_repr(sup)), "\"<super: <class 'B'>, <B object>>\"");
    EXPECT_EQ(show(call_method0(sup, "__repr__")), "'<custom>'");
    Object* args2[2] = {a, x};
    Object* sup2 = call(&SuperType, args2, 2);
    EXPECT_EQ(show(call_method0(sup2, "__repr__")).substr(0, 22), "'<__main__.B object at");
    decref(sup2);
    decref(sup);
    decref(x);
    decref(b);
    decref(a);
}

TEST_F(CoreRuntime, NoneAndSingletons) {
    EXPECT_EQ(show(object_repr(None)), "'None'");
    EXPECT_EQ(object_is_true(None), 0);
    Object* one = I(1);
    EXPECT_EQ(show(call1(&NoneType, one)), "TypeError: NoneType takes no arguments");
    decref(one);
    EXPECT_EQ(show(object_repr(NotImplemented)), "'NotImplemented'");
    EXPECT_EQ(show(object_repr(Ellipsis)), "'Ellipsis'");
}

TEST_F(CoreRuntime, SubclassesAreTracked) {
    Object* a = make_class("A", {}, {});
    Object* b = make_class("B", {a}, {});
    EXPECT_EQ(show(call_method0(a, "__subclasses__")), "[<class '__main__.B'>]");
    decref(b);
    decref(a);
}

}  // namespace
