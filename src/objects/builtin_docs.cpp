// Lookup in the table of built-in signatures and docstrings (builtin_docs_table.cpp).
#include "objects/builtin_docs.h"

#include <algorithm>
#include <cstring>

#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

int compare(const BuiltinDocEntry& e, std::string_view owner, std::string_view name) {
    int c = std::string_view(e.owner).compare(owner);
    return c != 0 ? c : std::string_view(e.name).compare(name);
}

Object* text_or_none(const char* text) { return text ? str_from_cstr(text) : newref(None); }

bool table_holds(const MethodDef* table, const MethodDef* def) {
    for (const MethodDef* d = table; d && d->name; ++d) {
        if (d == def) return true;
    }
    return false;
}

}  // namespace

const BuiltinDocEntry* builtin_doc_find(std::string_view owner, std::string_view name) {
    const BuiltinDocEntry* end = kBuiltinDocs + kBuiltinDocCount;
    const BuiltinDocEntry* it = std::lower_bound(kBuiltinDocs, end, 0, [&](const BuiltinDocEntry& e, int) {
        return compare(e, owner, name) < 0;
    });
    return it != end && compare(*it, owner, name) == 0 ? it : nullptr;
}

Object* builtin_signature_object(std::string_view owner, std::string_view name) {
    const BuiltinDocEntry* e = builtin_doc_find(owner, name);
    // A special method pygen defines in a type's method table (int.__divmod__) has the slot's
    // signature.
    if (!e && name.size() > 4 && name.substr(0, 2) == "__") e = builtin_doc_find("slot", name);
    return text_or_none(e ? e->signature : nullptr);
}

Object* builtin_doc_object(std::string_view owner, std::string_view name) {
    const BuiltinDocEntry* e = builtin_doc_find(owner, name);
    return text_or_none(e ? e->doc : nullptr);
}

TypeObject* builtin_method_owner(TypeObject* t, const MethodDef* def) {
    if (table_holds(t->methods, def)) return t;
    if (t->mro && is_tuple(t->mro)) {
        for (ssize i = 0; i < tuple_size(t->mro); i++) {
            auto* base = static_cast<TypeObject*>(tuple_item(t->mro, i));
            if (table_holds(base->methods, def)) return base;
        }
    }
    return t;
}

}  // namespace pygen
