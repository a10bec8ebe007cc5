// Raising and inspecting Python exceptions from C++. A function that fails sets the pending
// exception in the thread state (vm/thread_state.h) and returns null / -1 / false; callers either
// handle it (err_matches + err_clear) or pass the failure up. Exceptions are always normalised:
// the pending exception is an instance of a BaseException subclass.
// CPython counterparts: Python/errors.c, Include/pyerrors.h.
#pragma once

#include <string>
#include <string_view>

#include "objects/object.h"

namespace pygen {

// ---- Setting ----
// All return nullptr so `return err_format(TypeError, ...)` reads naturally.
Object* err_set_object(TypeObject* type, Object* value);  // value: instance, args tuple, single arg or null
Object* err_set_string(TypeObject* type, std::string_view message);
// printf-style; %s takes const char*, %S an Object* formatted with str(), %R with repr(),
// %T the type name of an Object*, %d/%ld/%lld/%zd/%zu/%x/%c integers, %% a percent sign.
Object* err_format(TypeObject* type, const char* fmt, ...);
// Like err_format, with the exception pending before it as the new one's __cause__ and
// __context__. CPython: _PyErr_FormatFromCause.
Object* err_format_from_cause(TypeObject* type, const char* fmt, ...);
Object* err_no_memory();   // never recurses: falls back to a MemoryError reserved at start-up
// base_exc_dealloc: true when self is that reserve coming back (kept, emptied, not freed).
bool err_take_back_reserve(Object* self);
void err_reserve_memory_error();   // makes that reserve; runtime_init calls it
// Sets an already built exception instance (steals nothing, increfs). Like err_set_object, it
// chains the exception being handled as __context__ (use err_restore to re-raise without that).
void err_set_instance(Object* exc);
// KeyError(key), keeping a tuple key whole instead of spreading it into the arguments
// (CPython's _PyErr_SetKeyError). Use this for missing dict/set keys.
Object* err_set_key_error(Object* key);

// ---- System access (the embedding API's pygen::remove_system_access, one-way per runtime) ----
// When set, built-in functions flagged kMethSystem refuse to run, and the runtime's own readers of
// the file system (import's folder search, traceback source lines) read nothing.
extern bool g_system_access_removed;
// PermissionError "<what> is not allowed: the host removed system access". Returns null.
Object* err_system_access(std::string_view what);

// ---- Inspecting ----
Object* err_occurred();                 // borrowed pending exception instance, or null
bool err_matches(TypeObject* type);     // pending exception is an instance of type
bool err_given_matches(Object* exc_or_type, Object* match);  // match: type or tuple of types
void err_clear();
Object* err_fetch();                    // new reference to the pending exception (null if none); clears it
void err_restore(Object* exc);          // steals exc (may be null: clears)

// Reports an exception that cannot be propagated ("Exception ignored in: <obj>" + traceback on
// stderr), as CPython's PyErr_WriteUnraisable. Clears the pending exception.
void err_write_unraisable(Object* obj);

// Convenience for the common built-in messages.
Object* err_bad_argument_count(const char* fname, size_t given, size_t min, size_t max);

// The built-in exception types (defined in exceptions.cpp).
#define PYGEN_FOR_EACH_EXCEPTION(X) \
    X(BaseException) X(Exception) X(TypeError) X(StopAsyncIteration) X(StopIteration) \
    X(GeneratorExit) X(SystemExit) X(KeyboardInterrupt) X(ImportError) X(ModuleNotFoundError) \
    X(OSError) X(EOFError) X(RuntimeError) X(RecursionError) X(NotImplementedError) \
    X(NameError) X(UnboundLocalError) X(AttributeError) X(SyntaxError) X(IndentationError) \
    X(TabError) X(LookupError) X(IndexError) X(KeyError) X(ValueError) X(UnicodeError) \
    X(UnicodeEncodeError) X(UnicodeDecodeError) X(UnicodeTranslateError) X(AssertionError) X(ArithmeticError) \
    X(FloatingPointError) X(OverflowError) X(ZeroDivisionError) X(SystemError) \
    X(ReferenceError) X(MemoryError) X(BufferError) X(ConnectionError) X(BlockingIOError) \
    X(BrokenPipeError) X(ChildProcessError) X(ConnectionAbortedError) X(ConnectionRefusedError) \
    X(ConnectionResetError) X(FileExistsError) X(FileNotFoundError) X(InterruptedError) \
    X(IsADirectoryError) X(NotADirectoryError) X(PermissionError) X(ProcessLookupError) \
    X(TimeoutError) X(Warning) X(UserWarning) X(DeprecationWarning) X(PendingDeprecationWarning) \
    X(SyntaxWarning) X(RuntimeWarning) X(FutureWarning) X(ImportWarning) X(UnicodeWarning) \
    X(BytesWarning) X(ResourceWarning) X(EncodingWarning) X(BaseExceptionGroup) X(ExceptionGroup)

#define PYGEN_DECLARE_EXC(name) extern TypeObject* name;
PYGEN_FOR_EACH_EXCEPTION(PYGEN_DECLARE_EXC)
#undef PYGEN_DECLARE_EXC

}  // namespace pygen
