// The runtime core of the object model: allocation, deallocation dispatch, subtype tests, the
// type_lookup attribute cache, type_ready for static types (with deferral while str/dict/tuple
// are not yet initialised), and the `type` type itself (call, attribute access, repr, the
// __name__/__bases__/... attributes). Class creation is in type_new.cpp, dunder slots in
// type_slots.cpp, the C3 MRO in mro.cpp. CPython counterpart: Objects/typeobject.c.
#include <cstdlib>
#include <cstring>
#include <new>
#include <stdexcept>
#include <string>
#include <vector>

#include "objects/weakref.h"
#include "objects/abstract.h"
#include "objects/builtin_docs.h"
#include "objects/bytes.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/mappingproxy.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/generic_alias.h"
#include "objects/instance_values.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/float.h"
#include "objects/set.h"
#include "objects/size_pools.h"
#include "objects/range.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "vm/runtime.h"
#include "vm/thread_state.h"
#include "objects/alloc_limit.h"
#include "vm/gc.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace pygen {

TypeObject TypeType;

namespace {

// Static types never reach refcount zero.
constexpr ssize kImmortalRefcnt = ssize{1} << (sizeof(ssize) >= 8 ? 40 : 28);   // 28: wasm32

}  // namespace

// ---- Allocation ----

Object* alloc_object(TypeObject* type) {
    // Instances of kTypeGC types get a GC header in front (vm/gc.h); a metatype's instances are
    // heap types, which have one too (object_is_gc).
    bool gc = (type->flags & (kTypeGC | kTypeNoGCHeader)) == kTypeGC;
    if (type->flags & kTypePooledAlloc) {
        // Small fixed-size static types: a block of the size class, zeroed where the object lies.
        size_t total = type->basicsize + (gc ? sizeof(GCHeader) : 0);
        if (total <= size_pools::kMaxBytes) {
            void* block = size_pools::take(size_pools::class_of(total));
            if (block == nullptr) return err_no_memory();
            std::memset(block, 0, total);
            Object* o = gc ? gc_adopt(block) : static_cast<Object*>(block);
            o->refcnt = 1;
            o->type = type;
            if (gc && !type_has(type, kTypeGCSelfTracked)) gc_track(o);
            return o;
        }
    }
    // Plain instances carry their attribute values after the fixed fields (instance_values.h).
    size_t size = type->basicsize;
    uint8_t capacity = 0;
    if (type_has(type, kTypeInlineValues)) size += inline_values_extra_bytes(type, &capacity);
    // Both paths go through the memory cap's counting allocator (objects/alloc_limit.h).
    auto* o = gc ? gc_alloc(size) : static_cast<Object*>(mem_calloc(1, size));
    if (o == nullptr) return err_no_memory();
    o->refcnt = 1;
    o->type = type;
    if (capacity) inline_values_of(o)->capacity = capacity;
    if (type_has(type, kTypeHeap)) incref(type);
    if (gc && !type_has(type, kTypeGCSelfTracked)) gc_track(o);
    return o;
}

void free_object(Object* o) {
    TypeObject* type = o->type;
    if (type->flags & kTypePooledAlloc) {
        bool gc = object_is_gc(o);
        size_t total = type->basicsize + (gc ? sizeof(GCHeader) : 0);
        if (total <= size_pools::kMaxBytes) {
            void* block = o;
            if (gc) {
                gc_untrack(o);
                block = gc_release(o);
            } else if (gc_was_finalized(o)) {
                gc_forget_finalized(o);
            }
            size_pools::give(block, size_pools::class_of(total));
            return;   // a static type: no reference to drop
        }
    }
    if (object_is_gc(o)) {
        gc_untrack(o);
        gc_free(o);
    } else {
        if (gc_was_finalized(o)) gc_forget_finalized(o);
        mem_free(o);
    }
    if (type_has(type, kTypeHeap)) decref(type);
}

void object_dealloc(Object* o) {
    // Untracked before anything is released (CPython's deallocators start with
    // PyObject_GC_UnTrack): releasing the contents may run __del__ and so a collection, which
    // must never traverse a half-freed object. Generators untrack themselves after their
    // finaliser (kTypeGCSelfTracked).
    if ((o->type->flags & (kTypeGC | kTypeGCSelfTracked | kTypeNoGCHeader)) == kTypeGC && object_is_gc(o)) gc_untrack(o);
    DeallocFn d = o->type->dealloc;
    if (d != nullptr) d(o);
    else free_object(o);
}

bool is_subtype(TypeObject* a, TypeObject* b) {
    if (a == b || b == &ObjectType) return true;
    if (Object* mro = a->mro) {
        ssize n = tuple_size(mro);
        Object* const* items = tuple_items(mro);
        for (ssize i = 0; i < n; i++) {
            if (items[i] == b) return true;
        }
        return false;
    }
    // Before the mro exists (during type_ready) the base chain is all there is.
    for (TypeObject* t = a->base; t != nullptr; t = t->base) {
        if (t == b) return true;
    }
    return false;
}

int64_t hash_not_implemented(Object* o) {
    err_format(TypeError, "unhashable type: '%s'", o->type->name);
    return -1;
}

// ---- Attribute cache ----
// A global direct-mapped cache of (type, interned name) -> borrowed value (or "absent"), valid
// while its version equals g_cache_version. Any change to any type's dict bumps the version, which
// is simple and cheap because classes are rarely modified after creation.

namespace {

struct CacheEntry {
    uint64_t version;
    TypeObject* type;
    Object* name;
    Object* value;   // borrowed from the type's dict; null: cached miss
};

constexpr size_t kCacheBits = 12;
CacheEntry g_cache[size_t{1} << kCacheBits];
uint64_t g_cache_version = 1;

inline size_t cache_index(TypeObject* type, Object* name) {
    auto h = (reinterpret_cast<uintptr_t>(type) >> 4) * 0x9E3779B97F4A7C15ull ^
             (reinterpret_cast<uintptr_t>(name) >> 3);
    return static_cast<size_t>(h ^ (h >> 29)) & ((size_t{1} << kCacheBits) - 1);
}

Object* dict_lookup_str(Object* dict, Object* name) {
    Object* v = dict_getitem_known_hash(dict, name, str_hash(name));
    if (v == nullptr && err_occurred()) err_clear();   // str keys cannot really fail
    return v;
}

Object* find_name_in_mro(TypeObject* type, Object* name) {
    if (Object* mro = type->mro) {
        ssize n = tuple_size(mro);
        for (ssize i = 0; i < n; i++) {
            auto* t = static_cast<TypeObject*>(tuple_item(mro, i));
            if (t->dict == nullptr) continue;
            if (Object* v = dict_lookup_str(t->dict, name)) return v;
        }
        return nullptr;
    }
    for (TypeObject* t = type; t != nullptr; t = t->base) {
        if (t->dict == nullptr) continue;
        if (Object* v = dict_lookup_str(t->dict, name)) return v;
    }
    return nullptr;
}

}  // namespace

namespace {

uint32_t g_next_version_tag = 1;   // 0 once exhausted: no more specialization on new types

// Drops the version tag of `type` and of every subclass, so inline caches keyed on any of them
// miss. Subclasses are found through the registry below (weak, by address).
void invalidate_version_tags(TypeObject* type, int depth) {
    type->version_tag = 0;
    if (type->subclasses == nullptr || depth > 200) return;
    ssize pos = 0;
    Object *key, *value;
    while (dict_next(type->subclasses, &pos, &key, &value)) {
        int64_t addr = 0;
        if (!int_as_i64(key, &addr)) continue;
        invalidate_version_tags(reinterpret_cast<TypeObject*>(static_cast<intptr_t>(addr)), depth + 1);
    }
}

}  // namespace

void type_modified(TypeObject* type) {
    ++g_cache_version;
    if (type != nullptr) invalidate_version_tags(type, 0);
}

uint32_t type_version_tag(TypeObject* type) {
    if (type->version_tag == 0 && g_next_version_tag != 0) type->version_tag = g_next_version_tag++;
    return type->version_tag;
}

Object* type_lookup(TypeObject* type, Object* name) {
    if (!is_str(name)) return nullptr;
    bool cacheable = static_cast<StrObject*>(name)->is_interned;
    if (cacheable) {
        CacheEntry& e = g_cache[cache_index(type, name)];
        if (e.version == g_cache_version && e.type == type && e.name == name) return e.value;
    }
    Object* v = find_name_in_mro(type, name);
    if (cacheable) {
        CacheEntry& e = g_cache[cache_index(type, name)];
        e.version = g_cache_version;
        e.type = type;
        e.name = name;
        e.value = v;
    }
    return v;
}

Object* type_lookup_str(TypeObject* type, const char* name) {
    Object* n = str_intern(name);
    if (n == nullptr) {
        err_clear();
        return nullptr;
    }
    Object* v = type_lookup(type, n);
    decref(n);   // interned strings stay alive in the intern table
    return v;
}

// ---- Subclass registry ----
// type->subclasses is a dict {int(address): int(address)} so the subclasses are not kept alive;
// a heap type removes itself from its bases' registries when it is deallocated.

void type_add_subclass(TypeObject* base, TypeObject* sub) {
    if (base->subclasses == nullptr) {
        base->subclasses = dict_new();
        if (base->subclasses == nullptr) {
            err_clear();
            return;
        }
    }
    Object* key = int_from_i64(static_cast<int64_t>(reinterpret_cast<intptr_t>(sub)));
    if (key == nullptr || dict_setitem(base->subclasses, key, key) < 0) err_clear();
    xdecref(key);
}

void type_remove_subclass(TypeObject* base, TypeObject* sub) {
    if (base->subclasses == nullptr) return;
    // Runs from deallocators: keep whatever exception is pending.
    Object* saved = err_fetch();
    Object* key = int_from_i64(static_cast<int64_t>(reinterpret_cast<intptr_t>(sub)));
    if (key != nullptr && dict_contains(base->subclasses, key) == 1) dict_delitem(base->subclasses, key);
    xdecref(key);
    err_restore(saved);
}

namespace {

Object* type_subclasses_list(TypeObject* type) {
    Object* list = list_new(0);
    if (list == nullptr || type->subclasses == nullptr) return list;
    ssize pos = 0;
    Object *key, *value;
    while (dict_next(type->subclasses, &pos, &key, &value)) {
        int64_t addr = 0;
        int_as_i64(key, &addr);
        auto* sub = reinterpret_cast<Object*>(static_cast<intptr_t>(addr));
        if (list_append(list, sub) < 0) {
            decref(list);
            return nullptr;
        }
    }
    return list;
}

}  // namespace

// ---- Slot inheritance ----

// CPython: typeobject.c, inherit_special + inherit_slots (tp_new is handled by the callers
// because static and heap types treat it differently).
void inherit_slots(TypeObject* type, TypeObject* base) {
    if (base == nullptr) return;
    if (type->basicsize < base->basicsize) type->basicsize = base->basicsize;
    if (type->dictoffset == 0) type->dictoffset = base->dictoffset;
    if (type->weaklistoffset == 0) type->weaklistoffset = base->weaklistoffset;
    type->flags |= base->flags & (kTypeIntSubclass | kTypeStrSubclass | kTypeTupleSubclass |
                                  kTypeListSubclass | kTypeDictSubclass | kTypeExceptionSubclass |
                                  kTypeTypeSubclass | kTypeBytesSubclass | kTypeGC);
#define PYGEN_INHERIT(f) if (type->f == nullptr) type->f = base->f
    PYGEN_INHERIT(dealloc);
    PYGEN_INHERIT(repr);
    PYGEN_INHERIT(str);
    PYGEN_INHERIT(getattro);
    PYGEN_INHERIT(setattro);
    PYGEN_INHERIT(descr_get);
    PYGEN_INHERIT(descr_set);
    PYGEN_INHERIT(call);
    PYGEN_INHERIT(iter);
    PYGEN_INHERIT(iternext);
    PYGEN_INHERIT(tp_init);
    PYGEN_INHERIT(traverse);
    PYGEN_INHERIT(clear);
    PYGEN_INHERIT(nb_negative);
    PYGEN_INHERIT(nb_positive);
    PYGEN_INHERIT(nb_absolute);
    PYGEN_INHERIT(nb_invert);
    PYGEN_INHERIT(nb_bool);
    PYGEN_INHERIT(nb_int);
    PYGEN_INHERIT(nb_float);
    PYGEN_INHERIT(nb_index);
    PYGEN_INHERIT(nb_power3);
    PYGEN_INHERIT(len);
    PYGEN_INHERIT(getitem);
    PYGEN_INHERIT(setitem);
    PYGEN_INHERIT(contains);
#undef PYGEN_INHERIT
    for (int i = 0; i < static_cast<int>(BinOp::Count); i++) {
        if (type->nb[i] == nullptr) type->nb[i] = base->nb[i];
        if (type->nb_inplace[i] == nullptr) type->nb_inplace[i] = base->nb_inplace[i];
    }
    // Equality and hashing must stay consistent, so they are inherited only together.
    if (type->richcompare == nullptr && type->hash == nullptr) {
        type->richcompare = base->richcompare;
        type->hash = base->hash;
    }
}

// ---- type_ready ----

namespace {

struct PendingType {
    TypeObject* type;
    TypeObject own;   // the slots as the type's author set them, before inheritance
};

std::vector<PendingType>& pending_types() {
    static std::vector<PendingType> v;
    return v;
}
bool g_flushing = false;

// The second half of type_ready allocates dicts, strs, tuples and ints.
bool allocation_ready() {
    return StrType.basicsize > sizeof(Object) && DictType.basicsize > sizeof(Object) &&
           TupleType.basicsize > sizeof(Object) && IntType.basicsize > sizeof(Object);
}

bool dict_has(Object* dict, Object* key) {
    return dict_getitem_known_hash(dict, key, str_hash(key)) != nullptr;
}

// Sets dict[name] = value (stolen) unless the name is already there.
bool add_to_dict(TypeObject* type, const char* name, Object* value) {
    if (value == nullptr) return false;
    Object* key = str_intern(name);
    if (key == nullptr) {
        decref(value);
        return false;
    }
    int rc = 0;
    if (!dict_has(type->dict, key)) rc = dict_setitem(type->dict, key, value);
    decref(key);
    decref(value);
    return rc == 0;
}

bool type_ready_finish(TypeObject* type, const TypeObject& own) {
    if (type->dict == nullptr) {
        type->dict = dict_new();
        if (type->dict == nullptr) return false;
    }
    for (const MethodDef* d = type->methods; d && d->name; ++d) {
        Object* descr;
        if (d->flags & kMethClass) {
            descr = classmethod_descr_new(type, d);
        } else if (d->flags & kMethStatic) {
            Object* fn = builtin_function_new(d, type);   // "str.maketrans", "of type object"
            if (fn == nullptr) return false;
            descr = staticmethod_new(fn);
            decref(fn);
        } else {
            descr = method_descr_new(type, d);
        }
        if (!add_to_dict(type, d->name, descr)) return false;
    }
    for (const GetSetDef* g = type->getset; g && g->name; ++g) {
        if (!add_to_dict(type, g->name, getset_descr_new(type, g))) return false;
    }
    if (!add_slot_wrappers(type, own)) return false;
    if (own.tp_new != nullptr) {
        if (!add_to_dict(type, "__new__", builtin_function_new(&kTpNewWrapperDef, type))) return false;
    }
    if (!add_to_dict(type, "__doc__", builtin_doc_object("class", type->name))) return false;

    TypeObject* base = type->base;
    if (type->bases == nullptr) {
        type->bases = base ? tuple_pack({base}) : tuple_new(0);
        if (type->bases == nullptr) return false;
    }
    if (type->mro == nullptr) {
        ssize base_n = (base && base->mro) ? tuple_size(base->mro) : 0;
        Object* mro = tuple_new(base_n + 1);
        if (mro == nullptr) return false;
        tuple_items(mro)[0] = newref(static_cast<Object*>(type));
        for (ssize i = 0; i < base_n; i++) tuple_items(mro)[i + 1] = newref(tuple_item(base->mro, i));
        type->mro = mro;
    }
    if (base != nullptr) type_add_subclass(base, type);
    type_modified(type);
    // A static (immortal) type's dict and descriptors are shared by every runtime of the process.
    if (!type_has(type, kTypeHeap)) runtime_keep_type_objects(type);
    return true;
}

bool flush_pending_types() {
    if (g_flushing) return true;   // a finish step readied another type: the loop picks it up
    g_flushing = true;
    auto& pending = pending_types();
    bool ok = true;
    while (ok && !pending.empty()) {
        PendingType p = pending.front();
        pending.erase(pending.begin());
        ok = type_ready_finish(p.type, p.own);
    }
    g_flushing = false;
    return ok;
}

}  // namespace

bool type_ready(TypeObject* type) {
    if (type_has(type, kTypeReady)) return true;
    bootstrap_core_types();
    if (type->type == nullptr) type->type = &TypeType;
    if (!type_has(type, kTypeHeap)) type->refcnt = kImmortalRefcnt;
    if (type != &ObjectType && type->base == nullptr) type->base = &ObjectType;
    TypeObject* base = type->base;
    if (base != nullptr && !type_has(base, kTypeReady)) {
        if (!type_ready(base)) return false;
    }

    PendingType p{type, *type};
    // Subclass flags of the root types, inherited by everything below them.
    if (type == &IntType) type->flags |= kTypeIntSubclass;
    else if (type == &StrType) type->flags |= kTypeStrSubclass;
    else if (type == &TupleType) type->flags |= kTypeTupleSubclass;
    else if (type == &ListType) type->flags |= kTypeListSubclass;
    else if (type == &DictType) type->flags |= kTypeDictSubclass;
    else if (type == &BytesType) type->flags |= kTypeBytesSubclass;
    else if (type == &TypeType) type->flags |= kTypeTypeSubclass;
    else if (type == BaseException) type->flags |= kTypeExceptionSubclass;

    if (base != nullptr) {
        inherit_slots(type, base);
        // CPython's type_ready_set_new: a static type directly under object without tp_new
        // cannot be instantiated from Python ("cannot create 'X' instances"); deeper static
        // types inherit their base's constructor.
        if (type->tp_new == nullptr && base != &ObjectType) type->tp_new = base->tp_new;
    }
    type->flags |= kTypeReady;
    pending_types().push_back(p);
    if (!allocation_ready()) return true;
    return flush_pending_types();
}

bool finish_pending_types() { return flush_pending_types(); }

void bootstrap_core_types() {
    static bool done = false;
    if (done) return;
    done = true;
    bootstrap_object_types();
    bootstrap_type_type();
    bootstrap_descr_types();
}

void init_object_types() {
    bootstrap_core_types();
    for (TypeObject* t : {&ObjectType, &TypeType, &NoneType, &NotImplementedType, &EllipsisType}) {
        if (!type_ready(t)) err_clear();
    }
    init_descr_types();
}

// ---- Names ----

namespace {

// Static types may be named "module.name"; the text after the last dot is the __name__.
const char* static_short_name(const TypeObject* t) {
    const char* dot = std::strrchr(t->name, '.');
    return dot ? dot + 1 : t->name;
}

int check_set_special_type_attr(TypeObject* type, Object* value, const char* name) {
    if (!type_has(type, kTypeHeap)) {
        err_format(TypeError, "cannot set '%s' attribute of immutable type '%s'", name, type->name);
        return -1;
    }
    if (value == nullptr) {
        err_format(TypeError, "cannot delete '%s' attribute of immutable type '%s'", name, type->name);
        return -1;
    }
    return 0;
}

}  // namespace

Object* type_qualname(TypeObject* t) {
    if (type_has(t, kTypeHeap) && t->ht_qualname) return newref(t->ht_qualname);
    return str_from_cstr(static_short_name(t));
}

Object* type_module(TypeObject* t) {
    if (type_has(t, kTypeHeap)) {
        Object* mod = t->dict ? dict_getitem_str(t->dict, "__module__") : nullptr;
        if (mod == nullptr) {
            if (err_occurred()) return nullptr;
            return err_set_string(AttributeError, "__module__");
        }
        return newref(mod);
    }
    const char* dot = std::strrchr(t->name, '.');
    if (dot) return str_from(std::string_view(t->name, static_cast<size_t>(dot - t->name)));
    return str_intern("builtins");
}

Object* type_fullname(TypeObject* t) {
    Object* mod = type_module(t);
    if (mod == nullptr) err_clear();
    Object* qual = type_qualname(t);
    if (qual == nullptr) {
        xdecref(mod);
        return nullptr;
    }
    Object* res;
    if (mod != nullptr && is_str(mod) && str_view(mod) != "builtins") {
        std::string s(str_view(mod));
        s += '.';
        s += str_view(qual);
        res = str_from(s);
    } else {
        res = newref(qual);
    }
    xdecref(mod);
    decref(qual);
    return res;
}

// ---- The type type: slots ----

namespace {

Object* type_repr(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    Object* name = type_fullname(t);
    if (name == nullptr) return nullptr;
    Object* res = str_from_format("<class '%U'>", name);
    decref(name);
    return res;
}

Object* type_getattro_impl(Object* self, Object* name, bool suppress) {
    auto* type = static_cast<TypeObject*>(self);
    TypeObject* metatype = self->type;
    Object* meta_attribute = type_lookup(metatype, name);
    DescrGetFn meta_get = nullptr;
    if (meta_attribute != nullptr) {
        meta_get = meta_attribute->type->descr_get;
        if (meta_get != nullptr && meta_attribute->type->descr_set != nullptr) {
            incref(meta_attribute);
            Object* res = meta_get(meta_attribute, self, metatype);
            decref(meta_attribute);
            return res;
        }
    }
    if (Object* attribute = type_lookup(type, name)) {
        DescrGetFn local_get = attribute->type->descr_get;
        if (local_get != nullptr) {
            incref(attribute);
            Object* res = local_get(attribute, nullptr, self);
            decref(attribute);
            return res;
        }
        return newref(attribute);
    }
    if (meta_get != nullptr) {
        incref(meta_attribute);
        Object* res = meta_get(meta_attribute, self, metatype);
        decref(meta_attribute);
        return res;
    }
    if (meta_attribute != nullptr) return newref(meta_attribute);
    if (suppress) return nullptr;
    return err_format(AttributeError, "type object '%s' has no attribute '%U'", type->name, name);
}

int type_setattro(Object* self, Object* name, Object* value) {
    auto* type = static_cast<TypeObject*>(self);
    if (!is_str(name)) {
        err_format(TypeError, "attribute name must be string, not '%s'", name->type->name);
        return -1;
    }
    if (!type_has(type, kTypeHeap)) {
        err_format(TypeError, "cannot set '%U' attribute of immutable type '%s'", name, type->name);
        return -1;
    }
    Object* interned = str_intern(str_view(name));
    if (interned == nullptr) return -1;
    int rc = generic_setattr(self, interned, value);
    if (rc == 0) {
        type_modified(type);
        if (is_slot_name(interned)) update_slot(type, interned);
    }
    decref(interned);
    return rc;
}

void type_dealloc(Object* self) {
    auto* type = static_cast<TypeObject*>(self);
    if (type->weakreflist) weakref_clear_refs(self);
    type_modified(type);
    if (type->bases != nullptr) {
        for (ssize i = 0; i < tuple_size(type->bases); i++) {
            Object* b = tuple_item(type->bases, i);
            if (is_type(b)) type_remove_subclass(static_cast<TypeObject*>(b), type);
        }
    }
    clearref(type->base);
    clearref(type->bases);
    clearref(type->mro);
    clearref(type->dict);
    clearref(type->subclasses);
    clearref(type->ht_name);
    clearref(type->ht_qualname);
    clearref(type->module_name);
    shared_keys_free(type->shared_keys);
    type->shared_keys = nullptr;
    free_object(self);
}

void type_traverse(Object* self, VisitFn visit, void* arg) {
    auto* type = static_cast<TypeObject*>(self);
    if (!type_has(type, kTypeHeap)) return;
    if (type->dict) visit(type->dict, arg);
    if (type->bases) visit(type->bases, arg);
    if (type->mro) visit(type->mro, arg);
    if (type->base) visit(type->base, arg);
    if (type_has(self->type, kTypeHeap)) visit(self->type, arg);
}

int type_clear(Object* self) {
    auto* type = static_cast<TypeObject*>(self);
    type_modified(type);
    clearref(type->dict);
    clearref(type->mro);
    return 0;
}

int type_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs == 1 && kwnames != nullptr && tuple_size(kwnames) != 0) {
        err_set_string(TypeError, "type.__init__() takes no keyword arguments");
        return -1;
    }
    if (nargs != 1 && nargs != 3) {
        err_set_string(TypeError, "type.__init__() takes 1 or 3 arguments");
        return -1;
    }
    return 0;
}

// ---- The type type: attributes ----

Object* type_get_name(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    if (type_has(t, kTypeHeap) && t->ht_name) return newref(t->ht_name);
    return str_from_cstr(static_short_name(t));
}

int type_set_name(Object* self, Object* value) {
    auto* t = static_cast<TypeObject*>(self);
    if (check_set_special_type_attr(t, value, "__name__") < 0) return -1;
    if (!is_str(value)) {
        err_format(TypeError, "can only assign string to %s.__name__, not '%s'", t->name, value->type->name);
        return -1;
    }
    if (std::strlen(str_cstr(value)) != static_cast<StrObject*>(value)->byte_size) {
        err_set_string(ValueError, "type name must not contain null characters");
        return -1;
    }
    setref(t->ht_name, newref(value));
    t->name = str_cstr(t->ht_name);
    return 0;
}

Object* type_get_qualname(Object* self) { return type_qualname(static_cast<TypeObject*>(self)); }

int type_set_qualname(Object* self, Object* value) {
    auto* t = static_cast<TypeObject*>(self);
    if (check_set_special_type_attr(t, value, "__qualname__") < 0) return -1;
    if (!is_str(value)) {
        err_format(TypeError, "can only assign string to %s.__qualname__, not '%s'", t->name,
                   value->type->name);
        return -1;
    }
    setref(t->ht_qualname, newref(value));
    return 0;
}

Object* type_get_module(Object* self) { return type_module(static_cast<TypeObject*>(self)); }

int type_set_module(Object* self, Object* value) {
    auto* t = static_cast<TypeObject*>(self);
    if (check_set_special_type_attr(t, value, "__module__") < 0) return -1;
    type_modified(t);
    if (is_str(value)) setref(t->module_name, newref(value));
    return dict_setitem_str(t->dict, "__module__", value);
}

Object* type_get_bases(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    return t->bases ? newref(t->bases) : tuple_new(0);
}

int type_set_bases(Object* self, Object* value) {
    auto* t = static_cast<TypeObject*>(self);
    if (check_set_special_type_attr(t, value, "__bases__") < 0) return -1;
    if (!is_tuple(value)) {
        err_format(TypeError, "can only assign tuple to %s.__bases__, not %s", t->name, value->type->name);
        return -1;
    }
    if (tuple_size(value) == 0) {
        err_format(TypeError, "can only assign non-empty tuple to %s.__bases__, not ()", t->name);
        return -1;
    }
    for (ssize i = 0; i < tuple_size(value); i++) {
        Object* b = tuple_item(value, i);
        if (!is_type(b)) {
            err_format(TypeError, "%s.__bases__ must be tuple of classes, not '%s'", t->name, b->type->name);
            return -1;
        }
        if (is_subtype(static_cast<TypeObject*>(b), t)) {
            err_set_string(TypeError, "a __bases__ item causes an inheritance cycle");
            return -1;
        }
    }
    TypeObject* new_base = best_base(value);
    if (new_base == nullptr) return -1;
    if (!compatible_for_assignment(t->base, new_base, "__bases__")) return -1;
    Object* old_bases = t->bases;
    TypeObject* old_base = t->base;
    Object* old_mro = t->mro;
    t->bases = newref(value);
    t->base = newref(new_base);
    t->mro = nullptr;
    if (!mro_internal(t)) {
        clearref(t->bases);
        t->bases = old_bases;
        decref(t->base);
        t->base = old_base;
        t->mro = old_mro;
        return -1;
    }
    for (ssize i = 0; i < tuple_size(old_bases); i++) {
        type_remove_subclass(static_cast<TypeObject*>(tuple_item(old_bases, i)), t);
    }
    for (ssize i = 0; i < tuple_size(value); i++) {
        type_add_subclass(static_cast<TypeObject*>(tuple_item(value, i)), t);
    }
    xdecref(old_bases);
    xdecref(old_base);
    xdecref(old_mro);
    type_modified(t);
    fixup_slot_dispatchers(t);
    return 0;
}

Object* type_get_base(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    return t->base ? newref(static_cast<Object*>(t->base)) : none_new();
}

Object* type_get_mro(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    return t->mro ? newref(t->mro) : none_new();
}

// A read-only view, as CPython's: class attributes change through setattr, which keeps the
// version tags of the eval loop's caches honest.
Object* type_get_dict(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    if (t->dict == nullptr) {
        Ref<> empty = Ref<>::steal(dict_new());
        return empty ? mappingproxy_new(empty.get()) : nullptr;
    }
    return mappingproxy_new(t->dict);
}

Object* type_get_doc(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    // A built-in type's own doc comes first: its dict's '__doc__' may be the descriptor that gives
    // its instances theirs (property, type), as CPython's type_get_doc reads tp_doc for them.
    if (!(t->flags & kTypeHeap)) {
        const BuiltinDocEntry* e = builtin_doc_find("class", t->name);
        if (e && e->doc) return str_from_cstr(e->doc);
    }
    Object* doc = t->dict ? dict_getitem_str(t->dict, "__doc__") : nullptr;
    if (doc == nullptr) {
        if (err_occurred()) return nullptr;
        return none_new();
    }
    if (doc->type->descr_get != nullptr) return doc->type->descr_get(doc, nullptr, self);
    return newref(doc);
}

int type_set_doc(Object* self, Object* value) {
    auto* t = static_cast<TypeObject*>(self);
    if (check_set_special_type_attr(t, value, "__doc__") < 0) return -1;
    type_modified(t);
    return dict_setitem_str(t->dict, "__doc__", value);
}

Object* type_get_abstractmethods(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    Object* v = (t != &TypeType && t->dict) ? dict_getitem_str(t->dict, "__abstractmethods__") : nullptr;
    if (v == nullptr) {
        if (err_occurred()) return nullptr;
        return err_set_string(AttributeError, "__abstractmethods__");
    }
    return newref(v);
}

int type_set_abstractmethods(Object* self, Object* value) {
    auto* t = static_cast<TypeObject*>(self);
    int abstract = 0;
    int rc;
    if (value != nullptr) {
        abstract = object_is_true(value);
        if (abstract < 0) return -1;
        rc = dict_setitem_str(t->dict, "__abstractmethods__", value);
    } else {
        Object* key = str_intern("__abstractmethods__");
        rc = dict_delitem(t->dict, key);
        decref(key);
        if (rc < 0 && err_matches(KeyError)) {
            err_clear();
            err_set_string(AttributeError, "__abstractmethods__");
        }
    }
    if (rc < 0) return -1;
    type_modified(t);
    if (abstract) t->flags |= kTypeIsAbstract;
    else t->flags &= ~kTypeIsAbstract;
    return 0;
}

Object* type_get_annotations(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    if (!type_has(t, kTypeHeap)) {
        return err_format(AttributeError, "type object '%s' has no attribute '__annotations__'", t->name);
    }
    Object* ann = dict_getitem_str(t->dict, "__annotations__");
    if (ann != nullptr) {
        if (ann->type->descr_get != nullptr) return ann->type->descr_get(ann, nullptr, self);
        return newref(ann);
    }
    if (err_occurred()) return nullptr;
    ann = dict_new();
    if (ann == nullptr) return nullptr;
    if (dict_setitem_str(t->dict, "__annotations__", ann) < 0) {
        decref(ann);
        return nullptr;
    }
    type_modified(t);
    return ann;
}

int type_set_annotations(Object* self, Object* value) {
    auto* t = static_cast<TypeObject*>(self);
    if (!type_has(t, kTypeHeap)) {
        err_format(TypeError, "cannot set '__annotations__' attribute of immutable type '%s'", t->name);
        return -1;
    }
    int rc;
    if (value != nullptr) {
        rc = dict_setitem_str(t->dict, "__annotations__", value);
    } else {
        Object* key = str_intern("__annotations__");
        rc = dict_delitem(t->dict, key);
        decref(key);
        if (rc < 0 && err_matches(KeyError)) {
            err_clear();
            err_set_string(AttributeError, "__annotations__");
        }
    }
    type_modified(t);
    return rc;
}

Object* type_get_basicsize(Object* self) {
    return int_from_i64(static_cast<int64_t>(static_cast<TypeObject*>(self)->basicsize));
}
// CPython's tp_itemsize of its variable-size built-ins (a tuple item pointer, a 30-bit int digit,
// a bytes char, a type's PyMemberDef), inherited by their subclasses; 0 for the rest.
Object* type_get_itemsize(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    int64_t n = 0;
    if (type_has(t, kTypeTupleSubclass)) n = static_cast<int64_t>(sizeof(Object*));
    else if (type_has(t, kTypeIntSubclass)) n = 4;
    else if (type_has(t, kTypeBytesSubclass)) n = 1;
    else if (type_has(t, kTypeTypeSubclass)) n = 40;
    return int_from_i64(n);
}
// __flags__ in CPython 3.11's bit layout (Include/object.h's Py_TPFLAGS_*), which Python code
// tests (copyreg's HEAPTYPE check, ABCs combining SEQUENCE and MAPPING, test suites); pygen's
// own TypeFlags are numbered differently.
Object* type_get_flags(Object* self) {
    struct Bit {
        uint32_t ours;
        uint64_t cpython;
    };
    static constexpr Bit kBits[] = {
        {kTypeSequence, 1u << 5},          {kTypeMapping, 1u << 6},
        {kTypeHeap, 1u << 9},              {kTypeBaseType, 1u << 10},
        {kTypeReady, 1u << 12},
        {kTypeGC, 1u << 14},               {kTypeMethodDescriptor, 1u << 17},
        {kTypeIsAbstract, 1u << 20},       {kTypeIntSubclass, 1u << 24},
        {kTypeListSubclass, 1u << 25},     {kTypeTupleSubclass, 1u << 26},
        {kTypeBytesSubclass, 1u << 27},    {kTypeStrSubclass, 1u << 28},
        {kTypeDictSubclass, 1u << 29},     {kTypeExceptionSubclass, 1u << 30},
        {kTypeTypeSubclass, uint64_t(1) << 31},
    };
    uint32_t ours = static_cast<TypeObject*>(self)->flags;
    // The static types are IMMUTABLETYPE and keep a VALID_VERSION_TAG.
    uint64_t flags = (ours & kTypeHeap) ? 0 : (1u << 8) | (1u << 19);
    for (const Bit& b : kBits)
        if (ours & b.ours) flags |= b.cpython;
    // list and tuple are sequences and dict a mapping for match statements, subclasses too
    // (pygen's match tests those types directly).
    if (ours & (kTypeListSubclass | kTypeTupleSubclass)) flags |= 1u << 5;
    if (ours & kTypeDictSubclass) flags |= 1u << 6;
    return int_from_i64(static_cast<int64_t>(flags));
}
Object* type_get_dictoffset(Object* self) { return int_from_i64(static_cast<TypeObject*>(self)->dictoffset); }
Object* type_get_weakrefoffset(Object* self) {
    return int_from_i64(static_cast<TypeObject*>(self)->weaklistoffset);
}
// A built-in type's signature comes from the docs table; classes have none (as in CPython, whose
// heap types take theirs from a docstring they rarely have in that form).
Object* type_get_text_signature(Object* self) {
    auto* t = static_cast<TypeObject*>(self);
    if (t->flags & kTypeHeap) return none_new();
    return builtin_signature_object("class", t->name);
}

const GetSetDef kTypeGetSet[] = {
    {"__name__", type_get_name, type_set_name},
    {"__qualname__", type_get_qualname, type_set_qualname},
    {"__bases__", type_get_bases, type_set_bases},
    {"__module__", type_get_module, type_set_module},
    {"__mro__", type_get_mro},
    {"__base__", type_get_base},
    {"__dict__", type_get_dict},
    {"__doc__", type_get_doc, type_set_doc},
    {"__abstractmethods__", type_get_abstractmethods, type_set_abstractmethods},
    {"__annotations__", type_get_annotations, type_set_annotations},
    {"__basicsize__", type_get_basicsize},
    {"__itemsize__", type_get_itemsize},
    {"__flags__", type_get_flags},
    {"__weakrefoffset__", type_get_weakrefoffset},
    {"__dictoffset__", type_get_dictoffset},
    {"__text_signature__", type_get_text_signature},
    {nullptr, nullptr},
};

// ---- The type type: methods ----

Object* type_mro_method(Object* self, Object* const*, size_t nargs, Object*) {
    if (nargs != 0) return err_format(TypeError, "mro() takes no arguments (%zu given)", nargs);
    Object* mro = mro_c3(static_cast<TypeObject*>(self));
    if (mro == nullptr) return nullptr;
    Object* list = sequence_list(mro);
    decref(mro);
    return list;
}

Object* type_subclasses_method(Object* self, Object* const*, size_t nargs, Object*) {
    if (nargs != 0) return err_format(TypeError, "__subclasses__() takes no arguments (%zu given)", nargs);
    return type_subclasses_list(static_cast<TypeObject*>(self));
}

Object* type_prepare(Object*, Object* const*, size_t, Object*) { return dict_new(); }

Object* type_instancecheck(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_format(TypeError, "__instancecheck__() takes exactly one argument (%zu given)", nargs);
    int r = object_recursive_isinstance(args[0], self);
    if (r < 0) return nullptr;
    return bool_from(r);
}

Object* type_subclasscheck(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_format(TypeError, "__subclasscheck__() takes exactly one argument (%zu given)", nargs);
    int r = object_recursive_issubclass(args[0], self);
    if (r < 0) return nullptr;
    return bool_from(r);
}

Object* type_dir(Object* self, Object* const*, size_t nargs, Object*) {
    if (nargs != 0) return err_format(TypeError, "__dir__() takes no arguments (%zu given)", nargs);
    auto* t = static_cast<TypeObject*>(self);
    Object* merged = dict_new();
    if (merged == nullptr) return nullptr;
    Object* mro = t->mro;
    ssize n = mro ? tuple_size(mro) : 0;
    // Bases first so that nothing depends on the order of the result (dir() sorts it).
    for (ssize i = n - 1; i >= 0; i--) {
        auto* b = static_cast<TypeObject*>(tuple_item(mro, i));
        if (b->dict && dict_update(merged, b->dict) < 0) {
            decref(merged);
            return nullptr;
        }
    }
    Object* keys = dict_keys_list(merged);
    decref(merged);
    return keys;
}

Object* type_sizeof(Object* self, Object* const*, size_t, Object*) {
    return int_from_i64(static_cast<int64_t>(sizeof(TypeObject)));
}

const MethodDef kTypeMethods[] = {
    {"mro", type_mro_method},
    {"__subclasses__", type_subclasses_method},
    {"__prepare__", type_prepare, kMethClass},
    {"__instancecheck__", type_instancecheck},
    {"__subclasscheck__", type_subclasscheck},
    {"__dir__", type_dir},
    {"__sizeof__", type_sizeof},
    {nullptr, nullptr},
};

}  // namespace

Object* type_getattro(Object* type, Object* name) { return type_getattro_impl(type, name, false); }
// getattr(cls, name, default): an AttributeError raised by a descriptor (type.__abstractmethods__
// on a class without abstract methods) also means "absent".
Object* type_getattro_suppress(Object* type, Object* name) {
    Object* res = type_getattro_impl(type, name, true);
    if (res == nullptr && err_matches(AttributeError)) err_clear();
    return res;
}

// CPython: typeobject.c, type_call.
namespace {

// A class call is an entry into C++ code (tp_new, tp_init) as a built-in function call is: a
// std::bad_alloc (or length_error) from C++ containers inside becomes MemoryError here, so that
// the C++ callers above it (map's next, holding its items) see an ordinary error return.
Object* type_call_body(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    try {
        // Owned by a Ref so that a std::bad_alloc out of __init__ (bytearray(1 << 40)) frees it.
        Ref<> obj = Ref<>::steal(type->tp_new(type, args, nargs, kwnames));
        if (!obj) return nullptr;
        if (!is_subtype(obj->type, type)) return obj.release();
        InitFn init = obj->type->tp_init;
        // Bump(i) for an exception class that keeps BaseException's __new__ and __init__: the
        // arguments are stored once (CPython's __init__ stores the very tuple __new__ did).
        if (kwnames == nullptr && obj->type == type && exception_init_repeats_new(type)) return obj.release();
        if (init != nullptr && init(obj.get(), args, nargs, kwnames) < 0) return nullptr;
        return obj.release();
    } catch (const std::bad_alloc&) {
        return err_no_memory();
    } catch (const std::length_error&) {
        return err_no_memory();
    }
}

// The types CPython 3.11 gives a vectorcall (list_vectorcall and the like): calling them is not
// counted as a level of recursion depth. Every other class call goes through _PyObject_MakeTpCall
// or _PyObject_Call, which count one (" while calling a Python object").
bool type_call_uncounted(TypeObject* type) {
    return type == &TypeType || type == &ListType || type == &TupleType || type == &DictType ||
           type == &SetType || type == &FrozenSetType || type == &BoolType || type == &FloatType ||
           type == &EnumerateType || type == &ReversedType || type == &MapType || type == &FilterType ||
           type == &SuperType;
}

}  // namespace

Object* type_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    auto* type = static_cast<TypeObject*>(callable);
    if (type == &TypeType && nargs == 1 && (kwnames == nullptr || tuple_size(kwnames) == 0)) {
        return newref(static_cast<Object*>(args[0]->type));
    }
    if (type->tp_new == nullptr) return err_format(TypeError, "cannot create '%s' instances", type->name);
    // CPython: a class statement's type has no vectorcall, so calling it goes through
    // _PyObject_MakeTpCall, which counts one level of depth (CALL_TYPE_INIT counts it too).
    // str(x) with one argument is specialized by CPython's PRECALL_NO_KW_STR_1, which skips it too.
    if (type_call_uncounted(type) ||
        (type == &StrType && nargs == 1 && (kwnames == nullptr || tuple_size(kwnames) == 0)))
        return type_call_body(type, args, nargs, kwnames);
    if (!enter_recursive_call(" while calling a Python object")) return nullptr;
    RecursiveCallScope scope;   // left also when a std::bad_alloc unwinds through
    return type_call_body(type, args, nargs, kwnames);
}

void bootstrap_type_type() {
    TypeObject& t = TypeType;
    t.type = &TypeType;
    t.refcnt = kImmortalRefcnt;
    t.name = "type";
    t.basicsize = sizeof(TypeObject);
    t.weaklistoffset = offsetof(TypeObject, weakreflist);
    t.dictoffset = static_cast<ssize>(offsetof(TypeObject, dict));
    t.flags |= kTypeBaseType | kTypeGC | kTypeTypeSubclass;
    t.base = &ObjectType;
    t.dealloc = type_dealloc;
    t.repr = type_repr;
    t.call = type_call;
    t.getattro = type_getattro;
    t.setattro = type_setattro;
    t.traverse = type_traverse;
    t.clear = type_clear;
    t.tp_new = type_new;
    t.tp_init = type_init;
    t.methods = kTypeMethods;
    t.getset = kTypeGetSet;
    t.nb[static_cast<int>(BinOp::Or)] = type_or;
}

}  // namespace pygen
