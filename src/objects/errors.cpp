// Setting, fetching and reporting the pending exception (ThreadState::curexc), the printf-style
// message builder behind err_format/str_from_format, and implicit exception chaining
// (__context__) for exceptions raised while another is being handled. The exception types
// themselves live in exceptions.cpp; printing tracebacks is the VM's (vm/traceback.h).
// CPython counterparts: Python/errors.c, Objects/unicodeobject.c (PyUnicode_FromFormatV).
#include "objects/errors.h"
#include "vm/runtime.h"

#include "modules/sys_module.h"

#include <cinttypes>
#include <cstdarg>
#include <cstdio>
#include <new>
#include <string>

#include "objects/abstract.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "vm/call.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/thread_state.h"
#include "vm/gc.h"
#include "vm/traceback.h"

namespace pygen {

// needs: vm/traceback.h (the lead) — prints "Traceback (most recent call last):", the frames and
// the final "Type: message" line of exc to stderr.
void print_exception_to_stderr(Object* exc);

// ---- Message formatting ----

namespace {

void append_object_text(std::string& out, Object* o, bool use_repr) {
    if (o == nullptr) {
        out += "<NULL>";
        return;
    }
    Object* s = use_repr ? object_repr(o) : object_str(o);
    if (s == nullptr) {
        // Keep the message usable; the original failure is dropped as CPython's %S would not be.
        err_clear();
        out += use_repr ? "<object repr() failed>" : "<object str() failed>";
        return;
    }
    out += str_view(s);
    decref(s);
}

}  // namespace

// Format engine shared by err_format and str_from_format. Length modifiers: l, ll, z.
std::string format_message_v(const char* fmt, va_list ap) {
    std::string out;
    char buf[64];
    for (const char* p = fmt; *p; ++p) {
        if (*p != '%') {
            out += *p;
            continue;
        }
        ++p;
        // Flags and width (used by the integer conversions, e.g. %02x); a precision such as
        // %.200s (CPython's habit) is skipped: we never truncate.
        std::string width = "%";
        while (*p == '0' || *p == '-') width += *p++;
        while (*p >= '1' && *p <= '9') {
            width += *p++;
            while (*p >= '0' && *p <= '9') width += *p++;
        }
        if (*p == '.') {
            ++p;
            while (*p >= '0' && *p <= '9') ++p;
        }
        int longs = 0;
        bool size = false;
        while (*p == 'l') { ++longs; ++p; }
        if (*p == 'z') { size = true; ++p; }
        switch (*p) {
            case '%': out += '%'; break;
            case 's': {
                const char* s = va_arg(ap, const char*);
                out += s ? s : "(null)";
                break;
            }
            case 'S': append_object_text(out, va_arg(ap, Object*), false); break;
            case 'U': append_object_text(out, va_arg(ap, Object*), false); break;
            case 'R': append_object_text(out, va_arg(ap, Object*), true); break;
            case 'T': {
                Object* o = va_arg(ap, Object*);
                out += o ? o->type->name : "NULL";
                break;
            }
            case 'c': {
                int c = va_arg(ap, int);
                out += static_cast<char>(c);
                break;
            }
            case 'd':
            case 'i': {
                long long v;
                if (size) v = va_arg(ap, ssize);
                else if (longs == 2) v = va_arg(ap, long long);
                else if (longs == 1) v = va_arg(ap, long);
                else v = va_arg(ap, int);
                std::snprintf(buf, sizeof buf, (width + "lld").c_str(), v);
                out += buf;
                break;
            }
            case 'u': {
                unsigned long long v;
                if (size) v = va_arg(ap, size_t);
                else if (longs == 2) v = va_arg(ap, unsigned long long);
                else if (longs == 1) v = va_arg(ap, unsigned long);
                else v = va_arg(ap, unsigned int);
                std::snprintf(buf, sizeof buf, (width + "llu").c_str(), v);
                out += buf;
                break;
            }
            case 'x': {
                unsigned long long v;
                if (size) v = va_arg(ap, size_t);
                else if (longs == 2) v = va_arg(ap, unsigned long long);
                else if (longs == 1) v = va_arg(ap, unsigned long);
                else v = va_arg(ap, unsigned int);
                std::snprintf(buf, sizeof buf, (width + "llx").c_str(), v);
                out += buf;
                break;
            }
            case 'p': {
                std::snprintf(buf, sizeof buf, "%p", va_arg(ap, void*));
                out += buf;
                break;
            }
            case '\0': return out;
            default: out += '%'; out += *p; break;
        }
    }
    return out;
}

Object* str_from_format(const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::string text = format_message_v(fmt, ap);
    va_end(ap);
    return str_from(text);
}

// ---- Setting ----

namespace {

// Give `value` the exception being handled as its __context__, breaking any cycle that would
// form through the context chain. CPython: errors.c, _PyErr_SetObject (the chaining part).
void chain_handled_exception(Object* value) {
    Object* handled = current_handled_exception();
    if (handled == nullptr || handled == None || handled == value) return;
    if (!is_exception_instance(handled)) return;
    // Walk handled's context chain; if value is already on it, cut it there. Floyd's check
    // guards against chains that already contain a cycle.
    Object* o = handled;
    Object* slow = handled;
    bool advance_slow = false;
    while (Object* ctx = exception_context(o)) {
        if (ctx == value) {
            exception_set_context(o, nullptr);
            break;
        }
        o = ctx;
        if (advance_slow) {
            slow = exception_context(slow);
            if (slow == o) break;
        }
        advance_slow = !advance_slow;
    }
    exception_set_context(value, newref(handled));
}

void set_pending(Object* exc) {   // steals exc
    ThreadState* t = ts();
    Object* old = t->curexc;
    t->curexc = exc;
    xdecref(old);
}

}  // namespace

Object* err_set_object(TypeObject* type, Object* value) {
    // Drop whatever is pending first: building the instance may run Python code.
    Object* previous = err_fetch();
    xdecref(previous);
    if (!is_exception_class(type)) {
        return err_format(SystemError, "_PyErr_SetObject: exception %R is not a BaseException subclass",
                          static_cast<Object*>(type));
    }
    Object* exc;
    if (value != nullptr && is_subtype(value->type, type)) {
        exc = newref(value);
    } else if (value == nullptr || value == None) {
        exc = exception_new_no_args(type);
    } else if (is_tuple(value)) {
        exc = call(type, tuple_items(value), static_cast<size_t>(tuple_size(value)));
    } else {
        exc = call(type, &value, 1);
    }
    if (exc == nullptr) return nullptr;   // the failure to build it is now pending
    if (!is_exception_instance(exc)) {
        Object* got = exc;
        err_format(TypeError,
                   "calling %R should have returned an instance of BaseException, not %s",
                   static_cast<Object*>(type), got->type->name);
        decref(got);
        return nullptr;
    }
    chain_handled_exception(exc);
    set_pending(exc);
    return nullptr;
}

Object* err_set_string(TypeObject* type, std::string_view message) {
    Object* s = str_from(message);
    if (s == nullptr) return nullptr;
    err_set_object(type, s);
    decref(s);
    return nullptr;
}

Object* err_format(TypeObject* type, const char* fmt, ...) {
    va_list ap;
    va_start(ap, fmt);
    std::string text = format_message_v(fmt, ap);
    va_end(ap);
    return err_set_string(type, text);
}

// The MemoryError handed out when building a fresh one fails too, so that running out of memory
// cannot recurse (allocating the exception would raise MemoryError again). Made at start-up.
// It is lent, not shared: the raise takes the slot's reference, and when its last holder drops it
// base_exc_dealloc gives it back (err_take_back_reserve) without its traceback, chain and
// attributes. Kept in the slot after a raise, it would keep that traceback's frames, and all they
// reference (a sandboxed script's whole namespace), alive until the next MemoryError. CPython
// keeps a free list of MemoryError instances for the same reasons.
static Object* g_reserve_memory_error = nullptr;
static Object* g_reserve_lent = nullptr;   // the reserve while a raise holds it
static bool g_building_memory_error = false;

namespace {
// At teardown, after the slots: a reserve given back while they were cleared goes too, and one
// still lent is freed by its last release as any exception.
void forget_lent_reserve() {
    g_reserve_lent = nullptr;
    clearref(g_reserve_memory_error);
}
}  // namespace

Object* err_format_from_cause(TypeObject* type, const char* fmt, ...) {
    Object* cause = err_fetch();
    va_list ap;
    va_start(ap, fmt);
    std::string text = format_message_v(fmt, ap);
    va_end(ap);
    err_set_string(type, text);
    Object* exc = err_occurred();
    if (cause && exc) {
        exception_set_context(exc, newref(cause));
        exception_set_cause(exc, cause);
    } else {
        xdecref(cause);
    }
    return nullptr;
}

bool err_take_back_reserve(Object* self) {
    if (self != g_reserve_lent || g_reserve_memory_error) return false;
    g_reserve_lent = nullptr;
    auto* e = static_cast<BaseExceptionObject*>(self);
    // Detached first: dropping them may run code (a frame's __del__) that raises MemoryError
    // again and so needs the reserve back in its slot, field by field empty.
    Object* held[] = {e->traceback, e->context, e->cause, e->dict, e->extra, e->notes_unused_,
                      e->args && tuple_size(e->args) != 0 ? e->args : nullptr};
    e->traceback = e->context = e->cause = e->dict = e->extra = e->notes_unused_ = nullptr;
    if (held[6]) e->args = nullptr;
    self->refcnt = 1;
    gc_track(self);   // object_dealloc untracked it
    g_reserve_memory_error = self;
    for (Object* o : held) xdecref(o);
    return true;
}

Object* err_no_memory() {
    if (!g_building_memory_error) {
        g_building_memory_error = true;
        try {
            err_set_object(MemoryError, nullptr);
        } catch (const std::bad_alloc&) {
            err_clear();
        }
        g_building_memory_error = false;
        if (err_occurred() && err_matches(MemoryError)) return nullptr;
    }
    if (!g_reserve_memory_error && !g_reserve_lent) err_reserve_memory_error();   // first use
    if (Object* reserve = g_reserve_memory_error) {
        g_reserve_memory_error = nullptr;
        g_reserve_lent = reserve;
        set_pending(reserve);   // the slot's reference
        return nullptr;
    }
    if (!g_reserve_lent) return nullptr;   // even the reserve could not be made
    // Raised again while still lent (an out-of-memory handler running out of memory): shared,
    // as the only exception left, with the previous raise's traceback and chain dropped.
    auto* lent = static_cast<BaseExceptionObject*>(g_reserve_lent);
    clearref(lent->traceback);
    clearref(lent->context);
    clearref(lent->cause);
    set_pending(newref(g_reserve_lent));
    return nullptr;
}

void err_reserve_memory_error() {
    if (g_reserve_memory_error || g_reserve_lent) return;
    g_reserve_memory_error = call(MemoryError, nullptr, 0);
    if (!g_reserve_memory_error) return;
    runtime_slot(&g_reserve_memory_error);   // its traceback holds the runtime's frames
    runtime_on_teardown(forget_lent_reserve);
}

void err_set_instance(Object* exc) {
    chain_handled_exception(exc);
    set_pending(newref(exc));
}

Object* err_set_key_error(Object* key) {
    // Wrapped in a 1-tuple so a tuple key is not spread into the arguments.
    Object* args = tuple_pack({key});
    if (args == nullptr) return nullptr;
    err_set_object(KeyError, args);
    decref(args);
    return nullptr;
}

// ---- System access ----

bool g_system_access_removed = false;

Object* err_system_access(std::string_view what) {
    // PermissionError(EPERM, message): an OSError whose errno says "operation not permitted", so
    // library code that handles OSError (pathlib, tempfile, linecache) degrades as it would there.
    Ref<> code = Ref<>::steal(int_from_i64(1));
    Ref<> msg = Ref<>::steal(str_from(std::string(what) + " is not allowed: the host removed system access"));
    if (!code || !msg) return nullptr;
    Object* args[2] = {code.get(), msg.get()};
    Ref<> exc = Ref<>::steal(call(PermissionError, args, 2));
    if (exc) err_set_instance(exc.get());
    return nullptr;
}

// ---- Inspecting ----

Object* err_occurred() { return ts()->curexc; }

bool err_matches(TypeObject* type) {
    Object* exc = ts()->curexc;
    return exc != nullptr && is_subtype(exc->type, type);
}

// CPython: errors.c, PyErr_GivenExceptionMatches.
bool err_given_matches(Object* exc_or_type, Object* match) {
    if (exc_or_type == nullptr || match == nullptr) return false;
    if (is_tuple(match)) {
        for (ssize i = 0; i < tuple_size(match); i++) {
            if (err_given_matches(exc_or_type, tuple_item(match, i))) return true;
        }
        return false;
    }
    Object* err = exc_or_type;
    if (is_exception_instance(err)) err = err->type;
    if (is_exception_class(err) && is_exception_class(match)) {
        return is_subtype(static_cast<TypeObject*>(err), static_cast<TypeObject*>(match));
    }
    return err == match;
}

void err_clear() {
    ThreadState* t = ts();
    Object* old = t->curexc;
    t->curexc = nullptr;
    xdecref(old);
}

Object* err_fetch() {
    ThreadState* t = ts();
    Object* exc = t->curexc;
    t->curexc = nullptr;
    return exc;
}

void err_restore(Object* exc) { set_pending(exc); }

// ---- Reporting ----

// CPython: errors.c, _PyErr_WriteUnraisableDefaultHook (without sys.unraisablehook).
void err_write_unraisable(Object* obj) {
    Object* exc = err_fetch();
    if (exc == nullptr) return;
    // An exception raised from C++ has no traceback yet: it gets one entry for the Python frame
    // running now, so the report shows where it happened. CPython: errors.c,
    // _PyErr_WriteUnraisableMsg.
    if (is_exception_instance(exc) && exception_traceback(exc) == nullptr && ts()->frame != nullptr) {
        err_restore(exc);
        traceback_here(ts()->frame);
        exc = err_fetch();
    }
    // sys.unraisablehook decides first; its default prints what the code below prints.
    if (sys_call_unraisablehook(exc, nullptr, obj)) {
        decref(exc);
        return;
    }
    err_clear();
    sys_flush_stdout();
    if (obj != nullptr) {
        std::string line = "Exception ignored in: ";
        Object* r = object_repr(obj);
        if (r != nullptr) {
            line += str_view(r);
            decref(r);
        } else {
            err_clear();
            line += "<object repr() failed>";
        }
        line += '\n';
        std::fputs(line.c_str(), stderr);
    }
    print_exception_to_stderr(exc);
    std::fflush(stderr);
    decref(exc);
    err_clear();   // printing must not leave anything pending
}

// CPython: getargs.c, _PyArg_CheckPositional.
Object* err_bad_argument_count(const char* fname, size_t given, size_t min, size_t max) {
    const char* prefix = fname ? fname : "function";
    if (given < min) {
        return err_format(TypeError, "%s expected %s%zu argument%s, got %zu", prefix,
                          min == max ? "" : "at least ", min, min == 1 ? "" : "s", given);
    }
    return err_format(TypeError, "%s expected %s%zu argument%s, got %zu", prefix,
                      min == max ? "" : "at most ", max, max == 1 ? "" : "s", given);
}

}  // namespace pygen
