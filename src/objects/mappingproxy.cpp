// mappingproxy: a read-only view of a mapping (types.MappingProxyType; dict views' .mapping).
// Lookups, len, iteration, comparison, str and the keys/values/items/copy/get/__reversed__
// methods are the mapping's own; '|' unwraps proxies on either side and applies the mappings'
// '|'; item assignment and '|=' are refused.
// CPython counterpart: Objects/descrobject.c (mappingproxy_*).
#include "objects/mappingproxy.h"

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/generic_alias.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

TypeObject MappingProxyType;

namespace {

Object* mapping_of(Object* self) { return static_cast<MappingProxyObject*>(self)->mapping; }

bool is_proxy(Object* o) { return o->type == &MappingProxyType; }

}  // namespace

Object* mappingproxy_new(Object* mapping) {
    // CPython: mappingproxy_check_mapping (PyMapping_Check: a __getitem__ slot).
    if (mapping->type->getitem == nullptr || is_list(mapping) || is_tuple(mapping)) {
        return err_format(TypeError, "mappingproxy() argument must be a mapping, not %s", mapping->type->name);
    }
    auto* p = static_cast<MappingProxyObject*>(alloc_object(&MappingProxyType));
    if (p == nullptr) return nullptr;
    p->mapping = incref(mapping);
    return p;
}

namespace {

// mappingproxy(mapping)
Object* mp_tp_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    ssize nkw = kwnames ? tuple_size(kwnames) : 0;
    if (nargs + static_cast<size_t>(nkw) > 1) {
        // Argument Clinic's wording: "keyword " only when no argument is positional.
        return err_format(TypeError, "mappingproxy() takes at most 1 %sargument (%zd given)", nargs == 0 ? "keyword " : "",
                          static_cast<ssize>(nargs) + nkw);
    }
    Object* mapping = nargs == 1 ? args[0] : nullptr;
    if (nkw == 1 && str_view(tuple_item(kwnames, 0)) == "mapping") mapping = args[nargs];
    if (mapping == nullptr) return err_format(TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)");
    return mappingproxy_new(mapping);
}

void mp_dealloc(Object* self) {
    clearref(static_cast<MappingProxyObject*>(self)->mapping);
    free_object(self);
}

void mp_traverse(Object* self, VisitFn visit, void* arg) {
    if (Object* m = mapping_of(self)) visit(m, arg);
}

ssize mp_len(Object* self) { return object_length(mapping_of(self)); }
Object* mp_getitem(Object* self, Object* key) { return object_getitem(mapping_of(self), key); }

int mp_contains(Object* self, Object* key) {
    Object* m = mapping_of(self);
    if (is_dict_exact(m)) return dict_contains(m, key);
    return sequence_contains(m, key);
}

Object* mp_iter(Object* self) { return object_iter(mapping_of(self)); }
Object* mp_str(Object* self) { return object_str(mapping_of(self)); }
Object* mp_repr(Object* self) { return str_from_format("mappingproxy(%R)", mapping_of(self)); }
Object* mp_richcompare(Object* self, Object* other, CompareOp op) {
    return object_rich_compare(mapping_of(self), other, op);
}

Object* mp_or(Object* left, Object* right) {
    if (is_proxy(left)) left = mapping_of(left);
    if (is_proxy(right)) right = mapping_of(right);
    return binary_op(left, right, BinOp::Or);
}

Object* mp_ior(Object* self, Object*) {
    return err_format(TypeError, "'|=' is not supported by %s; use '|' instead", self->type->name);
}

// get(key, default=None): the mapping's get, always with both arguments.
Object* mp_get(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("mappingproxy.get", kwnames) || !arg_count("get", nargs, 1, 2)) return nullptr;
    Object* call_args[2] = {args[0], nargs == 2 ? args[1] : None};
    return call_method(mapping_of(self), "get", call_args, 2);
}

Object* mp_keys(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("mappingproxy.keys", kwnames) || !arg_none("mappingproxy.keys", nargs)) return nullptr;
    return call_method0(mapping_of(self), "keys");
}
Object* mp_values(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("mappingproxy.values", kwnames) || !arg_none("mappingproxy.values", nargs)) return nullptr;
    return call_method0(mapping_of(self), "values");
}
Object* mp_items(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("mappingproxy.items", kwnames) || !arg_none("mappingproxy.items", nargs)) return nullptr;
    return call_method0(mapping_of(self), "items");
}
Object* mp_copy(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("mappingproxy.copy", kwnames) || !arg_none("mappingproxy.copy", nargs)) return nullptr;
    return call_method0(mapping_of(self), "copy");
}
Object* mp_reversed(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!arg_no_kwargs("mappingproxy.__reversed__", kwnames) || !arg_none("mappingproxy.__reversed__", nargs)) {
        return nullptr;
    }
    return call_method0(mapping_of(self), "__reversed__");
}

const MethodDef kMappingProxyMethods[] = {
    {"get", mp_get},
    {"keys", mp_keys},
    {"values", mp_values},
    {"items", mp_items},
    {"copy", mp_copy},
    {"__reversed__", mp_reversed},
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {nullptr, nullptr},
};

}  // namespace

void init_mappingproxy_type() {
    TypeObject& t = MappingProxyType;
    t.name = "mappingproxy";
    t.basicsize = sizeof(MappingProxyObject);
    t.flags = kTypeGC;   // not subclassable
    t.dealloc = mp_dealloc;
    t.traverse = mp_traverse;
    t.repr = mp_repr;
    t.str = mp_str;
    t.hash = hash_not_implemented;
    t.richcompare = mp_richcompare;
    t.iter = mp_iter;
    t.tp_new = mp_tp_new;
    t.len = mp_len;
    t.getitem = mp_getitem;
    t.contains = mp_contains;
    t.nb[static_cast<int>(BinOp::Or)] = mp_or;
    t.nb_inplace[static_cast<int>(BinOp::Or)] = mp_ior;
    t.methods = kMappingProxyMethods;
    (void)type_ready(&t);
}

}  // namespace pygen
