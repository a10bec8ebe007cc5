// Run-time support of the match statement (see match.h): class patterns through __match_args__
// and the eleven built-in types that match themselves, mapping patterns through the subject's
// get(), and the sequence/mapping classification (CPython's Py_TPFLAGS_SEQUENCE/MAPPING, which
// collections.abc sets on its ABCs and on classes registered with them).
#include "vm/match.h"

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

constexpr int64_t kPySequenceFlag = 1 << 5;   // the values collections.abc puts in __abc_tpflags__
constexpr int64_t kPyMappingFlag = 1 << 6;

MatchCollection own_kind(TypeObject* t) {
    if (type_has(t, kTypeSequence)) return MatchCollection::Sequence;
    if (type_has(t, kTypeMapping)) return MatchCollection::Mapping;
    if (t == &ListType || t == &TupleType || t == &RangeType || t == &MemoryViewType) return MatchCollection::Sequence;
    if (t == &DictType) return MatchCollection::Mapping;
    return MatchCollection::None;
}

// bool, bytearray, bytes, dict, float, frozenset, int, list, set, str and tuple (and their
// subclasses) match a single positional sub-pattern against the whole subject.
bool matches_self(TypeObject* t) {
    if (type_has(t, kTypeIntSubclass | kTypeStrSubclass | kTypeTupleSubclass | kTypeListSubclass |
                        kTypeDictSubclass | kTypeBytesSubclass)) {
        return true;
    }
    return is_subtype(t, &FloatType) || is_subtype(t, &ByteArrayType) || is_subtype(t, &SetType) ||
           is_subtype(t, &FrozenSetType);
}

// getattr(subject, name), or null without an error when it is missing; `seen` catches repeats.
Object* class_attr(Object* subject, TypeObject* type, Object* name, Object* seen, bool* missing) {
    int dup = set_contains(seen, name);
    if (dup < 0) return nullptr;
    if (dup) {
        Object* r = object_repr(name);
        if (!r) return nullptr;
        err_format(TypeError, "%s() got multiple sub-patterns for attribute %s", type->name, str_cstr(r));
        decref(r);
        return nullptr;
    }
    if (set_add(seen, name) < 0) return nullptr;
    Object* v = object_getattr(subject, name);
    if (!v && err_matches(AttributeError)) {
        err_clear();
        *missing = true;
    }
    return v;
}

}  // namespace

MatchCollection match_collection_kind(TypeObject* type) {
    MatchCollection k = own_kind(type);
    if (k != MatchCollection::None || !type->mro || !is_tuple(type->mro)) return k;
    Object* mro = type->mro;
    for (ssize i = 1; i < tuple_size(mro); ++i) {
        k = own_kind(static_cast<TypeObject*>(tuple_items(mro)[i]));
        if (k != MatchCollection::None) return k;
    }
    return MatchCollection::None;
}

Object* match_class(Object* subject, Object* cls, Object* kw_names, int nargs) {
    if (!is_type(cls)) return err_set_string(TypeError, "called match pattern must be a type");
    auto* type = static_cast<TypeObject*>(cls);
    int ok = object_isinstance(subject, cls);
    if (ok < 0) return nullptr;
    if (!ok) return incref(None);
    Ref<> seen = Ref<>::steal(set_new(nullptr));
    if (!seen) return nullptr;
    ssize nkw = tuple_size(kw_names);
    Ref<> attrs = Ref<>::steal(tuple_new(nargs + nkw));
    if (!attrs) return nullptr;
    ssize filled = 0;
    if (nargs) {
        Ref<> match_args = Ref<>::steal(object_getattr_str(cls, "__match_args__"));
        bool match_self = false;
        ssize allowed;
        if (match_args) {
            if (!is_tuple(match_args.get())) {
                return err_format(TypeError, "%s.__match_args__ must be a tuple (got %s)", type->name,
                                  match_args.get()->type->name);
            }
            allowed = tuple_size(match_args.get());
        } else {
            if (!err_matches(AttributeError)) return nullptr;
            err_clear();
            match_self = matches_self(type);
            allowed = match_self ? 1 : 0;
        }
        if (allowed < nargs) {
            return err_format(TypeError, "%s() accepts %zd positional sub-pattern%s (%d given)", type->name,
                              allowed, allowed == 1 ? "" : "s", nargs);
        }
        if (match_self) {
            tuple_items(attrs.get())[filled++] = incref(subject);
        } else {
            for (int i = 0; i < nargs; ++i) {
                Object* name = tuple_items(match_args.get())[i];
                if (!is_str(name)) {
                    return err_format(TypeError, "__match_args__ elements must be strings (got %s)", name->type->name);
                }
                bool missing = false;
                Object* v = class_attr(subject, type, name, seen.get(), &missing);
                if (!v) return missing ? incref(None) : nullptr;
                tuple_items(attrs.get())[filled++] = v;
            }
        }
    }
    for (ssize i = 0; i < nkw; ++i) {
        bool missing = false;
        Object* v = class_attr(subject, type, tuple_items(kw_names)[i], seen.get(), &missing);
        if (!v) return missing ? incref(None) : nullptr;
        tuple_items(attrs.get())[filled++] = v;
    }
    return attrs.release();
}

Object* match_keys(Object* subject, Object* keys) {
    ssize n = tuple_size(keys);
    if (n == 0) return tuple_new(0);
    Ref<> get = Ref<>::steal(object_getattr_str(subject, "get"));
    if (!get) return nullptr;
    Ref<> seen = Ref<>::steal(set_new(nullptr));
    Ref<> dummy = Ref<>::steal(alloc_object(&ObjectType));
    Ref<> values = Ref<>::steal(tuple_new(n));
    if (!seen || !dummy || !values) return nullptr;
    for (ssize i = 0; i < n; ++i) {
        Object* key = tuple_items(keys)[i];
        int dup = set_contains(seen.get(), key);
        if (dup < 0) return nullptr;
        if (dup) {
            Object* r = object_repr(key);
            if (!r) return nullptr;
            err_format(ValueError, "mapping pattern checks duplicate key (%s)", str_cstr(r));
            decref(r);
            return nullptr;
        }
        if (set_add(seen.get(), key) < 0) return nullptr;
        Object* v = call2(get.get(), key, dummy.get());
        if (!v) return nullptr;
        if (v == dummy.get()) {
            decref(v);
            return incref(None);
        }
        tuple_items(values.get())[i] = v;
    }
    return values.release();
}

Object* pygen_set_collection_flags(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs != 2 || !is_type(args[0])) return err_set_string(TypeError, "_set_collection_flags(cls, flags)");
    auto* t = static_cast<TypeObject*>(args[0]);
    int64_t f = 0;
    if (!int_as_i64(args[1], &f)) return nullptr;
    // Built-in types keep their own classification, as CPython's immutable types do.
    // Returns whether the class took the flag (its subclasses are then visited too).
    if (!type_has(t, kTypeHeap) || type_has(t, kTypeSequence | kTypeMapping)) return incref(False);
    if (f & kPySequenceFlag) t->flags |= kTypeSequence;
    else if (f & kPyMappingFlag) t->flags |= kTypeMapping;
    else return incref(False);
    return incref(True);
}

Object* pygen_collection_flags(Object*, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1 || !is_type(args[0])) return err_set_string(TypeError, "_collection_flags(cls)");
    MatchCollection k = match_collection_kind(static_cast<TypeObject*>(args[0]));
    return int_from_i64(k == MatchCollection::Sequence ? kPySequenceFlag : k == MatchCollection::Mapping ? kPyMappingFlag : 0);
}

}  // namespace pygen
