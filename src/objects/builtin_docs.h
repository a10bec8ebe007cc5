// Text signatures and docstrings of built-in functions, types and methods (builtin_docs_table.cpp
// holds them): what __text_signature__ (read by inspect.signature) and __doc__ report.
#pragma once

#include <cstddef>
#include <string_view>

#include "objects/object.h"

namespace pygen {

struct BuiltinDocEntry {
    const char* owner;      // "builtins", "math", "class", "slot" or a type's name
    const char* name;
    const char* signature;  // CPython's __text_signature__ form, or null
    const char* doc;        // null when there is none
};

extern const BuiltinDocEntry kBuiltinDocs[];
extern const size_t kBuiltinDocCount;

// The entry for owner/name, or null.
const BuiltinDocEntry* builtin_doc_find(std::string_view owner, std::string_view name);
// New references: the signature or doc as a str, None when there is none.
Object* builtin_signature_object(std::string_view owner, std::string_view name);
Object* builtin_doc_object(std::string_view owner, std::string_view name);
// The type among t's MRO whose own method table holds def (t itself when none does): the owner
// to look a bound built-in method up under, so a subclass's instance finds its base's entry.
TypeObject* builtin_method_owner(TypeObject* t, const MethodDef* def);

}  // namespace pygen
