// The import system (see import.h). Modules are put in sys.modules before their code runs, so
// circular imports see the partly initialised module (its __spec__._initializing is true), and
// taken out again if the code fails. Finding is done here in C++ so a program that imports little
// starts fast; the spec objects come from lib/importlib/_bootstrap.py once something is imported.
// CPython counterparts: Python/import.c, Lib/importlib/_bootstrap.py, _bootstrap_external.py.
#include "vm/import.h"
#include "vm/runtime.h"

#include <cstring>
#include <fstream>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <unistd.h>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "modules/sys_module.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/call.h"
#include "vm/pylib.h"
#include "vm/pythonrun.h"
#include "vm/source_text.h"

namespace pygen {

namespace {

Object* g_import_function = nullptr;
Object* g_bootstrap = nullptr;     // strong once loaded: the importlib._bootstrap module
bool g_bootstrapping = false;      // loading importlib._bootstrap itself (modules get no spec yet)

bool is_file(const std::string& p) {
    struct stat st;
    return stat(p.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool is_dir(const std::string& p) {
    struct stat st;
    return stat(p.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

bool read_file(const std::string& path, std::string* out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    *out = ss.str();
    return true;
}

std::string current_dir() {
    char buf[4096];
    return getcwd(buf, sizeof buf) ? std::string(buf) : std::string(".");
}

const EmbeddedModule* find_embedded(const std::string& name) {
    for (const EmbeddedModule* e = kEmbeddedModules; e->name; ++e) {
        if (name == e->name) return e;
    }
    return nullptr;
}

// ModuleNotFoundError(msg, name=name)
Object* module_not_found(const std::string& name, const std::string& message) {
    Ref<> msg = Ref<>::steal(str_from(message));
    Ref<> n = Ref<>::steal(str_from(name));
    Ref<> kw = Ref<>::steal(tuple_pack({str_intern("name")}));
    Object* args[2] = {msg.get(), n.get()};
    Ref<> exc = Ref<>::steal(call(ModuleNotFoundError, args, 1, kw.get()));
    if (exc) err_set_instance(exc.get());
    return nullptr;
}

Object* no_module_named(const std::string& name) { return module_not_found(name, "No module named '" + name + "'"); }

// What a search found, before any module object exists.
struct FoundModule {
    enum class Kind { Missing, Builtin, Frozen, Source, Package, Namespace };
    Kind kind = Kind::Missing;
    std::string origin;                   // file (Source, Package) or virtual file (Frozen)
    std::vector<std::string> locations;   // __path__ for packages (one folder) and namespaces
    const EmbeddedModule* frozen = nullptr;
    bool is_package() const { return kind == Kind::Package || kind == Kind::Namespace || (frozen && frozen->is_package); }
};

// Searches one sys.path / __path__ entry for the module `leaf` whose full name is `name`.
// Folders without __init__.py are remembered in `namespace_dirs` (they only count if nothing else
// is found anywhere on the path, as in CPython's FileFinder/PathFinder).
bool search_entry(const std::string& entry, const std::string& name, const std::string& leaf, FoundModule* out,
                  std::vector<std::string>* namespace_dirs) {
    size_t n = std::strlen(kEmbeddedLibPath);
    if (entry.compare(0, n, kEmbeddedLibPath) == 0 && (entry.size() == n || entry[n] == '/')) {
        std::string prefix = entry.size() > n ? entry.substr(n + 1) : "";
        for (char& c : prefix) if (c == '/') c = '.';
        std::string full = prefix.empty() ? leaf : prefix + "." + leaf;
        if (full != name) return false;   // a package's __path__ copied elsewhere: not ours to map
        const EmbeddedModule* e = find_embedded(full);
        if (!e) return false;
        out->kind = FoundModule::Kind::Frozen;
        out->frozen = e;
        out->origin = entry + "/" + leaf + (e->is_package ? "/__init__.py" : ".py");
        if (e->is_package) out->locations = {entry + "/" + leaf};
        return true;
    }
    // Once the host removed system access, folders are not searched: only built-in, embedded,
    // host-installed and meta_path modules import.
    if (g_system_access_removed) return false;
    // '' and '.' are the current folder, and a relative entry is taken from it: found files are
    // reported by absolute names ('dir/../x' stays unnormalised), as CPython 3.11's FileFinder does.
    std::string folder = entry.empty() || entry == "." ? current_dir()
                         : entry[0] == '/'               ? entry
                                                         : current_dir() + "/" + entry;
    std::string base = folder + "/" + leaf;
    if (is_dir(base)) {
        if (is_file(base + "/__init__.py")) {
            out->kind = FoundModule::Kind::Package;
            out->origin = base + "/__init__.py";
            out->locations = {base};
            return true;
        }
    }
    if (is_file(base + ".py")) {
        out->kind = FoundModule::Kind::Source;
        out->origin = base + ".py";
        return true;
    }
    if (is_dir(base)) namespace_dirs->push_back(base);
    return false;
}

// Finds `name` (whose parent is imported) in `search` (an iterable of folders; null means
// sys.path). False with an exception on error; out->kind stays Missing when nothing matched.
bool find_module(const std::string& name, Object* search, bool allow_builtin, FoundModule* out) {
    if (allow_builtin && name.find('.') == std::string::npos &&
        (find_builtin_module(name.c_str()) || name == "sys" || name == "builtins")) {
        out->kind = FoundModule::Kind::Builtin;
        out->origin = "built-in";
        return true;
    }
    Ref<> path;
    if (search && search != None) {
        path = Ref<>::borrow(search);
    } else {
        Object* sys = dict_getitem_str(sys_modules(), "sys");
        if (sys) path = Ref<>::steal(object_lookup_attr(sys, str_intern("path")));
        if (!path) {
            if (err_occurred()) return false;
            return true;
        }
    }
    std::string leaf = name.substr(name.rfind('.') == std::string::npos ? 0 : name.rfind('.') + 1);
    std::vector<std::string> namespace_dirs;
    Ref<> it = Ref<>::steal(object_iter(path.get()));
    if (!it) return false;
    while (Object* item = iter_next(it.get())) {
        Ref<> entry = Ref<>::steal(item);
        if (!is_str(item)) continue;
        if (search_entry(std::string(str_view(item)), name, leaf, out, &namespace_dirs)) return true;
    }
    if (err_occurred()) return false;
    if (!namespace_dirs.empty()) {
        out->kind = FoundModule::Kind::Namespace;
        out->locations = namespace_dirs;
    }
    return true;
}

Object* list_of(const std::vector<std::string>& items) {
    Object* l = list_new(0);
    if (!l) return nullptr;
    for (const std::string& s : items) {
        Ref<> v = Ref<>::steal(str_from(s));
        if (!v || list_append(l, v.get()) < 0) {
            decref(l);
            return nullptr;
        }
    }
    return l;
}

// The ModuleSpec of a found module (None while bootstrapping). New reference or null.
Object* spec_for(const std::string& name, const FoundModule& f) {
    if (!g_bootstrap) return none_new();
    const char* kind = "source";
    switch (f.kind) {
        case FoundModule::Kind::Builtin: kind = "builtin"; break;
        case FoundModule::Kind::Frozen: kind = "frozen"; break;
        case FoundModule::Kind::Package: kind = "package"; break;
        case FoundModule::Kind::Namespace: kind = "namespace"; break;
        default: break;
    }
    Ref<> fn = Ref<>::steal(object_getattr_str(g_bootstrap, "_spec_for"));
    if (!fn) return nullptr;
    Ref<> n = Ref<>::steal(str_from(name));
    Ref<> k = Ref<>::steal(str_from(kind));
    Ref<> origin = f.origin.empty() ? Ref<>::borrow(None) : Ref<>::steal(str_from(f.origin));
    Ref<> locations = f.is_package() ? Ref<>::steal(list_of(f.locations)) : Ref<>::borrow(None);
    if (!n || !k || !origin || !locations) return nullptr;
    Object* args[4] = {n.get(), k.get(), origin.get(), locations.get()};
    return call(fn.get(), args, 4);
}

// Sets __spec__ and __loader__ (and for packages the spec's own __path__ list).
int set_spec_attrs(Object* dict, Object* spec) {
    if (dict_setitem_str(dict, "__spec__", spec) < 0) return -1;
    if (spec == None) return 0;
    Ref<> loader = Ref<>::steal(object_getattr_str(spec, "loader"));
    if (!loader || dict_setitem_str(dict, "__loader__", loader.get()) < 0) return -1;
    return 0;
}

int set_initializing(Object* spec, bool value) {
    if (spec == None) return 0;
    return object_setattr_str(spec, "_initializing", value ? True : False);
}

void forget_module(const std::string& name) {
    Object* saved = err_fetch();
    Ref<> key = Ref<>::steal(str_from(name));
    if (key && dict_getitem(sys_modules(), key.get())) dict_delitem(sys_modules(), key.get());
    err_clear();
    err_restore(saved);
}

// Source text and file name to compile for a found module.
bool module_source(const std::string& name, const FoundModule& f, std::string* source, std::string* filename) {
    if (f.kind == FoundModule::Kind::Frozen) {
        *source = f.frozen->source;
        *filename = "<frozen " + name + ">";
        return true;
    }
    std::string raw;
    if (!read_file(f.origin, &raw)) {
        err_format(ImportError, "cannot read '%s'", f.origin.c_str());
        return false;
    }
    *filename = f.origin;
    return decode_source(raw, f.origin, SourceOrigin::Bytes, source);
}

// Creates, registers and executes the module for a search result; returns sys.modules[name].
Object* load_found(const std::string& name, const FoundModule& f) {
    Ref<> spec = Ref<>::steal(spec_for(name, f));
    if (!spec) return nullptr;
    if (f.kind == FoundModule::Kind::Builtin) {
        Object* existing = dict_getitem_str(sys_modules(), name.c_str());   // sys, builtins
        Ref<> m = existing ? Ref<>::borrow(existing) : Ref<>::steal(find_builtin_module(name.c_str())());
        if (!m) return nullptr;
        if (is_module(m.get()) && set_spec_attrs(module_dict(m.get()), spec.get()) < 0) return nullptr;
        if (dict_setitem_str(sys_modules(), name.c_str(), m.get()) < 0) return nullptr;
        return m.release();
    }
    Ref<> mod = Ref<>::steal(module_new(name.c_str()));
    if (!mod) return nullptr;
    Object* d = module_dict(mod.get());
    bool package = f.is_package();
    std::string parent = package ? name : (name.rfind('.') == std::string::npos ? "" : name.substr(0, name.rfind('.')));
    Ref<> pkg = Ref<>::steal(str_from(parent));
    if (!pkg || dict_setitem_str(d, "__package__", pkg.get()) < 0) return nullptr;
    if (set_spec_attrs(d, spec.get()) < 0) return nullptr;
    if (package) {
        Ref<> path = spec.get() != None ? Ref<>::steal(object_getattr_str(spec.get(), "submodule_search_locations"))
                                        : Ref<>::steal(list_of(f.locations));
        if (!path || dict_setitem_str(d, "__path__", path.get()) < 0) return nullptr;
    }
    if (f.kind == FoundModule::Kind::Namespace) {
        if (dict_setitem_str(d, "__file__", None) < 0) return nullptr;
    } else {
        Ref<> file = Ref<>::steal(str_from(f.origin));
        if (!file || dict_setitem_str(d, "__file__", file.get()) < 0) return nullptr;
        if (f.kind != FoundModule::Kind::Frozen && dict_setitem_str(d, "__cached__", None) < 0) return nullptr;
    }
    // An imported module's __builtins__ is the builtins dict (CPython's exec() of the module's
    // code puts the running builtins there); only __main__ gets the module.
    if (dict_setitem_str(d, "__builtins__", builtins_dict()) < 0) return nullptr;
    if (dict_setitem_str(sys_modules(), name.c_str(), mod.get()) < 0) return nullptr;
    if (f.kind != FoundModule::Kind::Namespace) {
        std::string source, filename;
        if (!module_source(name, f, &source, &filename)) {
            forget_module(name);
            return nullptr;
        }
        if (set_initializing(spec.get(), true) < 0) return nullptr;
        CodeObject* code = compile_source(source, filename, CompileMode::Exec);
        if (code && f.kind == FoundModule::Kind::Frozen) code_mark_library(code);
        Object* result = code ? eval_code(code, d, d) : nullptr;
        xdecref(code);
        Object* saved = err_fetch();
        set_initializing(spec.get(), false);
        err_clear();
        err_restore(saved);
        if (!result) {
            forget_module(name);
            return nullptr;
        }
        decref(result);
    }
    // The module may have replaced itself in sys.modules.
    Object* final_mod = dict_getitem_str(sys_modules(), name.c_str());
    if (!final_mod) return err_format(KeyError, "'%s'", name.c_str());
    return newref(final_mod);
}

// The bootstrap classes, loaded once (importlib and importlib._bootstrap are embedded).
void ensure_bootstrap();

bool is_own_finder(Object* finder) {
    static const char* const kOwn[] = {"BuiltinImporter", "FrozenImporter", "PathFinder"};
    for (const char* n : kOwn) {
        Object* cls = dict_getitem_str(module_dict(g_bootstrap), n);
        if (cls == finder) return true;
    }
    return false;
}

// Asks the user finders on sys.meta_path (those before our PathFinder when `early`, after it
// otherwise) for `name`. New reference to the loaded module, None when none found it, or null.
Object* try_meta_path(const std::string& name, Object* parent_path, bool early) {
    Object* sys = dict_getitem_str(sys_modules(), "sys");
    if (!sys || !g_bootstrap) return none_new();
    Ref<> meta = Ref<>::steal(object_lookup_attr(sys, str_intern("meta_path")));
    if (!meta || !is_list(meta.get())) {
        err_clear();
        return none_new();
    }
    Object* path_finder = dict_getitem_str(module_dict(g_bootstrap), "PathFinder");
    bool before = true;
    for (ssize i = 0; i < list_size(meta.get()); ++i) {
        Ref<> finder = Ref<>::borrow(list_item(meta.get(), i));
        if (finder.get() == path_finder) before = false;
        if (before != early || is_own_finder(finder.get())) continue;
        Ref<> find = Ref<>::steal(object_lookup_attr(finder.get(), str_intern("find_spec")));
        if (!find) {
            if (err_occurred()) return nullptr;
            continue;
        }
        Ref<> n = Ref<>::steal(str_from(name));
        Object* args[3] = {n.get(), parent_path ? parent_path : None, None};
        Ref<> spec = Ref<>::steal(call(find.get(), args, 3));
        if (!spec) return nullptr;
        if (spec.get() == None) continue;
        Ref<> load = Ref<>::steal(object_getattr_str(g_bootstrap, "_load"));
        if (!load) return nullptr;
        return call1(load.get(), spec.get());
    }
    return none_new();
}

// sys.meta_path set to None, as at shutdown (sys_clear_special_at_exit) or by a program.
bool meta_path_is_none() {
    Object* sys = dict_getitem_str(sys_modules(), "sys");
    if (!sys || !is_module(sys) || !module_dict(sys)) return false;
    return dict_getitem_str(module_dict(sys), "meta_path") == None;
}

// Imports `name` and every parent package; returns the leaf module.
Object* import_absolute(const std::string& name) {
    if (Object* m = dict_getitem_str(sys_modules(), name.c_str())) {
        if (m == None) return module_not_found(name, "import of " + name + " halted; None in sys.modules");
        return newref(m);
    }
    ensure_bootstrap();
    if (err_occurred()) return nullptr;
    Ref<> parent;
    Ref<> parent_path;
    size_t dot = name.rfind('.');
    if (dot != std::string::npos) {
        parent = Ref<>::steal(import_absolute(name.substr(0, dot)));
        if (!parent) return nullptr;
        // Importing the parent may have imported this module too.
        if (Object* m = dict_getitem_str(sys_modules(), name.c_str())) return newref(m);
        parent_path = Ref<>::steal(object_lookup_attr(parent.get(), str_intern("__path__")));
        if (!parent_path) {
            if (err_occurred()) return nullptr;
            return module_not_found(name, "No module named '" + name + "'; '" + name.substr(0, dot) + "' is not a package");
        }
    }
    if (meta_path_is_none()) {
        err_set_string(ImportError, "sys.meta_path is None, Python is likely shutting down");
        return nullptr;
    }
    Ref<> m = Ref<>::steal(try_meta_path(name, parent_path.get(), true));
    if (!m) return nullptr;
    if (m.get() == None) {
        FoundModule found;
        if (!find_module(name, parent_path.get(), !parent, &found)) return nullptr;
        if (found.kind != FoundModule::Kind::Missing) {
            m = Ref<>::steal(load_found(name, found));
        } else {
            m = Ref<>::steal(try_meta_path(name, parent_path.get(), false));
            if (m && m.get() == None) return no_module_named(name);
        }
        if (!m) return nullptr;
    }
    if (parent) {
        // CPython: _bootstrap._find_and_load_unlocked sets the child as an attribute of the parent.
        Ref<> leaf = Ref<>::steal(str_from(name.substr(dot + 1)));
        if (object_setattr(parent.get(), leaf.get(), m.get()) < 0) err_clear();
    }
    return m.release();
}

void ensure_bootstrap() {
    if (g_bootstrap || g_bootstrapping) return;
    g_bootstrapping = true;
    Object* b = import_absolute("importlib._bootstrap");
    g_bootstrapping = false;
    if (!b) return;
    g_bootstrap = b;
    runtime_slot(&g_bootstrap);
    // Modules loaded before the spec classes existed get their specs now.
    Ref<> keys = Ref<>::steal(dict_keys_list(sys_modules()));
    if (!keys) return;
    for (ssize i = 0; i < list_size(keys.get()); ++i) {
        Object* key = list_item(keys.get(), i);
        Object* mod = dict_getitem(sys_modules(), key);
        if (!mod || !is_str(key) || !is_module(mod) || str_view(key) == "__main__") continue;
        Object* d = module_dict(mod);
        Object* spec = dict_getitem_str(d, "__spec__");
        if (spec && spec != None) continue;
        std::string name(str_view(key));
        FoundModule f;
        if (find_builtin_module(name.c_str()) || name == "sys" || name == "builtins") {
            f.kind = FoundModule::Kind::Builtin;
            f.origin = "built-in";
        } else if (const EmbeddedModule* e = find_embedded(name)) {
            f.kind = FoundModule::Kind::Frozen;
            f.frozen = e;
            std::string rel = name;
            for (char& c : rel) if (c == '.') c = '/';
            f.origin = std::string(kEmbeddedLibPath) + "/" + rel + (e->is_package ? "/__init__.py" : ".py");
            if (e->is_package) f.locations = {std::string(kEmbeddedLibPath) + "/" + rel};
        } else {
            continue;
        }
        Ref<> s = Ref<>::steal(spec_for(name, f));
        if (!s || set_spec_attrs(d, s.get()) < 0) return;
    }
    // sys.meta_path shows CPython's three finders (the import itself does their work in C++).
    Object* sys = dict_getitem_str(sys_modules(), "sys");
    Ref<> meta = sys ? Ref<>::steal(object_lookup_attr(sys, str_intern("meta_path"))) : Ref<>();
    if (meta && is_list(meta.get()) && list_size(meta.get()) == 0) {
        for (const char* n : {"BuiltinImporter", "FrozenImporter", "PathFinder"})
            list_append(meta.get(), dict_getitem_str(module_dict(g_bootstrap), n));
    }
    err_clear();
}

std::string resolve_relative(const std::string& name, Object* globals, int level, bool* ok) {
    *ok = false;
    Object* package = globals ? dict_getitem_str(globals, "__package__") : nullptr;
    std::string pkg;
    if (package && package != None) {
        if (!is_str(package)) {
            err_set_string(TypeError, "package must be a string");
            return "";
        }
        pkg = std::string(str_view(package));
    } else {
        Object* spec = globals ? dict_getitem_str(globals, "__spec__") : nullptr;
        if (spec && spec != None) {
            Ref<> parent = Ref<>::steal(object_getattr_str(spec, "parent"));
            if (!parent) return "";
            if (is_str(parent.get())) pkg = std::string(str_view(parent.get()));
        } else {
            Object* modname = globals ? dict_getitem_str(globals, "__name__") : nullptr;
            if (!modname) {
                err_set_string(KeyError, "'__name__' not in globals");
                return "";
            }
            if (!is_str(modname)) {
                err_set_string(TypeError, "__name__ must be a string");
                return "";
            }
            pkg = std::string(str_view(modname));
            if (!dict_getitem_str(globals, "__path__")) {
                size_t dot = pkg.rfind('.');
                pkg = dot == std::string::npos ? "" : pkg.substr(0, dot);
            }
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

// from package import submodule: imports the names of `fromlist` that are not attributes of the
// package yet; `*` imports the names in __all__. CPython: _bootstrap._handle_fromlist.
int handle_fromlist(Object* mod, const std::string& name, Object* fromlist, bool allow_star) {
    Ref<> path = Ref<>::steal(object_lookup_attr(mod, str_intern("__path__")));
    if (!path) return err_occurred() ? -1 : 0;
    Ref<> it = Ref<>::steal(object_iter(fromlist));
    if (!it) return -1;
    while (Object* item = iter_next(it.get())) {
        Ref<> x = Ref<>::steal(item);
        if (!is_str(item)) {
            const char* where = allow_star ? "``from list''" : "__all__";
            err_format(TypeError, "Item in %s%s must be str, not %s", allow_star ? "" : (name + ".").c_str(), where,
                       item->type->name);
            return -1;
        }
        if (str_view(item) == "*") {
            if (!allow_star) continue;
            Ref<> all = Ref<>::steal(object_lookup_attr(mod, str_intern("__all__")));
            if (!all) {
                if (err_occurred()) return -1;
                continue;
            }
            if (handle_fromlist(mod, name, all.get(), false) < 0) return -1;
            continue;
        }
        Ref<> attr = Ref<>::steal(object_lookup_attr(mod, item));
        if (attr) continue;
        if (err_occurred()) return -1;
        std::string full = name + "." + std::string(str_view(item));
        Ref<> sub = Ref<>::steal(import_absolute(full));
        if (!sub) {
            // A missing submodule of exactly that name is left to IMPORT_FROM to report.
            if (!err_matches(ModuleNotFoundError)) return -1;
            Ref<> exc = Ref<>::steal(err_fetch());
            Ref<> exc_name = Ref<>::steal(object_lookup_attr(exc.get(), str_intern("name")));
            if (!exc_name || !is_str(exc_name.get()) || str_view(exc_name.get()) != full) {
                err_clear();
                err_restore(exc.release());
                return -1;
            }
        }
    }
    return err_occurred() ? -1 : 0;
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
            if (dot == std::string::npos || level > 0) return mod.release();
            return import_absolute(name.substr(0, dot));
        }
        // `__import__('a.b', globals, None, (), 1)`: the top package of the relative name.
        std::string rel(str_view(name_obj));
        size_t cut = name.size() - rel.size() + rel.find('.');
        return rel.find('.') == std::string::npos ? mod.release() : import_absolute(name.substr(0, cut));
    }
    if (handle_fromlist(mod.get(), name, fromlist, true) < 0) return nullptr;
    return mod.release();
}

namespace {
ImportPolicyFn g_import_policy = nullptr;

std::string top_of(std::string_view name) { return std::string(name.substr(0, name.find('.'))); }
}  // namespace

void set_import_policy(ImportPolicyFn policy) { g_import_policy = policy; }

void code_mark_library(CodeObject* code) {
    code->from_library = true;
    ssize n = tuple_size(code->consts);
    for (ssize i = 0; i < n; ++i) {
        Object* c = tuple_item(code->consts, i);
        if (is_code(c)) code_mark_library(static_cast<CodeObject*>(c));
    }
}

int import_policy_check(Object* name_obj, Object* globals, int level, const CodeObject* requester) {
    if (!g_import_policy) return 0;
    if (!is_str(name_obj) || level < 0) return 0;   // import_module_level reports these
    std::string name(str_view(name_obj));
    if (level > 0) {
        bool ok;
        name = resolve_relative(name, globals, level, &ok);
        if (!ok) return -1;
    }
    if (name.empty()) return 0;
    if (requester && requester->from_library) {
        if (level == 0) return 0;
        // A relative import of library code stays inside the library package the code belongs
        // to ("<frozen asyncio.events>": asyncio), whatever __package__ its globals claim.
        std::string_view file = is_str(requester->filename) ? str_view(requester->filename) : "";
        constexpr std::string_view kFrozen = "<frozen ";
        if (file.starts_with(kFrozen) && file.ends_with(">") &&
            top_of(file.substr(kFrozen.size(), file.size() - kFrozen.size() - 1)) == top_of(name))
            return 0;
    }
    return g_import_policy(name);
}

Object* builtin_import_function() { return g_import_function; }
void set_builtin_import_function(Object* f) { g_import_function = f; }

Object* import_find_spec(const std::string& name, Object* path, bool path_only) {
    ensure_bootstrap();
    if (err_occurred()) return nullptr;
    FoundModule f;
    if (!find_module(name, path, !path_only && (!path || path == None), &f)) return nullptr;
    if (f.kind == FoundModule::Kind::Missing) return none_new();
    return spec_for(name, f);
}

const char* embedded_source(const std::string& name, bool* is_package) {
    const EmbeddedModule* e = find_embedded(name);
    if (!e) return nullptr;
    if (is_package) *is_package = e->is_package;
    return e->source;
}

}  // namespace pygen

namespace pygen {

namespace {

// runpy's "program: message" errors for -m: status 1.
int run_module_error(const std::string& program, const std::string& message) {
    sys_flush_stdout();
    sys_write_stderr(program + ": " + message + "\n");
    return 1;
}

// "ExceptionType: message" of the pending exception, which is cleared.
std::string pending_exception_text() {
    Ref<> exc = Ref<>::steal(err_fetch());
    if (!exc) return "";
    Ref<> text = Ref<>::steal(object_str(exc.get()));
    std::string s = exc->type->name;
    if (text && is_str(text.get()) && !str_view(text.get()).empty()) s += ": " + std::string(str_view(text.get()));
    err_clear();
    return s;
}

}  // namespace

// CPython: runpy._run_module_as_main, _get_module_details.
int run_module_as_main(const std::string& requested, const std::string& program) {
    if (!requested.empty() && requested[0] == '.') return run_module_error(program, "Relative module names not supported");
    ensure_bootstrap();
    if (err_occurred()) return handle_uncaught_exception();
    std::string name = requested;
    FoundModule found;
    for (int depth = 0;; ++depth) {
        size_t dot = name.rfind('.');
        Ref<> parent_path;
        if (dot != std::string::npos) {
            Ref<> parent = Ref<>::steal(import_absolute(name.substr(0, dot)));
            if (!parent) {
                if (!err_matches(ImportError)) return handle_uncaught_exception();
                return run_module_error(program, "Error while finding module specification for '" + name + "' (" +
                                                     pending_exception_text() + ")");
            }
            parent_path = Ref<>::steal(object_lookup_attr(parent.get(), str_intern("__path__")));
            if (!parent_path) {
                if (err_occurred()) return handle_uncaught_exception();
                return run_module_error(program, "Error while finding module specification for '" + name +
                                                     "' (ModuleNotFoundError: __path__ attribute not found on '" +
                                                     name.substr(0, dot) + "' while trying to find '" + name + "')");
            }
        }
        found = FoundModule();
        if (!find_module(name, parent_path.get(), dot == std::string::npos, &found)) return handle_uncaught_exception();
        if (found.kind == FoundModule::Kind::Missing) {
            std::string message = "No module named " + name;
            if (depth > 0) message += "; '" + requested + "' is a package and cannot be directly executed";
            return run_module_error(program, message);
        }
        if (!found.is_package()) break;
        if (depth > 0) {
            std::string pkg = name.substr(0, name.rfind('.'));
            return run_module_error(program, "No module named " + name + "; '" + pkg +
                                                 "' is a package and cannot be directly executed");
        }
        // A package runs its __main__ submodule, after the package itself is imported.
        Ref<> pkg = Ref<>::steal(import_absolute(name));
        if (!pkg) return handle_uncaught_exception();
        name += ".__main__";
    }
    if (found.kind == FoundModule::Kind::Builtin) return run_module_error(program, "No code object available for " + name);
    std::string source, filename;
    if (!module_source(name, found, &source, &filename)) return handle_uncaught_exception();
    // sys.argv[0] becomes the module's file, as runpy does.
    Object* sys = dict_getitem_str(sys_modules(), "sys");
    Ref<> argv = sys ? Ref<>::steal(object_lookup_attr(sys, str_intern("argv"))) : Ref<>();
    if (argv && is_list(argv.get()) && list_size(argv.get()) > 0) {
        Ref<> file = Ref<>::steal(str_from(found.origin));
        if (file) object_setitem(argv.get(), Ref<>::steal(int_from_i64(0)).get(), file.get());
    }
    err_clear();
    Ref<> spec = Ref<>::steal(spec_for(name, found));
    if (!spec) return handle_uncaught_exception();
    Ref<> main = Ref<>::steal(module_new("__main__"));
    if (!main) return handle_uncaught_exception();
    Object* d = module_dict(main.get());
    size_t dot = name.rfind('.');
    Ref<> package = Ref<>::steal(str_from(dot == std::string::npos ? "" : name.substr(0, dot)));
    Ref<> file = Ref<>::steal(str_from(found.origin));
    if (dict_setitem_str(d, "__builtins__", builtins_module()) < 0 || set_spec_attrs(d, spec.get()) < 0 ||
        dict_setitem_str(d, "__package__", package.get()) < 0 || dict_setitem_str(d, "__file__", file.get()) < 0 ||
        dict_setitem_str(d, "__cached__", None) < 0 || dict_setitem_str(sys_modules(), "__main__", main.get()) < 0)
        return handle_uncaught_exception();
    CodeObject* code = compile_source(source, filename, CompileMode::Exec);
    if (!code) return handle_uncaught_exception();
    Object* result = eval_code(code, d, d);
    decref(code);
    if (!result) return handle_uncaught_exception();
    decref(result);
    return 0;
}

}  // namespace pygen
