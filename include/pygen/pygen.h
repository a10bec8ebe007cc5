// Embedding pygen in a C++ program. Include this header (it includes the rest of include/pygen)
// and link pygen::pygen (CMake) or `pkg-config --libs pygen`.
//
//   pygen::Interpreter py;                       // starts the runtime on first use
//   py.exec("def add(a, b):\n    return a + b\n");
//   int64_t n = py.get("add")(40, 2).to_int64(); // 42
//   try { py.exec("1/0"); } catch (const pygen::Error& e) { std::cerr << e.traceback(); }
//
// Headers: value.h (Value, Error, conversions), host.h (C++ functions, classes and modules seen
// from Python), coroutine.h (host-driven generators and coroutines, host futures, asyncio
// stepping), sandbox.h (memory cap, instruction budget, import allowlist). Only these headers are
// public; everything else lives in the runtime library.
//
// Threading and lifetime: one runtime runs at a time per process, shared by every Interpreter
// (each Interpreter is one namespace, like a module). Use it from one thread at a time; a Value
// must only be copied or destroyed while no other thread is inside pygen. The runtime starts with
// the first Interpreter (or pygen::initialize, or any call) and stays up until finalize(); after
// it the next call starts a fresh runtime (README: "Threads, lifetime, what is global").
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <type_traits>

#include "pygen/value.h"
#include "pygen/host.h"
#include "pygen/coroutine.h"
#include "pygen/sandbox.h"

namespace pygen {

// Starts the runtime if it is not running yet (argv becomes sys.argv). Returns false when start-up
// failed. Every API call starts it on demand too; calling this first only sets sys.argv.
bool initialize(int argc = 0, char** argv = nullptr);

// Shuts the runtime down as python3 does at exit: atexit callbacks, then finalisers of what is
// still alive (suspended generators run their finally blocks), then stdout is flushed; then
// frees everything the runtime made. The next API call (or initialize) starts a fresh runtime.
// Values, Interpreters and host modules of the ended runtime must not be used: they throw Error
// (RuntimeError). Optional: a host may simply exit.
void finalize();
// True after finalize() until a new runtime starts.
bool is_finalized();

// import name (dotted names import their parents); the leaf module.
Value import(std::string_view module_name);
// The builtins module.
Value builtins();
// A fresh module namespace (a dict with __name__ and __builtins__), for exec/eval.
Value new_namespace(std::string_view module_name = "__main__");
// exec(source, globals, locals): runs statements; throws Error (SyntaxError included).
void exec(std::string_view source, const Value& globals, std::string_view filename = "<embedded>");
// eval(expression, globals): the value of one expression.
Value eval(std::string_view expression, const Value& globals, std::string_view filename = "<embedded>");

class Interpreter {
public:
    // Starts the runtime the first time (argv becomes sys.argv), then makes a namespace of its
    // own named __main__.
    explicit Interpreter(int argc = 0, char** argv = nullptr);
    ~Interpreter();
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    // ---- Exceptions style (the API's style): throw pygen::Error ----
    void exec(std::string_view source, std::string_view filename = "<embedded>");
    Value eval(std::string_view expression);
    Value get(std::string_view name) const;            // NameError when missing
    void set(std::string_view name, const Value& value);
    template <class T>
        requires(!std::is_same_v<std::remove_cvref_t<T>, Value>)
    void set(std::string_view name, T&& value) { set(name, to_value(std::forward<T>(value))); }
    const Value& globals() const { return globals_; }
    // Registers a C++ callable under `name` in this namespace (see host.h for conversions).
    template <class F> void def(std::string_view name, F&& f) { set(name, function(name, std::forward<F>(f))); }

    // ---- Status style, kept for the command line and simple hosts ----
    // Runs `source` in the namespace. Returns false when it raised; last_error() then has the
    // traceback text and exit_status() the status python3 would exit with.
    bool run(std::string_view source, std::string_view filename = "<embedded>");
    // repr() of a name in the namespace after run(), or "" when it is not defined.
    std::string repr_of(std::string_view name);
    const std::string& last_error() const { return last_error_; }
    int exit_status() const { return exit_status_; }
    bool ok() const { return ready_; }

private:
    Value globals_;   // the namespace dict
    uint32_t generation_ = 0;   // the runtime it belongs to (vm/runtime.h's runtime_generation)
    std::string last_error_;
    int exit_status_ = 0;
    bool ready_ = false;
};

}  // namespace pygen
