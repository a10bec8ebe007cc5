// BaseExceptionGroup and ExceptionGroup (PEP 654): construction rules, message/exceptions,
// split/subgroup/derive, and the two helpers the eval loop needs for `except*`
// (exception_group_match for CHECK_EG_MATCH, prep_reraise_star for PREP_RERAISE_STAR).
// Printing groups in tracebacks is vm/traceback.cpp's. CPython counterpart: Objects/exceptions.c.
#include <set>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exception_group.h"
#include "objects/exceptions_impl.h"
#include "objects/generic_alias.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "vm/thread_state.h"

namespace pygen {

namespace {

BaseExceptionGroupObject* as_group(Object* o) { return static_cast<BaseExceptionGroupObject*>(o); }

// CPython's PySequence_Check: anything with item access that is not a mapping.
bool looks_like_sequence(Object* o) { return o->type->getitem != nullptr && !is_dict(o); }

// ---- Construction ----

Object* group_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs != 2) {
        return err_format(TypeError, "BaseExceptionGroup.__new__() takes exactly 2 arguments (%zu given)", nargs);
    }
    Object* message = args[0];
    if (!is_str(message)) {
        return err_format(TypeError, "BaseExceptionGroup.__new__() argument 1 must be str, not %s",
                          arg_type_name(message));
    }
    if (!looks_like_sequence(args[1])) {
        return err_set_string(TypeError, "second argument (exceptions) must be a sequence");
    }
    Ref<> excs = Ref<>::steal(sequence_tuple(args[1]));
    if (!excs) return nullptr;
    ssize n = tuple_size(excs.get());
    if (n == 0) return err_set_string(ValueError, "second argument (exceptions) must be a non-empty sequence");
    bool nested_base = false;
    for (ssize i = 0; i < n; i++) {
        Object* e = tuple_item(excs.get(), i);
        if (!is_exception_instance(e)) {
            return err_format(ValueError, "Item %zd of second argument (exceptions) is not an exception", i);
        }
        if (!is_subtype(e->type, Exception)) nested_base = true;
    }
    TypeObject* cls = type;
    if (cls == BaseExceptionGroup) {
        // All leaves are Exceptions: the group is an ExceptionGroup.
        if (!nested_base) cls = ExceptionGroup;
    } else if (cls == ExceptionGroup) {
        if (nested_base) return err_set_string(TypeError, "Cannot nest BaseExceptions in an ExceptionGroup");
    } else if (nested_base && is_subtype(cls, Exception)) {
        return err_format(TypeError, "Cannot nest BaseExceptions in '%s'", cls->name);
    }
    Object* self = base_exc_new(cls, args, nargs, kwnames);
    if (self == nullptr) return nullptr;
    as_group(self)->msg = newref(message);
    as_group(self)->excs = excs.release();
    return self;
}

int group_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames != nullptr && tuple_size(kwnames) > 0) {
        err_format(TypeError, "%s() takes no keyword arguments", self->type->name);
        return -1;
    }
    return base_exc_set_args(self, args, nargs) ? 0 : -1;
}

void group_dealloc(Object* self) {
    clearref(as_group(self)->msg);
    clearref(as_group(self)->excs);
    base_exc_clear_fields(as_group(self));
    free_object(self);
}

void group_traverse(Object* self, VisitFn visit, void* arg) {
    base_exc_traverse(self, visit, arg);
    if (as_group(self)->msg) visit(as_group(self)->msg, arg);
    if (as_group(self)->excs) visit(as_group(self)->excs, arg);
}

Object* group_str(Object* self) {
    BaseExceptionGroupObject* g = as_group(self);
    ssize n = g->excs ? tuple_size(g->excs) : 0;
    return str_from_format("%S (%zd sub-exception%s)", g->msg ? g->msg : None, n, n > 1 ? "s" : "");
}

Object* group_get_message(Object* self) { return newref(as_group(self)->msg ? as_group(self)->msg : None); }
Object* group_get_exceptions(Object* self) { return newref(as_group(self)->excs ? as_group(self)->excs : None); }
int group_readonly(Object*, Object*) {
    err_set_string(AttributeError, "readonly attribute");
    return -1;
}

// ---- split / subgroup ----

// What a leaf is tested against (CPython's _exceptiongroup_split_matcher_type).
struct Matcher {
    enum Kind { ByType, ByPredicate, ByLeaf } kind;
    Object* value = nullptr;                 // the type/tuple or the predicate (borrowed)
    const std::set<Object*>* leaves = nullptr;  // ByLeaf: the leaf exceptions to keep
};

bool matcher_from(Object* value, Matcher* m) {
    if (is_callable(value) && !is_type(value)) {
        *m = {Matcher::ByPredicate, value};
        return true;
    }
    if (is_exception_class(value)) {
        *m = {Matcher::ByType, value};
        return true;
    }
    if (is_tuple(value) && value->type == &TupleType) {
        bool ok = true;
        for (ssize i = 0; i < tuple_size(value); i++) ok = ok && is_exception_class(tuple_item(value, i));
        if (ok) {
            *m = {Matcher::ByType, value};
            return true;
        }
    }
    err_set_string(TypeError, "expected a function, exception type or tuple of exception types");
    return false;
}

// -1 error, else 0/1.
int matches(Object* exc, const Matcher& m) {
    switch (m.kind) {
    case Matcher::ByType: return err_given_matches(exc, m.value) ? 1 : 0;
    case Matcher::ByPredicate: {
        Ref<> r = Ref<>::steal(call1(m.value, exc));
        if (!r) return -1;
        return object_is_true(r.get());
    }
    case Matcher::ByLeaf:
        if (is_exception_group(exc)) return 0;
        return m.leaves->count(exc) ? 1 : 0;
    }
    return 0;
}

// A group with `excs` (a list) as its exceptions and the metadata of `orig`; null result (and
// true) when excs is empty. CPython: exceptiongroup_subset.
bool subset(Object* orig, Object* excs, Object** result) {
    *result = nullptr;
    if (list_size(excs) == 0) return true;
    Ref<> eg = Ref<>::steal(call_method1(orig, "derive", excs));
    if (!eg) return false;
    if (!is_exception_group(eg.get())) {
        err_set_string(TypeError, "derive must return an instance of BaseExceptionGroup");
        return false;
    }
    BaseExceptionObject* o = static_cast<BaseExceptionObject*>(orig);
    if (o->traceback) exception_set_traceback(eg.get(), newref(o->traceback));
    exception_set_context(eg.get(), xnewref(o->context));
    exception_set_cause(eg.get(), xnewref(o->cause));
    Ref<> notes = Ref<>::steal(object_lookup_attr(orig, PYGEN_ID(__notes__)));
    if (!notes && err_occurred()) return false;
    if (notes && looks_like_sequence(notes.get())) {
        // A copy, so the parts have independent notes lists.
        Ref<> copy = Ref<>::steal(sequence_list(notes.get()));
        if (!copy || object_setattr(eg.get(), PYGEN_ID(__notes__), copy.get()) < 0) return false;
    }
    *result = eg.release();
    return true;
}

// Splits exc into its matching part and (when want_rest) the rest; each is a new reference or
// null for "nothing". CPython: exceptiongroup_split_recursive.
bool split_recursive(Object* exc, const Matcher& m, bool want_rest, Ref<>* match, Ref<>* rest) {
    int r = matches(exc, m);
    if (r < 0) return false;
    if (r == 1) {
        *match = Ref<>::borrow(exc);
        return true;
    }
    if (!is_exception_group(exc)) {
        if (want_rest) *rest = Ref<>::borrow(exc);
        return true;
    }
    Object* excs = as_group(exc)->excs;
    Ref<> match_list = Ref<>::steal(list_new(0));
    Ref<> rest_list = Ref<>::steal(list_new(0));
    if (!match_list || !rest_list) return false;
    for (ssize i = 0; i < tuple_size(excs); i++) {
        Ref<> sub_match, sub_rest;
        if (!enter_recursive_call(" in exceptiongroup_split_recursive")) return false;
        bool ok = split_recursive(tuple_item(excs, i), m, want_rest, &sub_match, &sub_rest);
        leave_recursive_call();
        if (!ok) return false;
        if (sub_match && list_append(match_list.get(), sub_match.get()) < 0) return false;
        if (sub_rest && list_append(rest_list.get(), sub_rest.get()) < 0) return false;
    }
    Object* out = nullptr;
    if (!subset(exc, match_list.get(), &out)) return false;
    match->reset(out);
    if (want_rest) {
        if (!subset(exc, rest_list.get(), &out)) return false;
        rest->reset(out);
    }
    return true;
}

Object* group_split(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_format(TypeError, "split expected 1 argument, got %zu", nargs);
    Matcher m{};
    if (!matcher_from(args[0], &m)) return nullptr;
    Ref<> match, rest;
    if (!split_recursive(self, m, true, &match, &rest)) return nullptr;
    return tuple_pack({match ? match.get() : None, rest ? rest.get() : None});
}

Object* group_subgroup(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_format(TypeError, "subgroup expected 1 argument, got %zu", nargs);
    Matcher m{};
    if (!matcher_from(args[0], &m)) return nullptr;
    Ref<> match, rest;
    if (!split_recursive(self, m, false, &match, &rest)) return nullptr;
    return match ? match.release() : none_new();
}

Object* group_derive(Object* self, Object* const* args, size_t nargs, Object*) {
    if (nargs != 1) return err_format(TypeError, "derive expected 1 argument, got %zu", nargs);
    Object* msg = as_group(self)->msg ? as_group(self)->msg : None;
    Object* call_args[2] = {msg, args[0]};
    return call(BaseExceptionGroup, call_args, 2);
}

const MethodDef kGroupMethods[] = {
    {"derive", group_derive},
    {"split", group_split},
    {"subgroup", group_subgroup},
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {nullptr, nullptr},
};

const GetSetDef kGroupGetSet[] = {
    {"message", group_get_message, group_readonly},
    {"exceptions", group_get_exceptions, group_readonly},
    {nullptr, nullptr},
};

// ---- except* support ----

void collect_leaves(Object* exc, std::set<Object*>& leaves) {
    if (exc == None) return;
    if (!is_exception_group(exc)) {
        leaves.insert(exc);
        return;
    }
    Object* excs = as_group(exc)->excs;
    for (ssize i = 0; i < tuple_size(excs); i++) collect_leaves(tuple_item(excs, i), leaves);
}

// Is e orig itself or a part split off from it (the same metadata objects)?
// CPython: is_same_exception_metadata.
bool same_metadata(Object* e, Object* orig) {
    auto* a = static_cast<BaseExceptionObject*>(e);
    auto* b = static_cast<BaseExceptionObject*>(orig);
    Ref<> na = Ref<>::steal(object_lookup_attr(e, PYGEN_ID(__notes__)));
    Ref<> nb = Ref<>::steal(object_lookup_attr(orig, PYGEN_ID(__notes__)));
    err_clear();
    return na.get() == nb.get() && a->traceback == b->traceback && a->cause == b->cause && a->context == b->context;
}

}  // namespace

bool is_exception_group(Object* o) { return is_exception_instance(o) && is_subtype(o->type, BaseExceptionGroup); }

Object* exception_group_from_list(Object* message, Object* excs) {
    Object* args[2] = {message, excs};
    return call(ExceptionGroup, args, 2);
}

int check_except_star_type(Object* match_type) {
    auto bad_group = [](Object* t) { return is_type(t) && is_subtype(static_cast<TypeObject*>(t), BaseExceptionGroup); };
    if (is_tuple(match_type)) {
        for (ssize i = 0; i < tuple_size(match_type); i++) {
            Object* t = tuple_item(match_type, i);
            if (!is_exception_class(t)) {
                err_set_string(TypeError, "catching classes that do not inherit from BaseException is not allowed");
                return -1;
            }
            if (bad_group(t)) {
                err_set_string(TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
                return -1;
            }
        }
        return 0;
    }
    if (!is_exception_class(match_type)) {
        err_set_string(TypeError, "catching classes that do not inherit from BaseException is not allowed");
        return -1;
    }
    if (bad_group(match_type)) {
        err_set_string(TypeError, "catching ExceptionGroup with except* is not allowed. Use except instead.");
        return -1;
    }
    return 0;
}

bool exception_group_match(Object* exc, Object* match_type, Object** match, Object** rest) {
    *match = nullptr;
    *rest = nullptr;
    if (exc == None) {
        *match = none_new();
        *rest = none_new();
        return true;
    }
    if (err_given_matches(exc, match_type)) {
        if (is_exception_group(exc)) {
            *match = newref(exc);
        } else {
            // A naked exception is wrapped in a group of its own, keeping its traceback.
            Ref<> msg = Ref<>::steal(str_from(""));
            Ref<> excs = Ref<>::steal(tuple_pack({exc}));
            if (!msg || !excs) return false;
            Object* args[2] = {msg.get(), excs.get()};
            Object* wrapped = call(BaseExceptionGroup, args, 2);
            if (wrapped == nullptr) return false;
            Object* tb = exception_traceback(exc);
            if (tb) exception_set_traceback(wrapped, newref(tb));
            *match = wrapped;
        }
        *rest = none_new();
        return true;
    }
    if (is_exception_group(exc)) {
        Matcher m{Matcher::ByType, match_type};
        Ref<> mt, rs;
        if (!split_recursive(exc, m, true, &mt, &rs)) return false;
        *match = mt ? mt.release() : none_new();
        *rest = rs ? rs.release() : none_new();
        return true;
    }
    *match = none_new();
    *rest = none_new();
    return true;
}

Object* prep_reraise_star(Object* orig, Object* excs) {
    ssize n = list_size(excs);
    if (n == 0) return none_new();
    if (!is_exception_group(orig)) {
        // A naked exception was caught and wrapped: at most one clause ran, so at most one
        // exception is left to raise (the rest, if any, is None).
        return newref(list_item(excs, 0));
    }
    Ref<> raised = Ref<>::steal(list_new(0));
    if (!raised) return nullptr;
    std::set<Object*> reraised_leaves;
    for (ssize i = 0; i < n; i++) {
        Object* e = list_item(excs, i);
        if (e == None) continue;
        if (same_metadata(e, orig)) {
            collect_leaves(e, reraised_leaves);
        } else if (list_append(raised.get(), e) < 0) {
            return nullptr;
        }
    }
    // The re-raised leaves, as a projection of the original group (keeping its structure).
    Ref<> reraised;
    if (!reraised_leaves.empty()) {
        Matcher m{Matcher::ByLeaf, nullptr, &reraised_leaves};
        Ref<> rest;
        if (!split_recursive(orig, m, false, &reraised, &rest)) return nullptr;
    }
    if (list_size(raised.get()) == 0) return reraised ? reraised.release() : none_new();
    if (reraised && list_append(raised.get(), reraised.get()) < 0) return nullptr;
    if (list_size(raised.get()) == 1) return newref(list_item(raised.get(), 0));
    Ref<> msg = Ref<>::steal(str_from(""));
    if (!msg) return nullptr;
    Object* args[2] = {msg.get(), raised.get()};
    return call(BaseExceptionGroup, args, 2);
}

void setup_exception_group_type(TypeObject* t) {
    if (t == BaseExceptionGroup) {
        t->basicsize = sizeof(BaseExceptionGroupObject);
        t->dealloc = group_dealloc;
        t->traverse = group_traverse;
        t->tp_new = group_new;
        t->tp_init = group_init;
        t->str = group_str;
        t->methods = kGroupMethods;
        t->getset = kGroupGetSet;
    } else if (t == ExceptionGroup) {
        // ExceptionGroup(BaseExceptionGroup, Exception): the second base only shows in the MRO.
        t->bases = tuple_pack({BaseExceptionGroup, Exception});
        t->mro = tuple_pack({ExceptionGroup, BaseExceptionGroup, Exception, BaseException, &ObjectType});
    }
}

}  // namespace pygen
