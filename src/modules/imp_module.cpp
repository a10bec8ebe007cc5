// The _imp module: what lib/importlib needs from the C++ import system (vm/import.cpp) — finding
// specs, built-in and embedded ("frozen") modules, and importing by absolute name.
// CPython counterpart: Python/import.c (the _imp module).
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <sstream>
#include <string>

#include "modules/builtin_modules.h"
#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/tuple.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/call.h"
#include "vm/import.h"
#include "vm/pylib.h"
#include "vm/pythonrun.h"

namespace pygen {

namespace {

bool name_arg(const char* fname, Object* const* args, size_t nargs, Object* kwnames, std::string* out) {
    if (!check_one_arg(fname, nargs, kwnames)) return false;
    if (!is_str(args[0])) {
        err_format(TypeError, "%s() argument must be str, not %s", fname, arg_type_name(args[0]));
        return false;
    }
    *out = std::string(str_view(args[0]));
    return true;
}

bool is_builtin_name(const std::string& name) {
    return find_builtin_module(name.c_str()) || name == "sys" || name == "builtins";
}

Object* imp_is_builtin(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    std::string name;
    if (!name_arg("is_builtin", args, nargs, kwnames, &name)) return nullptr;
    return bool_from(is_builtin_name(name));
}

Object* imp_create_builtin(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("create_builtin", nargs, kwnames)) return nullptr;
    Ref<> n = Ref<>::steal(object_getattr_str(args[0], "name"));
    if (!n) return nullptr;
    if (!is_str(n.get())) return err_set_string(TypeError, "spec name must be a str");
    std::string name(str_view(n.get()));
    if (import_policy_check(n.get(), nullptr, 0, nullptr) < 0) return nullptr;
    if (Object* m = dict_getitem_str(sys_modules(), name.c_str())) return newref(m);
    ModuleInitFn init = find_builtin_module(name.c_str());
    if (!init) return err_format(ImportError, "no built-in module named %s", name.c_str());
    return init();
}

Object* imp_is_frozen(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    std::string name;
    if (!name_arg("is_frozen", args, nargs, kwnames, &name)) return nullptr;
    return bool_from(embedded_source(name, nullptr) != nullptr);
}

Object* imp_is_frozen_package(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    std::string name;
    if (!name_arg("is_frozen_package", args, nargs, kwnames, &name)) return nullptr;
    bool pkg = false;
    if (!embedded_source(name, &pkg)) return err_format(ImportError, "No such frozen object named '%s'", name.c_str());
    return bool_from(pkg);
}

Object* imp_get_frozen_source(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    std::string name;
    if (!name_arg("get_frozen_source", args, nargs, kwnames, &name)) return nullptr;
    if (import_policy_check(args[0], nullptr, 0, nullptr) < 0) return nullptr;
    const char* src = embedded_source(name, nullptr);
    if (!src) return err_format(ImportError, "No such frozen object named '%s'", name.c_str());
    return str_from(src);
}

Object* imp_get_frozen_object(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    std::string name;
    if (!name_arg("get_frozen_object", args, nargs, kwnames, &name)) return nullptr;
    if (import_policy_check(args[0], nullptr, 0, nullptr) < 0) return nullptr;
    const char* src = embedded_source(name, nullptr);
    if (!src) return err_format(ImportError, "No such frozen object named '%s'", name.c_str());
    CodeObject* code = compile_source(src, "<frozen " + name + ">", CompileMode::Exec);
    if (code) code_mark_library(code);
    return code;
}

// find_spec(name, path=None, path_only=False)
Object* imp_find_spec(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"name", "path", "path_only"};
    static const ArgSpec kSpec{"find_spec", kNames, 3, 0, -1, 1};
    Object* a[3] = {};
    if (!bind_args(kSpec, args, nargs, kwnames, a)) return nullptr;
    if (!is_str(a[0])) return err_format(TypeError, "module name must be str, not %s", a[0]->type->name);
    if (import_policy_check(a[0], nullptr, 0, nullptr) < 0) return nullptr;
    int path_only = a[2] ? object_is_true(a[2]) : 0;
    if (path_only < 0) return nullptr;
    return import_find_spec(std::string(str_view(a[0])), a[1], path_only != 0);
}

Object* imp_import_absolute(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    std::string name;
    if (!name_arg("import_absolute", args, nargs, kwnames, &name)) return nullptr;
    if (import_policy_check(args[0], nullptr, 0, nullptr) < 0) return nullptr;
    return import_module(name.c_str());
}

}  // namespace

Object* os_fspath(Object* p) {
    if (is_str(p) || is_bytes(p)) return newref(p);
    Ref<> fn = Ref<>::steal(lookup_special(p, str_intern("__fspath__")));
    if (!fn) {
        if (err_occurred()) return nullptr;
        return err_format(TypeError, "expected str, bytes or os.PathLike object, not %s", p->type->name);
    }
    Object* r = call0(fn.get());
    if (!r) return nullptr;
    if (!is_str(r) && !is_bytes(r)) {
        err_format(TypeError, "expected %s.__fspath__() to return str or bytes, not %s", p->type->name, r->type->name);
        decref(r);
        return nullptr;
    }
    return r;
}

Object* os_fsdecode(Object* p) {
    Object* path = os_fspath(p);
    if (!path || is_str(path)) return path;
    Object* text = bytes_decode_text(bytes_like_view(path), "utf-8", "surrogateescape");
    decref(path);
    return text;
}

namespace {

Object* imp_fspath(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("fspath", nargs, kwnames)) return nullptr;
    return os_fspath(args[0]);
}

// The bytes of a file, for the loaders' get_data (kept here so importlib does not need io).
Object* imp_read_file(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    std::string path;
    if (!name_arg("read_file", args, nargs, kwnames, &path)) return nullptr;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        int e = errno;
        Ref<> code = Ref<>::steal(int_from_i64(e));
        Ref<> msg = Ref<>::steal(str_from(std::strerror(e)));
        Object* a[3] = {code.get(), msg.get(), args[0]};
        Ref<> exc = Ref<>::steal(call(OSError, a, 3));
        if (exc) err_set_instance(exc.get());
        return nullptr;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    return bytes_from(ss.str());
}

Object* imp_getcwd(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("getcwd", nargs, kwnames)) return nullptr;
    char buf[4096];
    if (!getcwd(buf, sizeof buf)) return err_set_string(OSError, std::strerror(errno));
    return str_from(buf);
}

// CPython switches between frozen and source stdlib modules with it (test.support's
// frozen_modules). pygen's library is always the embedded one: the override is checked and kept.
int g_frozen_override = 0;

Object* imp_override_frozen_modules_for_tests(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("_imp._override_frozen_modules_for_tests", nargs, kwnames)) return nullptr;
    int64_t v = 0;
    if (!index_as_i64(args[0], &v, "int")) return nullptr;
    g_frozen_override = v > 0 ? 1 : v < 0 ? -1 : 0;
    return incref(None);
}

// [(name, is_package)] of every module embedded in the binary (lib/*.py): pkgutil lists the
// library folder's modules from it, since that folder is not on disk.
Object* imp_frozen_module_names(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_args("_frozen_module_names", nargs, kwnames)) return nullptr;
    Ref<> out = Ref<>::steal(list_new(0));
    if (!out) return nullptr;
    for (const EmbeddedModule* e = kEmbeddedModules; e->name; ++e) {
        Ref<> name = Ref<>::steal(str_from_cstr(e->name));
        if (!name) return nullptr;
        Ref<> pair = Ref<>::steal(tuple_pack({name.get(), e->is_package ? True : False}));
        if (!pair || list_append(out.get(), pair.get()) < 0) return nullptr;
    }
    return out.release();
}

const MethodDef kImpMethods[] = {
    {"_frozen_module_names", imp_frozen_module_names},
    {"_override_frozen_modules_for_tests", imp_override_frozen_modules_for_tests},
    {"read_file", imp_read_file, kMethSystem},
    {"getcwd", imp_getcwd, kMethSystem},
    {"is_builtin", imp_is_builtin},
    {"create_builtin", imp_create_builtin},
    {"is_frozen", imp_is_frozen},
    {"is_frozen_package", imp_is_frozen_package},
    {"get_frozen_source", imp_get_frozen_source},
    {"get_frozen_object", imp_get_frozen_object},
    {"find_spec", imp_find_spec},
    {"import_absolute", imp_import_absolute},
    {"fspath", imp_fspath},
    {nullptr, nullptr},
};

}  // namespace

Object* make_imp_module() {
    Ref<> m = Ref<>::steal(module_new("_imp"));
    if (!m || module_add_functions(m.get(), kImpMethods) < 0) return nullptr;
    return m.release();
}

}  // namespace pygen
