// Callable wrappers and descriptors for built-in code: builtin_function_or_method (a C function,
// bound or not), method_descriptor (an entry of a type's MethodDef table in the type dict),
// getset_descriptor, classmethod_descriptor; and the Python-level descriptors property,
// classmethod, staticmethod, and super.
// CPython counterparts: Objects/methodobject.c, Objects/descrobject.c, Objects/funcobject.c
// (classmethod/staticmethod), Objects/typeobject.c (super).
#pragma once

#include "objects/object.h"

namespace pygen {

extern TypeObject BuiltinFunctionType;   // "builtin_function_or_method"
extern TypeObject MethodDescrType;       // "method_descriptor"
extern TypeObject ClassMethodDescrType;  // "classmethod_descriptor"
extern TypeObject GetSetDescrType;       // "getset_descriptor"
extern TypeObject WrapperDescrType;      // "wrapper_descriptor" (slot wrappers like object.__init__)
extern TypeObject PropertyType;
extern TypeObject ClassMethodType;
extern TypeObject StaticMethodType;
extern TypeObject SuperType;

struct BuiltinFunctionObject : Object {
    const MethodDef* def;      // borrowed, static lifetime
    Object* self;              // strong; null for a plain function
    Object* module;            // strong __module__ name or null
    Object* weakreflist;       // weak references to the function
};

// A module-level built-in (len, print): self is null, or bound to `self`.
Object* builtin_function_new(const MethodDef* def, Object* self);
Object* method_descr_new(TypeObject* owner, const MethodDef* def);
Object* getset_descr_new(TypeObject* owner, const GetSetDef* def);
// The C getter behind `descr` when it is a getset descriptor that applies to instances of `type`
// (a subclass of its owner) and is readable; null otherwise. The quickened LOAD_ATTR_GETSET calls
// it directly while the type's version tag is unchanged.
using GetterFn = Object* (*)(Object* self);
GetterFn getset_getter_for(Object* descr, TypeObject* type);
// A kMethClass entry: binds the class (or the instance's class) as self.
Object* classmethod_descr_new(TypeObject* owner, const MethodDef* def);

struct PropertyObject : Object {
    Object* fget; Object* fset; Object* fdel; Object* doc;   // strong, null when absent
    Object* name;              // strong, set by __set_name__ (for error messages); may be null
    bool getter_doc;           // doc was taken from fget.__doc__
};

struct ClassMethodObject : Object {   // also used by staticmethod
    Object* callable;      // strong
    Object* dict;          // strong, may be null
};
Object* classmethod_new(Object* callable);
Object* staticmethod_new(Object* callable);

// The layout of method, class method, getset and member descriptors.
struct DescrObject : Object {
    TypeObject* owner;    // strong
    const void* def;      // MethodDef or GetSetDef, static lifetime
};
// For a method_descriptor: its table entry (CALL's inline cache calls it directly once the
// receiver's type is known to be exactly the owner, method_descr_owner). Inline: CALL_BUILTIN
// reads both on every call of a method such as dict.get.
inline const MethodDef* method_descr_def(Object* descr) {
    return static_cast<const MethodDef*>(static_cast<DescrObject*>(descr)->def);
}
// The borrowed __objclass__ of a method_descriptor.
inline Object* method_descr_owner(Object* descr) { return static_cast<DescrObject*>(descr)->owner; }

// For a __slots__ member_descriptor that applies to instances of `type` (its owner or a subclass):
// the byte offset of its field in instances (as laid out for types that are not str/bytes/tuple
// subclasses). False for anything else, and for a descriptor another class's attribute borrowed
// (its offset means nothing in `type`'s layout; the descriptor itself raises TypeError there).
bool member_descr_offset(Object* descr, TypeObject* type, ssize* offset);

void init_descr_types();

}  // namespace pygen
