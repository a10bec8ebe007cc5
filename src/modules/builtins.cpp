// The builtins module: the built-in types, constants and exception classes under their names, the
// small functions (repr, len, hash, isinstance, format, ...) and the tables of the theme files
// (builtins_io/iter/numeric/attr.cpp). exec, eval, compile, __import__ and __build_class__ are
// the lead's and are added to the module by runtime_init.
// CPython counterpart: Python/bltinmodule.c.

#include <cstdint>

#include "modules/builtin_modules.h"
#include "modules/builtins_args.h"
#include "modules/builtins_tables.h"
#include "modules/sys_module.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/complex.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/memoryview.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/import.h"

namespace pygen {

namespace {

Object* builtin_repr(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("repr", nargs, kwnames)) return nullptr;
    return object_repr(args[0]);
}

Object* builtin_ascii(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("ascii", nargs, kwnames)) return nullptr;
    return object_ascii(args[0]);
}

Object* builtin_len(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs == 1 && !kwnames) [[likely]] {
        // The commonest receivers read their size directly (CPython 3.11 specializes len too).
        Object* o = args[0];
        if (o->type == &ListType) return int_from_i64(list_size(o));
        if (o->type == &StrType) return int_from_i64(str_length(o));
        if (o->type == &TupleType) return int_from_i64(tuple_size(o));
    } else if (!check_one_arg("len", nargs, kwnames)) {
        return nullptr;
    }
    ssize length = object_length(args[0]);
    return length < 0 ? nullptr : int_from_i64(length);
}

Object* builtin_hash(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("hash", nargs, kwnames)) return nullptr;
    int64_t hash = object_hash(args[0]);
    return hash == -1 ? nullptr : int_from_i64(hash);
}

Object* builtin_id(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("id", nargs, kwnames)) return nullptr;
    return int_from_u64(static_cast<uint64_t>(reinterpret_cast<uintptr_t>(args[0])));
}

Object* builtin_callable(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("callable", nargs, kwnames)) return nullptr;
    return bool_from(is_callable(args[0]));
}

Object* builtin_isinstance(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("isinstance", nargs, kwnames, 2, 2)) return nullptr;
    int result = object_isinstance(args[0], args[1]);
    return result < 0 ? nullptr : bool_from(result);
}

Object* builtin_issubclass(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("issubclass", nargs, kwnames, 2, 2)) return nullptr;
    int result = object_issubclass(args[0], args[1]);
    return result < 0 ? nullptr : bool_from(result);
}

// format(value, format_spec='')
Object* builtin_format(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("format", nargs, kwnames, 1, 2)) return nullptr;
    if (nargs == 2) {
        if (!is_str(args[1])) return err_format(TypeError, "format() argument 2 must be str, not %s", arg_type_name(args[1]));
        return object_format(args[0], args[1]);
    }
    Ref<> empty = Ref<>::steal(str_from(""));
    return empty ? object_format(args[0], empty.get()) : nullptr;
}

// exit and quit: instances of "_sitebuiltins.Quitter", as the site module makes them in CPython
// (repr "Use exit() or Ctrl-D (i.e. EOF) to exit"). Calling one closes sys.stdin, as CPython's
// does, and raises SystemExit(code).
struct QuitterObject : Object {
    const char* name;   // static: "exit" or "quit"
};

TypeObject QuitterType;
const char* const kQuitterEof = "Ctrl-D (i.e. EOF)";

Object* quitter_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    // The messages of a Python method __call__(self, code=None).
    size_t nkw = kwnames ? static_cast<size_t>(tuple_size(kwnames)) : 0;
    size_t npos = nargs;   // keyword values follow the positional ones in args
    if (npos > 1)
        return err_format(TypeError, "Quitter.__call__() takes from 1 to 2 positional arguments but %zu were given", npos + 1);
    Object* code = npos == 1 ? args[0] : nullptr;
    for (size_t i = 0; i < nkw; i++) {
        Object* key = tuple_item(kwnames, static_cast<ssize>(i));
        if (str_view(key) != "code")
            return err_format(TypeError, "Quitter.__call__() got an unexpected keyword argument '%U'", key);
        if (code) return err_set_string(TypeError, "Quitter.__call__() got multiple values for argument 'code'");
        code = args[npos + i];
    }
    if (!code) code = None;
    if (Object* in = sys_get_object("stdin")) {
        Ref<> keep = Ref<>::borrow(in);
        Ref<> closed = Ref<>::steal(call_method0(in, "close"));
        if (!closed) err_clear();   // a stdin that cannot close does not stop the exit
    }
    Object* exc = exception_new(SystemExit, &code, 1);
    if (!exc) return nullptr;
    err_set_instance(exc);
    decref(exc);
    return nullptr;
}

Object* quitter_repr(Object* self) {
    const char* name = static_cast<QuitterObject*>(self)->name;
    return str_from_format("Use %s() or %s to exit", name, kQuitterEof);
}

Object* quitter_get_name(Object* self) { return str_from_cstr(static_cast<QuitterObject*>(self)->name); }
Object* quitter_get_eof(Object*) { return str_from_cstr(kQuitterEof); }

const GetSetDef kQuitterGetSet[] = {
    {"name", quitter_get_name},
    {"eof", quitter_get_eof},
    {nullptr, nullptr},
};

Object* make_quitter(const char* name) {
    if (!type_has(&QuitterType, kTypeReady)) {
        QuitterType.name = "_sitebuiltins.Quitter";
        QuitterType.basicsize = sizeof(QuitterObject);
        QuitterType.dealloc = free_object;
        QuitterType.call = quitter_call;
        QuitterType.repr = quitter_repr;
        QuitterType.getset = kQuitterGetSet;
        if (!type_ready(&QuitterType)) return nullptr;
    }
    auto* q = static_cast<QuitterObject*>(alloc_object(&QuitterType));
    if (q) q->name = name;
    return q;
}

// builtins.help: an instance of "_sitebuiltins._Helper", as the site module makes it in CPython.
// Calling it is pydoc's help, imported on first use so programs that never ask for help do not
// load it.
TypeObject HelperType;

Object* helper_call(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Ref<> pydoc = Ref<>::steal(import_module("pydoc"));
    if (!pydoc) return nullptr;
    Ref<> helper = Ref<>::steal(object_getattr_str(pydoc.get(), "help"));
    if (!helper) return nullptr;
    return call(helper.get(), args, nargs, kwnames);
}

Object* helper_repr(Object*) {
    return str_from_cstr("Type help() for interactive help, or help(object) for help about object.");
}

Object* make_helper() {
    if (!type_has(&HelperType, kTypeReady)) {
        HelperType.name = "_sitebuiltins._Helper";
        HelperType.basicsize = sizeof(Object);
        HelperType.dealloc = free_object;
        HelperType.call = helper_call;
        HelperType.repr = helper_repr;
        if (!type_ready(&HelperType)) return nullptr;
    }
    return alloc_object(&HelperType);
}

const MethodDef kBuiltinsCoreMethods[] = {
    {"repr", builtin_repr, kMethDepth},
    {"ascii", builtin_ascii, kMethDepth},
    {"len", builtin_len},
    {"hash", builtin_hash, kMethDepth},
    {"id", builtin_id, kMethDepth},
    {"callable", builtin_callable, kMethDepth},
    {"isinstance", builtin_isinstance},
    {"issubclass", builtin_issubclass},
    {"format", builtin_format},
    {nullptr, nullptr},
};

struct NamedType {
    const char* name;
    TypeObject* type;
};

// The classes reachable by name; `type` itself is TypeType, whose call does type(x) / type(n, b, d).
const NamedType kBuiltinTypes[] = {
    {"object", &ObjectType},
    {"type", &TypeType},
    {"int", &IntType},
    {"bool", &BoolType},
    {"float", &FloatType},
    {"complex", &ComplexType},
    {"str", &StrType},
    {"bytes", &BytesType},
    {"bytearray", &ByteArrayType},
    {"memoryview", &MemoryViewType},
    {"list", &ListType},
    {"tuple", &TupleType},
    {"dict", &DictType},
    {"set", &SetType},
    {"frozenset", &FrozenSetType},
    {"range", &RangeType},
    {"slice", &SliceType},
    {"enumerate", &EnumerateType},
    {"zip", &ZipType},
    {"map", &MapType},
    {"filter", &FilterType},
    {"reversed", &ReversedType},
    {"property", &PropertyType},
    {"classmethod", &ClassMethodType},
    {"staticmethod", &StaticMethodType},
    {"super", &SuperType},
};

int add_exceptions(Object* m) {
#define PYGEN_ADD_EXC(name) \
    if (module_add_object(m, #name, name) < 0) return -1;
    PYGEN_FOR_EACH_EXCEPTION(PYGEN_ADD_EXC)
#undef PYGEN_ADD_EXC
    // Old names kept as aliases of OSError since Python 3.3.
    if (module_add_object(m, "EnvironmentError", OSError) < 0) return -1;
    if (module_add_object(m, "IOError", OSError) < 0) return -1;
    return 0;
}

}  // namespace

Object* make_builtins_module() {
    Ref<> m = Ref<>::steal(module_new("builtins"));
    if (!m) return nullptr;
    for (const MethodDef* table : {kBuiltinsCoreMethods, kBuiltinsIoMethods, kBuiltinsIterMethods,
                                   kBuiltinsNumericMethods, kBuiltinsAttrMethods}) {
        if (module_add_functions(m.get(), table) < 0) return nullptr;
    }
    const struct {
        const char* name;
        Object* value;
    } constants[] = {
        {"None", None},
        {"True", True},
        {"False", False},
        {"Ellipsis", Ellipsis},
        {"NotImplemented", NotImplemented},
        {"__debug__", True},
    };
    for (const auto& c : constants) {
        if (module_add_object(m.get(), c.name, c.value) < 0) return nullptr;
    }
    for (const NamedType& t : kBuiltinTypes) {
        if (module_add_object(m.get(), t.name, t.type) < 0) return nullptr;
    }
    if (add_exceptions(m.get()) < 0) return nullptr;
    Ref<> helper = Ref<>::steal(make_helper());
    if (!helper || module_add_object(m.get(), "help", helper.get()) < 0) return nullptr;
    for (const char* name : {"exit", "quit"}) {
        Ref<> quitter = Ref<>::steal(make_quitter(name));
        if (!quitter || module_add_object(m.get(), name, quitter.get()) < 0) return nullptr;
    }
    return m.release();
}

}  // namespace pygen
