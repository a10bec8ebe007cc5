// BaseException (args, traceback, __context__/__cause__ chaining, __dict__, notes) and the
// built-in exception hierarchy of errors.h as static types. The families with attributes of
// their own (ImportError, OSError, SyntaxError, ...) are in exception_families.cpp; raising and
// printing are errors.cpp's and the VM's. CPython counterpart: Objects/exceptions.c.
#include <cstring>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exception_group.h"
#include "objects/exceptions_impl.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "vm/thread_state.h"
#include "vm/traceback.h"

#pragma GCC diagnostic ignored "-Winvalid-offsetof"

namespace pygen {

// Storage for the exception types; errors.h exposes them as pointers.
#define PYGEN_DEFINE_EXC(name)        \
    static TypeObject name##_storage; \
    TypeObject* name = &name##_storage;
PYGEN_FOR_EACH_EXCEPTION(PYGEN_DEFINE_EXC)
#undef PYGEN_DEFINE_EXC

namespace {

BaseExceptionObject* as_exc(Object* o) { return static_cast<BaseExceptionObject*>(o); }

}  // namespace

// ---- BaseException slots ----

Object* base_exc_new(TypeObject* type, Object* const* args, size_t nargs, Object*) {
    Object* self = alloc_object(type);
    if (self == nullptr) return nullptr;
    BaseExceptionObject* e = as_exc(self);
    e->args = tuple_from_array(args, static_cast<ssize>(nargs));
    if (e->args == nullptr) {
        decref(self);
        return nullptr;
    }
    return self;
}

bool exc_no_keywords(Object* self, Object* kwnames) {
    if (kwnames == nullptr || tuple_size(kwnames) == 0) return true;
    err_format(TypeError, "%s() takes no keyword arguments", self->type->name);
    return false;
}

bool base_exc_set_args(Object* self, Object* const* args, size_t nargs) {
    Object* t = tuple_from_array(args, static_cast<ssize>(nargs));
    if (t == nullptr) return false;
    setref(as_exc(self)->args, t);
    return true;
}

int base_exc_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!exc_no_keywords(self, kwnames)) return -1;
    return base_exc_set_args(self, args, nargs) ? 0 : -1;
}

void base_exc_clear_fields(BaseExceptionObject* e) {
    clearref(e->dict);
    clearref(e->args);
    clearref(e->traceback);
    clearref(e->context);
    clearref(e->cause);
    clearref(e->extra);
    clearref(e->notes_unused_);
}

namespace {

void base_exc_dealloc(Object* self) {
    if (self->type == MemoryError && err_take_back_reserve(self)) return;
    base_exc_clear_fields(as_exc(self));
    free_object(self);
}

int base_exc_clear(Object* self) {
    BaseExceptionObject* e = as_exc(self);
    clearref(e->dict);
    clearref(e->traceback);
    clearref(e->context);
    clearref(e->cause);
    clearref(e->extra);
    return 0;
}

}  // namespace

void base_exc_traverse(Object* self, VisitFn visit, void* arg) {
    BaseExceptionObject* e = as_exc(self);
    for (Object* o : {e->dict, e->args, e->context, e->cause, e->extra}) {
        if (o) visit(o, arg);
    }
    // Tracebacks are not tracked by the collector: the exception owning one traverses into it.
    if (e->traceback) traceback_traverse_if_owned(e->traceback, visit, arg);
    if (type_has(self->type, kTypeHeap)) visit(self->type, arg);
}

Object* base_exc_str(Object* self) {
    Object* args = as_exc(self)->args;
    ssize n = args ? tuple_size(args) : 0;
    if (n == 0) return str_from("");
    if (n == 1) return object_str(tuple_item(args, 0));
    return object_str(args);
}

namespace {

Object* base_exc_repr(Object* self) {
    Object* args = as_exc(self)->args;
    ssize n = args ? tuple_size(args) : 0;
    const char* name = self->type->name;
    if (n == 1) return str_from_format("%s(%R)", name, tuple_item(args, 0));
    if (n == 0) return str_from_format("%s()", name);
    return str_from_format("%s%R", name, args);
}

Object* key_error_str(Object* self) {
    Object* args = as_exc(self)->args;
    if (args != nullptr && tuple_size(args) == 1) return object_repr(tuple_item(args, 0));
    return base_exc_str(self);
}

// ---- BaseException attributes ----

Object* exc_get_args(Object* self) {
    Object* args = as_exc(self)->args;
    return args ? newref(args) : tuple_new(0);
}

int exc_set_args(Object* self, Object* value) {
    if (value == nullptr) {
        err_set_string(TypeError, "args may not be deleted");
        return -1;
    }
    Object* t = sequence_tuple(value);
    if (t == nullptr) return -1;
    setref(as_exc(self)->args, t);
    return 0;
}


Object* exc_get_traceback(Object* self) {
    return incref(traceback_exposed(as_exc(self)->traceback));
}

int exc_set_traceback(Object* self, Object* value) {
    if (value == nullptr) {
        err_set_string(TypeError, "__traceback__ may not be deleted");
        return -1;
    }
    if (value == None) {
        clearref(as_exc(self)->traceback);
        return 0;
    }
    if (!is_traceback(value)) {
        err_set_string(TypeError, "__traceback__ must be a traceback or None");
        return -1;
    }
    setref(as_exc(self)->traceback, newref(value));
    return 0;
}

Object* exc_get_context(Object* self) {
    Object* c = as_exc(self)->context;
    return c ? newref(c) : none_new();
}

int exc_set_context(Object* self, Object* value) {
    if (value == nullptr) {
        err_set_string(TypeError, "__context__ may not be deleted");
        return -1;
    }
    if (value == None) {
        clearref(as_exc(self)->context);
        return 0;
    }
    if (!is_exception_instance(value)) {
        err_set_string(TypeError, "exception context must be None or derive from BaseException");
        return -1;
    }
    setref(as_exc(self)->context, newref(value));
    return 0;
}

Object* exc_get_cause(Object* self) {
    Object* c = as_exc(self)->cause;
    return c ? newref(c) : none_new();
}

int exc_set_cause(Object* self, Object* value) {
    if (value == nullptr) {
        err_set_string(TypeError, "__cause__ may not be deleted");
        return -1;
    }
    if (value == None) {
        clearref(as_exc(self)->cause);
    } else if (!is_exception_instance(value)) {
        err_set_string(TypeError, "exception cause must be None or derive from BaseException");
        return -1;
    } else {
        setref(as_exc(self)->cause, newref(value));
    }
    as_exc(self)->suppress_context = true;
    return 0;
}

Object* exc_get_suppress_context(Object* self) { return bool_from(as_exc(self)->suppress_context); }

int exc_set_suppress_context(Object* self, Object* value) {
    if (value == nullptr) {
        err_set_string(TypeError, "can't delete numeric/char attribute");
        return -1;
    }
    if (!is_bool(value)) {
        err_set_string(TypeError, "attribute value type must be bool");
        return -1;
    }
    as_exc(self)->suppress_context = value == True;
    return 0;
}

const GetSetDef kBaseExceptionGetSet[] = {
    {"__dict__", generic_get_dict, generic_set_dict},
    {"args", exc_get_args, exc_set_args},
    {"__traceback__", exc_get_traceback, exc_set_traceback},
    {"__context__", exc_get_context, exc_set_context},
    {"__cause__", exc_get_cause, exc_set_cause},
    {"__suppress_context__", exc_get_suppress_context, exc_set_suppress_context},
    {nullptr, nullptr},
};

// ---- BaseException methods ----

Object* exc_with_traceback(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_format(TypeError, "with_traceback() takes exactly one argument (%zu given)", nargs);
    if (exc_set_traceback(self, args[0]) < 0) return nullptr;
    return newref(self);
}

Object* exc_add_note(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_format(TypeError, "add_note() takes exactly one argument (%zu given)", nargs);
    Object* note = args[0];
    if (!is_str(note)) return err_format(TypeError, "note must be a str, not '%s'", note->type->name);
    Object* name = PYGEN_ID(__notes__);
    Object* notes = object_lookup_attr(self, name);
    if (notes == nullptr) {
        if (err_occurred()) return nullptr;
        notes = list_new(0);
        if (notes == nullptr) return nullptr;
        if (object_setattr(self, name, notes) < 0) {
            decref(notes);
            return nullptr;
        }
    }
    if (!is_list(notes)) {
        decref(notes);
        return err_set_string(TypeError, "Cannot add note: __notes__ is not a list");
    }
    int rc = list_append(notes, note);
    decref(notes);
    if (rc < 0) return nullptr;
    return none_new();
}

Object* exc_reduce(Object* self, Object* const*, size_t, Object*) {
    BaseExceptionObject* e = as_exc(self);
    Object* args = e->args ? e->args : nullptr;
    if (e->dict != nullptr && dict_size(e->dict) > 0) {
        return tuple_pack({self->type, args ? args : None, e->dict});
    }
    return tuple_pack({self->type, args ? args : None});
}

Object* exc_setstate(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_format(TypeError, "__setstate__() takes exactly one argument (%zu given)", nargs);
    Object* state = args[0];
    if (state != None) {
        if (!is_dict(state)) return err_set_string(TypeError, "state is not a dictionary");
        ssize pos = 0;
        Object *k, *v;
        while (dict_next(state, &pos, &k, &v)) {
            // Held while set: the key's __hash__ may change the dict and drop them (gh-97591).
            Ref<> key = Ref<>::borrow(k), value = Ref<>::borrow(v);
            if (object_setattr(self, key.get(), value.get()) < 0) return nullptr;
        }
    }
    return none_new();
}

const MethodDef kBaseExceptionMethods[] = {
    {"__reduce__", exc_reduce},
    {"__setstate__", exc_setstate},
    {"with_traceback", exc_with_traceback},
    {"add_note", exc_add_note},
    {nullptr, nullptr},
};

// ---- The hierarchy ----

struct ExcSpec {
    TypeObject* type;
    const char* name;
    TypeObject* base;   // null: object (BaseException only)
    const char* doc;
};

const ExcSpec* exception_specs() {
    static const ExcSpec specs[] = {
        {BaseException, "BaseException", nullptr, "Common base class for all exceptions"},
        {Exception, "Exception", BaseException, "Common base class for all non-exit exceptions."},
        {TypeError, "TypeError", Exception, "Inappropriate argument type."},
        {StopAsyncIteration, "StopAsyncIteration", Exception, "Signal the end from iterator.__anext__()."},
        {StopIteration, "StopIteration", Exception, "Signal the end from iterator.__next__()."},
        {GeneratorExit, "GeneratorExit", BaseException, "Request that a generator exit."},
        {SystemExit, "SystemExit", BaseException, "Request to exit from the interpreter."},
        {KeyboardInterrupt, "KeyboardInterrupt", BaseException, "Program interrupted by user."},
        {ImportError, "ImportError", Exception, "Import can't find module, or can't find name in module."},
        {ModuleNotFoundError, "ModuleNotFoundError", ImportError, "Module not found."},
        {OSError, "OSError", Exception, "Base class for I/O related errors."},
        {EOFError, "EOFError", Exception, "Read beyond end of file."},
        {RuntimeError, "RuntimeError", Exception, "Unspecified run-time error."},
        {RecursionError, "RecursionError", RuntimeError, "Recursion limit exceeded."},
        {NotImplementedError, "NotImplementedError", RuntimeError,
         "Method or function hasn't been implemented yet."},
        {NameError, "NameError", Exception, "Name not found globally."},
        {UnboundLocalError, "UnboundLocalError", NameError, "Local name referenced but not bound to a value."},
        {AttributeError, "AttributeError", Exception, "Attribute not found."},
        {SyntaxError, "SyntaxError", Exception, "Invalid syntax."},
        {IndentationError, "IndentationError", SyntaxError, "Improper indentation."},
        {TabError, "TabError", IndentationError, "Improper mixture of spaces and tabs."},
        {LookupError, "LookupError", Exception, "Base class for lookup errors."},
        {IndexError, "IndexError", LookupError, "Sequence index out of range."},
        {KeyError, "KeyError", LookupError, "Mapping key not found."},
        {ValueError, "ValueError", Exception, "Inappropriate argument value (of correct type)."},
        {UnicodeError, "UnicodeError", ValueError, "Unicode related error."},
        {UnicodeEncodeError, "UnicodeEncodeError", UnicodeError, "Unicode encoding error."},
        {UnicodeDecodeError, "UnicodeDecodeError", UnicodeError, "Unicode decoding error."},
        {UnicodeTranslateError, "UnicodeTranslateError", UnicodeError, "Unicode translation error."},
        {AssertionError, "AssertionError", Exception, "Assertion failed."},
        {ArithmeticError, "ArithmeticError", Exception, "Base class for arithmetic errors."},
        {FloatingPointError, "FloatingPointError", ArithmeticError, "Floating point operation failed."},
        {OverflowError, "OverflowError", ArithmeticError, "Result too large to be represented."},
        {ZeroDivisionError, "ZeroDivisionError", ArithmeticError,
         "Second argument to a division or modulo operation was zero."},
        {SystemError, "SystemError", Exception,
         "Internal error in the Python interpreter.\n\nPlease report this to the Python maintainer, along with the "
         "traceback,\nthe Python version, and the hardware/OS platform and version."},
        {ReferenceError, "ReferenceError", Exception, "Weak ref proxy used after referent went away."},
        {MemoryError, "MemoryError", Exception, "Out of memory."},
        {BufferError, "BufferError", Exception, "Buffer error."},
        {ConnectionError, "ConnectionError", OSError, "Connection error."},
        {BlockingIOError, "BlockingIOError", OSError, "I/O operation would block."},
        {BrokenPipeError, "BrokenPipeError", ConnectionError, "Broken pipe."},
        {ChildProcessError, "ChildProcessError", OSError, "Child process error."},
        {ConnectionAbortedError, "ConnectionAbortedError", ConnectionError, "Connection aborted."},
        {ConnectionRefusedError, "ConnectionRefusedError", ConnectionError, "Connection refused."},
        {ConnectionResetError, "ConnectionResetError", ConnectionError, "Connection reset."},
        {FileExistsError, "FileExistsError", OSError, "File already exists."},
        {FileNotFoundError, "FileNotFoundError", OSError, "File not found."},
        {InterruptedError, "InterruptedError", OSError, "Interrupted by signal."},
        {IsADirectoryError, "IsADirectoryError", OSError, "Operation doesn't work on directories."},
        {NotADirectoryError, "NotADirectoryError", OSError, "Operation only works on directories."},
        {PermissionError, "PermissionError", OSError, "Not enough permissions."},
        {ProcessLookupError, "ProcessLookupError", OSError, "Process not found."},
        {TimeoutError, "TimeoutError", OSError, "Timeout expired."},
        {Warning, "Warning", Exception, "Base class for warning categories."},
        {UserWarning, "UserWarning", Warning, "Base class for warnings generated by user code."},
        {DeprecationWarning, "DeprecationWarning", Warning,
         "Base class for warnings about deprecated features."},
        {PendingDeprecationWarning, "PendingDeprecationWarning", Warning,
         "Base class for warnings about features which will be deprecated\nin the future."},
        {SyntaxWarning, "SyntaxWarning", Warning, "Base class for warnings about dubious syntax."},
        {RuntimeWarning, "RuntimeWarning", Warning, "Base class for warnings about dubious runtime behavior."},
        {FutureWarning, "FutureWarning", Warning,
         "Base class for warnings about constructs that will change semantically\nin the future."},
        {ImportWarning, "ImportWarning", Warning,
         "Base class for warnings about probable mistakes in module imports"},
        {UnicodeWarning, "UnicodeWarning", Warning,
         "Base class for warnings about Unicode related problems, mostly\nrelated to conversion problems."},
        {BytesWarning, "BytesWarning", Warning,
         "Base class for warnings about bytes and buffer related problems, mostly\nrelated to conversion from str or "
         "comparing to str."},
        {ResourceWarning, "ResourceWarning", Warning, "Base class for warnings about resource usage."},
        {EncodingWarning, "EncodingWarning", Warning, "Base class for warnings about encodings."},
        {BaseExceptionGroup, "BaseExceptionGroup", BaseException, "A combination of multiple unrelated exceptions."},
        {ExceptionGroup, "ExceptionGroup", BaseExceptionGroup, nullptr},
        {nullptr, nullptr, nullptr, nullptr},
    };
    return specs;
}

}  // namespace

void init_exception_types() {
    bootstrap_core_types();
    for (const ExcSpec* s = exception_specs(); s->type != nullptr; ++s) {
        TypeObject* t = s->type;
        if (type_has(t, kTypeReady)) continue;
        t->name = s->name;
        t->base = s->base;
        // Instances of the built-in classes come from the size-class pools: a raise that is caught
        // at once (StopIteration, KeyError, GeneratorExit) reuses the block the last one left.
        // Subclasses made by class statements are never pooled (the flag is not inherited).
        t->flags |= kTypeBaseType | kTypeGC | kTypePooledAlloc;
        if (t == BaseException) {
            t->basicsize = sizeof(BaseExceptionObject);
            t->dictoffset = static_cast<ssize>(offsetof(BaseExceptionObject, dict));
            t->dealloc = base_exc_dealloc;
            t->traverse = base_exc_traverse;
            t->clear = base_exc_clear;
            t->repr = base_exc_repr;
            t->str = base_exc_str;
            t->tp_new = base_exc_new;
            t->tp_init = base_exc_init;
            t->getattro = generic_getattr;
            t->setattro = generic_setattr;
            t->methods = kBaseExceptionMethods;
            t->getset = kBaseExceptionGetSet;
        } else {
            // CPython gives every exception class its own __new__/__init__ entries.
            t->tp_new = s->base->tp_new;
            t->tp_init = s->base->tp_init;
        }
        if (t == KeyError) t->str = key_error_str;
        setup_exception_family(t);
        setup_exception_group_type(t);
        if (!type_ready(t)) {
            err_clear();
            continue;
        }
    }
    if (!finish_pending_types()) err_clear();
    // Docstrings once the dicts exist.
    for (const ExcSpec* s = exception_specs(); s->type != nullptr; ++s) {
        if (s->doc == nullptr) continue;   // inherits its base's (ExceptionGroup)
        Object* doc = str_from_cstr(s->doc);
        if (doc == nullptr || s->type->dict == nullptr || dict_setitem_str(s->type->dict, "__doc__", doc) < 0) {
            err_clear();
        }
        xdecref(doc);
        type_modified(s->type);
    }
}

// ---- Public helpers ----

Object* exception_new(TypeObject* type, Object* const* args, size_t nargs) { return call(type, args, nargs); }

Object* exception_new_no_args(TypeObject* type) {
    // Built-in classes only: a class statement's class may have a metaclass whose __call__ must
    // run. StopIteration's own __init__ sets value only from an argument. At the recursion limit
    // the class call raises RecursionError, as CPython's _PyObject_MakeTpCall does.
    ThreadState* t = ts();
    if (!type_has(type, kTypeHeap) && type->tp_new == base_exc_new && t->recursion_depth < t->recursion_limit &&
        (type->tp_init == base_exc_init || type == StopIteration))
        return base_exc_new(type, nullptr, 0, nullptr);
    return call(type, nullptr, 0);
}

bool exception_init_repeats_new(TypeObject* type) {
    return type->tp_new == base_exc_new && type->tp_init == base_exc_init;
}

Object* exception_new_str(TypeObject* type, std::string_view message) {
    Object* msg = str_from(message);
    if (msg == nullptr) return nullptr;
    Object* res = call1(type, msg);
    decref(msg);
    return res;
}

void exception_set_traceback(Object* exc, Object* tb) {
    if (tb == None) {
        decref(tb);
        tb = nullptr;
    }
    setref(as_exc(exc)->traceback, tb);
}

void exception_set_context(Object* exc, Object* context) {
    if (context == None) {
        decref(context);
        context = nullptr;
    }
    setref(as_exc(exc)->context, context);
}

void exception_set_cause(Object* exc, Object* cause) {
    if (cause == None) {
        decref(cause);
        cause = nullptr;
    }
    setref(as_exc(exc)->cause, cause);
    as_exc(exc)->suppress_context = true;
}

Object* stop_iteration_value(Object* exc) {
    Object* v = as_exc(exc)->extra;
    return v ? v : None;
}

void set_name_error_name(Object* name) {
    Object* exc = err_occurred();
    if (exc == nullptr || exc->type != NameError) return;
    setref(static_cast<NameErrorObject*>(exc)->name, newref(name));
}

void set_attribute_error_context(Object* obj, Object* name) {
    Object* exc = err_occurred();
    if (exc == nullptr || !is_subtype(exc->type, AttributeError)) return;
    auto* e = static_cast<AttributeErrorObject*>(exc);
    // An AttributeError already given its context (by a nested lookup inside __getattribute__ or
    // __getattr__) keeps it, as CPython 3.11's set_attribute_error_context.
    if (e->name || e->obj) return;
    setref(e->name, newref(name));
    setref(e->obj, newref(obj));
}

}  // namespace pygen
