// The built-in exceptions that carry attributes of their own: StopIteration.value,
// SystemExit.code, ImportError (msg/name/path), AttributeError and NameError (name/obj for the
// "Did you mean" suggestions), OSError (errno mapping to subclasses, "[Errno 2] ..." text),
// SyntaxError (location fields) and UnicodeEncodeError/UnicodeDecodeError.
// CPython counterpart: Objects/exceptions.c.
#include <cerrno>
#include <cstdio>
#include <string>

#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions_impl.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"

namespace pygen {

namespace {

BaseExceptionObject* as_exc(Object* o) { return static_cast<BaseExceptionObject*>(o); }

// Getters/setters for an Object* field of a family layout: a null field reads as None and
// deleting sets it back to null (CPython's T_OBJECT members).
template <class T, Object* T::*M>
Object* member_get(Object* self) {
    Object* v = static_cast<T*>(self)->*M;
    return v ? newref(v) : none_new();
}
template <class T, Object* T::*M>
int member_set(Object* self, Object* value) {
    setref(static_cast<T*>(self)->*M, xnewref(value));
    return 0;
}

size_t kw_count(Object* kwnames) { return kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0; }

// ---- StopIteration, SystemExit ----

int stop_iteration_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (base_exc_init(self, args, nargs, kwnames) < 0) return -1;
    setref(as_exc(self)->extra, nargs > 0 ? newref(args[0]) : nullptr);
    return 0;
}

int system_exit_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (base_exc_init(self, args, nargs, kwnames) < 0) return -1;
    Object* code = nullptr;
    if (nargs == 1) code = newref(args[0]);
    else if (nargs > 1) code = newref(as_exc(self)->args);
    setref(as_exc(self)->extra, code);
    return 0;
}

const GetSetDef kStopIterationGetSet[] = {
    {"value", member_get<BaseExceptionObject, &BaseExceptionObject::extra>,
     member_set<BaseExceptionObject, &BaseExceptionObject::extra>},
    {nullptr, nullptr},
};
const GetSetDef kSystemExitGetSet[] = {
    {"code", member_get<BaseExceptionObject, &BaseExceptionObject::extra>,
     member_set<BaseExceptionObject, &BaseExceptionObject::extra>},
    {nullptr, nullptr},
};

// ---- Keyword-only attributes (ImportError, AttributeError, NameError) ----

// Assigns keyword arguments to fields by name; any other keyword is a TypeError naming `owner`.
struct KwField {
    const char* name;
    Object** field;
};

bool parse_kw_fields(Object* const* args, size_t nargs, Object* kwnames, const char* owner,
                     std::initializer_list<KwField> fields) {
    // PyArg_ParseTupleAndKeywords counts keywords before it names a wrong one.
    if (kw_count(kwnames) > fields.size()) {
        err_format(TypeError, "%s() takes at most %zu keyword argument%s (%zu given)", owner, fields.size(),
                   fields.size() == 1 ? "" : "s", kw_count(kwnames));
        return false;
    }
    for (size_t i = 0; i < kw_count(kwnames); i++) {
        Object* key = tuple_item(kwnames, static_cast<ssize>(i));
        bool matched = false;
        for (const KwField& f : fields) {
            if (str_view(key) == f.name) {
                setref(*f.field, newref(args[nargs + i]));
                matched = true;
                break;
            }
        }
        if (!matched) {
            err_format(TypeError, "'%U' is an invalid keyword argument for %s()", key, owner);
            return false;
        }
    }
    return true;
}

// ---- ImportError ----

void import_error_clear_fields(Object* self) {
    auto* e = static_cast<ImportErrorObject*>(self);
    clearref(e->msg);
    clearref(e->name);
    clearref(e->path);
}

void import_error_dealloc(Object* self) {
    import_error_clear_fields(self);
    base_exc_clear_fields(as_exc(self));
    free_object(self);
}

void import_error_traverse(Object* self, VisitFn visit, void* arg) {
    auto* e = static_cast<ImportErrorObject*>(self);
    for (Object* o : {e->msg, e->name, e->path}) {
        if (o) visit(o, arg);
    }
    base_exc_traverse(self, visit, arg);
}

int import_error_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    auto* e = static_cast<ImportErrorObject*>(self);
    if (!base_exc_set_args(self, args, nargs)) return -1;
    clearref(e->name);   // __init__ called again resets what it is not given
    clearref(e->path);
    if (!parse_kw_fields(args, nargs, kwnames, "ImportError", {{"name", &e->name}, {"path", &e->path}})) return -1;
    setref(e->msg, nargs == 1 ? newref(args[0]) : nullptr);
    return 0;
}

Object* import_error_str(Object* self) {
    auto* e = static_cast<ImportErrorObject*>(self);
    if (e->msg != nullptr && is_str(e->msg)) return newref(e->msg);
    return base_exc_str(self);
}

// (type, args[, state]): the state is the instance __dict__ with name and path added when set,
// so copy and pickle keep them (CPython: ImportError_reduce / ImportError_getstate).
Object* import_error_reduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (nargs != 0) return err_format(TypeError, "ImportError.__reduce__() takes no arguments (%zu given)", nargs);
    auto* e = static_cast<ImportErrorObject*>(self);
    Object* dict = as_exc(self)->dict;
    if (dict && dict_size(dict) == 0) dict = nullptr;   // as BaseException.__reduce__
    Ref<> state;
    if (e->name || e->path) {
        state = Ref<>::steal(dict ? dict_copy(dict) : dict_new());
        if (!state) return nullptr;
        if (e->name && dict_setitem_str(state.get(), "name", e->name) < 0) return nullptr;
        if (e->path && dict_setitem_str(state.get(), "path", e->path) < 0) return nullptr;
    } else if (dict) {
        state = Ref<>::borrow(dict);
    }
    Object* args = as_exc(self)->args ? as_exc(self)->args : None;
    if (state) return tuple_pack({self->type, args, state.get()});
    return tuple_pack({self->type, args});
}

const MethodDef kImportErrorMethods[] = {
    {"__reduce__", import_error_reduce},
    {nullptr, nullptr},
};

const GetSetDef kImportErrorGetSet[] = {
    {"msg", member_get<ImportErrorObject, &ImportErrorObject::msg>, member_set<ImportErrorObject, &ImportErrorObject::msg>},
    {"name", member_get<ImportErrorObject, &ImportErrorObject::name>,
     member_set<ImportErrorObject, &ImportErrorObject::name>},
    {"path", member_get<ImportErrorObject, &ImportErrorObject::path>,
     member_set<ImportErrorObject, &ImportErrorObject::path>},
    {nullptr, nullptr},
};

// ---- AttributeError, NameError ----

void attribute_error_dealloc(Object* self) {
    auto* e = static_cast<AttributeErrorObject*>(self);
    clearref(e->name);
    clearref(e->obj);
    base_exc_clear_fields(as_exc(self));
    free_object(self);
}

void attribute_error_traverse(Object* self, VisitFn visit, void* arg) {
    auto* e = static_cast<AttributeErrorObject*>(self);
    if (e->name) visit(e->name, arg);
    if (e->obj) visit(e->obj, arg);
    base_exc_traverse(self, visit, arg);
}

int attribute_error_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    auto* e = static_cast<AttributeErrorObject*>(self);
    if (!base_exc_set_args(self, args, nargs)) return -1;
    return parse_kw_fields(args, nargs, kwnames, "AttributeError", {{"name", &e->name}, {"obj", &e->obj}}) ? 0 : -1;
}

const GetSetDef kAttributeErrorGetSet[] = {
    {"name", member_get<AttributeErrorObject, &AttributeErrorObject::name>,
     member_set<AttributeErrorObject, &AttributeErrorObject::name>},
    {"obj", member_get<AttributeErrorObject, &AttributeErrorObject::obj>,
     member_set<AttributeErrorObject, &AttributeErrorObject::obj>},
    {nullptr, nullptr},
};

void name_error_dealloc(Object* self) {
    clearref(static_cast<NameErrorObject*>(self)->name);
    base_exc_clear_fields(as_exc(self));
    free_object(self);
}

void name_error_traverse(Object* self, VisitFn visit, void* arg) {
    if (Object* n = static_cast<NameErrorObject*>(self)->name) visit(n, arg);
    base_exc_traverse(self, visit, arg);
}

int name_error_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    auto* e = static_cast<NameErrorObject*>(self);
    if (!base_exc_set_args(self, args, nargs)) return -1;
    return parse_kw_fields(args, nargs, kwnames, "NameError", {{"name", &e->name}}) ? 0 : -1;
}

const GetSetDef kNameErrorGetSet[] = {
    {"name", member_get<NameErrorObject, &NameErrorObject::name>, member_set<NameErrorObject, &NameErrorObject::name>},
    {nullptr, nullptr},
};

// ---- OSError ----

Object* oserror_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames);
int oserror_init(Object* self, Object* const* args, size_t nargs, Object* kwnames);

// A Python subclass that overrides __init__ (but not __new__) parses its arguments in __init__.
bool oserror_use_init(TypeObject* type) { return type->tp_init != oserror_init && type->tp_new == oserror_new; }

TypeObject* errno_subclass(int code) {
    switch (code) {
        case EAGAIN:
#if EWOULDBLOCK != EAGAIN
        case EWOULDBLOCK:
#endif
        case EALREADY:
        case EINPROGRESS: return BlockingIOError;
        case ECHILD: return ChildProcessError;
        case EPIPE:
        case ESHUTDOWN: return BrokenPipeError;
        case ECONNABORTED: return ConnectionAbortedError;
        case ECONNREFUSED: return ConnectionRefusedError;
        case ECONNRESET: return ConnectionResetError;
        case EEXIST: return FileExistsError;
        case ENOENT: return FileNotFoundError;
        case EISDIR: return IsADirectoryError;
        case ENOTDIR: return NotADirectoryError;
        case EINTR: return InterruptedError;
        case EACCES:
        case EPERM: return PermissionError;
        case ESRCH: return ProcessLookupError;
        case ETIMEDOUT: return TimeoutError;
        default: return nullptr;
    }
}

// CPython: exceptions.c, oserror_parse_args + oserror_init.
bool oserror_fill(Object* self, Object* const* args, size_t nargs) {
    auto* e = static_cast<OSErrorObject*>(self);
    Object* filename = nullptr;
    Object* filename2 = nullptr;
    if (nargs >= 2 && nargs <= 5) {
        setref(e->myerrno, newref(args[0]));
        setref(e->strerror, newref(args[1]));
        if (nargs >= 3) filename = args[2];
        if (nargs == 5) filename2 = args[4];
    }
    Object* new_args = nullptr;
    if (filename != nullptr && filename != None) {
        if (self->type == BlockingIOError && is_int(filename)) {
            e->written = number_as_ssize(filename, ValueError);
            if (e->written == -1 && err_occurred()) return false;
        } else {
            setref(e->filename, newref(filename));
            if (filename2 != nullptr && filename2 != None) setref(e->filename2, newref(filename2));
            new_args = tuple_from_array(args, 2);   // filename and friends leave args (as CPython)
            if (new_args == nullptr) return false;
        }
    }
    if (new_args == nullptr) new_args = tuple_from_array(args, static_cast<ssize>(nargs));
    if (new_args == nullptr) return false;
    setref(e->args, new_args);
    return true;
}

Object* oserror_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (type == OSError && nargs >= 2 && nargs <= 5 && is_int(args[0])) {
        int64_t code;
        if (int_as_i64(args[0], &code)) {
            if (TypeObject* sub = errno_subclass(static_cast<int>(code))) type = sub;
        }
    }
    bool use_init = oserror_use_init(type);
    if (!use_init && kw_count(kwnames) != 0) return err_format(TypeError, "%s() takes no keyword arguments", type->name);
    Object* self = alloc_object(type);
    if (self == nullptr) return nullptr;
    static_cast<OSErrorObject*>(self)->written = -1;
    as_exc(self)->args = tuple_from_array(args, static_cast<ssize>(nargs));
    if (as_exc(self)->args == nullptr || (!use_init && !oserror_fill(self, args, nargs))) {
        decref(self);
        return nullptr;
    }
    return self;
}

int oserror_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!oserror_use_init(self->type)) return 0;   // __new__ did the work
    if (!exc_no_keywords(self, kwnames)) return -1;
    return oserror_fill(self, args, nargs) ? 0 : -1;
}

void oserror_dealloc(Object* self) {
    auto* e = static_cast<OSErrorObject*>(self);
    clearref(e->myerrno);
    clearref(e->strerror);
    clearref(e->filename);
    clearref(e->filename2);
    base_exc_clear_fields(as_exc(self));
    free_object(self);
}

void oserror_traverse(Object* self, VisitFn visit, void* arg) {
    auto* e = static_cast<OSErrorObject*>(self);
    for (Object* o : {e->myerrno, e->strerror, e->filename, e->filename2}) {
        if (o) visit(o, arg);
    }
    base_exc_traverse(self, visit, arg);
}

Object* oserror_str(Object* self) {
    auto* e = static_cast<OSErrorObject*>(self);
    Object* no = e->myerrno ? e->myerrno : None;
    Object* se = e->strerror ? e->strerror : None;
    if (e->filename != nullptr) {
        if (e->filename2 != nullptr) {
            return str_from_format("[Errno %S] %S: %R -> %R", no, se, e->filename, e->filename2);
        }
        return str_from_format("[Errno %S] %S: %R", no, se, e->filename);
    }
    if (e->myerrno != nullptr && e->strerror != nullptr) return str_from_format("[Errno %S] %S", no, se);
    return base_exc_str(self);
}

Object* oserror_get_written(Object* self) {
    ssize w = static_cast<OSErrorObject*>(self)->written;
    if (w == -1) return err_set_string(AttributeError, "characters_written");
    return int_from_i64(w);
}

int oserror_set_written(Object* self, Object* value) {
    auto* e = static_cast<OSErrorObject*>(self);
    if (value == nullptr) {
        if (e->written == -1) {
            err_set_string(AttributeError, "characters_written");
            return -1;
        }
        e->written = -1;
        return 0;
    }
    ssize n = number_as_ssize(value, ValueError);
    if (n == -1 && err_occurred()) return -1;
    e->written = n;
    return 0;
}

// OSError's args keep only (errno, strerror) once a filename was given: the reduce puts the
// filename (and filename2, after a None winerror) back so pickling and copying keep them.
// CPython: exceptions.c, OSError_reduce.
Object* oserror_reduce(Object* self, Object* const*, size_t nargs, Object*) {
    if (nargs != 0) return err_format(TypeError, "OSError.__reduce__() takes no arguments (%zu given)", nargs);
    auto* e = static_cast<OSErrorObject*>(self);
    Object* args = as_exc(self)->args ? as_exc(self)->args : None;
    Ref<> full;
    if (is_tuple(args) && tuple_size(args) == 2 && e->filename) {
        Object* a0 = tuple_item(args, 0);
        Object* a1 = tuple_item(args, 1);
        full = Ref<>::steal(e->filename2 ? tuple_pack({a0, a1, e->filename, None, e->filename2})
                                         : tuple_pack({a0, a1, e->filename}));
        if (!full) return nullptr;
        args = full.get();
    }
    Object* dict = as_exc(self)->dict;
    if (dict) return tuple_pack({self->type, args, dict});
    return tuple_pack({self->type, args});
}

const MethodDef kOSErrorMethods[] = {
    {"__reduce__", oserror_reduce},
    {nullptr, nullptr},
};

const GetSetDef kOSErrorGetSet[] = {
    {"errno", member_get<OSErrorObject, &OSErrorObject::myerrno>, member_set<OSErrorObject, &OSErrorObject::myerrno>},
    {"strerror", member_get<OSErrorObject, &OSErrorObject::strerror>,
     member_set<OSErrorObject, &OSErrorObject::strerror>},
    {"filename", member_get<OSErrorObject, &OSErrorObject::filename>,
     member_set<OSErrorObject, &OSErrorObject::filename>},
    {"filename2", member_get<OSErrorObject, &OSErrorObject::filename2>,
     member_set<OSErrorObject, &OSErrorObject::filename2>},
    {"characters_written", oserror_get_written, oserror_set_written},
    {nullptr, nullptr},
};

// ---- SyntaxError ----

void syntax_error_dealloc(Object* self) {
    auto* e = static_cast<SyntaxErrorObject*>(self);
    for (Object** f : {&e->msg, &e->filename, &e->lineno, &e->offset, &e->text, &e->end_lineno, &e->end_offset,
                       &e->print_file_and_line}) {
        clearref(*f);
    }
    base_exc_clear_fields(as_exc(self));
    free_object(self);
}

void syntax_error_traverse(Object* self, VisitFn visit, void* arg) {
    auto* e = static_cast<SyntaxErrorObject*>(self);
    for (Object* o : {e->msg, e->filename, e->lineno, e->offset, e->text, e->end_lineno, e->end_offset}) {
        if (o) visit(o, arg);
    }
    base_exc_traverse(self, visit, arg);
}

int syntax_error_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    auto* e = static_cast<SyntaxErrorObject*>(self);
    if (base_exc_init(self, args, nargs, kwnames) < 0) return -1;
    if (nargs >= 1) setref(e->msg, newref(args[0]));
    if (nargs == 2) {
        Object* info = sequence_tuple(args[1]);
        if (info == nullptr) return -1;
        ssize n = tuple_size(info);
        if (n < 4 || n > 6) {
            decref(info);
            err_format(TypeError, "function takes %s %d arguments (%zd given)", n < 4 ? "at least" : "at most",
                       n < 4 ? 4 : 6, n);
            return -1;
        }
        Object** fields[] = {&e->filename, &e->lineno, &e->offset, &e->text, &e->end_lineno, &e->end_offset};
        for (ssize i = 0; i < n; i++) setref(*fields[i], newref(tuple_item(info, i)));
        decref(info);
        if (n == 5) {
            err_set_string(TypeError, "end_offset must be provided when end_lineno is provided");
            return -1;
        }
    }
    return 0;
}

Object* syntax_error_str(Object* self) {
    auto* e = static_cast<SyntaxErrorObject*>(self);
    Object* msg = e->msg ? e->msg : None;
    std::string filename;
    bool have_filename = e->filename != nullptr && is_str(e->filename);
    if (have_filename) {
        std::string_view f = str_view(e->filename);
        size_t slash = f.rfind('/');
        filename = std::string(slash == std::string_view::npos ? f : f.substr(slash + 1));
    }
    int64_t lineno = 0;
    bool have_lineno = e->lineno != nullptr && is_int(e->lineno) && int_as_i64(e->lineno, &lineno);
    if (have_filename && have_lineno) {
        return str_from_format("%S (%s, line %lld)", msg, filename.c_str(), static_cast<long long>(lineno));
    }
    if (have_filename) return str_from_format("%S (%s)", msg, filename.c_str());
    if (have_lineno) return str_from_format("%S (line %lld)", msg, static_cast<long long>(lineno));
    return object_str(msg);
}

#define PYGEN_SYNTAX_MEMBER(field)                                                   \
    {#field, member_get<SyntaxErrorObject, &SyntaxErrorObject::field>,               \
     member_set<SyntaxErrorObject, &SyntaxErrorObject::field>}
const GetSetDef kSyntaxErrorGetSet[] = {
    PYGEN_SYNTAX_MEMBER(msg),        PYGEN_SYNTAX_MEMBER(filename),   PYGEN_SYNTAX_MEMBER(lineno),
    PYGEN_SYNTAX_MEMBER(offset),     PYGEN_SYNTAX_MEMBER(text),       PYGEN_SYNTAX_MEMBER(end_lineno),
    PYGEN_SYNTAX_MEMBER(end_offset), PYGEN_SYNTAX_MEMBER(print_file_and_line),
    {nullptr, nullptr},
};
#undef PYGEN_SYNTAX_MEMBER

// ---- UnicodeEncodeError, UnicodeDecodeError ----

void unicode_error_dealloc(Object* self) {
    auto* e = static_cast<UnicodeErrorObject*>(self);
    clearref(e->encoding);
    clearref(e->object);
    clearref(e->reason);
    base_exc_clear_fields(as_exc(self));
    free_object(self);
}

void unicode_error_traverse(Object* self, VisitFn visit, void* arg) {
    auto* e = static_cast<UnicodeErrorObject*>(self);
    for (Object* o : {e->encoding, e->object, e->reason}) {
        if (o) visit(o, arg);
    }
    base_exc_traverse(self, visit, arg);
}

// UnicodeEncodeError(encoding: str, object: str, start, end, reason: str), UnicodeDecodeError with a
// bytes-like object (kept as bytes), UnicodeTranslateError(object: str, start, end, reason: str)
// with no encoding. The messages are those of CPython's PyArg_ParseTuple formats "UUnnU", "UOnnU"
// and "UnnU", which name no function.
int unicode_error_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    auto* e = static_cast<UnicodeErrorObject*>(self);
    if (base_exc_init(self, args, nargs, kwnames) < 0) return -1;
    bool decode = is_subtype(self->type, UnicodeDecodeError);
    bool translate = is_subtype(self->type, UnicodeTranslateError);
    size_t want = translate ? 4 : 5;
    if (nargs != want) {
        err_format(TypeError, "function takes exactly %zu arguments (%zu given)", want, nargs);
        return -1;
    }
    auto need_str = [&](size_t i) {
        if (is_str(args[i])) return true;
        err_format(TypeError, "argument %zu must be str, not %s", i + 1, arg_type_name(args[i]));
        return false;
    };
    size_t obj = translate ? 0 : 1;
    if (!translate && !need_str(0)) return -1;
    Ref<> object;
    if (decode) {
        if (is_bytes(args[obj])) {
            object = Ref<>::borrow(args[obj]);
        } else {
            BytesLike data;
            if (!data.acquire(args[obj])) return -1;
            object = Ref<>::steal(bytes_from(data.data()));
            if (!object) return -1;
        }
    } else {
        if (!need_str(obj)) return -1;
        object = Ref<>::borrow(args[obj]);
    }
    ssize start = number_as_ssize(args[obj + 1], OverflowError);
    if (start == -1 && err_occurred()) return -1;
    ssize end = number_as_ssize(args[obj + 2], OverflowError);
    if (end == -1 && err_occurred()) return -1;
    if (!need_str(obj + 3)) return -1;
    setref(e->encoding, translate ? nullptr : newref(args[0]));
    setref(e->object, object.release());
    e->start = start;
    e->end = end;
    setref(e->reason, newref(args[obj + 3]));
    return 0;
}

Object* unicode_error_str(Object* self) {
    auto* e = static_cast<UnicodeErrorObject*>(self);
    if (is_subtype(self->type, UnicodeTranslateError)) {
        if (e->object == nullptr || e->reason == nullptr) return str_from("");
        if (!is_str(e->object)) return err_set_string(TypeError, "object attribute must be unicode");
        if (e->start < 0 && e->end == e->start + 1) return err_set_string(IndexError, "string index out of range");
        if (e->start >= 0 && e->start < str_length(e->object) && e->end == e->start + 1) {
            uint32_t cp = str_codepoint_at(e->object, e->start);
            char buf[16];
            if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
            else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
            else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
            return str_from_format("can't translate character '%s' in position %zd: %U", buf, e->start, e->reason);
        }
        return str_from_format("can't translate characters in position %zd-%zd: %U", e->start, e->end - 1, e->reason);
    }
    if (e->object == nullptr || e->encoding == nullptr || e->reason == nullptr) return str_from("");
    bool decode = is_subtype(self->type, UnicodeDecodeError);
    // The attributes are writable: an object of the wrong type is refused here (CPython reads it
    // unchecked, which is undefined behaviour there).
    if (decode ? !is_bytes(e->object) : !is_str(e->object))
        return err_format(TypeError, "%s attribute must be %s", "object", decode ? "bytes" : "unicode");
    ssize len = decode ? static_cast<ssize>(bytes_view(e->object).size()) : str_length(e->object);
    // CPython reads the character at a negative start through a checked call (a byte unchecked).
    if (!decode && e->start < 0 && e->end == e->start + 1) return err_set_string(IndexError, "string index out of range");
    if (e->start >= 0 && e->start < len && e->end == e->start + 1) {
        if (decode) {
            auto byte = static_cast<unsigned char>(bytes_view(e->object)[static_cast<size_t>(e->start)]);
            return str_from_format("'%U' codec can't decode byte 0x%02x in position %zd: %U", e->encoding,
                                   static_cast<unsigned>(byte), e->start, e->reason);
        }
        uint32_t cp = str_codepoint_at(e->object, e->start);
        char buf[16];
        if (cp <= 0xFF) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
        else if (cp <= 0xFFFF) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
        else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
        return str_from_format("'%U' codec can't encode character '%s' in position %zd: %U", e->encoding, buf,
                               e->start, e->reason);
    }
    return str_from_format("'%U' codec can't %s in position %zd-%zd: %U", e->encoding,
                           decode ? "decode bytes" : "encode characters", e->start, e->end - 1, e->reason);
}

Object* unicode_get_start(Object* self) { return int_from_i64(static_cast<UnicodeErrorObject*>(self)->start); }
Object* unicode_get_end(Object* self) { return int_from_i64(static_cast<UnicodeErrorObject*>(self)->end); }
int unicode_set_start(Object* self, Object* value) {
    if (value == nullptr) return err_set_string(TypeError, "can't delete numeric/char attribute"), -1;
    ssize n = number_as_ssize(value, OverflowError);
    if (n == -1 && err_occurred()) return -1;
    static_cast<UnicodeErrorObject*>(self)->start = n;
    return 0;
}
int unicode_set_end(Object* self, Object* value) {
    if (value == nullptr) return err_set_string(TypeError, "can't delete numeric/char attribute"), -1;
    ssize n = number_as_ssize(value, OverflowError);
    if (n == -1 && err_occurred()) return -1;
    static_cast<UnicodeErrorObject*>(self)->end = n;
    return 0;
}

const GetSetDef kUnicodeErrorGetSet[] = {
    {"encoding", member_get<UnicodeErrorObject, &UnicodeErrorObject::encoding>,
     member_set<UnicodeErrorObject, &UnicodeErrorObject::encoding>},
    {"object", member_get<UnicodeErrorObject, &UnicodeErrorObject::object>,
     member_set<UnicodeErrorObject, &UnicodeErrorObject::object>},
    {"start", unicode_get_start, unicode_set_start},
    {"end", unicode_get_end, unicode_set_end},
    {"reason", member_get<UnicodeErrorObject, &UnicodeErrorObject::reason>,
     member_set<UnicodeErrorObject, &UnicodeErrorObject::reason>},
    {nullptr, nullptr},
};

}  // namespace

void setup_exception_family(TypeObject* t) {
    if (t == StopIteration) {   // StopAsyncIteration has no value (CPython: SimpleExtendsException)
        t->tp_init = stop_iteration_init;
        t->getset = kStopIterationGetSet;
    } else if (t == SystemExit) {
        t->tp_init = system_exit_init;
        t->getset = kSystemExitGetSet;
    } else if (t == ImportError) {
        t->basicsize = sizeof(ImportErrorObject);
        t->dealloc = import_error_dealloc;
        t->traverse = import_error_traverse;
        t->tp_init = import_error_init;
        t->str = import_error_str;
        t->getset = kImportErrorGetSet;
        t->methods = kImportErrorMethods;
    } else if (t == AttributeError) {
        t->basicsize = sizeof(AttributeErrorObject);
        t->dealloc = attribute_error_dealloc;
        t->traverse = attribute_error_traverse;
        t->tp_init = attribute_error_init;
        t->getset = kAttributeErrorGetSet;
    } else if (t == NameError) {
        t->basicsize = sizeof(NameErrorObject);
        t->dealloc = name_error_dealloc;
        t->traverse = name_error_traverse;
        t->tp_init = name_error_init;
        t->getset = kNameErrorGetSet;
    } else if (t == OSError) {
        t->basicsize = sizeof(OSErrorObject);
        t->dealloc = oserror_dealloc;
        t->traverse = oserror_traverse;
        t->tp_new = oserror_new;
        t->tp_init = oserror_init;
        t->str = oserror_str;
        t->getset = kOSErrorGetSet;
        t->methods = kOSErrorMethods;
    } else if (t == SyntaxError) {
        t->basicsize = sizeof(SyntaxErrorObject);
        t->dealloc = syntax_error_dealloc;
        t->traverse = syntax_error_traverse;
        t->tp_init = syntax_error_init;
        t->str = syntax_error_str;
        t->getset = kSyntaxErrorGetSet;
    } else if (t == UnicodeEncodeError || t == UnicodeDecodeError || t == UnicodeTranslateError) {
        t->basicsize = sizeof(UnicodeErrorObject);
        t->dealloc = unicode_error_dealloc;
        t->traverse = unicode_error_traverse;
        t->tp_init = unicode_error_init;
        t->str = unicode_error_str;
        t->getset = kUnicodeErrorGetSet;
    }
}

}  // namespace pygen
