// BaseExceptionGroup / ExceptionGroup (PEP 654): the layout and the helpers `except*` uses.
// The types themselves are in errors.h's list; exception_group.cpp fills in their slots.
// CPython counterpart: Objects/exceptions.c (BaseExceptionGroup, _PyExc_PrepReraiseStar).
#pragma once

#include "objects/exceptions.h"

namespace pygen {

struct BaseExceptionGroupObject : BaseExceptionObject {
    Object* msg;    // str (strong)
    Object* excs;   // non-empty tuple of exceptions (strong)
};

bool is_exception_group(Object* o);

// `except* T`: 0 when T is a valid type or tuple for it, -1 with TypeError set otherwise
// (not an exception class, or an exception group class).
int check_except_star_type(Object* match_type);

// CHECK_EG_MATCH: splits exc (the exception being handled, or None) by match_type into new
// references *match (None: no match; a naked matching exception is wrapped in a group) and
// *rest (None: nothing left). False with an error set.
bool exception_group_match(Object* exc, Object* match_type, Object** match, Object** rest);

// PREP_RERAISE_STAR: from the original exception and the list of what the except* clauses
// raised or re-raised (plus the unhandled rest, None entries allowed), the exception to raise
// afterwards, or None. New reference or null with an error.
Object* prep_reraise_star(Object* orig, Object* excs);

// Fills in the slots of BaseExceptionGroup / ExceptionGroup before type_ready.
void setup_exception_group_type(TypeObject* t);

}  // namespace pygen
