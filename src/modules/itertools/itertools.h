// The _itertools module's types, shared between its files: count/repeat/chain/islice
// (itertools_module.cpp, which also makes the module), the combinatoric iterators
// (combinatorics.cpp), the filtering and mapping ones (filters.cpp, transforms.cpp), groupby
// (groupby.cpp) and tee (tee.cpp). CPython counterpart: Modules/itertoolsmodule.c (behaviour only).
#pragma once

#include "objects/object.h"

namespace pygen {

extern TypeObject ItChainType;     // "itertools.chain" (accumulate's __reduce__ builds one)
extern TypeObject ItIsliceType;    // "itertools.islice"

namespace itertools_detail {

// Most types here keep all their strong references first, in `refs`, so one templated
// traverse/clear/dealloc serves them; unused slots stay null.
template <int N>
struct RefsObject : Object {
    Object* refs[N];
};

template <int N>
void refs_traverse(Object* o, VisitFn visit, void* arg) {
    for (Object* r : static_cast<RefsObject<N>*>(o)->refs)
        if (r) visit(r, arg);
}
template <int N>
int refs_clear(Object* o) {
    for (Object*& r : static_cast<RefsObject<N>*>(o)->refs) clearref(r);
    return 0;
}
template <int N>
void refs_dealloc(Object* o) {
    refs_clear<N>(o);
    free_object(o);
}

inline Object* iter_self(Object* o) { return incref(o); }

// One step of an inner iterator: null without an exception at its end (a StopIteration raised
// by a Python __next__ is cleared), null with one on error. CPython: PyIter_Next.
Object* next_of(Object* it);

// Fills a static type with what every iterator here shares: iter returns self, GC-tracked,
// subclassable unless `base_type` is false. The caller sets any other slot before; then readies it.
[[nodiscard]] bool ready_iter_type(TypeObject& t, const char* name, size_t size, NewFn tp_new, UnaryFn next,
                                   const MethodDef* methods, TraverseFn traverse, InquiryFn clear,
                                   DeallocFn dealloc, bool base_type = true);
template <int N>
[[nodiscard]] bool ready_refs_type(TypeObject& t, const char* name, size_t size, NewFn tp_new, UnaryFn next,
                                   const MethodDef* methods, bool base_type = true) {
    return ready_iter_type(t, name, size, tp_new, next, methods, refs_traverse<N>, refs_clear<N>, refs_dealloc<N>,
                           base_type);
}

// Positional-only constructors refuse keywords ("cycle() takes no keyword arguments") when
// called for `base` itself or a subclass that defines no __init__ of its own (which might
// want them), as CPython's. False with the TypeError.
[[nodiscard]] bool check_ctor_no_kwargs(TypeObject* type, TypeObject* base, const char* fname, Object* kwnames);

// (type, args) or (type, args, state), as the __reduce__ methods return; args/state are
// stolen (null propagates an error).
Object* reduce_value(Object* type, Object* args, Object* state = nullptr);

// Ready the types of each file once per process (they are static and immortal), then add
// them to the module. False with an exception.
[[nodiscard]] bool add_combinatoric_types(Object* module);
[[nodiscard]] bool add_filter_types(Object* module);
[[nodiscard]] bool add_transform_types(Object* module);
[[nodiscard]] bool add_groupby_types(Object* module);
[[nodiscard]] bool add_tee_types(Object* module);

}  // namespace itertools_detail
}  // namespace pygen
