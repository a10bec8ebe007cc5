// The _functools module: reduce, cmp_to_key (functools.KeyWrapper), partial (functools.partial:
// flattening, repr, pickling through __reduce__/__setstate__) and the lru_cache wrapper
// (functools._lru_cache_wrapper: unbounded, bounded LRU and maxsize=0 modes, typed keys,
// cache_info/cache_clear, safe when the cached function recurses into itself or a key's __eq__
// re-enters the cache). lib/functools.py keeps the public face (lru_cache, wraps, ...).
// CPython counterpart: Modules/_functoolsmodule.c (behaviour only).

#include <cstddef>
#include <string>
#include <vector>

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/generic_alias.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "objects/weakref.h"

namespace pygen {

Object* make_functools_module();

namespace {

// ---- reduce ----

// reduce(function, iterable[, initial], /)
Object* fn_reduce(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_no_kwargs("reduce", kwnames) || !check_positional("reduce", nargs, nullptr, 2, 3)) return nullptr;
    Object* function = args[0];
    Ref<> it = Ref<>::steal(object_iter(args[1]));
    if (!it) {
        if (err_matches(TypeError)) {
            err_clear();
            err_set_string(TypeError, "reduce() arg 2 must support iteration");
        }
        return nullptr;
    }
    Ref<> acc = nargs == 3 ? Ref<>::borrow(args[2]) : Ref<>();
    UnaryFn next = it->type->iternext;
    for (;;) {
        Ref<> item = Ref<>::steal(next ? next(it.get()) : iter_next(it.get()));
        if (!item) {
            if (err_occurred()) {
                if (!err_matches(StopIteration)) return nullptr;
                err_clear();
            }
            break;
        }
        if (!acc) {
            acc = item;
            continue;
        }
        Object* pair[2] = {acc.get(), item.get()};
        acc = Ref<>::steal(call(function, pair, 2));
        if (!acc) return nullptr;
    }
    if (!acc) return err_set_string(TypeError, "reduce() of empty iterable with no initial value");
    return acc.release();
}

// ---- cmp_to_key ----

TypeObject KeyWrapperType;

struct KeyWrapperObject : Object {
    Object* cmp;      // strong
    Object* object;   // strong; null for the wrapper cmp_to_key returns (the "class")
};

void keyobject_traverse(Object* o, VisitFn visit, void* arg) {
    auto* k = static_cast<KeyWrapperObject*>(o);
    if (k->cmp) visit(k->cmp, arg);
    if (k->object) visit(k->object, arg);
}
int keyobject_clear(Object* o) {
    auto* k = static_cast<KeyWrapperObject*>(o);
    clearref(k->cmp);
    clearref(k->object);
    return 0;
}
void keyobject_dealloc(Object* o) {
    keyobject_clear(o);
    free_object(o);
}

Object* keyobject_new(Object* cmp, Object* object) {
    auto* k = static_cast<KeyWrapperObject*>(alloc_object(&KeyWrapperType));
    if (!k) return nullptr;
    k->cmp = newref(cmp);
    k->object = xnewref(object);
    return k;
}

// K(obj): a wrapper of obj sharing the comparison function.
Object* keyobject_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"obj"};
    Object* bound[1];
    if (!bind_args(ArgSpec{"K", kNames, 1, 0, -1, 1}, args, nargs, kwnames, bound)) return nullptr;
    return keyobject_new(static_cast<KeyWrapperObject*>(self)->cmp, bound[0]);
}

// cmp(a.obj, b.obj) compared with 0 by `op`.
Object* keyobject_richcompare(Object* a, Object* b, CompareOp op) {
    if (b->type != &KeyWrapperType) return err_set_string(TypeError, "other argument must be K instance");
    auto* x = static_cast<KeyWrapperObject*>(a);
    auto* y = static_cast<KeyWrapperObject*>(b);
    if (!x->object || !y->object) return err_set_string(AttributeError, "object");
    Object* pair[2] = {x->object, y->object};
    Ref<> res = Ref<>::steal(call(x->cmp, pair, 2));
    if (!res) return nullptr;
    Ref<> zero = Ref<>::steal(int_from_i64(0));
    if (!zero) return nullptr;
    return object_rich_compare(res.get(), zero.get(), op);
}

Object* keyobject_obj(Object* self) {
    Object* o = static_cast<KeyWrapperObject*>(self)->object;
    if (!o) return err_set_string(AttributeError, "obj");
    return newref(o);
}

// cmp_to_key(mycmp)
Object* fn_cmp_to_key(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"mycmp"};
    Object* bound[1];
    if (!bind_args(ArgSpec{"cmp_to_key", kNames, 1, 0, -1, 1}, args, nargs, kwnames, bound)) return nullptr;
    return keyobject_new(bound[0], nullptr);
}

const GetSetDef kKeyWrapperGetSet[] = {{"obj", keyobject_obj}, {nullptr, nullptr}};

// ---- partial ----

TypeObject PartialType;

struct PartialObject : Object {
    Object* fn;            // strong, callable
    Object* args;          // strong tuple
    Object* kw;            // strong dict (maybe empty)
    Object* dict;          // strong __dict__, null until first used
    Object* weakreflist;
};

PartialObject* as_partial(Object* o) { return static_cast<PartialObject*>(o); }

Object* partial_call(Object* self, Object* const* args, size_t nargs, Object* kwnames);

// partial(func, /, *args, **keywords). A partial of a partial whose __dict__ was never made
// (so it carries nothing but func/args/keywords) is flattened into one.
Object* partial_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs < 1) return err_set_string(TypeError, "type 'partial' takes at least one argument");
    Object* func = args[0];
    if (!is_callable(func)) return err_set_string(TypeError, "the first argument must be callable");
    Object* inner_args = nullptr;
    Object* inner_kw = nullptr;
    if (func->type->call == partial_call && as_partial(func)->dict == nullptr) {
        inner_args = as_partial(func)->args;
        inner_kw = as_partial(func)->kw;
        func = as_partial(func)->fn;
    }
    ssize extra = static_cast<ssize>(nargs - 1);
    ssize before = inner_args ? tuple_size(inner_args) : 0;
    Ref<> all = Ref<>::steal(tuple_new(before + extra));
    if (!all) return nullptr;
    for (ssize i = 0; i < before; ++i) tuple_items(all.get())[i] = incref(tuple_item(inner_args, i));
    for (ssize i = 0; i < extra; ++i) tuple_items(all.get())[before + i] = incref(args[1 + i]);
    Ref<> kw = Ref<>::steal(inner_kw ? dict_copy(inner_kw) : dict_new());
    if (!kw) return nullptr;
    for (size_t k = 0; k < kwcount(kwnames); ++k) {
        if (dict_setitem(kw.get(), tuple_item(kwnames, static_cast<ssize>(k)), args[nargs + k]) < 0) return nullptr;
    }
    auto* p = as_partial(alloc_object(type));
    if (!p) return nullptr;
    p->fn = newref(func);
    p->args = all.release();
    p->kw = kw.release();
    return p;
}

void partial_traverse(Object* o, VisitFn visit, void* arg) {
    PartialObject* p = as_partial(o);
    if (p->fn) visit(p->fn, arg);
    if (p->args) visit(p->args, arg);
    if (p->kw) visit(p->kw, arg);
    if (p->dict) visit(p->dict, arg);
}
int partial_clear(Object* o) {
    PartialObject* p = as_partial(o);
    clearref(p->fn);
    clearref(p->args);
    clearref(p->kw);
    clearref(p->dict);
    return 0;
}
void partial_dealloc(Object* o) {
    if (as_partial(o)->weakreflist) weakref_clear_refs(o);
    partial_clear(o);
    free_object(o);
}

// func(*self.args, *args, **{**self.keywords, **kwargs}). Without stored keywords the arguments
// go through on one stack array with the caller's kwnames; otherwise a merged dict is built.
Object* partial_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    PartialObject* p = as_partial(self);
    if (!p->fn) return err_set_string(TypeError, "partial object is not initialised");
    ssize stored = tuple_size(p->args);
    size_t nkw = kwcount(kwnames);
    if (dict_size(p->kw) == 0) {
        if (stored == 0) return call(p->fn, args, nargs, kwnames);
        Object* small[16];
        std::vector<Object*> big;
        size_t total = static_cast<size_t>(stored) + nargs + nkw;
        Object** stack = small;
        if (total > 16) {
            big.resize(total);
            stack = big.data();
        }
        for (ssize i = 0; i < stored; ++i) stack[i] = tuple_item(p->args, i);
        for (size_t i = 0; i < nargs + nkw; ++i) stack[static_cast<size_t>(stored) + i] = args[i];
        Ref<> keep = Ref<>::borrow(p->args);   // the callee may replace the state (__setstate__)
        return call(p->fn, stack, static_cast<size_t>(stored) + nargs, kwnames);
    }
    Ref<> kw = Ref<>::steal(dict_copy(p->kw));
    if (!kw) return nullptr;
    for (size_t k = 0; k < nkw; ++k) {
        if (dict_setitem(kw.get(), tuple_item(kwnames, static_cast<ssize>(k)), args[nargs + k]) < 0) return nullptr;
    }
    Ref<> all = Ref<>::steal(tuple_new(stored + static_cast<ssize>(nargs)));
    if (!all) return nullptr;
    for (ssize i = 0; i < stored; ++i) tuple_items(all.get())[i] = incref(tuple_item(p->args, i));
    for (size_t i = 0; i < nargs; ++i) tuple_items(all.get())[stored + static_cast<ssize>(i)] = incref(args[i]);
    Ref<> fn = Ref<>::borrow(p->fn);
    return call_tuple_dict(fn.get(), all.get(), kw.get());
}

// "functools.partial(<function f ...>, 1, x=2)"; "..." when the repr recurses into itself.
Object* partial_repr(Object* self) {
    PartialObject* p = as_partial(self);
    int entered = repr_enter(self);
    if (entered < 0) return nullptr;
    if (entered > 0) return str_from("...");
    // Hold the parts: a repr may run code that changes the partial's state.
    Ref<> fn = Ref<>::borrow(p->fn), args = Ref<>::borrow(p->args), kw = Ref<>::borrow(p->kw);
    std::string text = std::string(self->type->name) + "(";
    bool ok = true;
    auto add = [&](Object* v, Object* key, bool first) {
        Ref<> r = Ref<>::steal(object_repr(v));
        if (!r) { ok = false; return; }
        if (!first) text += ", ";
        if (key) {
            Ref<> ks = Ref<>::steal(object_str(key));
            if (!ks) { ok = false; return; }
            text += str_view(ks.get());
            text += '=';
        }
        text += str_view(r.get());
    };
    if (fn) add(fn.get(), nullptr, true);
    for (ssize i = 0; ok && args && i < tuple_size(args.get()); ++i) add(tuple_item(args.get(), i), nullptr, false);
    if (kw) {
        Ref<> items = Ref<>::steal(dict_keys_list(kw.get()));
        if (!items) ok = false;
        for (ssize i = 0; ok && i < list_size(items.get()); ++i) {
            Object* key = list_item(items.get(), i);
            Object* v = dict_getitem(kw.get(), key);
            if (v) {
                Ref<> hold = Ref<>::borrow(v);
                add(hold.get(), key, false);
            } else if (err_occurred()) {
                ok = false;
            }
        }
    }
    repr_leave(self);
    if (!ok) return nullptr;
    text += ")";
    return str_from(text);
}

// (type, (func,), (func, args, keywords or None, __dict__ or None))
Object* partial_reduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("partial.__reduce__", nargs, kwnames)) return nullptr;
    PartialObject* p = as_partial(self);
    Ref<> fnargs = Ref<>::steal(tuple_pack({p->fn}));
    if (!fnargs) return nullptr;
    Object* kw = p->kw ? p->kw : None;
    Object* d = p->dict ? p->dict : None;
    Ref<> state = Ref<>::steal(tuple_pack({p->fn, p->args, kw, d}));
    if (!state) return nullptr;
    return tuple_pack({self->type, fnargs.get(), state.get()});
}

// __setstate__((func, args, kwds, dict)); anything else is "invalid partial state".
Object* partial_setstate(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("partial.__setstate__", nargs, kwnames)) return nullptr;
    Object* state = args[0];
    if (!is_tuple(state) || tuple_size(state) != 4) return err_set_string(TypeError, "invalid partial state");
    Object* fn = tuple_item(state, 0);
    Object* fnargs = tuple_item(state, 1);
    Object* kw = tuple_item(state, 2);
    Object* d = tuple_item(state, 3);
    if (!is_callable(fn) || !is_tuple(fnargs) || (kw != None && !is_dict(kw)))
        return err_set_string(TypeError, "invalid partial state");
    Ref<> new_args = is_tuple_exact(fnargs) ? Ref<>::borrow(fnargs) : Ref<>::steal(tuple_slice(fnargs, 0, tuple_size(fnargs)));
    Ref<> new_kw = kw == None ? Ref<>::steal(dict_new()) : is_dict_exact(kw) ? Ref<>::borrow(kw) : Ref<>::steal(dict_copy(kw));
    if (!new_args || !new_kw) return nullptr;
    PartialObject* p = as_partial(self);
    setref(p->fn, newref(fn));
    setref(p->args, new_args.release());
    setref(p->kw, new_kw.release());
    // CPython takes any object as the namespace; only a dict is kept here (the attribute
    // machinery relies on __dict__ being one).
    setref(p->dict, is_dict(d) ? newref(d) : nullptr);
    return none_new();
}

Object* field_or_none(Object* field) { return newref(field ? field : None); }
Object* partial_func(Object* self) { return field_or_none(as_partial(self)->fn); }
Object* partial_args(Object* self) { return field_or_none(as_partial(self)->args); }
Object* partial_keywords(Object* self) { return field_or_none(as_partial(self)->kw); }

const MethodDef kPartialMethods[] = {
    {"__reduce__", partial_reduce},
    {"__setstate__", partial_setstate},
    {"__class_getitem__", generic_class_getitem, kMethClass},
    {nullptr, nullptr},
};

int readonly(Object*, Object*) {
    err_set_string(AttributeError, "readonly attribute");
    return -1;
}

const GetSetDef kPartialGetSet[] = {
    {"func", partial_func, readonly},
    {"args", partial_args, readonly},
    {"keywords", partial_keywords, readonly},
    {"__dict__", generic_get_dict, generic_set_dict},
    {nullptr, nullptr},
};

// ---- lru_cache ----

TypeObject LruWrapperType;
TypeObject LruNodeType;

// One cached call of a bounded cache: the dict maps key -> node (the dict's reference is the only
// one), the nodes form a circular list through the wrapper's root, oldest first after the root.
struct LruNode : Object {
    LruNode* prev;     // borrowed links
    LruNode* next;
    int64_t hash;      // the key's hash, so eviction does not rehash
    Object* key;       // strong (null in the root)
    Object* result;    // strong (null in the root)
};

struct LruWrapperObject : Object {
    Object* func;             // strong, the user function
    Object* cache;            // strong dict: key -> result (unbounded) or key -> LruNode (bounded)
    Object* cache_info_type;  // strong, called as cache_info_type(hits, misses, maxsize, currsize)
    Object* dict;             // strong __dict__ (__wrapped__, __doc__, cache_parameters ...)
    Object* weakreflist;
    LruNode* root;            // strong sentinel of the recency list (bounded caches)
    ssize maxsize;            // -1: unbounded; 0: no caching
    bool typed;
    ssize hits, misses;
};

LruWrapperObject* as_lru(Object* o) { return static_cast<LruWrapperObject*>(o); }

void lrunode_traverse(Object* o, VisitFn visit, void* arg) {
    auto* n = static_cast<LruNode*>(o);
    if (n->key) visit(n->key, arg);
    if (n->result) visit(n->result, arg);
}
int lrunode_clear(Object* o) {
    auto* n = static_cast<LruNode*>(o);
    clearref(n->key);
    clearref(n->result);
    return 0;
}
void lrunode_dealloc(Object* o) {
    lrunode_clear(o);
    free_object(o);
}

void unlink_node(LruNode* n) {
    n->prev->next = n->next;
    n->next->prev = n->prev;
}
void append_node(LruNode* root, LruNode* n) {   // as the most recent
    n->prev = root->prev;
    n->next = root;
    root->prev->next = n;
    root->prev = n;
}

// The separator between positional and keyword parts of a key: an object no call can pass.
// Process-global and immortal (never freed: its count starts far above anything reached).
Object g_kwd_mark = {ssize{1} << (sizeof(ssize) >= 8 ? 40 : 28), &ObjectType};   // 28: wasm32

// CPython: _functoolsmodule.c, lru_cache_make_key — one exact int or str argument is its own
// key; otherwise (args..., [mark, k1, v1, ...], [type(a)..., type(v)...] when typed).
Object* make_key(Object* const* args, size_t nargs, Object* kwnames, bool typed) {
    size_t nkw = kwcount(kwnames);
    if (nkw == 0 && !typed) {
        if (nargs == 1 && (is_int_exact(args[0]) || is_str_exact(args[0]))) return newref(args[0]);
        return tuple_from_array(args, static_cast<ssize>(nargs));
    }
    size_t size = nargs + (nkw ? 1 + 2 * nkw : 0) + (typed ? nargs + nkw : 0);
    Object* key = tuple_new(static_cast<ssize>(size));
    if (!key) return nullptr;
    Object** out = tuple_items(key);
    for (size_t i = 0; i < nargs; ++i) *out++ = incref(args[i]);
    if (nkw) {
        *out++ = incref(&g_kwd_mark);
        for (size_t k = 0; k < nkw; ++k) {
            *out++ = incref(tuple_item(kwnames, static_cast<ssize>(k)));
            *out++ = incref(args[nargs + k]);
        }
    }
    if (typed) {
        for (size_t i = 0; i < nargs + nkw; ++i) *out++ = incref(args[i]->type);
    }
    return key;
}

Object* lru_call(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    LruWrapperObject* w = as_lru(self);
    if (w->maxsize == 0) {
        ++w->misses;
        return call(w->func, args, nargs, kwnames);
    }
    if (!w->cache) return call(w->func, args, nargs, kwnames);   // cleared by the collector
    Ref<> key = Ref<>::steal(make_key(args, nargs, kwnames, w->typed));
    if (!key) return nullptr;
    int64_t hash = object_hash(key.get());
    if (hash == -1 && err_occurred()) return nullptr;
    // cache_clear swaps in a fresh dict (and resets the list), so every step that may have run
    // Python code (a key's __eq__, the user function, a __del__) checks w->cache is still `cache`
    // before it touches the list: a node of a dropped dict is never linked or unlinked.
    Ref<> cache = Ref<>::borrow(w->cache);
    Object* found = dict_getitem_known_hash(cache.get(), key.get(), hash);
    if (!found && err_occurred()) return nullptr;
    if (w->maxsize < 0) {
        if (found) {
            ++w->hits;
            return newref(found);
        }
        ++w->misses;
        Ref<> result = Ref<>::steal(call(w->func, args, nargs, kwnames));
        if (!result) return nullptr;
        if (w->cache && dict_setitem_known_hash(w->cache, key.get(), hash, result.get()) < 0) return nullptr;
        return result.release();
    }
    if (found) {
        auto* node = static_cast<LruNode*>(found);
        ++w->hits;
        Ref<> result = Ref<>::borrow(node->result);
        if (w->cache == cache.get()) {
            unlink_node(node);
            append_node(w->root, node);
        }
        return result.release();
    }
    ++w->misses;
    Ref<> result = Ref<>::steal(call(w->func, args, nargs, kwnames));
    if (!result) return nullptr;
    // The call (a recursion, say) may have cached this key meanwhile: then the result is
    // returned and the cache left as it is. It may also have cleared the cache: the result goes
    // into the current one.
    cache = Ref<>::borrow(w->cache);
    if (!cache) return result.release();
    Object* again = dict_getitem_known_hash(cache.get(), key.get(), hash);
    if (again) return result.release();
    if (err_occurred()) return nullptr;
    if (w->cache != cache.get()) return result.release();
    auto* node = static_cast<LruNode*>(alloc_object(&LruNodeType));
    if (!node) return nullptr;
    node->hash = hash;
    node->key = newref(key.get());
    node->result = newref(result.get());
    node->prev = node->next = node;
    Ref<> hold_node = Ref<>::steal(node);
    if (dict_size(cache.get()) >= w->maxsize) {
        LruNode* oldest = w->root->next;
        if (oldest != w->root) {
            // Unlinked first, then removed from the dict: the removal may run a key's __eq__
            // or a result's __del__, which must find the list consistent.
            Ref<> hold_old = Ref<>::borrow(oldest);
            unlink_node(oldest);
            oldest->prev = oldest->next = oldest;
            Ref<> popped = Ref<>::steal(dict_pop_known_hash(cache.get(), oldest->key, oldest->hash, None));
            if (!popped) return nullptr;
        }
        if (w->cache != cache.get()) return result.release();
    }
    if (dict_setitem_known_hash(cache.get(), key.get(), hash, node) < 0) return nullptr;
    if (w->cache == cache.get()) append_node(w->root, node);
    return result.release();
}

// The list holds no references (the dict does), so emptying it only resets the root.
void reset_list(LruWrapperObject* w) {
    if (w->root) w->root->prev = w->root->next = w->root;
}

// _lru_cache_wrapper(user_function, maxsize, typed, cache_info_type)
Object* lru_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"user_function", "maxsize", "typed", "cache_info_type"};
    Object* bound[4];
    if (!bind_args(ArgSpec{"_lru_cache_wrapper", kNames, 4, 0, -1, 4}, args, nargs, kwnames, bound)) return nullptr;
    if (!is_callable(bound[0])) return err_set_string(TypeError, "the first argument must be callable");
    ssize maxsize = -1;
    if (bound[1] != None) {
        if (!is_int(bound[1])) return err_set_string(TypeError, "maxsize should be integer or None");
        maxsize = number_as_ssize(bound[1], OverflowError);
        if (maxsize == -1 && err_occurred()) return nullptr;
        if (maxsize < 0) maxsize = 0;
    }
    int typed = object_is_true(bound[2]);
    if (typed < 0) return nullptr;
    Ref<> cache = Ref<>::steal(dict_new());
    if (!cache) return nullptr;
    auto* root = static_cast<LruNode*>(alloc_object(&LruNodeType));
    if (!root) return nullptr;
    root->prev = root->next = root;
    auto* w = as_lru(alloc_object(type));
    if (!w) {
        decref(root);
        return nullptr;
    }
    w->func = newref(bound[0]);
    w->cache = cache.release();
    w->cache_info_type = newref(bound[3]);
    w->root = root;
    w->maxsize = maxsize;
    w->typed = typed != 0;
    return w;
}

void lru_traverse(Object* o, VisitFn visit, void* arg) {
    LruWrapperObject* w = as_lru(o);
    if (w->func) visit(w->func, arg);
    if (w->cache) visit(w->cache, arg);
    if (w->cache_info_type) visit(w->cache_info_type, arg);
    if (w->dict) visit(w->dict, arg);
}
int lru_clear_slot(Object* o) {
    LruWrapperObject* w = as_lru(o);
    reset_list(w);
    clearref(w->func);
    clearref(w->cache);
    clearref(w->cache_info_type);
    clearref(w->dict);
    return 0;
}
void lru_dealloc(Object* o) {
    LruWrapperObject* w = as_lru(o);
    if (w->weakreflist) weakref_clear_refs(o);
    lru_clear_slot(o);
    xdecref(w->root);
    free_object(o);
}

// Bound to an instance, a cached function becomes a method (as a plain function would).
Object* lru_descr_get(Object* self, Object* obj, Object*) {
    if (!obj || obj == None) return newref(self);
    return method_new(self, obj);
}

Object* lru_cache_info(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("cache_info", nargs, kwnames)) return nullptr;
    LruWrapperObject* w = as_lru(self);
    Ref<> hits = Ref<>::steal(int_from_i64(w->hits));
    Ref<> misses = Ref<>::steal(int_from_i64(w->misses));
    Ref<> maxsize = w->maxsize < 0 ? Ref<>::borrow(None) : Ref<>::steal(int_from_i64(w->maxsize));
    Ref<> size = Ref<>::steal(int_from_i64(w->cache ? dict_size(w->cache) : 0));
    if (!hits || !misses || !maxsize || !size) return nullptr;
    Object* info[4] = {hits.get(), misses.get(), maxsize.get(), size.get()};
    return call(w->cache_info_type, info, 4);
}

Object* lru_cache_clear(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("cache_clear", nargs, kwnames)) return nullptr;
    LruWrapperObject* w = as_lru(self);
    reset_list(w);
    w->hits = w->misses = 0;
    if (w->cache) {
        // A fresh dict replaces the old one before it is emptied: results' __del__ may call the
        // wrapper again, and a call in progress notices the swap.
        Ref<> old = Ref<>::borrow(w->cache);
        Object* fresh = dict_new();
        if (!fresh) return nullptr;
        setref(w->cache, fresh);
        dict_clear(old.get());
    }
    return none_new();
}

// Pickled by reference, as the function it wraps.
Object* lru_reduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__reduce__", nargs, kwnames)) return nullptr;
    return object_getattr_str(self, "__qualname__");
}

Object* lru_copy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("__copy__", nargs, kwnames)) return nullptr;
    return newref(self);
}

Object* lru_deepcopy(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_one_arg("__deepcopy__", nargs, kwnames)) return nullptr;
    return newref(self);
}

const MethodDef kLruMethods[] = {
    {"cache_info", lru_cache_info},
    {"cache_clear", lru_cache_clear},
    {"__reduce__", lru_reduce},
    {"__copy__", lru_copy},
    {"__deepcopy__", lru_deepcopy},
    {nullptr, nullptr},
};

const GetSetDef kLruGetSet[] = {
    {"__dict__", generic_get_dict, generic_set_dict},
    {nullptr, nullptr},
};

const MethodDef kFunctions[] = {
    {"reduce", fn_reduce, kMethDepth},
    {"cmp_to_key", fn_cmp_to_key},
    {nullptr, nullptr},
};

bool ready_types() {
    if (type_has(&PartialType, kTypeReady)) return true;
    TypeObject& k = KeyWrapperType;
    k.name = "functools.KeyWrapper";
    k.basicsize = sizeof(KeyWrapperObject);
    k.flags = kTypeGC;
    k.dealloc = keyobject_dealloc;
    k.traverse = keyobject_traverse;
    k.clear = keyobject_clear;
    k.call = keyobject_call;
    k.richcompare = keyobject_richcompare;
    k.hash = hash_not_implemented;
    k.getset = kKeyWrapperGetSet;
    if (!type_ready(&k)) return false;

    TypeObject& p = PartialType;
    p.name = "functools.partial";
    p.basicsize = sizeof(PartialObject);
    p.dictoffset = static_cast<ssize>(offsetof(PartialObject, dict));
    p.weaklistoffset = static_cast<ssize>(offsetof(PartialObject, weakreflist));
    p.flags = kTypeBaseType | kTypeGC;
    p.tp_new = partial_tp_new;
    p.dealloc = partial_dealloc;
    p.traverse = partial_traverse;
    p.clear = partial_clear;
    p.call = partial_call;
    p.repr = partial_repr;
    p.methods = kPartialMethods;
    p.getset = kPartialGetSet;
    if (!type_ready(&p)) return false;

    TypeObject& n = LruNodeType;
    n.name = "functools._lru_list_elem";
    n.basicsize = sizeof(LruNode);
    n.flags = kTypeGC;
    n.dealloc = lrunode_dealloc;
    n.traverse = lrunode_traverse;
    n.clear = lrunode_clear;
    if (!type_ready(&n)) return false;

    TypeObject& l = LruWrapperType;
    l.name = "functools._lru_cache_wrapper";
    l.basicsize = sizeof(LruWrapperObject);
    l.dictoffset = static_cast<ssize>(offsetof(LruWrapperObject, dict));
    l.weaklistoffset = static_cast<ssize>(offsetof(LruWrapperObject, weakreflist));
    l.flags = kTypeBaseType | kTypeGC;
    l.tp_new = lru_tp_new;
    l.dealloc = lru_dealloc;
    l.traverse = lru_traverse;
    l.clear = lru_clear_slot;
    l.call = lru_call;
    l.descr_get = lru_descr_get;
    l.methods = kLruMethods;
    l.getset = kLruGetSet;
    return type_ready(&l);
}

}  // namespace

Object* make_functools_module() {
    if (!ready_types()) return nullptr;
    Object* m = module_new("_functools");
    if (!m) return nullptr;
    if (module_add_functions(m, kFunctions) < 0 || module_add_object(m, "partial", &PartialType) < 0 ||
        module_add_object(m, "KeyWrapper", &KeyWrapperType) < 0 ||
        module_add_object(m, "_lru_cache_wrapper", &LruWrapperType) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
