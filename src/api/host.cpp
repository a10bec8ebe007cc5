// Host functions, classes and modules (include/pygen/host.h). A host function is an object of
// the static type "host_function" holding a std::function; it binds like a Python function when
// found on a class (kTypeMethodDescriptor), so host classes are ordinary Python classes made with
// type() whose methods are host functions. The C++ object an instance owns sits in a "host_box"
// kept in the instance's __dict__, so it dies with the instance.
#include "pygen/pygen.h"

#include <new>

#include "api/api_internal.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

using api::check;
using api::throw_pending;

namespace {

struct HostFunctionObject : Object {
    RawFunction* fn;             // owned (new/delete); null for a thunk function
    detail::HostThunk thunk;     // a fixed-signature function (host.h function()), or null
    void* data;                  // the thunk's callable, owned through destroy
    void (*destroy)(void*);
    size_t arity;                // the thunk's positional parameter count
    Object* name;                // strong str
};

struct HostBoxObject : Object {
    void* object;                 // owned through deleter; null once freed
    void (*deleter)(void*);
    const std::type_info* type;   // the C++ type it was attached as
};

TypeObject HostFunctionType;
TypeObject HostBoxType;

// Runs the host callable; every C++ exception becomes a pending Python exception here, so none
// crosses the eval loop.
Object* host_function_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    auto* hf = static_cast<HostFunctionObject*>(self);
    static_assert(sizeof(Value) == sizeof(Object*));
    try {
        const Value* argv = reinterpret_cast<const Value*>(args);
        if (hf->thunk) [[likely]] {
            // A fixed signature: the counts are checked here, the conversions are the thunk's.
            if (kwnames && tuple_size(kwnames) != 0) [[unlikely]]
                return err_format(TypeError, "%S() takes no keyword arguments", hf->name);
            if (nargs != hf->arity) [[unlikely]] detail::raise_arg_count(str_view(hf->name), hf->arity, nargs);
            return hf->thunk(hf->data, argv).release();
        }
        size_t nkw = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
        if (nkw == 0) return (*hf->fn)(argv, nargs, nullptr, 0).release();
        // Up to 8 keywords live on the stack: no allocation per call.
        Kwarg small[8];
        std::vector<Kwarg> big;
        Kwarg* kw = small;
        if (nkw > 8) {
            big.resize(nkw);
            kw = big.data();
        }
        for (size_t i = 0; i < nkw; ++i)
            kw[i] = Kwarg{str_view(tuple_item(kwnames, static_cast<ssize>(i))), Value::borrow(args[nargs + i])};
        return (*hf->fn)(argv, nargs, kw, nkw).release();
    } catch (const Error& e) {
        api::restore_error(e);
    } catch (const std::bad_alloc&) {
        err_no_memory();
    } catch (const std::exception& e) {
        err_set_string(RuntimeError, e.what());
    } catch (...) {
        err_set_string(RuntimeError, "unknown C++ exception in a host function");
    }
    return nullptr;
}

Object* host_function_get(Object* self, Object* obj, Object*) {
    if (!obj) return incref(self);
    return method_new(self, obj);
}

Object* host_function_repr(Object* self) {
    return str_from_format("<built-in function %S>", static_cast<HostFunctionObject*>(self)->name);
}

void host_function_dealloc(Object* self) {
    auto* hf = static_cast<HostFunctionObject*>(self);
    delete hf->fn;
    if (hf->destroy) hf->destroy(hf->data);
    xdecref(hf->name);
    free_object(self);
}

Object* host_function_get_name(Object* self) { return incref(static_cast<HostFunctionObject*>(self)->name); }

const GetSetDef kHostFunctionGetSet[] = {
    {"__name__", host_function_get_name},
    {"__qualname__", host_function_get_name},
    {nullptr, nullptr},
};

void host_box_dealloc(Object* self) {
    auto* b = static_cast<HostBoxObject*>(self);
    if (b->object) b->deleter(b->object);
    free_object(self);
}

void ready_types() {
    static bool done = false;
    if (done) return;
    done = true;
    HostFunctionType.name = "builtin_function_or_method";
    HostFunctionType.basicsize = sizeof(HostFunctionObject);
    HostFunctionType.flags = kTypeMethodDescriptor;
    HostFunctionType.call = host_function_call;
    HostFunctionType.descr_get = host_function_get;
    HostFunctionType.repr = host_function_repr;
    HostFunctionType.dealloc = host_function_dealloc;
    HostFunctionType.getset = kHostFunctionGetSet;
    HostBoxType.name = "host_box";
    HostBoxType.basicsize = sizeof(HostBoxObject);
    HostBoxType.dealloc = host_box_dealloc;
    if (!type_ready(&HostFunctionType) || !type_ready(&HostBoxType)) throw_pending();
}

constexpr const char* kBoxAttr = "__pygen_host__";

}  // namespace

namespace {
// A host function object with nothing to run yet (every field set).
HostFunctionObject* new_host_function(std::string_view name) {
    if (!api::ensure_runtime()) throw std::runtime_error("pygen runtime failed to start");
    ready_types();
    Value n = Value::from(name);
    auto* hf = static_cast<HostFunctionObject*>(alloc_object(&HostFunctionType));
    if (!hf) throw_pending();
    hf->fn = nullptr;
    hf->thunk = nullptr;
    hf->data = nullptr;
    hf->destroy = nullptr;
    hf->arity = 0;
    hf->name = n.release();
    return hf;
}
}  // namespace

Value function_raw(std::string_view name, RawFunction fn) {
    Value f = Value::steal(new_host_function(name));
    static_cast<HostFunctionObject*>(f.get())->fn = new RawFunction(std::move(fn));
    return f;
}

namespace detail {
Value function_thunk(std::string_view name, HostThunk thunk, void* data, void (*destroy)(void*), size_t arity) {
    HostFunctionObject* hf;
    try {
        hf = new_host_function(name);
    } catch (...) {
        destroy(data);
        throw;
    }
    hf->thunk = thunk;
    hf->data = data;
    hf->destroy = destroy;
    hf->arity = arity;
    return Value::steal(hf);
}
}  // namespace detail

namespace detail {

void raise_arg_count(std::string_view name, size_t expected, size_t given) {
    Value n = Value::from(name);
    err_format(TypeError, "%S() takes %zu positional argument%s but %zu %s given", n.get(), expected,
               expected == 1 ? "" : "s", given, given == 1 ? "was" : "were");
    throw_pending();
}

void reject_kwargs(std::string_view name, size_t nkwargs) {
    if (nkwargs == 0) return;
    Value n = Value::from(name);
    err_format(TypeError, "%S() takes no keyword arguments", n.get());
    throw_pending();
}

void attach(const Value& self, void* object, void (*deleter)(void*), const std::type_info& type) {
    ready_types();
    auto* b = static_cast<HostBoxObject*>(alloc_object(&HostBoxType));
    if (!b) {
        deleter(object);
        throw_pending();
    }
    b->object = object;
    b->deleter = deleter;
    b->type = &type;
    Value box = Value::steal(b);
    self.set_attr(kBoxAttr, box);
}

void* attached(const Value& self, const std::type_info& type, std::string_view class_name) {
    Object* r = object_getattr_str(self.get(), kBoxAttr);
    if (!r) {
        err_clear();
    } else {
        Value box = Value::steal(r);
        if (box.get()->type == &HostBoxType) {
            auto* b = static_cast<HostBoxObject*>(box.get());
            // The box stays alive through the instance's __dict__ for as long as the caller's
            // reference to the instance does.
            if (b->object && *b->type == type) return b->object;
        }
    }
    Value n = Value::from(class_name);
    err_format(TypeError, "expected an initialised %S instance, got %s", n.get(), self.get()->type->name);
    throw_pending();
}

Value make_class(std::string_view name, std::string_view module, const Value& namespace_dict) {
    namespace_dict.set_item("__module__", Value::from(module));
    Value type_class = Value::borrow(&TypeType);
    return type_class(Value::from(name), Value::tuple({Value::borrow(&ObjectType)}), namespace_dict);
}

Value make_property(const Value& getter, const Value& setter) {
    return builtins().attr("property")(getter, setter);
}

void set_builtin(std::string_view name, const Value& value) { builtins().set_attr(name, value); }

}  // namespace detail

Module::Module(std::string_view name) : name_(name) {
    if (!api::ensure_runtime()) throw std::runtime_error("pygen runtime failed to start");
    module_ = check(module_new(name_.c_str()));
}

Module& Module::install() {
    api::check_status(dict_setitem_str(sys_modules(), name_.c_str(), module_.get()));
    return *this;
}

}  // namespace pygen
