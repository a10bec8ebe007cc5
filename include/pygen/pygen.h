// Embedding pygen in a C++ program: start the runtime once, run source text in a namespace of
// its own, read back the error of a failed run as CPython would print it.
//
//   pygen::Interpreter py;
//   if (!py.run("def g():\n    yield 1\nprint(next(g()))\n"))
//       std::cerr << py.last_error();
//
// Only this header is public; everything else lives in the runtime library.
#pragma once

#include <string>
#include <string_view>

namespace pygen {

class Interpreter {
public:
    // Starts the runtime the first time an Interpreter is made in this process; argv becomes
    // sys.argv. The runtime stays up for the life of the process.
    explicit Interpreter(int argc = 0, char** argv = nullptr);
    ~Interpreter();
    Interpreter(const Interpreter&) = delete;
    Interpreter& operator=(const Interpreter&) = delete;

    // Runs `source` as a module named __main__-like `module_name`, sharing one namespace across
    // calls of this Interpreter. Returns false when it raised; last_error() then has the
    // traceback text and exit_status() the status python3 would exit with.
    bool run(std::string_view source, std::string_view filename = "<embedded>");
    // repr() of a name in the namespace after run(), or "" when it is not defined.
    std::string repr_of(std::string_view name);

    const std::string& last_error() const { return last_error_; }
    int exit_status() const { return exit_status_; }
    bool ok() const { return ready_; }

private:
    void* globals_ = nullptr;   // the namespace dict (a pygen Object*, owned)
    std::string last_error_;
    int exit_status_ = 0;
    bool ready_ = false;
};

}  // namespace pygen
