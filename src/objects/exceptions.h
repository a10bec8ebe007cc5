// The BaseException object and the built-in exception hierarchy (the types are declared in
// errors.h). Every exception instance carries args, the chaining fields and its traceback;
// class-specific attributes (StopIteration.value, SystemExit.code, ImportError.name,
// SyntaxError.lineno, ...) live in `extra` or in the family layouts below.
// CPython counterpart: Objects/exceptions.c.
#pragma once

#include <string_view>

#include "objects/object.h"

namespace pygen {

struct BaseExceptionObject : Object {
    Object* dict;              // instance __dict__ (strong, may be null until needed)
    Object* args;              // tuple (strong, never null after init)
    Object* traceback;         // TracebackObject or null (strong)
    Object* context;           // __context__ or null (strong)
    Object* cause;             // __cause__ or null (strong)
    bool suppress_context;     // __suppress_context__
    Object* extra;             // StopIteration.value / StopAsyncIteration.value / SystemExit.code; null if unset
    Object* notes_unused_;
};

// Layouts of the exception families with their own attributes (CPython's PyXxxErrorObject).
// Every field is strong and may be null (read as None).
struct ImportErrorObject : BaseExceptionObject {
    Object* msg; Object* name; Object* path;
};
struct AttributeErrorObject : BaseExceptionObject {
    Object* name; Object* obj;
};
struct NameErrorObject : BaseExceptionObject {
    Object* name;
};
struct OSErrorObject : BaseExceptionObject {
    Object* myerrno; Object* strerror; Object* filename; Object* filename2;
    ssize written;             // BlockingIOError.characters_written; -1 when unset
};
struct SyntaxErrorObject : BaseExceptionObject {
    Object* msg; Object* filename; Object* lineno; Object* offset; Object* text;
    Object* end_lineno; Object* end_offset; Object* print_file_and_line;
};
struct UnicodeErrorObject : BaseExceptionObject {
    Object* encoding; Object* object; ssize start; ssize end; Object* reason;
};

inline bool is_exception_instance(Object* o) { return type_has(o->type, kTypeExceptionSubclass); }
inline bool is_exception_class(Object* o) { return is_type(o) && type_has(static_cast<TypeObject*>(o), kTypeExceptionSubclass); }

// Creates an instance: type(*args). Returns a new reference or null.
Object* exception_new(TypeObject* type, Object* const* args, size_t nargs);
// Whether calling the class runs BaseException's own __new__ and __init__: __new__ stores the
// positional arguments as args, and __init__ would only store them again (besides refusing
// keywords), so type_call may skip that __init__ when no keywords were given.
bool exception_init_repeats_new(TypeObject* type);
// type() for an exception class with no arguments, as raising the class does (GeneratorExit for
// close(), StopIteration at a generator's end). A built-in class whose __init__ would store
// nothing new is made by its __new__ alone; any other goes through the class call. New reference,
// or null with an exception set.
Object* exception_new_no_args(TypeObject* type);
Object* exception_new_str(TypeObject* type, std::string_view message);
// Setters that take a new reference each (null allowed) and drop the old value.
void exception_set_traceback(Object* exc, Object* tb);
void exception_set_context(Object* exc, Object* context);
void exception_set_cause(Object* exc, Object* cause);    // also sets __suppress_context__
inline Object* exception_traceback(Object* exc) { return static_cast<BaseExceptionObject*>(exc)->traceback; }
inline Object* exception_context(Object* exc) { return static_cast<BaseExceptionObject*>(exc)->context; }
inline Object* exception_cause(Object* exc) { return static_cast<BaseExceptionObject*>(exc)->cause; }
inline Object* exception_args(Object* exc) { return static_cast<BaseExceptionObject*>(exc)->args; }
// StopIteration(value).value; None when unset. Borrowed.
Object* stop_iteration_value(Object* exc);

// When the pending exception is an AttributeError without name/obj, records them (3.11's
// name suggestions in tracebacks read them).
void set_attribute_error_context(Object* obj, Object* name);
// When the pending exception is exactly a NameError, records the missing name (CPython sets it
// for NameError only, not for UnboundLocalError).
void set_name_error_name(Object* name);

void init_exception_types();

}  // namespace pygen
