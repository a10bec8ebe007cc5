// Method resolution order: C3 linearisation with CPython's error text, and the hook that lets a
// metaclass override mro(). CPython counterpart: Objects/typeobject.c (mro_implementation,
// pmerge, set_mro_error, mro_internal).
#include <string>
#include <vector>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"

namespace pygen {

namespace {

bool tail_contains(Object* list, ssize from, Object* o) {
    for (ssize i = from + 1; i < tuple_size(list); i++) {
        if (tuple_item(list, i) == o) return true;
    }
    return false;
}

// Names the classes still at the heads of the lists, in order and without repeats.
void set_mro_error(const std::vector<Object*>& to_merge, const std::vector<ssize>& remain) {
    std::vector<Object*> heads;
    for (size_t i = 0; i < to_merge.size(); i++) {
        if (remain[i] >= tuple_size(to_merge[i])) continue;
        Object* c = tuple_item(to_merge[i], remain[i]);
        bool seen = false;
        for (Object* h : heads) seen = seen || h == c;
        if (!seen) heads.push_back(c);
    }
    std::string msg = "Cannot create a consistent method resolution\norder (MRO) for bases";
    for (size_t i = 0; i < heads.size(); i++) {
        msg += ' ';
        Object* name = object_lookup_attr(heads[i], PYGEN_ID(__name__));
        if (name != nullptr && is_str(name)) msg += str_view(name);
        else msg += '?';
        xdecref(name);
        err_clear();
        if (i + 1 < heads.size()) msg += ',';
    }
    err_set_string(TypeError, msg);
}

}  // namespace

Object* mro_c3(TypeObject* type) {
    Object* bases = type->bases;
    ssize n = bases ? tuple_size(bases) : 0;
    if (n == 0) return tuple_pack({type});
    for (ssize i = 0; i < n; i++) {
        auto* b = static_cast<TypeObject*>(tuple_item(bases, i));
        if (b->mro == nullptr) {
            return err_format(TypeError, "Cannot extend an incomplete type '%s'", b->name);
        }
    }
    if (n == 1) {
        Object* base_mro = static_cast<TypeObject*>(tuple_item(bases, 0))->mro;
        ssize k = tuple_size(base_mro);
        Object* result = tuple_new(k + 1);
        if (result == nullptr) return nullptr;
        tuple_items(result)[0] = newref(static_cast<Object*>(type));
        for (ssize i = 0; i < k; i++) tuple_items(result)[i + 1] = newref(tuple_item(base_mro, i));
        return result;
    }
    std::vector<Object*> to_merge;
    for (ssize i = 0; i < n; i++) to_merge.push_back(static_cast<TypeObject*>(tuple_item(bases, i))->mro);
    to_merge.push_back(bases);
    std::vector<ssize> remain(to_merge.size(), 0);
    std::vector<Object*> result{type};
    while (true) {
        size_t empty = 0;
        bool progressed = false;
        for (size_t i = 0; i < to_merge.size(); i++) {
            if (remain[i] >= tuple_size(to_merge[i])) {
                empty++;
                continue;
            }
            Object* candidate = tuple_item(to_merge[i], remain[i]);
            bool in_tail = false;
            for (size_t j = 0; j < to_merge.size() && !in_tail; j++) {
                in_tail = tail_contains(to_merge[j], remain[j], candidate);
            }
            if (in_tail) continue;
            result.push_back(candidate);
            for (size_t j = 0; j < to_merge.size(); j++) {
                if (remain[j] < tuple_size(to_merge[j]) && tuple_item(to_merge[j], remain[j]) == candidate) remain[j]++;
            }
            progressed = true;
            break;
        }
        if (progressed) continue;
        if (empty == to_merge.size()) break;
        set_mro_error(to_merge, remain);
        return nullptr;
    }
    return tuple_from_array(result.data(), static_cast<ssize>(result.size()));
}

// CPython: typeobject.c, mro_internal / mro_invoke.
bool mro_internal(TypeObject* type) {
    Object* mro;
    TypeObject* metatype = type->type;
    Object* custom = metatype != &TypeType ? type_lookup(metatype, PYGEN_ID(mro)) : nullptr;
    Object* builtin = type_lookup(&TypeType, PYGEN_ID(mro));
    if (custom != nullptr && custom != builtin) {
        Object* res = call_method0(type, "mro");
        if (res == nullptr) return false;
        mro = sequence_tuple(res);
        decref(res);
        if (mro == nullptr) return false;
        TypeObject* solid = solid_base(type);
        for (ssize i = 0; i < tuple_size(mro); i++) {
            Object* c = tuple_item(mro, i);
            if (!is_type(c)) {
                err_format(TypeError, "mro() returned a non-class ('%s')", c->type->name);
                decref(mro);
                return false;
            }
            if (!is_subtype(solid, solid_base(static_cast<TypeObject*>(c)))) {
                err_format(TypeError, "mro() returned base with unsuitable layout ('%s')",
                           static_cast<TypeObject*>(c)->name);
                decref(mro);
                return false;
            }
        }
    } else {
        mro = mro_c3(type);
        if (mro == nullptr) return false;
    }
    setref(type->mro, mro);
    type_modified(type);
    return true;
}

}  // namespace pygen
