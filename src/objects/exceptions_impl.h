// Shared between exceptions.cpp (BaseException and the hierarchy) and exception_families.cpp
// (the exceptions with their own attributes). Not for use elsewhere.
// CPython counterpart: Objects/exceptions.c.
#pragma once

#include "objects/exceptions.h"

namespace pygen {

// BaseException's slots, reused by the families.
Object* base_exc_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames);
int base_exc_init(Object* self, Object* const* args, size_t nargs, Object* kwnames);
void base_exc_clear_fields(BaseExceptionObject* e);   // drops the BaseException fields
void base_exc_traverse(Object* self, VisitFn visit, void* arg);
Object* base_exc_str(Object* self);
// Sets self.args = tuple(args[0..nargs)); false with an error set.
bool base_exc_set_args(Object* self, Object* const* args, size_t nargs);
// TypeError "X() takes no keyword arguments" unless kwnames is empty.
bool exc_no_keywords(Object* self, Object* kwnames);

// Fills in the slots, getsets and basicsize of the families (by identity of the type) before
// type_ready. Called by init_exception_types for every built-in exception type.
void setup_exception_family(TypeObject* type);

}  // namespace pygen
