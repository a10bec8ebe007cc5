// Python values in C++: pygen::Value, an owning handle on one Python object (copy and move do the
// reference counting), and pygen::Error, the one way every API call reports a Python exception.
//
//   pygen::Value n = pygen::Value::from(int64_t{41});
//   pygen::Value s = n.attr("__add__")(1);          // 42
//   int64_t v = s.to_int64();                        // throws pygen::Error on a non-int / overflow
//
// Error style (the only one): a call that fails throws pygen::Error, which carries the Python
// exception object, its type name, its message (str(exc)) and the traceback formatted as python3
// prints it. Nothing is left pending in the interpreter after a throw.
// Only the headers in include/pygen are public; Object is opaque here.
#pragma once

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <iterator>
#include <stdexcept>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pygen {

struct Object;   // the interpreter's object header (opaque to hosts)

namespace detail {
// Reference counting is inline: the count is the first word of every object (the runtime's
// object header), and only freeing calls into the runtime.
void dealloc(Object* o);
inline void incref(Object* o) { ++*reinterpret_cast<std::ptrdiff_t*>(o); }
inline void decref(Object* o) {
    if (--*reinterpret_cast<std::ptrdiff_t*>(o) == 0) dealloc(o);
}
}  // namespace detail

class Value;
class ValueIterator;
// A keyword argument for Value::call: {"name", value}.
struct Kwarg;

class Value {
public:
    // A null handle (no object). Distinct from Python's None: see none().
    Value() = default;
    // Adopts a new reference (steal) or takes one of its own (borrow). Low level: for code that
    // also uses the runtime's private headers.
    static Value steal(Object* o) { Value v; v.p_ = o; return v; }
    static Value borrow(Object* o) { Value v; v.p_ = o; if (o) detail::incref(o); return v; }
    Value(const Value& o) : p_(o.p_) { if (p_) detail::incref(p_); }
    Value(Value&& o) noexcept : p_(o.p_) { o.p_ = nullptr; }
    Value& operator=(Value o) noexcept { std::swap(p_, o.p_); return *this; }
    ~Value() { if (p_) detail::decref(p_); }

    // Borrowed. A Value whose runtime ended (finalize) still names its object, kept alive for
    // good; every operation on it throws Error (RuntimeError) instead of using it.
    Object* get() const { return p_; }
    Object* release() { Object* p = p_; p_ = nullptr; return p; }   // hands the reference over
    bool is_null() const { return p_ == nullptr; }

    // ---- Making values ----
    static Value none();
    static Value from(bool b);
    static Value from(int64_t i);
    static Value from(uint64_t i);
    static Value from(int i) { return from(static_cast<int64_t>(i)); }
    static Value from(double d);
    static Value from(std::string_view utf8);              // str; ValueError on invalid UTF-8
    static Value from(const char* utf8) { return from(std::string_view(utf8)); }
    static Value bytes(std::string_view data);
    // An int of any size from its text in `base` (2..36, or 0 for Python literal rules).
    static Value int_from_string(std::string_view text, int base = 10);
    static Value list(std::initializer_list<Value> items = {});
    static Value tuple(std::initializer_list<Value> items = {});
    static Value list(const std::vector<Value>& items);
    static Value tuple(const std::vector<Value>& items);
    static Value dict();

    // ---- Type checks (exact Python semantics: bool is an int, subclasses count) ----
    bool is_none() const;
    bool is_bool() const;
    bool is_int() const;
    bool is_float() const;
    bool is_str() const;
    bool is_bytes() const;
    bool is_list() const;
    bool is_tuple() const;
    bool is_dict() const;
    bool is_callable() const;
    bool is_generator() const;    // generator, coroutine or async generator
    bool is_coroutine() const;
    bool is_instance(const Value& cls) const;   // isinstance(self, cls)
    std::string type_name() const;              // type(self).__name__ as python3 names it

    // ---- Reading values (throw Error on the wrong type, as the matching Python call would) ----
    bool truthy() const;                        // bool(self)
    int64_t to_int64() const;                   // TypeError for non-int, OverflowError when out of range
    std::string to_decimal() const;             // str(int) for an int of any size
    double to_double() const;                   // float(self) for int/float (OverflowError for huge ints)
    std::string_view str_view() const;          // UTF-8 of a str; valid while this Value lives
    std::string to_string() const { return std::string(str_view()); }
    std::string_view bytes_view() const;        // bytes / bytearray contents; valid while this Value lives
    std::string repr() const;                   // repr(self)
    std::string str() const;                    // str(self)

    // ---- Attributes, items, length ----
    Value attr(std::string_view name) const;
    bool has_attr(std::string_view name) const;
    void set_attr(std::string_view name, const Value& value) const;
    Value item(const Value& key) const;         // self[key]
    Value item(int64_t index) const;
    Value item(std::string_view key) const;
    void set_item(const Value& key, const Value& value) const;
    void set_item(std::string_view key, const Value& value) const;
    void append(const Value& item) const;       // list.append
    size_t size() const;                        // len(self)
    bool contains(const Value& item) const;     // item in self
    bool is(const Value& other) const { return p_ == other.p_; }
    bool equals(const Value& other) const;      // self == other

    // ---- Calls ----
    // self(*args, **kwargs) with arguments already Values.
    Value call(const Value* args, size_t nargs, const Kwarg* kwargs = nullptr, size_t nkwargs = 0) const;
    Value call(std::initializer_list<Value> args, std::initializer_list<Kwarg> kwargs = {}) const;
    // self(args...) converting each argument with to_value (convert.h).
    template <class... A> Value operator()(A&&... args) const;
    // self.name(args...)
    template <class... A> Value call_method(std::string_view name, A&&... args) const {
        return attr(name)(std::forward<A>(args)...);
    }

    // ---- Iteration: for (pygen::Value x : v) iterates iter(v) ----
    ValueIterator begin() const;
    ValueIterator end() const;

private:
    Object* p_ = nullptr;   // strong, may be null
};

// Input iterator over iter(v); see Value::begin.
class ValueIterator {
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = Value;
    using difference_type = std::ptrdiff_t;
    using pointer = const Value*;
    using reference = const Value&;
    ValueIterator() = default;
    explicit ValueIterator(Value it) : it_(std::move(it)) { advance(); }
    const Value& operator*() const { return current_; }
    const Value* operator->() const { return &current_; }
    ValueIterator& operator++() { advance(); return *this; }
    void operator++(int) { advance(); }
    bool operator==(const ValueIterator& o) const { return current_.is_null() && o.current_.is_null(); }
    bool operator!=(const ValueIterator& o) const { return !(*this == o); }

private:
    void advance();   // next(it) into current_, null at the end; throws Error
    Value it_;
    Value current_;
};
inline ValueIterator Value::end() const { return ValueIterator(); }

struct Kwarg {
    std::string_view name;
    Value value;
};

// The exception every API call throws when Python code (or a conversion) raised.
class Error : public std::runtime_error {
public:
    // Builds an Error from an exception instance (takes a reference of its own).
    explicit Error(Value exception);
    // An Error with no Python exception object behind it (exception() is null), for failures
    // found outside any runtime, e.g. a Value used after its runtime ended.
    Error(std::string type_name, std::string message);
    const Value& exception() const { return exception_; }   // the exception instance (may be null)
    const std::string& type_name() const { return type_name_; }   // "ValueError", "pygen.BudgetExceeded" as printed
    const std::string& message() const { return message_; }      // str(exception)
    const std::string& traceback() const { return traceback_; }  // "Traceback (most recent call last):\n..."
    // isinstance(exception(), Python builtin exception class `builtin_name`), e.g. "KeyError".
    bool matches(std::string_view builtin_name) const;
    bool matches(const Value& exception_class) const;

private:
    Value exception_;
    std::string type_name_;
    std::string message_;
    std::string traceback_;
};

// Raises from host code: throws an Error holding a new instance of the builtin exception class
// `builtin_name` ("ValueError", ...) with `message`.
[[noreturn]] void raise(std::string_view builtin_name, std::string_view message);

}  // namespace pygen

#include "pygen/convert.h"
