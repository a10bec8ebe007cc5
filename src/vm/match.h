// Run-time support of the match statement's instructions (MATCH_CLASS, MATCH_KEYS,
// MATCH_SEQUENCE/MAPPING): what a class pattern extracts, what a mapping pattern looks up, and
// which types count as sequences and mappings. CPython counterpart: Python/ceval.c (match_class,
// match_keys) and the Py_TPFLAGS_SEQUENCE/MAPPING flags.
#pragma once

#include "objects/object.h"

namespace pygen {

enum class MatchCollection { None, Sequence, Mapping };
MatchCollection match_collection_kind(TypeObject* type);

// New ref: a tuple of the attributes, None when the subject does not match, null on error.
Object* match_class(Object* subject, Object* cls, Object* kw_names, int nargs);
// New ref: a tuple of the values under `keys` (a tuple), None if one is missing, null on error.
Object* match_keys(Object* subject, Object* keys);

// pygen._set_collection_flags(cls, flags) / pygen._collection_flags(cls), for lib/abc.py.
Object* pygen_set_collection_flags(Object*, Object* const* args, size_t nargs, Object*);
Object* pygen_collection_flags(Object*, Object* const* args, size_t nargs, Object*);

}  // namespace pygen
