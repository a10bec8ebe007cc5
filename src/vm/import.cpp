// The import system (see import.h). Modules are put in sys.modules before their code runs, so
// circular imports see the partly initialised module, and taken out again if the code fails.
// CPython counterparts: Python/import.c, Lib/importlib/_bootstrap.py, _bootstrap_external.py.
#include "vm/import.h"

#include <fstream>
#include <sstream>
#include <string>
#include <sys/stat.h>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/pylib.h"
#include "vm/pythonrun.h"

namespace pygen {

namespace {

Object* g_import_function = nullptr;

bool is_file(const std::string& p) {
    struct stat st;
    return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool read_file(const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    *out = ss.str();
    return true;
}

// ModuleNotFoundError(msg, name=name)
Object* exception_new_for_import(Object* msg, const std::string& name) {
    Ref<> n = Ref<>::steal(str_from(name));
    Ref<> kw = Ref<>::steal(tuple_pack({str_intern("name")}));
    Object* args[2] = {msg, n.get()};
    return call(ModuleNotFoundError, args, 1, kw.get());
}

Object* module_not_found(const std::string& name, const std::string& suffix = "") {
    Ref<> msg = Ref<>::steal(str_from("No module named '" + name + "'" + suffix));
    Ref<> exc = Ref<>::steal(exception_new_for_import(msg.get(), name));
    if (exc) err_set_instance(exc.get());
    return nullptr;
}

// Runs `source` as the body of a new module `name` registered in sys.modules.
Object* exec_module_source(const std::string& name, const std::string& source, const std::string& file,
                           const std::string& package_dir, bool is_package) {
    Ref<> mod = Ref<>::steal(module_new(name.c_str()));
    if (!mod) return nullptr;
    Object* d = module_dict(mod.get());
    if (!file.empty()) {
        Ref<> f = Ref<>::steal(str_from(file));
        dict_setitem_str(d, "__file__", f.get());
    }
    dict_setitem_str(d, "__builtins__", builtins_module());
    std::string package = is_package ? name : (name.rfind('.') == std::string::npos ? "" : name.substr(0, name.rfind('.')));
    Ref<> pkg = Ref<>::steal(str_from(package));
    dict_setitem_str(d, "__package__", pkg.get());
    if (is_package) {
        Ref<> path = Ref<>::steal(list_new(0));
        Ref<> dir = Ref<>::steal(str_from(package_dir));
        list_append(path.get(), dir.get());
        dict_setitem_str(d, "__path__", path.get());
    }
    if (dict_setitem_str(sys_modules(), name.c_str(), mod.get()) < 0) return nullptr;
    CodeObject* code = compile_source(source, file.empty() ? "<frozen " + name + ">" : file, CompileMode::Exec);
    Object* result = code ? eval_code(code, d, d) : nullptr;
    xdecref(code);
    if (!result) {
        Object* saved = err_fetch();
        Ref<> key = Ref<>::steal(str_from(name));
        if (dict_getitem(sys_modules(), key.get())) dict_delitem(sys_modules(), key.get());
        err_clear();
        err_restore(saved);
        return nullptr;
    }
    decref(result);
    // The module may have replaced itself in sys.modules.
    Object* final_mod = dict_getitem_str(sys_modules(), name.c_str());
    return newref(final_mod ? final_mod : mod.get());
}

// Finds and loads one module whose parent (if any) is already imported.
Object* load_module(const std::string& name, Object* parent) {
    if (ModuleInitFn init = find_builtin_module(name.c_str())) {
        Object* m = init();
        if (!m) return nullptr;
        if (dict_setitem_str(sys_modules(), name.c_str(), m) < 0) {
            decref(m);
            return nullptr;
        }
        return m;
    }
    for (const EmbeddedModule* e = kEmbeddedModules; e->name; ++e) {
        if (name == e->name) return exec_module_source(name, e->source, "", "", e->is_package);
    }
    // Search path: the parent's __path__ for submodules, sys.path for top-level modules.
    Ref<> search;
    if (parent) {
        search = Ref<>::steal(object_lookup_attr(parent, str_intern("__path__")));
        if (!search) {
            if (err_occurred()) return nullptr;
            std::string pname = name.substr(0, name.rfind('.'));
            return module_not_found(name, "; '" + pname + "' is not a package");
        }
    } else {
        Object* sys = dict_getitem_str(sys_modules(), "sys");
        if (sys) search = Ref<>::steal(object_lookup_attr(sys, str_intern("path")));
        err_clear();
    }
    std::string leaf = name.substr(name.rfind('.') == std::string::npos ? 0 : name.rfind('.') + 1);
    if (search && is_list(search.get())) {
        for (ssize i = 0; i < list_size(search.get()); ++i) {
            Object* entry = list_item(search.get(), i);
            if (!is_str(entry)) continue;
            std::string dir(str_view(entry));
            std::string base = dir.empty() ? leaf : dir + "/" + leaf;
            std::string source;
            if (is_file(base + "/__init__.py") && read_file(base + "/__init__.py", &source))
                return exec_module_source(name, source, base + "/__init__.py", base, true);
            if (is_file(base + ".py") && read_file(base + ".py", &source))
                return exec_module_source(name, source, base + ".py", "", false);
        }
    }
    return module_not_found(name);
}

// Imports `name` and every parent package; returns the leaf module.
Object* import_absolute(const std::string& name) {
    if (Object* m = dict_getitem_str(sys_modules(), name.c_str())) {
        if (m == None) return module_not_found(name, "; halted; None in sys.modules");
        return newref(m);
    }
    Ref<> parent;
    size_t dot = name.rfind('.');
    if (dot != std::string::npos) {
        parent = Ref<>::steal(import_absolute(name.substr(0, dot)));
        if (!parent) return nullptr;
        // Importing the parent may have imported this module too.
        if (Object* m = dict_getitem_str(sys_modules(), name.c_str())) return newref(m);
    }
    Object* m = load_module(name, parent.get());
    if (m && parent) {
        Ref<> leaf = Ref<>::steal(str_from(name.substr(dot + 1)));
        object_setattr(parent.get(), leaf.get(), m);
        err_clear();
    }
    return m;
}

std::string resolve_relative(const std::string& name, Object* globals, int level, bool* ok) {
    *ok = false;
    Object* package = globals ? dict_getitem_str(globals, "__package__") : nullptr;
    std::string pkg;
    if (package && is_str(package)) {
        pkg = std::string(str_view(package));
    } else {
        Object* modname = globals ? dict_getitem_str(globals, "__name__") : nullptr;
        if (!modname || !is_str(modname)) {
            err_set_string(KeyError, "'__name__' not in globals");
            return "";
        }
        pkg = std::string(str_view(modname));
        if (!globals || !dict_getitem_str(globals, "__path__")) {
            size_t dot = pkg.rfind('.');
            pkg = dot == std::string::npos ? "" : pkg.substr(0, dot);
        }
    }
    if (pkg.empty()) {
        err_set_string(ImportError, "attempted relative import with no known parent package");
        return "";
    }
    for (int i = 1; i < level; ++i) {
        size_t dot = pkg.rfind('.');
        if (dot == std::string::npos) {
            err_set_string(ImportError, "attempted relative import beyond top-level package");
            return "";
        }
        pkg = pkg.substr(0, dot);
    }
    *ok = true;
    return name.empty() ? pkg : pkg + "." + name;
}

}  // namespace

Object* import_module(const char* name) { return import_absolute(name); }

Object* import_module_level(Object* name_obj, Object* globals, Object* fromlist, int level) {
    if (!is_str(name_obj)) return err_format(TypeError, "module name must be str, not %s", name_obj->type->name);
    std::string name(str_view(name_obj));
    if (level < 0) return err_set_string(ValueError, "level must be >= 0");
    if (level > 0) {
        bool ok;
        name = resolve_relative(name, globals, level, &ok);
        if (!ok) return nullptr;
    } else if (name.empty()) {
        return err_set_string(ValueError, "Empty module name");
    }
    Ref<> mod = Ref<>::steal(import_absolute(name));
    if (!mod) return nullptr;
    bool has_fromlist = fromlist && fromlist != None && object_is_true(fromlist) > 0;
    if (!has_fromlist) {
        if (level == 0 || std::string(str_view(name_obj)).empty()) {
            size_t dot = name.find('.');
            if (dot == std::string::npos) return mod.release();
            return import_absolute(name.substr(0, dot));
        }
        // Relative `from . import x` is always with a fromlist; `import .a` cannot be written.
        return mod.release();
    }
    // from package import submodule: import submodules that are not attributes yet.
    Ref<> path = Ref<>::steal(object_lookup_attr(mod.get(), str_intern("__path__")));
    if (path) {
        Ref<> it = Ref<>::steal(object_iter(fromlist));
        if (!it) return nullptr;
        while (Object* item = iter_next(it.get())) {
            Ref<> x = Ref<>::steal(item);
            if (!is_str(item) || str_view(item) == "*") continue;
            Ref<> attr = Ref<>::steal(object_lookup_attr(mod.get(), item));
            if (attr) continue;
            if (err_occurred()) return nullptr;
            Ref<> sub = Ref<>::steal(import_absolute(name + "." + std::string(str_view(item))));
            if (!sub) {
                // Only a missing submodule of exactly that name is ignored (IMPORT_FROM reports it).
                if (!err_matches(ModuleNotFoundError)) return nullptr;
                err_clear();
            }
        }
    }
    err_clear();
    return mod.release();
}

Object* builtin_import_function() { return g_import_function; }
void set_builtin_import_function(Object* f) { g_import_function = f; }

}  // namespace pygen
