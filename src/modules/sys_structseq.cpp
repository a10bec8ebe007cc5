// Named tuples defined in C++ (CPython's "struct sequences"): sys.version_info, sys.flags,
// sys.float_info, sys.hash_info, sys.int_info, sys.UnraisableHookArgs, time.struct_time. Each is a
// tuple subclass with one read-only attribute per item and a "name(field=value, ...)" repr.
// Instances are built by tuple's tp_new, so the tuple layout stays the tuple author's business.
// CPython counterpart: Objects/structseq.c.

#include <array>
#include <string>
#include <utility>

#include "modules/sys_module.h"
#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

constexpr int kMaxFields = 24;

template <int I>
Object* get_field(Object* self) {
    return newref(tuple_item(self, I));
}

template <int... I>
constexpr std::array<Object* (*)(Object*), sizeof...(I)> make_getters(std::integer_sequence<int, I...>) {
    return {get_field<I>...};
}

constexpr auto kFieldGetters = make_getters(std::make_integer_sequence<int, kMaxFields>{});

Object* structseq_repr(Object* self);

// Field names of a struct-sequence type, read back by the repr. The getset table is the record:
// entry i names item i. A Python subclass has no table of its own, so walk to the base.
const GetSetDef* fields_of(TypeObject* type) {
    for (TypeObject* t = type; t; t = t->base) {
        if (t->repr == structseq_repr && t->getset) return t->getset;
    }
    return nullptr;
}

Object* structseq_repr(Object* self) {
    const GetSetDef* fields = fields_of(self->type);
    std::string text = self->type->name;
    text += '(';
    ssize n = tuple_size(self);
    for (ssize i = 0; i < n; i++) {
        if (i > 0) text += ", ";
        if (fields && fields[i].name) {
            text += fields[i].name;
            text += '=';
        }
        Ref<> item = Ref<>::steal(object_repr(tuple_item(self, i)));
        if (!item) return nullptr;
        text += str_view(item.get());
    }
    text += ')';
    return str_from(text);
}

Object* structseq_no_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    return err_format(TypeError, "cannot create '%s' instances", type->name);
}

// CPython: structseq.c, structseq_new — one sequence argument with exactly n_fields items.
Object* structseq_from_sequence(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames != nullptr || nargs != 1) {
        return err_format(TypeError, "%s() takes exactly one sequence argument", type->name);
    }
    Ref<> items = Ref<>::steal(call1(reinterpret_cast<Object*>(&TupleType), args[0]));
    if (!items) return nullptr;
    Object* declared = dict_getitem_str(type->dict, "n_fields");
    int64_t n = 0;
    if (declared == nullptr || !int_as_i64(declared, &n)) return err_format(SystemError, "%s has no n_fields", type->name);
    ssize given = tuple_size(items.get());
    if (given < n) return err_format(TypeError, "%s() takes an at least %d-sequence (%zd-sequence given)", type->name, static_cast<int>(n), given);
    if (given > n) return err_format(TypeError, "%s() takes an at most %d-sequence (%zd-sequence given)", type->name, static_cast<int>(n), given);
    Object* tuple_arg = items.get();
    return TupleType.tp_new(type, &tuple_arg, 1, nullptr);
}

// __reduce__: (type, (tuple(self),)), which the type's constructor rebuilds for the types that
// allow construction (time.struct_time); CPython: structseq.c, structseq_reduce.
Object* structseq_reduce(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (nargs != 0 || (kwnames != nullptr && tuple_size(kwnames) > 0))
        return err_set_string(TypeError, "__reduce__() takes no arguments");
    ssize n = tuple_size(self);
    Ref<> items = Ref<>::steal(tuple_new(n));
    if (!items) return nullptr;
    for (ssize i = 0; i < n; i++) tuple_items(items.get())[i] = newref(tuple_item(self, i));
    Ref<> args = Ref<>::steal(tuple_pack({items.get()}));
    if (!args) return nullptr;
    return tuple_pack({static_cast<Object*>(self->type), args.get()});
}

const MethodDef kStructSeqMethods[] = {
    {"__reduce__", structseq_reduce},
    {nullptr, nullptr},
};

}  // namespace

void structseq_allow_new(TypeObject* type) { type->tp_new = structseq_from_sequence; }

TypeObject* structseq_new_type(const char* name, const char* const* fields, int field_count) {
    if (field_count > kMaxFields) {
        err_format(SystemError, "struct sequence %s has too many fields", name);
        return nullptr;
    }
    // Lives for the whole run, like a static type; never freed.
    auto* getset = new GetSetDef[static_cast<size_t>(field_count) + 1];
    for (int i = 0; i < field_count; i++) getset[i] = GetSetDef{fields[i], kFieldGetters[static_cast<size_t>(i)]};
    getset[field_count] = GetSetDef{nullptr, nullptr};

    auto* type = new TypeObject();
    type->refcnt = 1;
    type->type = &TypeType;
    type->name = name;
    type->base = &TupleType;
    type->basicsize = TupleType.basicsize;
    type->repr = structseq_repr;
    type->tp_new = structseq_no_new;
    type->getset = getset;
    type->methods = kStructSeqMethods;
    if (!type_ready(type)) return nullptr;
    Ref<> n_fields = Ref<>::steal(int_from_i64(field_count));
    Ref<> n_unnamed = Ref<>::steal(int_from_i64(0));
    // Every field is named and in the sequence: match by position over all of them.
    Ref<> match_args = Ref<>::steal(tuple_new(field_count));
    if (!n_fields || !n_unnamed || !match_args) return nullptr;
    for (int i = 0; i < field_count; i++) {
        Object* field_name = str_from_cstr(fields[i]);
        if (!field_name) return nullptr;
        tuple_items(match_args.get())[i] = field_name;
    }
    if (type->dict && (dict_setitem_str(type->dict, "n_fields", n_fields.get()) < 0 ||
                       dict_setitem_str(type->dict, "n_sequence_fields", n_fields.get()) < 0 ||
                       dict_setitem_str(type->dict, "n_unnamed_fields", n_unnamed.get()) < 0 ||
                       dict_setitem_str(type->dict, "__match_args__", match_args.get()) < 0)) {
        return nullptr;
    }
    return type;
}

Object* structseq_new(TypeObject* type, Object* const* values_stolen, int count) {
    bool failed = false;
    for (int i = 0; i < count; i++) failed = failed || values_stolen[i] == nullptr;
    if (failed) {
        for (int i = 0; i < count; i++) xdecref(values_stolen[i]);
        return nullptr;
    }
    Object* items = tuple_new(count);
    if (!items) {
        for (int i = 0; i < count; i++) decref(values_stolen[i]);
        return nullptr;
    }
    for (int i = 0; i < count; i++) tuple_items(items)[i] = values_stolen[i];
    Object* result = TupleType.tp_new(type, &items, 1, nullptr);
    decref(items);
    return result;
}

}  // namespace pygen
