// groupby and its groups (_grouper): consecutive items with equal keys, each group an iterator
// that reads the shared input through its parent and stops working once the parent moves on.
// CPython 3.11's __reduce__/__setstate__; every key comparison holds its operands, so a key
// whose __eq__ advances the same groupby cannot free them under it. CPython counterpart:
// Modules/itertoolsmodule.c, groupby_* / _grouper_* (behaviour only).

#include "modules/builtins_args.h"
#include "modules/itertools/itertools.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/module.h"
#include "objects/range.h"
#include "objects/tuple.h"

namespace pygen::itertools_detail {
namespace {

TypeObject GroupbyType;
TypeObject GrouperType;

enum GroupbyRef { kIt, kKeyFunc, kTargetKey, kCurrentKey, kCurrentValue, kGroupbyRefs };

// refs[kIt]: the iterator; refs[kKeyFunc]: key, null for None; refs[kTargetKey]: the key of the
// current group; refs[kCurrentKey]/refs[kCurrentValue]: the item read ahead and its key, null
// when none is pending. `current_grouper` identifies the one live group (borrowed, compared
// only, never followed: a group clears it when it goes away).
struct GroupbyObject : RefsObject<kGroupbyRefs> {
    Object* current_grouper;
};

// refs[0]: the parent groupby; refs[1]: the key of this group.
struct GrouperObject : RefsObject<2> {};

// Reads the next item and its key into the parent. -1 at the end (no exception) or on error.
// CPython: itertoolsmodule.c, groupby_step.
int groupby_step(GroupbyObject* g) {
    Ref<> it = Ref<>::borrow(g->refs[kIt]);
    Ref<> value = Ref<>::steal(next_of(it.get()));
    if (!value) return -1;
    Ref<> key;
    if (g->refs[kKeyFunc]) {
        Ref<> func = Ref<>::borrow(g->refs[kKeyFunc]);
        key = Ref<>::steal(call1(func.get(), value.get()));
        if (!key) return -1;
    } else {
        key = value;
    }
    setref(g->refs[kCurrentValue], value.release());
    setref(g->refs[kCurrentKey], key.release());
    return 0;
}

// a == b on held references: -1 error, else 0/1.
int keys_equal(Object* a, Object* b) {
    Ref<> ha = Ref<>::borrow(a), hb = Ref<>::borrow(b);
    return object_rich_compare_bool(ha.get(), hb.get(), CompareOp::Eq);
}

Object* grouper_create(GroupbyObject* parent, Object* key) {
    auto* gr = static_cast<GrouperObject*>(alloc_object(&GrouperType));
    if (!gr) return nullptr;
    gr->refs[0] = newref(parent);
    gr->refs[1] = newref(key);
    parent->current_grouper = gr;
    return gr;
}

// ---- groupby(iterable, key=None) ----

Object* groupby_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"iterable", "key"};
    Object* bound[2];
    if (!bind_args(ArgSpec{"groupby", kNames, 2, 0, -1, 1}, args, nargs, kwnames, bound)) return nullptr;
    Object* it = object_iter(bound[0]);
    if (!it) return nullptr;
    auto* g = static_cast<GroupbyObject*>(alloc_object(type));
    if (!g) {
        decref(it);
        return nullptr;
    }
    g->refs[kIt] = it;
    if (bound[1] && bound[1] != None) g->refs[kKeyFunc] = newref(bound[1]);
    return g;
}

// CPython: itertoolsmodule.c, groupby_next — skips what is left of the current group (items
// whose key equals the target key), then starts a group at the item read ahead.
Object* groupby_next(Object* o) {
    auto* g = static_cast<GroupbyObject*>(o);
    g->current_grouper = nullptr;
    for (;;) {
        if (g->refs[kCurrentKey]) {
            if (!g->refs[kTargetKey]) break;
            int eq = keys_equal(g->refs[kTargetKey], g->refs[kCurrentKey]);
            if (eq < 0) return nullptr;
            if (eq == 0 && g->refs[kCurrentKey]) break;   // (a re-entrant call may have taken it)
        }
        if (groupby_step(g) < 0) return nullptr;
    }
    Ref<> key = Ref<>::borrow(g->refs[kCurrentKey]);
    setref(g->refs[kTargetKey], newref(key.get()));
    Ref<> grouper = Ref<>::steal(grouper_create(g, key.get()));
    if (!grouper) return nullptr;
    return tuple_pack({key.get(), grouper.get()});
}

// (type, (it, key)) plus (currkey, currvalue, tgtkey) once a group has started and an item is
// read ahead.
Object* groupby_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* g = static_cast<GroupbyObject*>(o);
    Object* func = g->refs[kKeyFunc] ? g->refs[kKeyFunc] : None;
    Object* args = tuple_pack({g->refs[kIt], func});
    if (g->refs[kTargetKey] && g->refs[kCurrentKey] && g->refs[kCurrentValue])
        return reduce_value(o->type, args,
                            tuple_pack({g->refs[kCurrentKey], g->refs[kCurrentValue], g->refs[kTargetKey]}));
    return reduce_value(o->type, args);
}

Object* groupby_setstate(Object* o, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("groupby.__setstate__", nargs, kwnames)) return nullptr;
    Object* state = args[0];
    if (!is_tuple(state)) return err_set_string(TypeError, "state is not a tuple");
    if (tuple_size(state) != 3)
        return err_format(TypeError, "function takes exactly 3 arguments (%zd given)", tuple_size(state));
    auto* g = static_cast<GroupbyObject*>(o);
    setref(g->refs[kCurrentKey], newref(tuple_item(state, 0)));
    setref(g->refs[kCurrentValue], newref(tuple_item(state, 1)));
    setref(g->refs[kTargetKey], newref(tuple_item(state, 2)));
    return none_new();
}

// ---- _grouper(parent, tgtkey) ----

Object* grouper_tp_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("_grouper", kwnames)) return nullptr;
    if (!check_positional("_grouper", nargs, nullptr, 2, 2)) return nullptr;
    if (!is_subtype(args[0]->type, &GroupbyType))
        return err_format(TypeError, "_grouper() argument 1 must be itertools.groupby, not %s", type_name(args[0]));
    return grouper_create(static_cast<GroupbyObject*>(args[0]), args[1]);
}

// A group yields while it is the parent's live one and the item read ahead has its key.
// CPython: itertoolsmodule.c, _grouper_next.
Object* grouper_next(Object* o) {
    auto* gr = static_cast<GrouperObject*>(o);
    auto* g = static_cast<GroupbyObject*>(gr->refs[0]);
    if (!g || g->current_grouper != gr) return nullptr;
    Ref<> hold_parent = Ref<>::borrow(g);
    if (!g->refs[kCurrentValue] && groupby_step(g) < 0) return nullptr;
    if (!g->refs[kCurrentKey]) return nullptr;
    int eq = keys_equal(gr->refs[1], g->refs[kCurrentKey]);
    if (eq <= 0) return nullptr;
    Object* value = g->refs[kCurrentValue];   // null if a re-entrant call took it: the group ends
    g->refs[kCurrentValue] = nullptr;
    clearref(g->refs[kCurrentKey]);
    return value;
}

// The live group reduces to (type, (parent, tgtkey)); a dead one to iter(()).
Object* grouper_reduce(Object* o, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    auto* gr = static_cast<GrouperObject*>(o);
    auto* g = static_cast<GroupbyObject*>(gr->refs[0]);
    if (!g || g->current_grouper != gr) {
        Ref<> empty = Ref<>::steal(tuple_new(0));
        if (!empty) return nullptr;
        return iter_reduce("iter", empty.get(), nullptr);
    }
    return reduce_value(o->type, tuple_pack({gr->refs[0], gr->refs[1]}));
}

// A group going away stops being the parent's live one (its address may be reused).
int grouper_clear(Object* o) {
    auto* gr = static_cast<GrouperObject*>(o);
    auto* g = static_cast<GroupbyObject*>(gr->refs[0]);
    if (g && g->current_grouper == gr) g->current_grouper = nullptr;
    return refs_clear<2>(o);
}

void grouper_dealloc(Object* o) {
    grouper_clear(o);
    free_object(o);
}

const MethodDef kGroupbyMethods[] = {
    {"__reduce__", groupby_reduce},
    {"__setstate__", groupby_setstate},
    {nullptr, nullptr},
};
const MethodDef kGrouperMethods[] = {{"__reduce__", grouper_reduce}, {nullptr, nullptr}};

}  // namespace

bool add_groupby_types(Object* module) {
    if (!type_has(&GroupbyType, kTypeReady)) {
        if (!ready_refs_type<kGroupbyRefs>(GroupbyType, "itertools.groupby", sizeof(GroupbyObject), groupby_tp_new,
                                           groupby_next, kGroupbyMethods) ||
            !ready_iter_type(GrouperType, "itertools._grouper", sizeof(GrouperObject), grouper_tp_new, grouper_next,
                             kGrouperMethods, refs_traverse<2>, grouper_clear, grouper_dealloc, false))
            return false;
    }
    return module_add_object(module, "groupby", &GroupbyType) == 0 &&
           module_add_object(module, "_grouper", &GrouperType) == 0;
}

}  // namespace pygen::itertools_detail
