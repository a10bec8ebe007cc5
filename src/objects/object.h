// The object model every other part of pygen is written against: the object header, reference
// counting, the type object with its slot table, method/getset tables, and the calling convention.
// Concrete types live in their own files (int.cpp, str.cpp, ...); generic operations that dispatch
// through the slots are declared in abstract.h, errors in errors.h.
// CPython counterparts: Include/object.h, Include/cpython/object.h, Include/methodobject.h.
#pragma once

#include <cstddef>
#include <cstdint>
#include <utility>

namespace pygen {

using ssize = std::ptrdiff_t;

struct TypeObject;

// The cycle collector's header (CPython's PyGC_Head): instances of kTypeGC types are allocated
// with one of these just in front of the object, in the same block (gc_alloc in vm/gc.h), so
// tracking is two list links and gc_refs needs no side table. 16 bytes, as CPython's.
//   next: the next header in the object's generation list, 0 while untracked. During a
//         collection its low bit marks "tentatively unreachable".
//   prev: the previous header in the list; its two low bits are flags (1: __del__/finaliser
//         already ran, PEP 442; 2: in the generation being collected). While a collection
//         analyses a generation, the bits above the flags hold gc_refs instead of the pointer.
// Headers are 16-byte aligned (they start a malloc block), so pointers leave the low bits free.
struct GCHeader {
    uintptr_t next;
    uintptr_t prev;
};

// Every Python value starts with this header. Objects are allocated with alloc_object(type),
// which sizes the block by type->basicsize so subclasses of built-in types get room for __dict__.
struct Object {
    ssize refcnt;       // 1 on allocation; deallocated when it drops to 0
    TypeObject* type;   // strong for heap types (see type.cpp), static types are immortal
};

void object_dealloc(Object* o);  // calls o->type->dealloc; defined in type.cpp

inline Object* incref(Object* o) { ++o->refcnt; return o; }
inline void decref(Object* o) { if (--o->refcnt == 0) object_dealloc(o); }
inline void xincref(Object* o) { if (o) ++o->refcnt; }
inline void xdecref(Object* o) { if (o && --o->refcnt == 0) object_dealloc(o); }
template <class T> inline T* newref(T* o) { ++o->refcnt; return o; }
template <class T> inline T* xnewref(T* o) { if (o) ++o->refcnt; return o; }
// Replace *slot with value (a new reference the slot takes over), dropping the old one last.
template <class T, class U> inline void setref(T*& slot, U* value) { T* old = slot; slot = value; xdecref(old); }
template <class T> inline void clearref(T*& slot) { T* old = slot; slot = nullptr; xdecref(old); }

// Owning pointer for C++ code outside the hot paths. Ref::steal adopts a new reference,
// Ref::borrow takes one of its own. release() hands the reference back to the caller.
template <class T = Object>
class Ref {
public:
    Ref() = default;
    static Ref steal(T* p) { Ref r; r.p_ = p; return r; }
    static Ref borrow(T* p) { Ref r; r.p_ = p; xincref(p); return r; }
    Ref(const Ref& o) : p_(o.p_) { xincref(p_); }
    Ref(Ref&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
    template <class U> Ref(Ref<U>&& o) noexcept : p_(o.release()) {}
    Ref& operator=(Ref o) noexcept { std::swap(p_, o.p_); return *this; }
    ~Ref() { xdecref(p_); }
    T* get() const { return p_; }
    T* operator->() const { return p_; }
    T& operator*() const { return *p_; }
    explicit operator bool() const { return p_ != nullptr; }
    T* release() { T* p = p_; p_ = nullptr; return p; }
    void reset(T* new_ref = nullptr) { T* old = p_; p_ = new_ref; xdecref(old); }

private:
    T* p_ = nullptr;
};

// ---- Calling convention ----
// vectorcall: positional arguments args[0..nargs), then the values of the keyword arguments whose
// names are in kwnames (a tuple of str, or null when there are none). Returns a new reference, or
// null with an exception set (see errors.h).
using VectorcallFn = Object* (*)(Object* callable, Object* const* args, size_t nargs, Object* kwnames);
// Built-in methods use the same shape with the bound receiver as `self`.
using CFunction = Object* (*)(Object* self, Object* const* args, size_t nargs, Object* kwnames);

enum MethodFlags : int {
    kMethDefault = 0,
    kMethClass = 1,    // receives the class as self (classmethod, e.g. dict.fromkeys)
    kMethStatic = 2,   // staticmethod, e.g. str.maketrans (type.cpp binds it to its type; self is ignored)
    // Reaches outside the runtime (files, descriptors, processes, signals, network, sleeping):
    // refused with PermissionError once the host removed system access (g_system_access_removed).
    kMethSystem = 4,
    // Each call counts one level of recursion depth (" while calling a Python object"), as CPython
    // 3.11's calls of METH_O / METH_NOARGS / METH_VARARGS functions do (cfunction_enter_call,
    // _PyObject_MakeTpCall) even once specialized; its METH_FASTCALL ones skip the count when
    // their call site is specialized, so they are left unflagged.
    kMethDepth = 8,
};

struct MethodDef {
    const char* name;   // null terminates a table
    CFunction fn;
    int flags = kMethDefault;
};

struct GetSetDef {
    const char* name;                       // null terminates a table
    Object* (*get)(Object* self);           // new reference or null with an exception
    int (*set)(Object* self, Object* value) = nullptr;  // value null means delete; 0 ok, -1 error
};

enum class CompareOp : int { Lt = 0, Le = 1, Eq = 2, Ne = 3, Gt = 4, Ge = 5 };

// Number slots, indexed like CPython's nb_* binary operators so one table drives dispatch.
enum class BinOp : int {
    Add, And, FloorDiv, LShift, MatMul, Mul, Mod, Or, Pow, RShift, Sub, TrueDiv, Xor, Count
};

using UnaryFn = Object* (*)(Object*);
using BinaryFn = Object* (*)(Object*, Object*);
using TernaryFn = Object* (*)(Object*, Object*, Object*);
using InquiryFn = int (*)(Object*);                 // -1 error, else 0/1
using LenFn = ssize (*)(Object*);                   // -1 with exception on error
using HashFn = int64_t (*)(Object*);                // -1 with exception on error (never a real hash)
using RichCmpFn = Object* (*)(Object*, Object*, CompareOp);  // may return NotImplemented
using GetAttrFn = Object* (*)(Object*, Object* name);        // name is a str
using SetAttrFn = int (*)(Object*, Object* name, Object* value);  // value null: delete
using DescrGetFn = Object* (*)(Object* descr, Object* obj, Object* type);  // obj may be null
using DescrSetFn = int (*)(Object* descr, Object* obj, Object* value);     // value null: delete
using ObjObjArgFn = int (*)(Object*, Object* key, Object* value);          // value null: delete
using ObjObjFn = int (*)(Object*, Object*);                                // contains: -1/0/1
using VisitFn = void (*)(Object* child, void* arg);
using TraverseFn = void (*)(Object*, VisitFn, void* arg);
using DeallocFn = void (*)(Object*);
// tp_new: type is the class being instantiated (maybe a subclass), args as vectorcall.
using NewFn = Object* (*)(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames);
// tp_init: 0 ok, -1 error.
using InitFn = int (*)(Object* self, Object* const* args, size_t nargs, Object* kwnames);

enum TypeFlags : uint32_t {
    kTypeHeap = 1u << 0,        // created by a class statement; refcounted, has a __dict__ of its own
    kTypeBaseType = 1u << 1,    // may be subclassed
    kTypeGC = 1u << 2,          // instances may be part of cycles: traverse/clear are set
    kTypeReady = 1u << 3,       // type_ready ran
    // Instances are functions that, found on a type, may be called with the instance prepended
    // instead of being bound first (Python functions, method_descriptor): CPython's
    // Py_TPFLAGS_METHOD_DESCRIPTOR. object_get_method (abstract.h) relies on it.
    kTypeMethodDescriptor = 1u << 4,
    kTypeHasFinalizer = 1u << 5,   // a heap type with __del__ somewhere in its mro (type.cpp keeps it)
    kTypeIsAbstract = 1u << 6,     // __abstractmethods__ is non-empty: object.__new__ refuses
    kTypeGCSelfTracked = 1u << 7,  // kTypeGC, but alloc_object leaves instances untracked: the type tracks them itself when they are complete (generators) or never (tracebacks)
    // Fast subclass checks (set by type_ready from the base chain), as CPython's Py_TPFLAGS_*_SUBCLASS.
    kTypeIntSubclass = 1u << 8,
    kTypeStrSubclass = 1u << 9,
    kTypeTupleSubclass = 1u << 10,
    kTypeListSubclass = 1u << 11,
    kTypeDictSubclass = 1u << 12,
    kTypeExceptionSubclass = 1u << 13,  // BaseException and below
    kTypeTypeSubclass = 1u << 14,
    kTypeBytesSubclass = 1u << 15,
    // What a match statement treats the type as (CPython's Py_TPFLAGS_SEQUENCE/MAPPING): set on
    // collections.abc.Sequence/Mapping and classes registered with them (vm/match.cpp).
    kTypeSequence = 1u << 16,
    kTypeMapping = 1u << 17,
    // kTypeGC for everything outside the collector (traverse/clear, sys.getsizeof), but instances
    // are allocated without a GCHeader and never tracked: frames, which live in their own pool and
    // are reached through the generator or traceback that owns them.
    kTypeNoGCHeader = 1u << 18,
    // A heap type whose subtype_traverse visits the __dict__ slot it added: that dict may be
    // owned by the instance (DictObject::owned_by_instance).
    kTypeOwnsInstanceDict = 1u << 19,
    // kTypeOwnsInstanceDict with object as the only built-in base: instances keep their
    // attributes in an inline area after basicsize, keyed by the class's shared_keys, until a
    // __dict__ is made for them (objects/instance_values.h).
    kTypeInlineValues = 1u << 20,
    // A static type of fixed size whose instances come from the size-class free pools
    // (objects/size_pools.h) in alloc_object/free_object. Set by its init function before any
    // instance exists (a block must go back to the class it came from); never inherited.
    kTypePooledAlloc = 1u << 21,
};

struct SharedKeys;

// A type object. Static built-in types are global TypeObject variables filled in by their
// init_*_type() function and finished by type_ready(); class statements create heap types whose
// slots call the Python-level dunder methods (type.cpp). A null slot means "not supported"; the
// generic operations in abstract.cpp raise CPython's TypeError messages for those.
struct TypeObject : Object {
    const char* name = nullptr;        // tp_name as CPython prints it ("int", "generator"); heap types point into ht_name
    Object* ht_name = nullptr;         // heap types: __name__ (str, strong)
    Object* ht_qualname = nullptr;     // heap types: __qualname__ (str, strong)
    Object* module_name = nullptr;     // heap types: __module__ value as str (strong); static: null means builtins
    size_t basicsize = sizeof(Object); // bytes of an instance, including a trailing __dict__ slot if any
    ssize dictoffset = 0;              // byte offset of the Object* __dict__ slot in instances, 0 if none
    ssize weaklistoffset = 0;          // byte offset of the weakref list slot in instances, 0 if none
    uint32_t flags = 0;
    // Version tag for the eval loop's inline caches (vm/specialize.h): non-zero while the type's
    // attributes (its own dict and every dict along its mro) are unchanged since the tag was given
    // out; type_modified resets it to 0 here and in every subclass. 0 also means "not assigned yet".
    uint32_t version_tag = 0;

    TypeObject* base = nullptr;        // tp_base (strong for heap types); null only for object
    Object* bases = nullptr;           // tuple of bases (strong)
    Object* mro = nullptr;             // tuple, computed by type_ready / C3 for heap types (strong)
    Object* dict = nullptr;            // type's namespace, a dict (strong)
    Object* subclasses = nullptr;      // list of weak-ish back references, may stay null
    Object* weakreflist = nullptr;     // weak references to the type (classes are weak-referenceable)
    // kTypeInlineValues types: the attribute names of the instances (objects/instance_values.h);
    // owned, made at the first attribute store, freed with the type.
    SharedKeys* shared_keys = nullptr;

    const MethodDef* methods = nullptr;  // static types: copied into dict by type_ready
    const GetSetDef* getset = nullptr;   // static types: become getset descriptors in dict

    DeallocFn dealloc = nullptr;       // frees the object (decref children, then free_object)
    UnaryFn repr = nullptr;
    UnaryFn str = nullptr;
    HashFn hash = nullptr;             // null: inherit; hash_not_implemented marks unhashable
    RichCmpFn richcompare = nullptr;
    GetAttrFn getattro = nullptr;      // default: generic_getattr
    SetAttrFn setattro = nullptr;      // default: generic_setattr
    DescrGetFn descr_get = nullptr;
    DescrSetFn descr_set = nullptr;
    VectorcallFn call = nullptr;       // makes instances callable
    UnaryFn iter = nullptr;
    UnaryFn iternext = nullptr;        // null result without an exception set means exhausted
    NewFn tp_new = nullptr;
    InitFn tp_init = nullptr;
    TraverseFn traverse = nullptr;     // visits strong references to objects (for gc)
    InquiryFn clear = nullptr;         // drops references that may form cycles
    // Built-in types' PEP 442 finaliser, shown as a __del__ slot wrapper (generators close
    // themselves). Heap types' __del__ goes through call_finalizer instead.
    DeallocFn finalize = nullptr;

    // Number protocol. Binary slots follow CPython: the slot of either operand may be called with
    // the operands in source order and returns NotImplemented when it cannot handle them.
    BinaryFn nb[static_cast<int>(BinOp::Count)] = {};
    BinaryFn nb_inplace[static_cast<int>(BinOp::Count)] = {};  // optional, falls back to nb
    UnaryFn nb_negative = nullptr, nb_positive = nullptr, nb_absolute = nullptr, nb_invert = nullptr;
    InquiryFn nb_bool = nullptr;
    UnaryFn nb_int = nullptr, nb_float = nullptr, nb_index = nullptr;
    TernaryFn nb_power3 = nullptr;     // pow(a, b, mod)

    // Sequence / mapping protocol (one set, as a dynamic language only needs one).
    LenFn len = nullptr;
    BinaryFn getitem = nullptr;        // key may be an int, slice or anything
    ObjObjArgFn setitem = nullptr;     // value null: delete
    ObjObjFn contains = nullptr;
};

// Allocation. alloc_object returns a zero-filled block of type->basicsize bytes with refcnt 1 and
// its type set (increfing heap types). free_object releases the block (and the heap-type ref).
// kTypePooledAlloc types go through the size-class pools.
Object* alloc_object(TypeObject* type);
void free_object(Object* o);

// Finishes a static type: fills dict from methods/getset, inherits slots from base, builds mro and
// the subclass flags. Returns false with an exception set on failure.
[[nodiscard]] bool type_ready(TypeObject* type);

inline bool type_has(const TypeObject* t, uint32_t f) { return (t->flags & f) != 0; }

// True when o carries a GCHeader (CPython's _PyObject_IS_GC): an instance of a kTypeGC type,
// except static type objects (globals, not allocated: TypeType is kTypeGC for heap types' sake)
// and kTypeNoGCHeader types.
inline bool object_is_gc(const Object* o) {
    uint32_t f = o->type->flags;
    if ((f & (kTypeGC | kTypeNoGCHeader)) != kTypeGC) return false;
    return !(f & kTypeTypeSubclass) || (static_cast<const TypeObject*>(o)->flags & kTypeHeap);
}
inline GCHeader* gc_header(Object* o) { return reinterpret_cast<GCHeader*>(o) - 1; }
inline Object* gc_header_object(GCHeader* g) { return reinterpret_cast<Object*>(g + 1); }

extern TypeObject ObjectType;   // object
extern TypeObject TypeType;     // type
extern TypeObject NoneType;     // NoneType
extern TypeObject NotImplementedType;
extern TypeObject EllipsisType;

extern Object NoneStruct;
extern Object NotImplementedStruct;
extern Object EllipsisStruct;
inline Object* const None = &NoneStruct;
inline Object* const NotImplemented = &NotImplementedStruct;
inline Object* const Ellipsis = &EllipsisStruct;
inline Object* none_new() { return incref(None); }

// Hash used to mark unhashable types (list, dict, set, classes defining __eq__ only).
int64_t hash_not_implemented(Object* o);

bool is_subtype(TypeObject* a, TypeObject* b);  // walks a->mro

// Creates and readies object, type, NoneType, NotImplementedType and ellipsis (call first).
// type_ready may run before str/dict/tuple exist: it then finishes the type's slots at once and
// queues the part that allocates (dict, mro, bases), which runs as soon as those three types are
// initialised. finish_pending_types() runs anything still queued; call it after all init_*.
void init_object_types();
[[nodiscard]] bool finish_pending_types();

// Must be called after changing a type's dict other than through setattr on the type (the
// attribute cache in type_lookup would otherwise serve stale entries).
void type_modified(TypeObject* type);
// The type's current version tag, assigning a fresh one when it has none; 0 when the tags have
// run out (the caller then does not specialize).
uint32_t type_version_tag(TypeObject* type);

// Finalisers (__del__) of heap types. The generic heap-type dealloc calls call_finalizer; the VM
// may call it at shutdown. call_finalizer runs __del__ with any pending exception saved and
// restored, and reports an exception raised by __del__ through err_write_unraisable.
bool type_has_finalizer(TypeObject* type);
void call_finalizer(Object* o);
inline bool is_type(Object* o) { return type_has(o->type, kTypeTypeSubclass); }

}  // namespace pygen
