// The hot part of the event loop in C++: Handle and TimerHandle, the ready queue (a ring buffer),
// the timer heap (a list ordered by `when`), call_soon / call_at / call_later, time() and one
// iteration of the loop (_run_once). asyncio.base_events.BaseEventLoop derives from LoopCore, so
// loops stay Python classes that may override any of these; waiting for I/O is the overridable
// `_process_io(timeout)` (the core's own only sleeps until the next timer).
// CPython counterparts: asyncio/events.py (Handle, TimerHandle), base_events.py (_run_once).
#include "modules/asyncio/loop_core.h"
#include "modules/contextvars/contextvars.h"

#include <cerrno>
#include <cmath>
#include <ctime>
#include <vector>

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "vm/signals.h"
#include "objects/descr.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/weakref.h"
#include "vm/import.h"

namespace pygen {

TypeObject HandleType;
TypeObject TimerHandleType;
TypeObject ReadyQueueType;
TypeObject LoopCoreType;

namespace {

HandleObject* as_handle(Object* o) { return static_cast<HandleObject*>(o); }
LoopCoreObject* as_loop(Object* o) { return static_cast<LoopCoreObject*>(o); }
ReadyQueue* as_queue(Object* o) { return static_cast<ReadyQueue*>(o); }

Object* events_helper(const char* name) {
    Object* m = import_module("asyncio.events");
    if (!m) return nullptr;
    Object* fn = object_getattr_str(m, name);
    decref(m);
    return fn;
}

double monotonic_now() {
    timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

}  // namespace

// ---- ReadyQueue: FIFO of handles ----

namespace {

void queue_grow(ReadyQueue* q) {
    ssize cap = q->capacity ? q->capacity * 2 : 64;
    auto** items = new Object*[static_cast<size_t>(cap)];
    for (ssize i = 0; i < q->size; i++) items[i] = q->items[(q->head + i) % q->capacity];
    delete[] q->items;
    q->items = items;
    q->head = 0;
    q->capacity = cap;
}

}  // namespace

void ready_push(Object* queue, Object* item) {
    ReadyQueue* q = as_queue(queue);
    if (q->size == q->capacity) queue_grow(q);
    q->items[(q->head + q->size) % q->capacity] = newref(item);
    q->size++;
}

Object* ready_pop(Object* queue) {
    ReadyQueue* q = as_queue(queue);
    if (q->size == 0) return nullptr;
    Object* item = q->items[q->head];
    q->head = (q->head + 1) % q->capacity;
    q->size--;
    return item;
}

namespace {

void queue_clear_items(ReadyQueue* q) {
    while (Object* o = ready_pop(q)) decref(o);
}

Object* q_append(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("append", nargs, kwnames)) return nullptr;
    ready_push(self, args[0]);
    return none_new();
}

Object* q_appendleft(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("appendleft", nargs, kwnames)) return nullptr;
    ReadyQueue* q = as_queue(self);
    if (q->size == q->capacity) queue_grow(q);
    q->head = (q->head + q->capacity - 1) % q->capacity;
    q->items[q->head] = newref(args[0]);
    q->size++;
    return none_new();
}

Object* q_popleft(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("popleft", nargs, kwnames)) return nullptr;
    Object* o = ready_pop(self);
    if (!o) return err_set_string(IndexError, "pop from an empty deque");
    return o;
}

Object* q_clear(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("clear", nargs, kwnames)) return nullptr;
    queue_clear_items(as_queue(self));
    return none_new();
}

Object* q_as_list(Object* self) {
    ReadyQueue* q = as_queue(self);
    Object* list = list_new(q->size);
    if (!list) return nullptr;
    for (ssize i = 0; i < q->size; i++) list_set_item(list, i, newref(q->items[(q->head + i) % q->capacity]));
    return list;
}

Object* q_iter(Object* self) {
    Ref<> list = Ref<>::steal(q_as_list(self));
    if (!list) return nullptr;
    return object_iter(list.get());
}

ssize q_len(Object* self) { return as_queue(self)->size; }

Object* q_new(TypeObject* type, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("ReadyQueue", nargs, kwnames)) return nullptr;
    return alloc_object(type);
}

void q_dealloc(Object* o) {
    queue_clear_items(as_queue(o));
    delete[] as_queue(o)->items;
    free_object(o);
}

void q_traverse(Object* o, VisitFn visit, void* arg) {
    ReadyQueue* q = as_queue(o);
    for (ssize i = 0; i < q->size; i++) visit(q->items[(q->head + i) % q->capacity], arg);
}

int q_clear_slot(Object* o) {
    queue_clear_items(as_queue(o));
    return 0;
}

const MethodDef kQueueMethods[] = {
    {"append", q_append},
    {"appendleft", q_appendleft},
    {"popleft", q_popleft},
    {"clear", q_clear},
    {nullptr, nullptr},
};

}  // namespace

// ---- Handle / TimerHandle ----

// A Handle created without a context runs in a copy of the current one (CPython's
// Handle.__init__ does copy_context()).
Object* handle_new_raw(TypeObject* type, Object* callback, Object* args, Object* loop, Object* context) {
    Ref<> ctx;
    if (context && context != None) {
        ctx = Ref<>::borrow(context);
    } else {
        ctx = Ref<>::steal(context_copy_current());
        if (!ctx) return nullptr;
    }
    Object* o = alloc_object(type);
    if (!o) return nullptr;
    HandleObject* h = as_handle(o);
    h->callback = newref(callback);
    h->args = newref(args);
    h->loop = newref(loop);
    h->context = ctx.release();
    return o;
}

namespace {

int handle_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const names[] = {"callback", "args", "loop", "context"};
    Object* out[4] = {};
    if (!bind_args({"Handle", names, 4, 0, -1, 3}, args, nargs, kwnames, out)) return -1;
    HandleObject* h = as_handle(self);
    setref(h->callback, newref(out[0]));
    setref(h->args, newref(out[1]));
    setref(h->loop, newref(out[2]));
    Object* ctx = out[3] && out[3] != None ? newref(out[3]) : context_copy_current();
    if (!ctx) return -1;
    setref(h->context, ctx);
    h->cancelled = false;
    return 0;
}

int timer_init(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const names[] = {"when", "callback", "args", "loop", "context"};
    Object* out[5] = {};
    if (!bind_args({"TimerHandle", names, 5, 0, -1, 4}, args, nargs, kwnames, out)) return -1;
    if (handle_init(self, args + 1, nargs - 1, kwnames) < 0) return -1;
    auto* t = static_cast<TimerHandleObject*>(self);
    setref(t->when_obj, newref(out[0]));
    bool overflow = false;
    t->when = is_float(out[0]) ? float_value(out[0]) : is_int(out[0]) ? int_as_double(out[0], &overflow) : NAN;
    t->scheduled = false;
    return 0;
}

Object* handle_alloc(TypeObject* type, Object* const*, size_t, Object*) { return alloc_object(type); }

void handle_traverse(Object* o, VisitFn visit, void* arg) {
    HandleObject* h = as_handle(o);
    for (Object* p : {h->callback, h->args, h->loop, h->context, h->repr, h->source_tb, h->dict}) {
        if (p) visit(p, arg);
    }
    if (o->type == &TimerHandleType || is_subtype(o->type, &TimerHandleType)) {
        if (Object* w = static_cast<TimerHandleObject*>(o)->when_obj) visit(w, arg);
    }
}

int handle_clear(Object* o) {
    HandleObject* h = as_handle(o);
    clearref(h->callback);
    clearref(h->args);
    clearref(h->loop);
    clearref(h->context);
    clearref(h->repr);
    clearref(h->source_tb);
    clearref(h->dict);
    if (is_subtype(o->type, &TimerHandleType)) clearref(static_cast<TimerHandleObject*>(o)->when_obj);
    return 0;
}

void handle_dealloc(Object* o) {
    if (as_handle(o)->weakreflist) weakref_clear_refs(o);
    handle_clear(o);
    free_object(o);
}

Object* handle_repr(Object* self) {
    HandleObject* h = as_handle(self);
    if (h->repr) return newref(h->repr);
    Ref<> fn = Ref<>::steal(events_helper("_handle_repr"));
    if (!fn) return nullptr;
    return call1(fn.get(), self);
}

Object* h_repr_info(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("_repr_info", nargs, kwnames)) return nullptr;
    Ref<> fn = Ref<>::steal(events_helper("_handle_repr_info"));
    if (!fn) return nullptr;
    return call1(fn.get(), self);
}

int handle_cancel(HandleObject* h) {
    if (h->cancelled) return 0;
    h->cancelled = true;
    if (h->loop) {
        Ref<> debug = Ref<>::steal(call_method0(h->loop, "get_debug"));
        if (!debug) return -1;
        int truth = object_is_true(debug.get());
        if (truth < 0) return -1;
        if (truth) {
            // Keep the description: the callback is dropped just below.
            h->cancelled = false;
            Object* r = object_repr(h);
            h->cancelled = true;
            if (!r) return -1;
            setref(h->repr, r);
        }
    }
    clearref(h->callback);
    setref(h->args, none_new());
    return 0;
}

Object* h_cancel(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("cancel", nargs, kwnames)) return nullptr;
    if (handle_cancel(as_handle(self)) < 0) return nullptr;
    return none_new();
}

Object* t_cancel(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("cancel", nargs, kwnames)) return nullptr;
    HandleObject* h = as_handle(self);
    if (!h->cancelled && h->loop) {
        if (h->loop->type == &LoopCoreType || is_subtype(h->loop->type, &LoopCoreType)) {
            if (static_cast<TimerHandleObject*>(h)->scheduled) as_loop(h->loop)->timer_cancelled_count++;
        } else {
            Ref<> r = Ref<>::steal(call_method1(h->loop, "_timer_handle_cancelled", self));
            if (!r) return nullptr;
        }
    }
    if (handle_cancel(h) < 0) return nullptr;
    return none_new();
}

Object* h_cancelled(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("cancelled", nargs, kwnames)) return nullptr;
    return bool_from(as_handle(self)->cancelled);
}

}  // namespace

Object* context_run_call(Object* context, Object* callback, Object* const* args, size_t nargs) {
    if (is_context(context)) return context_run(context, callback, args, nargs);
    std::vector<Object*> full;
    full.reserve(nargs + 1);
    full.push_back(callback);
    for (size_t i = 0; i < nargs; i++) full.push_back(args[i]);
    return call_method(context, "run", full.data(), full.size());
}

// Runs the handle's callback in its context. Exceptions other than SystemExit/KeyboardInterrupt
// go to the loop's exception handler. Returns 0, or -1 with SystemExit/KeyboardInterrupt (or a
// failure of the handler machinery) pending. CPython: events.py, Handle._run.
int handle_run(Object* self) {
    HandleObject* h = as_handle(self);
    Ref<> keep = Ref<>::borrow(self);
    Ref<> callback = Ref<>::borrow(h->callback);
    Ref<> args = Ref<>::borrow(h->args);
    if (!callback) return 0;
    Object* res;
    Object* const* argv = tuple_items(args.get());
    size_t argc = static_cast<size_t>(tuple_size(args.get()));
    if (h->context == nullptr || h->context == None) {
        res = call(callback.get(), argv, argc, nullptr);
    } else {
        res = context_run_call(h->context, callback.get(), argv, argc);
    }
    if (res) {
        decref(res);
        return 0;
    }
    if (err_matches(SystemExit) || err_matches(KeyboardInterrupt)) return -1;
    Ref<> exc = Ref<>::steal(err_fetch());
    Ref<> fn = Ref<>::steal(events_helper("_handle_run_error"));
    if (!fn) return -1;
    Object* a[4] = {self, exc.get(), callback.get(), args.get()};
    Ref<> r = Ref<>::steal(call(fn.get(), a, 4, nullptr));
    return r ? 0 : -1;
}

namespace {

Object* h_run(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("_run", nargs, kwnames)) return nullptr;
    if (handle_run(self) < 0) return nullptr;
    return none_new();
}

Object* t_when(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("when", nargs, kwnames)) return nullptr;
    Object* w = static_cast<TimerHandleObject*>(self)->when_obj;
    return newref(w ? w : None);
}

int64_t t_hash(Object* self) {
    Object* w = static_cast<TimerHandleObject*>(self)->when_obj;
    return object_hash(w ? w : None);
}

// CPython: events.py, TimerHandle.__lt__ ... __eq__.
Object* t_richcompare(Object* a, Object* b, CompareOp op) {
    if (!is_subtype(b->type, &TimerHandleType)) return incref(NotImplemented);
    auto* x = static_cast<TimerHandleObject*>(a);
    auto* y = static_cast<TimerHandleObject*>(b);
    auto eq = [&]() -> int {
        if (x->when != y->when) return 0;
        HandleObject* hx = x;
        HandleObject* hy = y;
        if (hx->cancelled != hy->cancelled) return 0;
        Object* cx = hx->callback ? hx->callback : None;
        Object* cy = hy->callback ? hy->callback : None;
        int r = object_equal(cx, cy);
        if (r <= 0) return r;
        return object_equal(hx->args ? hx->args : None, hy->args ? hy->args : None);
    };
    int r;
    switch (op) {
        case CompareOp::Lt: return bool_from(x->when < y->when);
        case CompareOp::Gt: return bool_from(x->when > y->when);
        case CompareOp::Le:
            if (x->when < y->when) return bool_from(true);
            r = eq();
            break;
        case CompareOp::Ge:
            if (x->when > y->when) return bool_from(true);
            r = eq();
            break;
        case CompareOp::Eq: r = eq(); break;
        default:
            r = eq();
            if (r < 0) return nullptr;
            return bool_from(!r);
    }
    if (r < 0) return nullptr;
    return bool_from(r);
}

Object* opt(Object* o) { return newref(o ? o : None); }
Object* g_callback(Object* s) { return opt(as_handle(s)->callback); }
Object* g_args(Object* s) { return opt(as_handle(s)->args); }
Object* g_loop(Object* s) { return opt(as_handle(s)->loop); }
Object* g_context(Object* s) { return opt(as_handle(s)->context); }
Object* g_repr(Object* s) { return opt(as_handle(s)->repr); }
Object* g_source_tb(Object* s) { return opt(as_handle(s)->source_tb); }
Object* g_cancelled(Object* s) { return bool_from(as_handle(s)->cancelled); }
int s_repr(Object* s, Object* v) { setref(as_handle(s)->repr, v && v != None ? newref(v) : nullptr); return 0; }
int s_source_tb(Object* s, Object* v) { setref(as_handle(s)->source_tb, v && v != None ? newref(v) : nullptr); return 0; }
Object* g_when(Object* s) { return opt(static_cast<TimerHandleObject*>(s)->when_obj); }
Object* g_scheduled(Object* s) { return bool_from(static_cast<TimerHandleObject*>(s)->scheduled); }
int s_scheduled(Object* s, Object* v) {
    int truth = v ? object_is_true(v) : 0;
    if (truth < 0) return -1;
    static_cast<TimerHandleObject*>(s)->scheduled = truth;
    return 0;
}

const MethodDef kHandleMethods[] = {
    {"_repr_info", h_repr_info},
    {"cancel", h_cancel},
    {"cancelled", h_cancelled},
    {"_run", h_run},
    {nullptr, nullptr},
};

const GetSetDef kHandleGetSet[] = {
    {"_callback", g_callback},
    {"_args", g_args},
    {"_loop", g_loop},
    {"_context", g_context},
    {"_repr", g_repr, s_repr},
    {"_source_traceback", g_source_tb, s_source_tb},
    {"_cancelled", g_cancelled},
    {nullptr, nullptr},
};

const MethodDef kTimerMethods[] = {
    {"cancel", t_cancel},
    {"when", t_when},
    {nullptr, nullptr},
};

const GetSetDef kTimerGetSet[] = {
    {"_when", g_when},
    {"_scheduled", g_scheduled, s_scheduled},
    {nullptr, nullptr},
};

}  // namespace

// ---- the timer heap: a list of TimerHandles ordered by `when` ----

namespace {

double when_of(Object* o) { return static_cast<TimerHandleObject*>(o)->when; }

// The same moves as the heapq module (so timers due at the same time run in the same order as
// under CPython): sift_toward_root is heapq's _siftdown, sift_to_leaf its _siftup.
void heap_sift_toward_root(Object* list, ssize start, ssize pos) {
    auto** items = static_cast<ListObject*>(list)->items;
    Object* item = items[pos];
    while (pos > start) {
        ssize parent = (pos - 1) >> 1;
        if (!(when_of(item) < when_of(items[parent]))) break;
        items[pos] = items[parent];
        pos = parent;
    }
    items[pos] = item;
}

void heap_sift_to_leaf(Object* list, ssize pos) {
    auto** items = static_cast<ListObject*>(list)->items;
    ssize end = list_size(list);
    ssize start = pos;
    Object* item = items[pos];
    ssize child = 2 * pos + 1;
    while (child < end) {
        ssize right = child + 1;
        if (right < end && !(when_of(items[child]) < when_of(items[right]))) child = right;
        items[pos] = items[child];
        pos = child;
        child = 2 * pos + 1;
    }
    items[pos] = item;
    heap_sift_toward_root(list, start, pos);
}

void heap_sift_up(Object* list, ssize i) { heap_sift_toward_root(list, 0, i); }

// Pops the earliest timer (new reference). The list must be non-empty and hold only TimerHandles.
Object* heap_pop(Object* list) {
    auto* l = static_cast<ListObject*>(list);
    Object* top = l->items[0];
    Object* last = l->items[l->size - 1];
    l->size--;
    if (l->size > 0) {
        l->items[0] = last;
        heap_sift_to_leaf(list, 0);
    }
    return top;
}

void heap_rebuild(Object* list) {
    for (ssize i = list_size(list) / 2 - 1; i >= 0; i--) heap_sift_to_leaf(list, i);
}

bool is_timer(Object* o) { return o->type == &TimerHandleType || is_subtype(o->type, &TimerHandleType); }

bool all_timers(Object* list) {
    for (ssize i = 0; i < list_size(list); i++)
        if (!is_timer(list_item(list, i))) return false;
    return true;
}

// Whether the items a push at `pos` compares with (its ancestors) are TimerHandles: what
// heap_sift_up reads. O(log n), where checking the whole list on every call_at made n timers
// cost O(n^2) (pyperformance's async_tree io: 46,656 sleeps, 76% of the run in call_at).
bool ancestors_are_timers(Object* list, ssize pos) {
    while (pos > 0) {
        pos = (pos - 1) >> 1;
        if (!is_timer(list_item(list, pos))) return false;
    }
    return true;
}

}  // namespace

// ---- LoopCore ----

namespace {

int check_closed(LoopCoreObject* loop) {
    if (loop->closed) {
        err_set_string(RuntimeError, "Event loop is closed");
        return -1;
    }
    return 0;
}

int debug_check_callback(Object* self, Object* callback, const char* method) {
    Ref<> name = Ref<>::steal(str_from(method));
    if (!name) return -1;
    Object* a[2] = {callback, name.get()};
    Object* m = nullptr;
    int unbound = object_get_method(self, Ref<>::steal(str_intern("_check_callback")).get(), &m);
    if (unbound < 0) return -1;
    Object* full[3] = {self, a[0], a[1]};
    Object* r = unbound ? call(m, full, 3, nullptr) : call(m, a, 2, nullptr);
    decref(m);
    if (!r) return -1;
    decref(r);
    return 0;
}

// Splits vectorcall arguments into (callback, *args) and the `context` keyword.
bool split_call_args(const char* fname, size_t first, Object* const* args, size_t nargs, Object* kwnames,
                     Object** context) {
    *context = nullptr;
    size_t nkw = kwcount(kwnames);
    for (size_t i = 0; i < nkw; i++) {
        if (kwname_at(kwnames, i) != "context") {
            err_format(TypeError, "%s() got an unexpected keyword argument '%s'", fname,
                       std::string(kwname_at(kwnames, i)).c_str());
            return false;
        }
        *context = args[nargs + i];
    }
    if (nargs < first + 1) {
        err_format(TypeError, "%s() missing 1 required positional argument: 'callback'", fname);
        return false;
    }
    return true;
}

Object* l_call_soon(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* context;
    if (!split_call_args("call_soon", 0, args, nargs, kwnames, &context)) return nullptr;
    LoopCoreObject* loop = as_loop(self);
    if (check_closed(loop) < 0) return nullptr;
    if (loop->debug && debug_check_callback(self, args[0], "call_soon") < 0) return nullptr;
    Ref<> cbargs = Ref<>::steal(tuple_from_array(args + 1, static_cast<ssize>(nargs - 1)));
    if (!cbargs) return nullptr;
    return loop_call_soon(self, args[0], cbargs.get(), context);
}

Object* l__call_soon(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("_call_soon", nargs, kwnames, 3, 3)) return nullptr;
    if (!is_tuple(args[1])) return err_set_string(TypeError, "_call_soon() args must be a tuple");
    return loop_call_soon(self, args[0], args[1], args[2] == None ? nullptr : args[2]);
}

Object* loop_call_at(Object* self, Object* when, Object* callback, Object* cbargs, Object* context) {
    LoopCoreObject* loop = as_loop(self);
    Object* timer = handle_new_raw(&TimerHandleType, callback, cbargs, self, context);
    if (!timer) return nullptr;
    auto* t = static_cast<TimerHandleObject*>(timer);
    t->when_obj = newref(when);
    bool overflow = false;
    t->when = is_float(when) ? float_value(when) : int_as_double(when, &overflow);
    if (!is_list_exact(loop->scheduled) ||
        !ancestors_are_timers(loop->scheduled, list_size(loop->scheduled))) {
        // Somebody replaced the heap or put other objects in it: keep Python's heapq semantics.
        Object* heapq = import_module("heapq");
        if (!heapq) { decref(timer); return nullptr; }
        Object* pa[2] = {loop->scheduled, timer};
        Ref<> r = Ref<>::steal(call_method(heapq, "heappush", pa, 2));
        decref(heapq);
        if (!r) { decref(timer); return nullptr; }
    } else {
        if (list_append(loop->scheduled, timer) < 0) { decref(timer); return nullptr; }
        heap_sift_up(loop->scheduled, list_size(loop->scheduled) - 1);
    }
    t->scheduled = true;
    return timer;
}

bool when_arg_ok(Object* when) {
    if (is_float(when) || is_int(when)) return true;
    err_format(TypeError, "'<' not supported between instances of '%s' and 'float'", when->type->name);
    return false;
}

Object* l_call_at(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* context;
    if (nargs < 1) return err_set_string(TypeError, "call_at() missing 2 required positional arguments: 'when' and 'callback'");
    if (!split_call_args("call_at", 1, args, nargs, kwnames, &context)) return nullptr;
    if (args[0] == None) return err_set_string(TypeError, "when cannot be None");
    LoopCoreObject* loop = as_loop(self);
    if (check_closed(loop) < 0) return nullptr;
    if (loop->debug && debug_check_callback(self, args[1], "call_at") < 0) return nullptr;
    if (!when_arg_ok(args[0])) return nullptr;
    Ref<> cbargs = Ref<>::steal(tuple_from_array(args + 2, static_cast<ssize>(nargs - 2)));
    if (!cbargs) return nullptr;
    return loop_call_at(self, args[0], args[1], cbargs.get(), context);
}

Object* loop_time(Object* self) {
    Object* fn = type_lookup(self->type, Ref<>::steal(str_intern("time")).get());
    if (fn && fn->type == &MethodDescrType) return float_from(monotonic_now());
    return call_method0(self, "time");
}

Object* l_call_later(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    Object* context;
    if (nargs < 1) return err_set_string(TypeError, "call_later() missing 2 required positional arguments: 'delay' and 'callback'");
    if (!split_call_args("call_later", 1, args, nargs, kwnames, &context)) return nullptr;
    if (args[0] == None) return err_set_string(TypeError, "delay must not be None");
    Ref<> now = Ref<>::steal(loop_time(self));
    if (!now) return nullptr;
    Ref<> when = Ref<>::steal(binary_op(now.get(), args[0], BinOp::Add));
    if (!when) return nullptr;
    LoopCoreObject* loop = as_loop(self);
    if (check_closed(loop) < 0) return nullptr;
    if (loop->debug && debug_check_callback(self, args[1], "call_at") < 0) return nullptr;
    if (!when_arg_ok(when.get())) return nullptr;
    Ref<> cbargs = Ref<>::steal(tuple_from_array(args + 2, static_cast<ssize>(nargs - 2)));
    if (!cbargs) return nullptr;
    return loop_call_at(self, when.get(), args[1], cbargs.get(), context);
}

Object* l_time(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("time", nargs, kwnames)) return nullptr;
    return float_from(monotonic_now());
}

Object* l_timer_handle_cancelled(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("_timer_handle_cancelled", nargs, kwnames)) return nullptr;
    if (is_subtype(args[0]->type, &TimerHandleType) && static_cast<TimerHandleObject*>(args[0])->scheduled)
        as_loop(self)->timer_cancelled_count++;
    return none_new();
}

// The core's wait: nothing to poll, so sleep until the timeout (None: forever, as CPython's
// select() with nothing registered would block).
Object* l_process_io(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("_process_io", nargs, kwnames)) return nullptr;
    Object* t = args[0];
    double seconds;
    if (t == None) {
        // Under a step budget (the fuzz harness), nothing could ever end this wait: no fd is
        // registered and no timer is due. Spend the budget so the input stops as a runaway loop
        // would, instead of sleeping until the harness's timeout.
        if (g_step_budget >= 0) {
            g_step_budget = 0;
            step_budget_spend();
            return nullptr;
        }
        seconds = 24 * 3600;
    } else {
        Ref<> f = Ref<>::steal(number_float(t));
        if (!f) return nullptr;
        seconds = float_value(f.get());
    }
    for (;;) {
        if (seconds > 0) {
            timespec req{static_cast<time_t>(seconds), static_cast<long>((seconds - std::floor(seconds)) * 1e9)};
            while (nanosleep(&req, &req) != 0 && errno == EINTR) {
                if (signals_check() < 0) return nullptr;
                // A signal handler scheduled a callback (asyncio.Runner's SIGINT handler
                // cancelling the main task does): stop sleeping so it runs now.
                if (as_queue(as_loop(self)->ready)->size) return none_new();
            }
        }
        if (t != None) break;
    }
    return none_new();
}

constexpr ssize kMinScheduledTimerHandles = 100;
constexpr double kMinCancelledTimerHandlesFraction = 0.5;
constexpr double kMaximumSelectTimeout = 24 * 3600;

// CPython: base_events.py, BaseEventLoop._run_once.
Object* l_run_once(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("_run_once", nargs, kwnames)) return nullptr;
    Ref<> keep = Ref<>::borrow(self);
    LoopCoreObject* loop = as_loop(self);
    Ref<> sched = Ref<>::borrow(loop->scheduled);
    if (!is_list_exact(sched.get()) || !all_timers(sched.get()))
        return err_set_string(TypeError, "loop._scheduled must be a list of TimerHandles");
    ssize sched_count = list_size(sched.get());
    if (sched_count > kMinScheduledTimerHandles &&
        static_cast<double>(loop->timer_cancelled_count) / static_cast<double>(sched_count) > kMinCancelledTimerHandlesFraction) {
        Ref<> kept = Ref<>::steal(list_new(0));
        if (!kept) return nullptr;
        for (ssize i = 0; i < sched_count; i++) {
            auto* h = static_cast<TimerHandleObject*>(list_item(sched.get(), i));
            if (h->cancelled) h->scheduled = false;
            else if (list_append(kept.get(), h) < 0) return nullptr;
        }
        heap_rebuild(kept.get());
        setref(loop->scheduled, kept.release());
        sched = Ref<>::borrow(loop->scheduled);
        loop->timer_cancelled_count = 0;
    } else {
        while (list_size(sched.get()) && as_handle(list_item(sched.get(), 0))->cancelled) {
            loop->timer_cancelled_count--;
            Object* h = heap_pop(sched.get());
            static_cast<TimerHandleObject*>(h)->scheduled = false;
            decref(h);
        }
    }

    ReadyQueue* ready = as_queue(loop->ready);
    Ref<> timeout;
    if (ready->size || loop->stopping) {
        timeout = Ref<>::steal(float_from(0.0));
    } else if (list_size(sched.get())) {
        Ref<> now = Ref<>::steal(loop_time(self));
        if (!now) return nullptr;
        Ref<> nowf = Ref<>::steal(number_float(now.get()));
        if (!nowf) return nullptr;
        double t = when_of(list_item(sched.get(), 0)) - float_value(nowf.get());
        t = std::min(std::max(0.0, t), kMaximumSelectTimeout);
        timeout = Ref<>::steal(float_from(t));
    } else {
        timeout = Ref<>::borrow(None);
    }
    if (!timeout) return nullptr;
    // Wait for I/O (or just time): a subclass's _process_io always runs, the core's only when
    // there is time to wait.
    static Object* process_io_name = str_intern("_process_io");
    Object* pio = type_lookup(self->type, process_io_name);
    bool core_wait = pio && pio->type == &MethodDescrType;
    if (loop->io_wait) {
        Ref<> wait = Ref<>::borrow(loop->io_wait);
        Ref<> r = Ref<>::steal(call1(wait.get(), timeout.get()));
        if (!r) return nullptr;
    } else if (!core_wait || timeout.get() == None || float_value(timeout.get()) > 0) {
        Ref<> r = Ref<>::steal(call_method1(self, "_process_io", timeout.get()));
        if (!r) return nullptr;
    }

    // Timers that are due go to the ready queue.
    Ref<> now = Ref<>::steal(loop_time(self));
    if (!now) return nullptr;
    Ref<> nowf = Ref<>::steal(number_float(now.get()));
    if (!nowf) return nullptr;
    double end_time = float_value(nowf.get()) + loop->clock_resolution;
    sched = Ref<>::borrow(loop->scheduled);
    while (list_size(sched.get())) {
        if (when_of(list_item(sched.get(), 0)) >= end_time) break;
        Object* h = heap_pop(sched.get());
        static_cast<TimerHandleObject*>(h)->scheduled = false;
        ready_push(loop->ready, h);
        decref(h);
    }

    // Callbacks scheduled by these callbacks wait for the next iteration.
    Ref<> queue = Ref<>::borrow(loop->ready);
    ssize ntodo = as_queue(queue.get())->size;
    for (ssize i = 0; i < ntodo; i++) {
        Object* h = ready_pop(queue.get());
        if (!h) break;
        Ref<> handle = Ref<>::steal(h);
        if (as_handle(h)->cancelled) continue;
        setref(loop->current_handle, newref(h));
        int rc;
        if (h->type == &HandleType || h->type == &TimerHandleType) {
            rc = handle_run(h);
        } else {
            Object* r = call_method0(h, "_run");
            rc = r ? 0 : -1;
            xdecref(r);
        }
        clearref(loop->current_handle);
        if (rc < 0) return nullptr;
    }
    return none_new();
}

Object* l_new(TypeObject* type, Object* const*, size_t, Object*) {
    Object* o = alloc_object(type);
    if (!o) return nullptr;
    LoopCoreObject* loop = as_loop(o);
    loop->ready = alloc_object(&ReadyQueueType);
    loop->scheduled = list_new(0);
    loop->clock_resolution = 1e-09;
    if (!loop->ready || !loop->scheduled) {
        decref(o);
        return nullptr;
    }
    return o;
}

int l_init(Object*, Object* const*, size_t, Object*) { return 0; }

void l_traverse(Object* o, VisitFn visit, void* arg) {
    LoopCoreObject* l = as_loop(o);
    for (Object* p : {l->ready, l->scheduled, l->current_handle, l->io_wait, l->dict}) {
        if (p) visit(p, arg);
    }
}

int l_clear(Object* o) {
    LoopCoreObject* l = as_loop(o);
    clearref(l->ready);
    clearref(l->scheduled);
    clearref(l->current_handle);
    clearref(l->io_wait);
    clearref(l->dict);
    return 0;
}

void l_dealloc(Object* o) {
    if (as_loop(o)->weakreflist) weakref_clear_refs(o);
    l_clear(o);
    free_object(o);
}

Object* lg_ready(Object* s) { return opt(as_loop(s)->ready); }
Object* lg_scheduled(Object* s) { return opt(as_loop(s)->scheduled); }
int ls_scheduled(Object* s, Object* v) {
    if (!v || !is_list(v)) {
        err_set_string(TypeError, "_scheduled must be a list");
        return -1;
    }
    setref(as_loop(s)->scheduled, newref(v));
    return 0;
}
Object* lg_current_handle(Object* s) { return opt(as_loop(s)->current_handle); }
int ls_current_handle(Object* s, Object* v) {
    setref(as_loop(s)->current_handle, v && v != None ? newref(v) : nullptr);
    return 0;
}

Object* lg_io_wait(Object* s) { return opt(as_loop(s)->io_wait); }
int ls_io_wait(Object* s, Object* v) {
    setref(as_loop(s)->io_wait, v && v != None ? newref(v) : nullptr);
    return 0;
}

template <bool LoopCoreObject::*Field>
Object* lg_flag(Object* s) { return bool_from(as_loop(s)->*Field); }
template <bool LoopCoreObject::*Field>
int ls_flag(Object* s, Object* v) {
    int truth = v ? object_is_true(v) : 0;
    if (truth < 0) return -1;
    as_loop(s)->*Field = truth;
    return 0;
}
Object* lg_cancelled_count(Object* s) { return int_from_i64(as_loop(s)->timer_cancelled_count); }
int ls_cancelled_count(Object* s, Object* v) {
    int64_t n = 0;
    if (!v || !int_as_i64(v, &n)) {
        if (!err_occurred()) err_set_string(TypeError, "an integer is required");
        return -1;
    }
    as_loop(s)->timer_cancelled_count = n;
    return 0;
}
Object* lg_clock_resolution(Object* s) { return float_from(as_loop(s)->clock_resolution); }
int ls_clock_resolution(Object* s, Object* v) {
    Ref<> f = Ref<>::steal(v ? number_float(v) : nullptr);
    if (!f) return -1;
    as_loop(s)->clock_resolution = float_value(f.get());
    return 0;
}

const MethodDef kLoopMethods[] = {
    {"call_soon", l_call_soon},
    {"_call_soon", l__call_soon},
    {"call_at", l_call_at},
    {"call_later", l_call_later},
    {"time", l_time},
    {"_timer_handle_cancelled", l_timer_handle_cancelled},
    {"_process_io", l_process_io},
    {"_run_once", l_run_once},
    {nullptr, nullptr},
};

const GetSetDef kLoopGetSet[] = {
    {"_ready", lg_ready},
    {"_scheduled", lg_scheduled, ls_scheduled},
    {"_current_handle", lg_current_handle, ls_current_handle},
    {"_io_wait", lg_io_wait, ls_io_wait},
    {"_stopping", lg_flag<&LoopCoreObject::stopping>, ls_flag<&LoopCoreObject::stopping>},
    {"_closed", lg_flag<&LoopCoreObject::closed>, ls_flag<&LoopCoreObject::closed>},
    {"_debug", lg_flag<&LoopCoreObject::debug>, ls_flag<&LoopCoreObject::debug>},
    {"_timer_cancelled_count", lg_cancelled_count, ls_cancelled_count},
    {"_clock_resolution", lg_clock_resolution, ls_clock_resolution},
    {"__dict__", generic_get_dict, generic_set_dict},
    {nullptr, nullptr},
};

}  // namespace

// call_soon without argument checks (CPython: BaseEventLoop._call_soon). New reference to the
// Handle, or null with an exception.
Object* loop_call_soon(Object* self, Object* callback, Object* cbargs, Object* context) {
    Object* h = handle_new_raw(&HandleType, callback, cbargs, self, context);
    if (!h) return nullptr;
    ready_push(as_loop(self)->ready, h);
    return h;
}

bool loop_has_core_call_soon(Object* loop) {
    static Object* name = str_intern("call_soon");
    if (!is_subtype(loop->type, &LoopCoreType)) return false;
    Object* fn = type_lookup(loop->type, name);
    return fn && fn->type == &MethodDescrType;
}

void init_loop_core_types() {
    ReadyQueueType.name = "_asyncio.ReadyQueue";
    ReadyQueueType.basicsize = sizeof(ReadyQueue);
    ReadyQueueType.flags = kTypeGC;
    ReadyQueueType.dealloc = q_dealloc;
    ReadyQueueType.traverse = q_traverse;
    ReadyQueueType.clear = q_clear_slot;
    ReadyQueueType.iter = q_iter;
    ReadyQueueType.len = q_len;
    ReadyQueueType.tp_new = q_new;
    ReadyQueueType.methods = kQueueMethods;
    if (!type_ready(&ReadyQueueType)) abort();

    HandleType.name = "_asyncio.Handle";
    HandleType.basicsize = sizeof(HandleObject);
    HandleType.dictoffset = offsetof(HandleObject, dict);
    HandleType.weaklistoffset = offsetof(HandleObject, weakreflist);
    HandleType.flags = kTypeGC | kTypeBaseType;
    HandleType.dealloc = handle_dealloc;
    HandleType.traverse = handle_traverse;
    HandleType.clear = handle_clear;
    HandleType.repr = handle_repr;
    HandleType.tp_new = handle_alloc;
    HandleType.tp_init = handle_init;
    HandleType.methods = kHandleMethods;
    HandleType.getset = kHandleGetSet;
    if (!type_ready(&HandleType)) abort();

    TimerHandleType.name = "_asyncio.TimerHandle";
    TimerHandleType.base = &HandleType;
    TimerHandleType.basicsize = sizeof(TimerHandleObject);
    TimerHandleType.dictoffset = offsetof(HandleObject, dict);
    TimerHandleType.weaklistoffset = offsetof(HandleObject, weakreflist);
    TimerHandleType.flags = kTypeGC | kTypeBaseType;
    TimerHandleType.dealloc = handle_dealloc;
    TimerHandleType.traverse = handle_traverse;
    TimerHandleType.clear = handle_clear;
    TimerHandleType.repr = handle_repr;
    TimerHandleType.hash = t_hash;
    TimerHandleType.richcompare = t_richcompare;
    TimerHandleType.tp_new = handle_alloc;
    TimerHandleType.tp_init = timer_init;
    TimerHandleType.methods = kTimerMethods;
    TimerHandleType.getset = kTimerGetSet;
    if (!type_ready(&TimerHandleType)) abort();

    LoopCoreType.name = "_asyncio.LoopCore";
    LoopCoreType.basicsize = sizeof(LoopCoreObject);
    LoopCoreType.dictoffset = offsetof(LoopCoreObject, dict);
    LoopCoreType.weaklistoffset = offsetof(LoopCoreObject, weakreflist);
    LoopCoreType.flags = kTypeGC | kTypeBaseType;
    LoopCoreType.dealloc = l_dealloc;
    LoopCoreType.traverse = l_traverse;
    LoopCoreType.clear = l_clear;
    LoopCoreType.tp_new = l_new;
    LoopCoreType.tp_init = l_init;
    LoopCoreType.methods = kLoopMethods;
    LoopCoreType.getset = kLoopGetSet;
    if (!type_ready(&LoopCoreType)) abort();
}

}  // namespace pygen
