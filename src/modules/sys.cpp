// The sys module: argv/path/modules, exc_info/exception, exit, the recursion limit, the standard
// streams (their type is in sys_stdio.cpp), version and platform facts, the named-tuple records
// (sys_structseq.cpp) and the default unraisablehook. Frames (_getframe) come from the lead's
// vm/frame_api.h; the asyncgen hooks and coroutine origin tracking belong to the generator work.
// CPython counterpart: Python/sysmodule.c.

#include <unistd.h>

#include <cfloat>
#include <cstdlib>
#include <climits>
#include <string>
#include <vector>

#include "modules/builtin_modules.h"
#include "modules/builtins_args.h"
#include "modules/sys_module.h"
#include "vm/import.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/frame_api.h"
#include "vm/runtime.h"
#include "vm/thread_state.h"
#include "vm/trace.h"
#include "vm/traceback.h"

namespace pygen {

bool sys_make_std_streams(Object** out);   // sys_stdio.cpp: new references to stdin, stdout, stderr

namespace {

constexpr int kVersionMajor = 3;
constexpr int kVersionMinor = 11;
constexpr int kVersionMicro = 7;
constexpr int64_t kHexVersion = (3 << 24) | (11 << 16) | (7 << 8) | (0xF << 4);
constexpr const char* kVersionText = "3.11.7 (pygen)";

std::vector<std::string> g_argv;       // set by sys_set_argv, applied when the module exists
std::vector<std::string> g_path{kEmbeddedLibPath};   // main.cpp sets the full path
std::string g_executable;
Object* g_sys = nullptr;               // strong; the sys module once created

Object* list_of_strings(const std::vector<std::string>& items) {
    Ref<> list = Ref<>::steal(list_new(0));
    if (!list) return nullptr;
    for (const std::string& item : items) {
        Ref<> s = Ref<>::steal(str_from(item));
        if (!s || list_append(list.get(), s.get()) < 0) return nullptr;
    }
    return list.release();
}

int set_sys_attr(const char* name, Object* value_stolen) {
    if (!value_stolen) return -1;
    int rc = g_sys ? module_add_object(g_sys, name, value_stolen) : 0;
    decref(value_stolen);
    return rc;
}

// ---- Functions ----

Object* sys_exit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("exit", nargs, kwnames, 0, 1)) return nullptr;
    // As PyErr_SetObject: None means no arguments, a tuple becomes the arguments.
    Object* status = nargs == 1 && args[0] != None ? args[0] : nullptr;
    return err_set_object(SystemExit, status);
}

// The exception being handled, or null when there is none (None counts as none).
Object* handled_exception() {
    Object* exc = current_handled_exception();
    return exc == None ? nullptr : exc;
}

Object* sys_exc_info(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("sys.exc_info", nargs, kwnames)) return nullptr;
    Object* exc = handled_exception();
    if (!exc) return tuple_pack({None, None, None});
    return tuple_pack({exc->type, exc, traceback_exposed(exception_traceback(exc))});
}

Object* sys_exception(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("sys.exception", nargs, kwnames)) return nullptr;
    Object* exc = handled_exception();
    return newref(exc ? exc : None);
}

Object* sys_getrecursionlimit(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("sys.getrecursionlimit", nargs, kwnames)) return nullptr;
    return int_from_i64(ts()->recursion_limit);
}

Object* sys_setrecursionlimit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("sys.setrecursionlimit", nargs, kwnames)) return nullptr;
    int64_t limit;
    if (!index_as_i64(args[0], &limit, "int")) return nullptr;
    if (limit > INT_MAX || limit < INT_MIN) return err_set_string(OverflowError, "Python int too large to convert to C int");
    if (limit < 1) return err_set_string(ValueError, "recursion limit must be greater or equal than 1");
    ThreadState* t = ts();
    if (limit <= t->recursion_depth) {
        return err_format(RecursionError,
                          "cannot set the recursion limit to %d at the recursion depth %d: the limit is too low",
                          static_cast<int>(limit), t->recursion_depth);
    }
    t->recursion_limit = static_cast<int>(limit);
    return none_new();
}

// -X int_max_str_digits / PYTHONINTMAXSTRDIGITS as given at start-up, -1 when neither was.
int g_int_max_str_digits_flag = -1;

SysCommandLineFlags g_command_line_flags;

}  // namespace

void sys_set_int_max_str_digits_flag(int digits) { g_int_max_str_digits_flag = digits; }

void sys_set_command_line_flags(const SysCommandLineFlags& flags) { g_command_line_flags = flags; }

namespace {

Object* sys_get_int_max_str_digits(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("sys.get_int_max_str_digits", nargs, kwnames)) return nullptr;
    return int_from_i64(int_max_str_digits);
}

// The limit str(int), int(str) and the compiler's decimal literals obey (CPython 3.11.0+);
// sys.flags.int_max_str_digits keeps reporting the start-up setting, as in CPython.
Object* sys_set_int_max_str_digits(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"maxdigits"};
    Object* a[1];
    if (!arg_bind("set_int_max_str_digits", args, nargs, kwnames, kNames, 1, 1, a)) return nullptr;
    int64_t digits;
    if (!index_as_i64(a[0], &digits, "int")) return nullptr;
    if (digits > INT_MAX || digits < INT_MIN) return err_set_string(OverflowError, "Python int too large to convert to C int");
    if (digits != 0 && digits < 640) return err_set_string(ValueError, "maxdigits must be 0 or larger than 640");
    int_max_str_digits = static_cast<int>(digits);
    return none_new();
}

// Sizes close to CPython 3.11's on 64-bit Linux, so programs comparing sizes see plausible numbers.
int64_t plausible_size(Object* o) {
    constexpr int64_t kGcHeader = 16;
    if (is_int(o)) {
        if (int_sign(o) == 0) return 24;
        mpz_t v;
        mpz_init(v);
        int_to_mpz(o, v);
        int64_t bits = static_cast<int64_t>(mpz_sizeinbase(v, 2));
        mpz_clear(v);
        return 24 + 4 * ((bits + 29) / 30);
    }
    if (is_float(o)) return 24;
    if (is_str(o)) {
        int64_t n = str_length(o);
        if (static_cast<StrObject*>(o)->is_ascii) return 49 + n;
        uint32_t max_cp = 0;
        std::string_view text = str_view(o);
        for (size_t i = 0; i < text.size();) {
            unsigned char c = static_cast<unsigned char>(text[i]);
            size_t len = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
            uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1Fu) : len == 3 ? (c & 0x0Fu) : (c & 0x07u);
            for (size_t k = 1; k < len && i + k < text.size(); k++) cp = (cp << 6) | (static_cast<unsigned char>(text[i + k]) & 0x3Fu);
            if (cp > max_cp) max_cp = cp;
            i += len;
        }
        if (max_cp < 0x100) return 73 + n;
        if (max_cp < 0x10000) return 74 + 2 * n;
        return 76 + 4 * n;
    }
    if (is_bytes(o)) return 33 + static_cast<int64_t>(bytes_view(o).size());
    if (is_tuple(o)) return 24 + kGcHeader + 8 * tuple_size(o);
    if (is_list(o)) return 40 + kGcHeader + 8 * static_cast<ListObject*>(o)->capacity;
    if (is_dict(o)) return dict_sizeof(o) + kGcHeader;
    if (is_anyset(o)) {
        ssize n = set_size(o);
        int64_t slots = 8;
        while (slots * 3 / 5 < n) slots *= 2;
        return 200 + kGcHeader + (slots > 8 ? 16 * slots : 0);
    }
    int64_t size = static_cast<int64_t>(o->type->basicsize);
    if (type_has(o->type, kTypeGC)) size += kGcHeader;
    return size;
}

Object* sys_getsizeof(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"object", "default"};
    Object* bound[2];
    if (!bind_args(ArgSpec{"getsizeof", kNames, 2, 0, -1, 1}, args, nargs, kwnames, bound)) return nullptr;
    Object* o = bound[0];
    // A class may report its own size; built-in types use the table above.
    if (type_has(o->type, kTypeHeap)) {
        Object* method = type_lookup_str(o->type, "__sizeof__");
        Object* base_method = type_lookup_str(&ObjectType, "__sizeof__");
        if (method && method != base_method) {
            // bound through the descriptor protocol, as CPython's lookup of special methods:
            // the class attribute need not be a function (a MagicMock's is a descriptor)
            Ref<> key = Ref<>::steal(str_intern("__sizeof__"));
            Ref<> bound_method = Ref<>::steal(lookup_special(o, key.get()));
            if (!bound_method) return err_occurred() ? nullptr : int_from_i64(plausible_size(o));
            Ref<> result = Ref<>::steal(call0(bound_method.get()));
            if (!result) {
                if (bound[1] && err_matches(TypeError)) {
                    err_clear();
                    return newref(bound[1]);
                }
                return nullptr;
            }
            int64_t size;
            if (!index_as_i64(result.get(), &size, "ssize_t")) return nullptr;
            if (size < 0) return err_set_string(ValueError, "__sizeof__() should return >= 0");
            return int_from_i64(size + (type_has(o->type, kTypeGC) ? 16 : 0));
        }
    }
    return int_from_i64(plausible_size(o));
}

Object* sys_intern(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("sys.intern", nargs, kwnames)) return nullptr;
    Object* s = args[0];
    if (!is_str(s)) return err_format(TypeError, "intern() argument must be str, not %s", arg_type_name(s));
    if (!is_str_exact(s)) return err_format(TypeError, "can't intern %T", s);
    return str_intern(str_view(s));
}

Object* sys_getrefcount(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("sys.getrefcount", nargs, kwnames)) return nullptr;
    // The caller's reference on the argument (its value stack slot) is already counted, which is
    // the extra one CPython documents.
    return int_from_i64(args[0]->refcnt);
}

Object* sys_getdefaultencoding(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("sys.getdefaultencoding", nargs, kwnames)) return nullptr;
    return str_from_cstr("utf-8");
}

Object* sys_getfilesystemencoding(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("sys.getfilesystemencoding", nargs, kwnames)) return nullptr;
    return str_from_cstr("utf-8");
}

Object* sys_is_finalizing(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("sys.is_finalizing", nargs, kwnames)) return nullptr;
    return bool_from(runtime_finalizing());
}

Object* sys_getframe(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("_getframe", nargs, kwnames, 0, 1)) return nullptr;
    int64_t depth = 0;
    if (nargs == 1 && !index_as_i64(args[0], &depth, "int")) return nullptr;
    if (depth > INT_MAX || depth < INT_MIN) return err_set_string(OverflowError, "Python int too large to convert to C int");
    return frame_get_current(static_cast<int>(depth));
}

// ---- Tracing and profiling (vm/trace.h) ----
// CPython: sysmodule.c, sys_settrace / sys_gettrace / sys_setprofile / sys_getprofile.

Object* sys_settrace(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("settrace", nargs, kwnames)) return nullptr;
    trace_set_trace(args[0]);
    return none_new();
}

Object* sys_gettrace(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("gettrace", nargs, kwnames)) return nullptr;
    Object* fn = ts()->trace_func;
    return incref(fn ? fn : None);
}

Object* sys_setprofile(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("setprofile", nargs, kwnames)) return nullptr;
    trace_set_profile(args[0]);
    return none_new();
}

Object* sys_getprofile(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("getprofile", nargs, kwnames)) return nullptr;
    Object* fn = ts()->profile_func;
    return incref(fn ? fn : None);
}

TypeObject* g_unraisable_args_type = nullptr;

// sys.unraisablehook(unraisable): the default output on stderr.
Object* sys_unraisablehook(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("sys.unraisablehook", nargs, kwnames)) return nullptr;
    Object* info = args[0];
    Ref<> exc_type = Ref<>::steal(object_getattr_str(info, "exc_type"));
    Ref<> exc_value = exc_type ? Ref<>::steal(object_getattr_str(info, "exc_value")) : Ref<>();
    Ref<> exc_tb = exc_value ? Ref<>::steal(object_getattr_str(info, "exc_traceback")) : Ref<>();
    Ref<> err_msg = exc_tb ? Ref<>::steal(object_getattr_str(info, "err_msg")) : Ref<>();
    Ref<> obj = err_msg ? Ref<>::steal(object_getattr_str(info, "object")) : Ref<>();
    if (!obj) return nullptr;
    std::string text;
    if (obj.get() != None) {
        if (err_msg.get() != None && is_str(err_msg.get())) {
            text += str_view(err_msg.get());
            text += ": ";
        } else {
            text += "Exception ignored in: ";
        }
        Ref<> r = Ref<>::steal(object_repr(obj.get()));
        if (r) {
            text += str_view(r.get());
        } else {
            err_clear();
            text += "<object repr() failed>";
        }
        text += "\n";
    } else if (err_msg.get() != None && is_str(err_msg.get())) {
        text += str_view(err_msg.get());
        text += ":\n";
    }
    Object* value = exc_value.get();
    bool is_plain = value != None && is_exception_instance(value) && !exception_context(value) &&
                    !exception_cause(value) && exception_traceback(value) == (exc_tb.get() == None ? nullptr : exc_tb.get());
    if (is_plain) {
        // The traceback printer gives "Traceback ...", the frames and the "Type: message" line.
        text += format_exception(value);
    } else if (exc_type.get() != None) {
        // A chained exception: CPython's hook prints only this exception, not its chain.
        text += is_type(exc_type.get()) ? exception_type_display_name(static_cast<TypeObject*>(exc_type.get()))
                                       : std::string("<unknown>");
        if (value != None) {
            Ref<> s = Ref<>::steal(object_str(value));
            if (!s) {
                err_clear();
                text += ": <exception str() failed>";
            } else if (str_length(s.get()) > 0) {
                text += ": ";
                text += str_view(s.get());
            }
        }
        text += "\n";
    }
    // The hook writes through sys.stderr when it can, so a redirected stderr sees the report.
    if (!sys_stderr_write(text)) return nullptr;
    return none_new();
}

const MethodDef kSysMethods[] = {
    {"exit", sys_exit},
    {"exc_info", sys_exc_info},
    {"exception", sys_exception},
    {"getrecursionlimit", sys_getrecursionlimit},
    {"setrecursionlimit", sys_setrecursionlimit},
    {"get_int_max_str_digits", sys_get_int_max_str_digits},
    {"set_int_max_str_digits", sys_set_int_max_str_digits},
    {"getsizeof", sys_getsizeof},
    {"intern", sys_intern},
    {"getrefcount", sys_getrefcount},
    {"getdefaultencoding", sys_getdefaultencoding},
    {"getfilesystemencoding", sys_getfilesystemencoding},
    {"is_finalizing", sys_is_finalizing},
    {"_getframe", sys_getframe},
    {"settrace", sys_settrace},
    {"gettrace", sys_gettrace},
    {"setprofile", sys_setprofile},
    {"getprofile", sys_getprofile},
    {"unraisablehook", sys_unraisablehook},
    // TODO(#4): set_asyncgen_hooks, get_asyncgen_hooks, set_coroutine_origin_tracking_depth and
    // get_coroutine_origin_tracking_depth come with the generator work (the lead adds them).
    {nullptr, nullptr},
};

// ---- Records ----

Object* make_version_info() {
    static const char* const kFields[] = {"major", "minor", "micro", "releaselevel", "serial"};
    static TypeObject* type = nullptr;
    if (!type && !(type = structseq_new_type("sys.version_info", kFields, 5))) return nullptr;
    Object* values[] = {int_from_i64(kVersionMajor), int_from_i64(kVersionMinor), int_from_i64(kVersionMicro),
                        str_from_cstr("final"), int_from_i64(0)};
    return structseq_new(type, values, 5);
}

Object* make_flags() {
    static const char* const kFields[] = {
        "debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site", "no_site",
        "ignore_environment", "verbose", "bytes_warning", "quiet", "hash_randomization", "isolated",
        "dev_mode", "utf8_mode", "warn_default_encoding", "safe_path", "int_max_str_digits"};
    constexpr int kCount = 18;
    static TypeObject* type = nullptr;
    if (!type && !(type = structseq_new_type("sys.flags", kFields, kCount))) return nullptr;
    Object* values[kCount];
    const SysCommandLineFlags& cl = g_command_line_flags;
    const int given[kCount] = {0, cl.inspect, cl.interactive, 0, 0, cl.no_user_site, cl.no_site, cl.ignore_environment, 0,
                               cl.bytes_warning, cl.quiet, 0, cl.isolated, 0, cl.utf8_mode};
    for (int i = 0; i < kCount; i++) values[i] = int_from_i64(given[i]);
    decref(values[4]);
    values[4] = int_from_i64(1);    // dont_write_bytecode: pygen writes no .pyc files
    decref(values[11]);
    values[11] = int_from_i64(1);   // hash_randomization
    decref(values[13]);
    values[13] = bool_from(false);  // dev_mode
    decref(values[16]);
    values[16] = bool_from(cl.safe_path);  // -I
    decref(values[17]);
    values[17] = int_from_i64(g_int_max_str_digits_flag);
    return structseq_new(type, values, kCount);
}

// -W options after PYTHONWARNINGS's, then the BytesWarning filter -b asks for, as CPython's
// config_init_warnoptions orders them.
Object* make_warnoptions() {
    Ref<> list = Ref<>::steal(list_new(0));
    if (!list) return nullptr;
    for (const std::string& w : g_command_line_flags.warnoptions) {
        Ref<> item = Ref<>::steal(str_from(w));
        if (!item || list_append(list.get(), item.get()) < 0) return nullptr;
    }
    return list.release();
}

Object* make_float_info() {
    static const char* const kFields[] = {"max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp",
                                          "dig", "mant_dig", "epsilon", "radix", "rounds"};
    static TypeObject* type = nullptr;
    if (!type && !(type = structseq_new_type("sys.float_info", kFields, 11))) return nullptr;
    Object* values[] = {float_from(DBL_MAX), int_from_i64(DBL_MAX_EXP), int_from_i64(DBL_MAX_10_EXP),
                        float_from(DBL_MIN), int_from_i64(DBL_MIN_EXP), int_from_i64(DBL_MIN_10_EXP),
                        int_from_i64(DBL_DIG), int_from_i64(DBL_MANT_DIG), float_from(DBL_EPSILON),
                        int_from_i64(FLT_RADIX), int_from_i64(1)};
    return structseq_new(type, values, 11);
}

Object* make_hash_info() {
    static const char* const kFields[] = {"width", "modulus", "inf", "nan", "imag", "algorithm",
                                          "hash_bits", "seed_bits", "cutoff"};
    static TypeObject* type = nullptr;
    if (!type && !(type = structseq_new_type("sys.hash_info", kFields, 9))) return nullptr;
    Object* values[] = {int_from_i64(64), int_from_i64((int64_t{1} << 61) - 1), int_from_i64(314159),
                        int_from_i64(0), int_from_i64(1000003), str_from_cstr("siphash13"),
                        int_from_i64(64), int_from_i64(128), int_from_i64(0)};
    return structseq_new(type, values, 9);
}

Object* make_int_info() {
    static const char* const kFields[] = {"bits_per_digit", "sizeof_digit", "default_max_str_digits",
                                          "str_digits_check_threshold"};
    static TypeObject* type = nullptr;
    if (!type && !(type = structseq_new_type("sys.int_info", kFields, 4))) return nullptr;
    Object* values[] = {int_from_i64(30), int_from_i64(4), int_from_i64(4300), int_from_i64(640)};
    return structseq_new(type, values, 4);
}

// sys.implementation is a SimpleNamespace in CPython; a record with the same attributes serves.
Object* make_implementation(Object* version_info) {
    static const char* const kFields[] = {"name", "cache_tag", "version", "hexversion"};
    static TypeObject* type = nullptr;
    if (!type && !(type = structseq_new_type("sys.implementation", kFields, 4))) return nullptr;
    Object* values[] = {str_from_cstr("pygen"), none_new(), newref(version_info), int_from_i64(kHexVersion)};
    return structseq_new(type, values, 4);
}

bool ensure_unraisable_args_type() {
    static const char* const kFields[] = {"exc_type", "exc_value", "exc_traceback", "err_msg", "object"};
    if (!g_unraisable_args_type) g_unraisable_args_type = structseq_new_type("UnraisableHookArgs", kFields, 5);
    return g_unraisable_args_type != nullptr;
}

int add_all(Object* m) {
    Ref<> version_info = Ref<>::steal(make_version_info());
    if (!version_info) return -1;
    if (module_add_object(m, "version_info", version_info.get()) < 0) return -1;
    struct Item {
        const char* name;
        Object* value;   // new reference or null on failure
    };
    Object* streams[3];
    if (!sys_make_std_streams(streams)) return -1;
    // builtin_module_names lists the C++ modules every pygen has; the registry cannot be listed.
    static const char* const kBuiltinNames[] = {"builtins", "math", "sys", "time"};
    Object* names[] = {str_from_cstr(kBuiltinNames[0]), str_from_cstr(kBuiltinNames[1]),
                       str_from_cstr(kBuiltinNames[2]), str_from_cstr(kBuiltinNames[3])};
    Object* builtin_names = names[0] && names[1] && names[2] && names[3] ? tuple_from_array(names, 4) : nullptr;
    for (Object* name : names) xdecref(name);
    Item items[] = {
        {"argv", list_of_strings(g_argv)},
        {"orig_argv", list_of_strings(g_argv)},
        {"path", list_of_strings(g_path)},
        {"executable", str_from(g_executable)},
        {"_base_executable", str_from(g_executable)},
        {"modules", xnewref(sys_modules())},
        {"maxsize", int_from_i64(INT64_MAX)},
        {"maxunicode", int_from_i64(0x10FFFF)},
        {"byteorder", str_from_cstr("little")},
        {"version", str_from_cstr(kVersionText)},
        {"hexversion", int_from_i64(kHexVersion)},
        {"api_version", int_from_i64(1013)},
        {"implementation", make_implementation(version_info.get())},
        {"platform", str_from_cstr("linux")},
        {"prefix", str_from_cstr("/usr/local")},
        {"exec_prefix", str_from_cstr("/usr/local")},
        {"base_prefix", str_from_cstr("/usr/local")},
        {"base_exec_prefix", str_from_cstr("/usr/local")},
        {"platlibdir", str_from_cstr("lib")},
        {"pycache_prefix", none_new()},
        {"abiflags", str_from_cstr("")},
        {"float_repr_style", str_from_cstr("short")},
        {"builtin_module_names", builtin_names},
        {"flags", make_flags()},
        {"float_info", make_float_info()},
        {"hash_info", make_hash_info()},
        {"int_info", make_int_info()},
        {"dont_write_bytecode", bool_from(true)},
        {"meta_path", list_new(0)},
        {"path_hooks", list_new(0)},
        {"path_importer_cache", dict_new()},
        {"warnoptions", make_warnoptions()},
        {"_xoptions", dict_new()},
        {"stdin", newref(streams[0])},
        {"stdout", newref(streams[1])},
        {"stderr", newref(streams[2])},
        {"__stdin__", streams[0]},
        {"__stdout__", streams[1]},
        {"__stderr__", streams[2]},
    };
    int rc = 0;
    for (Item& item : items) {
        if (rc == 0 && (!item.value || module_add_object(m, item.name, item.value) < 0)) rc = -1;
        xdecref(item.value);
    }
    if (rc < 0) return -1;
    // The default hook stays reachable as __unraisablehook__ after a program replaces it.
    Object* hook = dict_getitem_str(module_dict(m), "unraisablehook");
    if (hook && module_add_object(m, "__unraisablehook__", hook) < 0) return -1;
    if (!ensure_unraisable_args_type()) return -1;
    return 0;
}

}  // namespace

// ---- Entry points (sys_module.h, builtin_modules.h) ----

void sys_set_argv(int argc, char** argv) {
    g_argv.clear();
    for (int i = 0; i < argc; i++) g_argv.emplace_back(argv[i]);
    if (g_argv.empty()) g_argv.emplace_back("");
    if (g_sys) {
        if (set_sys_attr("argv", list_of_strings(g_argv)) < 0 || set_sys_attr("orig_argv", list_of_strings(g_argv)) < 0) {
            err_clear();
        }
    }
}

void sys_set_path(const std::vector<std::string>& entries) {
    g_path = entries;
    if (g_sys && set_sys_attr("path", list_of_strings(g_path)) < 0) err_clear();
}

// sys.executable is absolute as in CPython: argv[0] with a slash is joined to the current folder
// ("build/pygen" -> "/work/.../build/pygen"), a bare name is looked up on PATH. Children started
// with another cwd (subprocess, asyncio) still find the interpreter.
static std::string absolute_executable(const char* argv0) {
    std::string name = argv0 ? argv0 : "";
    if (name.empty()) return name;
    if (name.find('/') == std::string::npos) {
        const char* path_env = std::getenv("PATH");
        std::string dirs = path_env ? path_env : "/bin:/usr/bin";
        size_t start = 0;
        while (start <= dirs.size()) {
            size_t end = dirs.find(':', start);
            if (end == std::string::npos) end = dirs.size();
            std::string dir = dirs.substr(start, end - start);
            std::string cand = (dir.empty() ? std::string(".") : dir) + "/" + name;
            if (access(cand.c_str(), X_OK) == 0) {
                name = cand;
                break;
            }
            start = end + 1;
        }
        if (name.find('/') == std::string::npos) return std::string(argv0);
    }
    if (name[0] != '/') {
        char buf[4096];
        if (!getcwd(buf, sizeof buf)) return name;
        name = std::string(buf) + "/" + name;
    }
    // Normalise "." and ".." segments (no symlink resolution, as CPython).
    std::vector<std::string> parts;
    size_t i = 0;
    while (i < name.size()) {
        size_t j = name.find('/', i);
        if (j == std::string::npos) j = name.size();
        std::string seg = name.substr(i, j - i);
        if (seg == "..") {
            if (!parts.empty()) parts.pop_back();
        } else if (!seg.empty() && seg != ".") {
            parts.push_back(seg);
        }
        i = j + 1;
    }
    std::string out;
    for (const std::string& p : parts) out += "/" + p;
    return out.empty() ? "/" : out;
}

void sys_set_executable(const char* path) {
    g_executable = absolute_executable(path);
    if (g_sys && (set_sys_attr("executable", str_from(g_executable)) < 0 ||
                  set_sys_attr("_base_executable", str_from(g_executable)) < 0)) {
        err_clear();
    }
}

Object* sys_get_object(const char* name) {
    if (!g_sys) return nullptr;
    Object* value = dict_getitem_str(module_dict(g_sys), name);
    if (!value && err_occurred()) err_clear();
    return value;
}

void sys_clear_special_at_exit() {
    if (!g_sys) return;
    for (const char* name : {"path", "argv", "ps1", "ps2", "last_type", "last_value", "last_traceback",
                             "path_hooks", "path_importer_cache", "meta_path", "__interactivehook__"})
        if (dict_setitem_str(module_dict(g_sys), name, None) < 0) err_clear();
}

void sys_detach_streams_at_exit() {
    sys_flush_stdout();
    if (!g_sys) return;
    for (const char* name : {"stdout", "stderr"})
        if (dict_setitem_str(module_dict(g_sys), name, None) < 0) err_clear();
}

bool sys_call_unraisablehook(Object* exc, Object* err_msg, Object* obj) {
    Object* hook = sys_get_object("unraisablehook");
    if (!hook || hook == None) {
        err_set_string(RuntimeError, "lost sys.unraisablehook");
        return false;
    }
    if (!ensure_unraisable_args_type()) return false;
    Object* tb = traceback_exposed(exception_traceback(exc));
    Object* values[] = {newref(exc->type), newref(exc), newref(tb), newref(err_msg ? err_msg : None),
                        newref(obj ? obj : None)};
    Ref<> info = Ref<>::steal(structseq_new(g_unraisable_args_type, values, 5));
    if (!info) return false;
    Ref<> hook_ref = Ref<>::borrow(hook);   // the hook may replace itself while running
    Ref<> result = Ref<>::steal(call1(hook_ref.get(), info.get()));
    return static_cast<bool>(result);
}

Object* make_sys_module() {
    Ref<> m = Ref<>::steal(module_new("sys"));
    if (!m) return nullptr;
    if (module_add_functions(m.get(), kSysMethods) < 0) return nullptr;
    if (g_argv.empty()) g_argv.emplace_back("");
    if (add_all(m.get()) < 0) return nullptr;
    if (!g_sys) {
        g_sys = newref(m.get());
        runtime_slot(&g_sys);
    }
    return m.release();
}

}  // namespace pygen
