// Function objects, bound methods and cells. Calling a function goes through the VM
// (vm/call.h: function_vectorcall); this file owns construction, attributes and binding.
// CPython counterparts: Objects/funcobject.c, Objects/classobject.c, Objects/cellobject.c.
#include "objects/function.h"

#include <cstdio>
#include <string>

#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "vm/call.h"
#include "vm/frame_api.h"

namespace pygen {

TypeObject FunctionType;
TypeObject MethodType;
TypeObject CellType;

namespace {
std::string addr(const void* p) {
    char buf[32];
    snprintf(buf, sizeof buf, "%p", p);
    return buf;
}
}  // namespace

FunctionObject* function_new(CodeObject* code, Object* globals, Object* qualname) {
    auto* f = static_cast<FunctionObject*>(alloc_object(&FunctionType));
    if (f == nullptr) return nullptr;
    f->code = newref(code);
    f->globals = newref(globals);
    // The keys are interned once: a function made in a loop (a lambda, a generator expression)
    // looks them up by identity, with no C string to intern each time.
    static Object* const s_builtins_key = str_intern("__builtins__");
    static Object* const s_name_key = str_intern("__name__");
    Object* builtins = dict_getitem(globals, s_builtins_key);
    // Globals without __builtins__: the running frame's builtins (bpo-42990), as CPython 3.11's
    // _PyEval_BuiltinsFromGlobals.
    if (!builtins) builtins = frame_builtins_of_current();
    if (is_module(builtins)) builtins = module_dict(builtins);
    if (is_dict_exact(builtins)) {
        f->builtins = newref(builtins);
    } else {
        f->builtins_foreign = newref(builtins);
        f->builtins = dict_new();
    }
    f->name = newref(code->name);
    f->qualname = newref(qualname ? qualname : code->qualname);
    Object* doc = tuple_size(code->consts) > 0 ? tuple_item(code->consts, 0) : None;
    f->doc = newref(is_str(doc) ? doc : None);
    Object* module = dict_getitem(globals, s_name_key);
    f->module = xnewref(module);
    f->version = function_next_version();
    return f;
}

uint32_t function_next_version() {
    static uint32_t next = 1;
    return next == 0 ? 0 : next++;
}

Object* method_new(Object* func, Object* self) {
    auto* m = static_cast<MethodObject*>(alloc_object(&MethodType));
    m->func = newref(func);
    m->self = newref(self);
    return m;
}

// types.MethodType(function, instance). CPython: classobject.c, method_new.
Object* method_type_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames && tuple_size(kwnames) > 0) return err_set_string(TypeError, "method() takes no keyword arguments");
    if (nargs != 2) return err_format(TypeError, "method expected 2 arguments, got %zu", nargs);
    if (!args[0]->type->call) return err_set_string(TypeError, "first argument must be callable");
    if (args[1] == None) return err_set_string(TypeError, "instance must not be None");
    return method_new(args[0], args[1]);
}

Object* cell_new(Object* value) {
    auto* c = static_cast<CellObject*>(alloc_object(&CellType));
    c->ref = xnewref(value);
    return c;
}

namespace {

// ---- function ----

FunctionObject* as_func(Object* o) { return static_cast<FunctionObject*>(o); }

void function_dealloc(Object* o) {
    auto* f = as_func(o);
    // Weak references to the function die first (their callbacks run), as in CPython's
    // func_dealloc; left linked, they would point at freed memory.
    if (f->weakreflist) weakref_clear_refs(o);
    xdecref(f->code);
    xdecref(f->globals);
    xdecref(f->builtins);
    xdecref(f->builtins_foreign);
    xdecref(f->name);
    xdecref(f->qualname);
    xdecref(f->defaults);
    xdecref(f->kwdefaults);
    xdecref(f->closure);
    xdecref(f->doc);
    xdecref(f->dict);
    xdecref(f->module);
    xdecref(f->annotations);
    free_object(o);
}

void function_traverse(Object* o, VisitFn visit, void* arg) {
    auto* f = as_func(o);
    for (Object* x : {static_cast<Object*>(f->code), f->globals, f->defaults, f->kwdefaults, f->closure, f->dict,
                      f->module, f->annotations, f->doc})
        if (x) visit(x, arg);
}

int function_clear(Object* o) {
    auto* f = as_func(o);
    clearref(f->defaults);
    clearref(f->kwdefaults);
    clearref(f->closure);
    clearref(f->dict);
    clearref(f->annotations);
    return 0;
}

Object* function_repr(Object* o) {
    return str_from("<function " + std::string(str_view(as_func(o)->qualname)) + " at " + addr(o) + ">");
}

Object* function_descr_get(Object* func, Object* obj, Object* type) {
    if (!obj || obj == None) return incref(func);
    return method_new(func, obj);
}

Object* get_code(Object* o) { return incref(as_func(o)->code); }
int set_code(Object* o, Object* v) {
    if (!v || !is_code(v)) {
        err_set_string(TypeError, "__code__ must be set to a code object");
        return -1;
    }
    // The closure tuple is sized for the old code's free variables: a code object with another
    // count would read past it (CPython: func_set_code checks the same).
    FunctionObject* fn = as_func(o);
    CodeObject* code = static_cast<CodeObject*>(v);
    ssize closure_count = fn->closure ? tuple_size(fn->closure) : 0;
    if (code->nfreevars != closure_count) {
        err_format(ValueError, "%S() requires a code object with %zd free vars, not %d",
                   fn->name, closure_count, code->nfreevars);
        return -1;
    }
    setref(fn->code, static_cast<CodeObject*>(incref(v)));
    fn->version = function_next_version();
    return 0;
}
Object* get_name(Object* o) { return incref(as_func(o)->name); }
int set_name(Object* o, Object* v) {
    if (!v || !is_str(v)) {
        err_set_string(TypeError, "__name__ must be set to a string object");
        return -1;
    }
    setref(as_func(o)->name, incref(v));
    return 0;
}
Object* get_qualname(Object* o) { return incref(as_func(o)->qualname); }
int set_qualname(Object* o, Object* v) {
    if (!v || !is_str(v)) {
        err_set_string(TypeError, "__qualname__ must be set to a string object");
        return -1;
    }
    setref(as_func(o)->qualname, incref(v));
    return 0;
}
Object* get_defaults(Object* o) { return incref(as_func(o)->defaults ? as_func(o)->defaults : None); }
int set_defaults(Object* o, Object* v) {
    if (v == None) v = nullptr;
    if (v && !is_tuple(v)) {
        err_set_string(TypeError, "__defaults__ must be set to a tuple object");
        return -1;
    }
    setref(as_func(o)->defaults, xnewref(v));
    as_func(o)->version = function_next_version();
    return 0;
}
Object* get_kwdefaults(Object* o) { return incref(as_func(o)->kwdefaults ? as_func(o)->kwdefaults : None); }
int set_kwdefaults(Object* o, Object* v) {
    if (v == None) v = nullptr;
    if (v && !is_dict(v)) {
        err_set_string(TypeError, "__kwdefaults__ must be set to a dict object");
        return -1;
    }
    setref(as_func(o)->kwdefaults, xnewref(v));
    as_func(o)->version = function_next_version();
    return 0;
}
Object* get_closure(Object* o) { return incref(as_func(o)->closure ? as_func(o)->closure : None); }
Object* get_globals(Object* o) { return incref(as_func(o)->globals); }
Object* get_builtins(Object* o) {
    FunctionObject* f = as_func(o);
    return incref(f->builtins_foreign ? f->builtins_foreign : f->builtins);
}
Object* get_doc(Object* o) { return incref(as_func(o)->doc ? as_func(o)->doc : None); }
int set_doc(Object* o, Object* v) {
    setref(as_func(o)->doc, incref(v ? v : None));
    return 0;
}
Object* get_module(Object* o) { return incref(as_func(o)->module ? as_func(o)->module : None); }
int set_module(Object* o, Object* v) {
    setref(as_func(o)->module, incref(v ? v : None));
    return 0;
}
Object* get_annotations(Object* o) {
    auto* f = as_func(o);
    if (!f->annotations) f->annotations = dict_new();
    return incref(f->annotations);
}
int set_annotations(Object* o, Object* v) {
    if (v == None) v = nullptr;
    if (v && !is_dict(v)) {
        err_set_string(TypeError, "__annotations__ must be set to a dict object");
        return -1;
    }
    setref(as_func(o)->annotations, xnewref(v));
    return 0;
}
Object* get_dict(Object* o) {
    auto* f = as_func(o);
    if (!f->dict) f->dict = dict_new();
    return incref(f->dict);
}
int set_dict(Object* o, Object* v) {
    if (!v || !is_dict(v)) {
        err_set_string(TypeError, "__dict__ must be set to a dictionary, not a '" + std::string(v ? type_name(v) : "NoneType") + "'");
        return -1;
    }
    setref(as_func(o)->dict, incref(v));
    return 0;
}

// __closure__, __globals__, __builtins__ are read-only members in CPython: "readonly attribute".
int set_readonly_member(Object*, Object*) {
    err_set_string(AttributeError, "readonly attribute");
    return -1;
}

const GetSetDef kFunctionGetSet[] = {
    {"__code__", get_code, set_code},
    {"__name__", get_name, set_name},
    {"__qualname__", get_qualname, set_qualname},
    {"__defaults__", get_defaults, set_defaults},
    {"__kwdefaults__", get_kwdefaults, set_kwdefaults},
    {"__closure__", get_closure, set_readonly_member},
    {"__globals__", get_globals, set_readonly_member},
    {"__builtins__", get_builtins, set_readonly_member},
    {"__doc__", get_doc, set_doc},
    {"__module__", get_module, set_module},
    {"__annotations__", get_annotations, set_annotations},
    {"__dict__", get_dict, set_dict},
    {nullptr, nullptr},
};

// ---- method ----

MethodObject* as_method(Object* o) { return static_cast<MethodObject*>(o); }

void method_dealloc(Object* o) {
    if (as_method(o)->weakreflist) weakref_clear_refs(o);
    xdecref(as_method(o)->func);
    xdecref(as_method(o)->self);
    free_object(o);
}

void method_traverse(Object* o, VisitFn visit, void* arg) {
    visit(as_method(o)->func, arg);
    visit(as_method(o)->self, arg);
}

Object* method_call(Object* callable, Object* const* args, size_t nargs, Object* kwnames) {
    auto* m = as_method(callable);
    size_t total = nargs + (kwnames ? tuple_size(kwnames) : 0);
    Object* small[8];
    Object** buf = total + 1 <= 8 ? small : new Object*[total + 1];
    buf[0] = m->self;
    for (size_t i = 0; i < total; ++i) buf[i + 1] = args[i];
    Object* r = call(m->func, buf, nargs + 1, kwnames);
    if (buf != small) delete[] buf;
    return r;
}

Object* method_repr(Object* o) {
    auto* m = as_method(o);
    Ref<> name = Ref<>::steal(object_lookup_attr(m->func, str_intern("__qualname__")));
    if (!name) {
        if (err_occurred()) return nullptr;
        name = Ref<>::steal(object_lookup_attr(m->func, str_intern("__name__")));
    }
    if (err_occurred()) return nullptr;
    Ref<> self_repr = Ref<>::steal(object_repr(m->self));
    if (!self_repr) return nullptr;
    std::string n = name && is_str(name.get()) ? std::string(str_view(name.get())) : "?";
    return str_from("<bound method " + n + " of " + std::string(str_view(self_repr.get())) + ">");
}

Object* method_richcompare(Object* a, Object* b, CompareOp op) {
    if ((op != CompareOp::Eq && op != CompareOp::Ne) || !is_method(a) || !is_method(b)) return incref(NotImplemented);
    bool eq = as_method(a)->func == as_method(b)->func && as_method(a)->self == as_method(b)->self;
    if (!eq) {
        int r = object_equal(as_method(a)->func, as_method(b)->func);
        if (r < 0) return nullptr;
        eq = r && as_method(a)->self == as_method(b)->self;
    }
    return bool_from(op == CompareOp::Eq ? eq : !eq);
}

int64_t method_hash(Object* o) {
    int64_t h = object_hash(as_method(o)->func);
    if (h == -1) return -1;
    h ^= static_cast<int64_t>(reinterpret_cast<intptr_t>(as_method(o)->self) >> 4);
    return h == -1 ? -2 : h;
}

// Everything not found on the method itself comes from the function (__name__, __doc__, ...).
Object* method_getattro(Object* o, Object* name) {
    Object* descr = type_lookup(o->type, name);
    if (descr) {
        if (descr->type->descr_get) return descr->type->descr_get(descr, o, o->type);
        return incref(descr);
    }
    return object_getattr(as_method(o)->func, name);
}

Object* method_get_func(Object* o) { return incref(as_method(o)->func); }
Object* method_get_self(Object* o) { return incref(as_method(o)->self); }
// The type's own __doc__ would hide the function's; CPython's method_get_doc forwards it too.
Object* method_get_doc(Object* o) { return object_getattr_str(as_method(o)->func, "__doc__"); }

const GetSetDef kMethodGetSet[] = {
    {"__func__", method_get_func},
    {"__self__", method_get_self},
    {"__doc__", method_get_doc},
    {nullptr, nullptr},
};

// function(code, globals, name=None, argdefs=None, closure=None). CPython: funcobject.c, func_new_impl.
Object* function_type_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"code", "globals", "name", "argdefs", "closure"};
    Object* a[5];
    if (!arg_bind("function", args, nargs, kwnames, kNames, 5, 2, a)) return nullptr;
    if (!is_code(a[0])) return err_format(TypeError, "function() argument 'code' must be code, not %s", arg_type_name(a[0]));
    if (!is_dict(a[1])) return err_format(TypeError, "function() argument 'globals' must be dict, not %s", arg_type_name(a[1]));
    Object* name = a[2] ? a[2] : None;
    Object* defaults = a[3] ? a[3] : None;
    Object* closure = a[4] ? a[4] : None;
    auto* code = static_cast<CodeObject*>(a[0]);
    if (name != None && !is_str(name)) return err_set_string(TypeError, "arg 3 (name) must be None or string");
    if (defaults != None && !is_tuple(defaults)) return err_set_string(TypeError, "arg 4 (defaults) must be None or tuple");
    if (!is_tuple(closure)) {
        if (code->nfreevars && closure == None) return err_set_string(TypeError, "arg 5 (closure) must be tuple");
        if (closure != None) return err_set_string(TypeError, "arg 5 (closure) must be None or tuple");
    }
    ssize nclosure = closure == None ? 0 : tuple_size(closure);
    if (code->nfreevars != nclosure) {
        return err_format(ValueError, "%U requires closure of length %d, not %zd", code->name, code->nfreevars, nclosure);
    }
    for (ssize i = 0; i < nclosure; i++) {
        Object* c = tuple_item(closure, i);
        if (c->type != &CellType) return err_format(TypeError, "arg 5 (closure) expected cell, found %s", c->type->name);
    }
    FunctionObject* f = function_new(code, a[1], nullptr);
    if (f == nullptr) return nullptr;
    if (name != None) setref(f->name, newref(name));
    if (defaults != None) setref(f->defaults, newref(defaults));
    if (closure != None) setref(f->closure, newref(closure));
    return f;
}

// ---- cell ----

// cell([contents]): empty without an argument. CPython: cellobject.c, cell_new.
Object* cell_type_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("cell", kwnames) || !arg_check_positional("cell", nargs, 0, 1)) return nullptr;
    return cell_new(nargs == 1 ? args[0] : nullptr);
}

// Cells compare by contents; an empty cell sorts before any other. CPython: cell_richcompare.
Object* cell_richcompare(Object* a, Object* b, CompareOp op) {
    if (a->type != &CellType || b->type != &CellType) return incref(NotImplemented);
    Object* x = static_cast<CellObject*>(a)->ref;
    Object* y = static_cast<CellObject*>(b)->ref;
    if (x != nullptr && y != nullptr) return object_rich_compare(x, y, op);
    int l = y == nullptr, r = x == nullptr;   // CPython's Py_RETURN_RICHCOMPARE(b == NULL, a == NULL, op)
    bool res = false;
    switch (op) {
        case CompareOp::Lt: res = l < r; break;
        case CompareOp::Le: res = l <= r; break;
        case CompareOp::Eq: res = l == r; break;
        case CompareOp::Ne: res = l != r; break;
        case CompareOp::Gt: res = l > r; break;
        case CompareOp::Ge: res = l >= r; break;
    }
    return bool_from(res);
}

void cell_dealloc(Object* o) {
    xdecref(static_cast<CellObject*>(o)->ref);
    free_object(o);
}

void cell_traverse(Object* o, VisitFn visit, void* arg) {
    if (Object* r = static_cast<CellObject*>(o)->ref) visit(r, arg);
}

int cell_clear(Object* o) {
    clearref(static_cast<CellObject*>(o)->ref);
    return 0;
}

Object* cell_repr(Object* o) {
    Object* r = static_cast<CellObject*>(o)->ref;
    if (!r) return str_from("<cell at " + addr(o) + ": empty>");
    return str_from("<cell at " + addr(o) + ": " + r->type->name + " object at " + addr(r) + ">");
}

Object* cell_get_contents(Object* o) {
    Object* r = static_cast<CellObject*>(o)->ref;
    if (!r) return err_set_string(ValueError, "Cell is empty");
    return incref(r);
}
int cell_set_contents(Object* o, Object* v) {
    setref(static_cast<CellObject*>(o)->ref, xnewref(v));
    return 0;
}

// m.__reduce__(): (getattr, (m.__self__, m.__func__.__name__)), so pickle and copy rebuild a
// bound method by looking it up again. CPython: method_reduce.
Object* method_reduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("__reduce__", kwnames) || !arg_check_positional("__reduce__", nargs, 0, 0)) return nullptr;
    auto* m = static_cast<MethodObject*>(self);
    Ref<> getattr_fn = Ref<>::steal(object_getattr_str(builtins_module(), "getattr"));
    if (!getattr_fn) return nullptr;
    Ref<> name = Ref<>::steal(object_getattr_str(m->func, "__name__"));
    if (!name) return nullptr;
    Ref<> args = Ref<>::steal(tuple_pack({m->self, name.get()}));
    if (!args) return nullptr;
    return tuple_pack({getattr_fn.get(), args.get()});
}

const MethodDef kMethodMethods[] = {
    {"__reduce__", method_reduce},
    {nullptr, nullptr},
};

const GetSetDef kCellGetSet[] = {
    {"cell_contents", cell_get_contents, cell_set_contents},
    {nullptr, nullptr},
};

}  // namespace

void init_function_types() {
    FunctionType.name = "function";
    FunctionType.basicsize = sizeof(FunctionObject);
    FunctionType.dictoffset = offsetof(FunctionObject, dict);
    FunctionType.weaklistoffset = offsetof(FunctionObject, weakreflist);
    FunctionType.flags = kTypeGC | kTypeMethodDescriptor | kTypePooledAlloc;
    FunctionType.dealloc = function_dealloc;
    FunctionType.traverse = function_traverse;
    FunctionType.clear = function_clear;
    FunctionType.repr = function_repr;
    FunctionType.call = function_vectorcall;
    FunctionType.descr_get = function_descr_get;
    FunctionType.getset = kFunctionGetSet;
    FunctionType.tp_new = function_type_new;
    if (!type_ready(&FunctionType)) abort();

    MethodType.tp_new = method_type_new;
    MethodType.name = "method";
    MethodType.basicsize = sizeof(MethodObject);
    MethodType.weaklistoffset = offsetof(MethodObject, weakreflist);
    MethodType.flags = kTypeGC | kTypePooledAlloc;
    MethodType.dealloc = method_dealloc;
    MethodType.traverse = method_traverse;
    MethodType.repr = method_repr;
    MethodType.call = method_call;
    MethodType.richcompare = method_richcompare;
    MethodType.hash = method_hash;
    MethodType.getattro = method_getattro;
    MethodType.getset = kMethodGetSet;
    MethodType.methods = kMethodMethods;
    if (!type_ready(&MethodType)) abort();

    CellType.name = "cell";
    CellType.basicsize = sizeof(CellObject);
    CellType.flags = kTypeGC | kTypePooledAlloc;
    CellType.dealloc = cell_dealloc;
    CellType.traverse = cell_traverse;
    CellType.clear = cell_clear;
    CellType.repr = cell_repr;
    CellType.richcompare = cell_richcompare;
    CellType.hash = hash_not_implemented;
    CellType.tp_new = cell_type_new;
    CellType.getset = kCellGetSet;
    if (!type_ready(&CellType)) abort();
}

}  // namespace pygen
