// C++ seen from Python: host functions (any callable, arguments converted by their C++ types),
// host classes (a C++ type as a Python class whose instances own a T) and host modules.
//
//   py.def("clamp", [](int64_t x, int64_t lo, int64_t hi) { return std::clamp(x, lo, hi); });
//   pygen::Class<Npc> npc("Npc");
//   npc.constructor<std::string>().method("step", &Npc::step).property("hp", &Npc::hp, &Npc::set_hp);
//   pygen::Module game("game");
//   game.def("now", [&] { return frame; }).add("Npc", npc.type()).install();   // `import game`
//
// A host function that throws pygen::Error raises its exception in Python; any other
// std::exception becomes RuntimeError(what()). Argument counts are checked (TypeError as CPython
// words it); keyword arguments reach only raw functions (function_raw).
#pragma once

#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <tuple>
#include <type_traits>
#include <typeinfo>
#include <utility>

#include "pygen/value.h"

namespace pygen {

// The most general host callable: positional arguments, then keyword arguments.
using RawFunction = std::function<Value(const Value* args, size_t nargs, const Kwarg* kwargs, size_t nkwargs)>;

// A Python callable (type "builtin_function_or_method"-like, named `name`) running `fn`. Found on a
// class it binds like a Python function: the instance comes first.
Value function_raw(std::string_view name, RawFunction fn);

namespace detail {
[[noreturn]] void raise_arg_count(std::string_view name, size_t expected, size_t given);
void reject_kwargs(std::string_view name, size_t nkwargs);
// A host function with a fixed signature: the runtime checks that exactly `arity` positional
// arguments came (no keywords), then calls thunk(data, args); `destroy(data)` runs when the
// function object dies. Used by function() below; no std::function on the call path.
using HostThunk = Value (*)(void* data, const Value* args);
Value function_thunk(std::string_view name, HostThunk thunk, void* data, void (*destroy)(void*), size_t arity);

template <class Sig>
struct Invoker;
template <class R, class... A>
struct Invoker<R(A...)> {
    template <class F, size_t... I>
    static Value call(F& f, const Value* args, std::index_sequence<I...>) {
        if constexpr (std::is_void_v<R>) {
            f(from_value<A>(args[I])...);
            return Value::none();
        } else {
            return to_value(f(from_value<A>(args[I])...));
        }
    }
    // The thunk of function(): `data` is the callable (a heap copy owned by the function object).
    template <class F>
    static Value thunk(void* data, const Value* args) {
        return call(*static_cast<F*>(data), args, std::index_sequence_for<A...>{});
    }
    static constexpr size_t arity = sizeof...(A);
    template <class F>
    static RawFunction wrap(std::string name, F f) {
        return [name = std::move(name), f = std::move(f)](const Value* args, size_t nargs, const Kwarg*,
                                                           size_t nkwargs) mutable -> Value {
            reject_kwargs(name, nkwargs);
            if (nargs != sizeof...(A)) raise_arg_count(name, sizeof...(A), nargs);
            return call(f, args, std::index_sequence_for<A...>{});
        };
    }
};
template <class>
struct FunctionSignature;
template <class R, class... A>
struct FunctionSignature<std::function<R(A...)>> {
    using type = R(A...);
};
template <class F>
using Signature = typename FunctionSignature<decltype(std::function{std::declval<F>()})>::type;
}  // namespace detail

// A host function from any callable with a fixed signature (lambda, function pointer,
// std::function): each argument converted with from_value<A>, the result with to_value.
template <class F>
Value function(std::string_view name, F&& f) {
    using Fn = std::decay_t<F>;
    if constexpr (std::is_convertible_v<Fn, RawFunction> &&
                  std::is_invocable_v<Fn, const Value*, size_t, const Kwarg*, size_t>) {
        return function_raw(name, RawFunction(std::forward<F>(f)));
    } else {
        using Inv = detail::Invoker<detail::Signature<Fn>>;
        Fn* data = new Fn(std::forward<F>(f));
        return detail::function_thunk(name, &Inv::template thunk<Fn>, data,
                                      [](void* d) { delete static_cast<Fn*>(d); }, Inv::arity);
    }
}

// Registers `f` in the builtins module: every namespace sees it without an import.
template <class F>
void def_builtin(std::string_view name, F&& f);

// ---- Host classes ----
namespace detail {
// The C++ object an instance owns, boxed; the box dies with the instance.
void attach(const Value& self, void* object, void (*deleter)(void*), const std::type_info& type);
// The object attached to `self` when it was attached as `type`; TypeError naming `class_name`
// otherwise (not an instance, not constructed yet, or another class).
void* attached(const Value& self, const std::type_info& type, std::string_view class_name);
// type(name, (object,), namespace) with __module__ = module.
Value make_class(std::string_view name, std::string_view module, const Value& namespace_dict);
Value make_property(const Value& getter, const Value& setter);
}  // namespace detail

template <class T>
class Class {
public:
    explicit Class(std::string_view name, std::string_view module = "__main__")
        : name_(name), module_(module), ns_(Value::dict()) {}

    // T(A...) runs when Python calls the class with arguments converted to A...
    template <class... A>
    Class& constructor() {
        std::string cls = name_;
        ns_.set_item("__init__", function("__init__", [cls](Value self, A... args) {
            detail::attach(self, new T(std::move(args)...), [](void* p) { delete static_cast<T*>(p); }, typeid(T));
        }));
        return *this;
    }
    // A member function (R (T::*)(A...), const or not) or a callable taking T& first.
    template <class F>
    Class& method(std::string_view name, F f) {
        ns_.set_item(name, function(name, bind(std::move(f))));
        return *this;
    }
    // A read-only property from a getter (member function, data member pointer or callable(T&)).
    template <class G>
    Class& property(std::string_view name, G getter) {
        ns_.set_item(name, detail::make_property(function(name, getter_of(std::move(getter))), Value::none()));
        return *this;
    }
    // A read-write property; the setter is a member function, data member pointer or callable(T&, V).
    template <class G, class S>
    Class& property(std::string_view name, G getter, S setter) {
        ns_.set_item(name, detail::make_property(function(name, getter_of(std::move(getter))),
                                                 function(name, setter_of(std::move(setter)))));
        return *this;
    }
    // The Python class (made on the first call; later changes are not seen).
    Value type() {
        if (type_.is_null()) type_ = detail::make_class(name_, module_, ns_);
        return type_;
    }
    // The T an instance of this class owns (TypeError otherwise). Valid while the instance lives.
    static T& self(const Value& instance, std::string_view class_name = "host class") {
        return *static_cast<T*>(detail::attached(instance, typeid(T), class_name));
    }

private:
    template <class R, class... A>
    static auto bind(R (T::*m)(A...)) {
        return [m](Value s, A... a) -> R { return (self(s).*m)(std::move(a)...); };
    }
    template <class R, class... A>
    static auto bind(R (T::*m)(A...) const) {
        return [m](Value s, A... a) -> R { return (self(s).*m)(std::move(a)...); };
    }
    template <class F>
    static auto bind(F f) {
        return bind_callable(std::move(f), static_cast<detail::Signature<F>*>(nullptr));
    }
    template <class F, class R, class Self, class... A>
    static auto bind_callable(F f, R (*)(Self, A...)) {
        return [f = std::move(f)](Value s, A... a) mutable -> R { return f(self(s), std::move(a)...); };
    }
    template <class M>
    static auto getter_of(M T::*field) requires(!std::is_function_v<M>) {
        return [field](Value s) -> M { return self(s).*field; };
    }
    template <class G>
    static auto getter_of(G g) { return bind(std::move(g)); }
    template <class M>
    static auto setter_of(M T::*field) requires(!std::is_function_v<M>) {
        return [field](Value s, M v) { self(s).*field = std::move(v); };
    }
    template <class S>
    static auto setter_of(S s) { return bind(std::move(s)); }

    std::string name_;
    std::string module_;
    Value ns_;     // the class namespace being filled
    Value type_;   // the class, once made
};

// ---- Host modules ----
// A module written in C++: fill it, then install() makes `import name` find it (it goes into
// sys.modules; the import allowlist, if any, must allow the name).
class Module {
public:
    explicit Module(std::string_view name);
    template <class F>
    Module& def(std::string_view name, F&& f) {
        module_.set_attr(name, function(name, std::forward<F>(f)));
        return *this;
    }
    Module& add(std::string_view name, const Value& value) {
        module_.set_attr(name, value);
        return *this;
    }
    template <class T>
        requires(!std::is_same_v<std::remove_cvref_t<T>, Value>)
    Module& add(std::string_view name, T&& value) {
        return add(name, to_value(std::forward<T>(value)));
    }
    Module& install();
    const Value& value() const { return module_; }

private:
    std::string name_;
    Value module_;
};

namespace detail {
void set_builtin(std::string_view name, const Value& value);
}
template <class F>
void def_builtin(std::string_view name, F&& f) {
    detail::set_builtin(name, function(name, std::forward<F>(f)));
}

}  // namespace pygen
