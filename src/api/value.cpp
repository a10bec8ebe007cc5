// pygen::Value and pygen::Error (include/pygen/value.h) on top of the object model: every
// operation calls the runtime's C++ function and turns a null / -1 result into a thrown Error.
#include "api/api_internal.h"

#include <cstddef>
#include <type_traits>

#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/genobject.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/runtime.h"
#include "vm/traceback.h"

namespace pygen {

namespace detail {
static_assert(offsetof(Object, refcnt) == 0 && std::is_same_v<decltype(Object::refcnt), std::ptrdiff_t>,
              "value.h counts references through the object's first word");
void dealloc(Object* o) { object_dealloc(o); }
}  // namespace detail

namespace api {

void throw_pending() {
    Object* exc = err_fetch();
    if (!exc) exc = exception_new_str(SystemError, "error return without exception set");
    throw Error(Value::steal(exc));
}

void restore_error(const Error& e) {
    if (e.exception().is_null()) {
        err_set_string(RuntimeError, e.message().c_str());
        return;
    }
    err_restore(incref(e.exception().get()));
}

Object* name_object(std::string_view name) {
    // Not interned: interned strs live for good, and a host may use names it makes up.
    Object* s = str_from(name);
    if (!s) throw_pending();
    return s;
}

}  // namespace api

using api::check;
using api::check_status;
using api::throw_pending;

namespace {
std::string text_of(Object* s) {
    return s && is_str(s) ? std::string(str_view(s)) : std::string();
}
// str(exc) without letting a failing __str__ escape.
std::string safe_str(Object* o) {
    Object* s = object_str(o);
    if (!s) {
        err_clear();
        return "<exception str() failed>";
    }
    std::string t = text_of(s);
    decref(s);
    return t;
}
}  // namespace

// ---- Error ----

Error::Error(Value exception) : std::runtime_error(""), exception_(std::move(exception)) {
    Object* exc = exception_.get();
    // Formatting may run Python code (__str__); keep whatever was pending aside meanwhile.
    Object* saved = err_fetch();
    type_name_ = exception_type_display_name(exc->type);
    message_ = safe_str(exc);
    traceback_ = format_exception(exc);
    if (err_occurred()) err_clear();
    err_restore(saved);
    static_cast<std::runtime_error&>(*this) =
        std::runtime_error(message_.empty() ? type_name_ : type_name_ + ": " + message_);
}

Error::Error(std::string type_name, std::string message)
    : std::runtime_error(type_name + ": " + message), type_name_(std::move(type_name)), message_(std::move(message)) {}

bool Error::matches(std::string_view builtin_name) const {
    if (exception_.is_null()) return builtin_name == type_name_;
    Object* cls = dict_getitem_str(builtins_dict(), std::string(builtin_name).c_str());
    if (!cls || !is_type(cls)) return false;
    return is_subtype(exception_.get()->type, static_cast<TypeObject*>(cls));
}

bool Error::matches(const Value& exception_class) const {
    if (exception_.is_null()) return false;
    int r = object_isinstance(exception_.get(), exception_class.get());
    if (r < 0) throw_pending();
    return r == 1;
}

void raise(std::string_view builtin_name, std::string_view message) {
    Object* cls = dict_getitem_str(builtins_dict(), std::string(builtin_name).c_str());
    if (!cls || !is_exception_class(cls)) cls = SystemError;
    Object* exc = exception_new_str(static_cast<TypeObject*>(cls), message);
    if (!exc) throw_pending();
    throw Error(Value::steal(exc));
}

// ---- Making values ----

Value Value::none() { return steal(none_new()); }
Value Value::from(bool b) { return steal(bool_from(b)); }
Value Value::from(int64_t i) { return check(int_from_i64(i)); }
Value Value::from(uint64_t i) { return check(int_from_u64(i)); }
Value Value::from(double d) { return check(float_from(d)); }
Value Value::from(std::string_view utf8) {
    if (!utf8_is_valid(utf8)) raise("ValueError", "Value::from: text is not valid UTF-8");
    return check(str_from(utf8));
}
Value Value::bytes(std::string_view data) { return check(bytes_from(data)); }
Value Value::int_from_string(std::string_view text, int base) { return check(pygen::int_from_string(text, base)); }

namespace {
template <class Range>
Value make_list(const Range& items) {
    Value l = check(list_new(0));
    for (const Value& v : items) check_status(list_append(l.get(), v.get()));
    return l;
}
template <class Range>
Value make_tuple(const Range& items) {
    Value t = check(tuple_new(static_cast<ssize>(std::size(items))));
    ssize i = 0;
    for (const Value& v : items) tuple_items(t.get())[i++] = incref(v.get());
    return t;
}
}  // namespace

Value Value::list(std::initializer_list<Value> items) { return make_list(items); }
Value Value::list(const std::vector<Value>& items) { return make_list(items); }
// (make_tuple): no argument-dependent lookup, which would find std::make_tuple for these std types.
Value Value::tuple(std::initializer_list<Value> items) { return (make_tuple)(items); }
Value Value::tuple(const std::vector<Value>& items) { return (make_tuple)(items); }
Value Value::dict() { return check(dict_new()); }

// ---- Type checks ----

bool Value::is_none() const { return p_ == None; }
bool Value::is_bool() const { return p_ && pygen::is_bool(p_); }
bool Value::is_int() const { return p_ && pygen::is_int(p_); }
bool Value::is_float() const { return p_ && pygen::is_float(p_); }
bool Value::is_str() const { return p_ && pygen::is_str(p_); }
bool Value::is_bytes() const { return p_ && pygen::is_bytes(p_); }
bool Value::is_list() const { return p_ && pygen::is_list(p_); }
bool Value::is_tuple() const { return p_ && pygen::is_tuple(p_); }
bool Value::is_dict() const { return p_ && pygen::is_dict(p_); }
bool Value::is_callable() const { return p_ && pygen::is_callable(p_); }
bool Value::is_generator() const { return p_ && is_gen_family(p_); }
bool Value::is_coroutine() const { return p_ && is_coro(p_); }
bool Value::is_instance(const Value& cls) const {
    int r = object_isinstance(p_, cls.get());
    if (r < 0) throw_pending();
    return r == 1;
}
std::string Value::type_name() const { return p_ ? p_->type->name : "NULL"; }

namespace {
[[noreturn, gnu::noinline]] void raise_null() { raise("ValueError", "operation on a null pygen::Value"); }
// Inline: every Value operation starts here, so the usual case is two loads and two branches.
inline void need(const Value& v) {
    if (v.is_null()) [[unlikely]] raise_null();
    if (runtime_object_is_stale(v.get())) [[unlikely]] api::throw_stale();
}
}  // namespace

// ---- Reading values ----

bool Value::truthy() const {
    need(*this);
    int r = object_is_true(p_);
    if (r < 0) throw_pending();
    return r == 1;
}

int64_t Value::to_int64() const {
    need(*this);
    if (!pygen::is_int(p_)) {
        err_format(TypeError, "expected int, got %s", p_->type->name);
        throw_pending();
    }
    const auto* i = static_cast<const IntObject*>(p_);
    if (i->is_big) raise("OverflowError", "Python int too large to convert to int64_t");
    return i->small;
}

std::string Value::to_decimal() const {
    need(*this);
    if (!pygen::is_int(p_)) {
        err_format(TypeError, "expected int, got %s", p_->type->name);
        throw_pending();
    }
    return int_to_decimal(p_);
}

double Value::to_double() const {
    need(*this);
    if (pygen::is_float(p_)) return float_value(p_);
    if (pygen::is_int(p_)) {
        bool overflow = false;
        double d = int_as_double(p_, &overflow);
        if (overflow) raise("OverflowError", "int too large to convert to float");
        return d;
    }
    err_format(TypeError, "must be real number, not %s", p_->type->name);
    throw_pending();
}

std::string_view Value::str_view() const {
    need(*this);
    if (!pygen::is_str(p_)) {
        err_format(TypeError, "expected str, got %s", p_->type->name);
        throw_pending();
    }
    return pygen::str_view(p_);
}

std::string_view Value::bytes_view() const {
    need(*this);
    if (!pygen::is_bytes(p_) && !is_bytearray(p_)) {
        err_format(TypeError, "expected bytes, got %s", p_->type->name);
        throw_pending();
    }
    return bytes_like_view(p_);
}

std::string Value::repr() const {
    need(*this);
    return std::string(check(object_repr(p_)).str_view());
}
std::string Value::str() const {
    need(*this);
    return std::string(check(object_str(p_)).str_view());
}

// ---- Attributes, items ----

Value Value::attr(std::string_view name) const {
    need(*this);
    Ref<> n = Ref<>::steal(api::name_object(name));
    return check(object_getattr(p_, n.get()));
}
bool Value::has_attr(std::string_view name) const {
    need(*this);
    Ref<> n = Ref<>::steal(api::name_object(name));
    Object* r = object_lookup_attr(p_, n.get());
    if (!r) {
        if (err_occurred()) throw_pending();
        return false;
    }
    decref(r);
    return true;
}
void Value::set_attr(std::string_view name, const Value& value) const {
    need(*this);
    Ref<> n = Ref<>::steal(api::name_object(name));
    check_status(object_setattr(p_, n.get(), value.get()));
}
Value Value::item(const Value& key) const {
    need(*this);
    return check(object_getitem(p_, key.get()));
}
Value Value::item(int64_t index) const { return item(from(index)); }
Value Value::item(std::string_view key) const { return item(from(key)); }
void Value::set_item(const Value& key, const Value& value) const {
    need(*this);
    check_status(object_setitem(p_, key.get(), value.get()));
}
void Value::set_item(std::string_view key, const Value& value) const { set_item(from(key), value); }
void Value::append(const Value& item) const {
    need(*this);
    if (pygen::is_list(p_)) {
        check_status(list_append(p_, item.get()));
        return;
    }
    call_method("append", item);
}
size_t Value::size() const {
    need(*this);
    ssize n = object_length(p_);
    if (n < 0) throw_pending();
    return static_cast<size_t>(n);
}
bool Value::contains(const Value& item) const {
    need(*this);
    int r = sequence_contains(p_, item.get());
    if (r < 0) throw_pending();
    return r == 1;
}
bool Value::equals(const Value& other) const {
    need(*this);
    int r = object_rich_compare_bool(p_, other.get(), CompareOp::Eq);
    if (r < 0) throw_pending();
    return r == 1;
}

// ---- Calls ----

namespace {
// Value::call's cases other than positional arguments to a live callable: keywords, a null or
// stale callable or argument.
[[gnu::noinline]] Value call_general(Object* callable, const Value* args, size_t nargs, const Kwarg* kwargs,
                                     size_t nkwargs) {
    need(Value::borrow(callable));   // a null callable raises here (borrow of null stays null)
    for (size_t i = 0; i < nargs; ++i) need(args[i]);
    if (nkwargs == 0) return check(pygen::call(callable, reinterpret_cast<Object* const*>(args), nargs));
    Object* small[8];
    size_t total = nargs + nkwargs;
    std::vector<Object*> big;
    Object** buf = small;
    if (total > 8) {
        big.resize(total);
        buf = big.data();
    }
    for (size_t i = 0; i < nargs; ++i) buf[i] = args[i].get();
    Value names = check(tuple_new(static_cast<ssize>(nkwargs)));
    for (size_t i = 0; i < nkwargs; ++i) {
        tuple_items(names.get())[i] = api::name_object(kwargs[i].name);
        buf[nargs + i] = kwargs[i].value.get();
    }
    return check(pygen::call(callable, buf, nargs, names.get()));
}
}  // namespace

Value Value::call(const Value* args, size_t nargs, const Kwarg* kwargs, size_t nkwargs) const {
    // Values are one pointer each, so positional arguments pass through as they are when there
    // are no keywords (the common case, and the one the benchmarks measure): one check of the
    // stale flag, then the callable's call slot.
    static_assert(sizeof(Value) == sizeof(Object*));
    if (nkwargs != 0 || !p_ || g_runtime_any_stale) [[unlikely]] return call_general(p_, args, nargs, kwargs, nkwargs);
    VectorcallFn fn = p_->type->call;
    Object* r = fn ? fn(p_, reinterpret_cast<Object* const*>(args), nargs, nullptr)
                   : pygen::call(p_, reinterpret_cast<Object* const*>(args), nargs);
    if (!r) [[unlikely]] throw_pending();
    return Value::steal(r);
}

Value Value::call(std::initializer_list<Value> args, std::initializer_list<Kwarg> kwargs) const {
    return call(args.begin(), args.size(), kwargs.begin(), kwargs.size());
}

// ---- Iteration ----

ValueIterator Value::begin() const {
    need(*this);
    return ValueIterator(check(object_iter(p_)));
}

void ValueIterator::advance() {
    Object* next = iter_next(it_.get());
    if (!next) {
        if (err_occurred()) throw_pending();
        current_ = Value();
        it_ = Value();
        return;
    }
    current_ = Value::steal(next);
}

}  // namespace pygen
