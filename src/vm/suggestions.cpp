// Name suggestions. A candidate is accepted when at most about a third of the characters of both
// names must change, counting a case change as half an edit; the closest wins, the first of
// equals. Long names (over 40 bytes once the shared prefix and suffix are set aside) and long
// candidate lists (750 or more) are not searched, so printing a traceback stays cheap.
// CPython counterpart: Python/suggestions.c (behaviour, not code).
#include "vm/suggestions.h"

#include <algorithm>
#include <string_view>
#include <vector>

#include "objects/abstract.h"
#include "objects/code.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/frame.h"
#include "vm/traceback.h"

namespace pygen {

namespace {

constexpr size_t kEditCost = 2;   // insert, delete or replace a byte
constexpr size_t kCaseCost = 1;   // the same ASCII letter in the other case
constexpr size_t kMaxNameBytes = 40;
constexpr size_t kMaxCandidates = 750;

char ascii_lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

size_t replace_cost(char a, char b) {
    if (a == b) return 0;
    return ascii_lower(a) == ascii_lower(b) ? kCaseCost : kEditCost;
}

// Weighted edit distance, or limit + 1 as soon as it is sure to exceed limit.
size_t edit_distance(std::string_view a, std::string_view b, size_t limit) {
    while (!a.empty() && !b.empty() && a.front() == b.front()) {
        a.remove_prefix(1);
        b.remove_prefix(1);
    }
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    if (a.empty() || b.empty()) return (a.size() + b.size()) * kEditCost;
    if (a.size() > kMaxNameBytes || b.size() > kMaxNameBytes) return limit + 1;
    if (b.size() < a.size()) std::swap(a, b);
    if ((b.size() - a.size()) * kEditCost > limit) return limit + 1;
    // One row of the table, cost[i] = distance(b[:j], a[:i + 1]), rewritten for each j.
    std::vector<size_t> cost(a.size());
    for (size_t i = 0; i < a.size(); ++i) cost[i] = (i + 1) * kEditCost;
    size_t last = 0;
    for (size_t j = 0; j < b.size(); ++j) {
        size_t diagonal = j * kEditCost;   // distance(b[:j], a[:i]) for i = 0
        size_t left = diagonal + kEditCost; // distance(b[:j + 1], a[:0])
        size_t row_min = SIZE_MAX;
        for (size_t i = 0; i < a.size(); ++i) {
            size_t above = cost[i];
            size_t best = std::min({diagonal + replace_cost(b[j], a[i]), above + kEditCost, left + kEditCost});
            diagonal = above;
            cost[i] = left = best;
            row_min = std::min(row_min, best);
        }
        last = left;
        if (row_min > limit) return limit + 1;
    }
    return last;
}

// The closest entry of names (a list), or "" (also when an entry is not a str).
std::string closest(Object* names, std::string_view wanted) {
    if (!names || !is_list(names)) return "";
    ssize n = list_size(names);
    if (n < 0 || static_cast<size_t>(n) >= kMaxCandidates) return "";
    std::string best;
    size_t best_distance = SIZE_MAX;
    for (ssize k = 0; k < n; ++k) {
        Object* item = list_item(names, k);
        if (!is_str(item)) return "";
        std::string_view candidate = str_view(item);
        if (candidate == wanted) continue;
        size_t limit = (wanted.size() + candidate.size() + 3) * kEditCost / 6;
        if (best_distance != SIZE_MAX) limit = std::min(limit, best_distance - 1);
        size_t d = edit_distance(wanted, candidate, limit);
        if (d > limit) continue;
        if (best.empty() || d < best_distance) {
            best = std::string(candidate);
            best_distance = d;
        }
    }
    return best;
}

std::string for_attribute_error(Object* exc) {
    auto* e = static_cast<AttributeErrorObject*>(exc);
    if (!e->name || !is_str(e->name) || !e->obj) return "";
    // dir(obj), as the builtin computes it (__dir__, sorted).
    Object* dir_builtin = dict_getitem_str(module_dict(builtins_module()), "dir");
    if (!dir_builtin) return "";
    Ref<> dir = Ref<>::steal(call1(dir_builtin, e->obj));
    if (!dir) return "";
    return closest(dir.get(), str_view(e->name));
}

// The local variables (not cells or free variables) of a code object, as co_varnames lists them.
Object* varnames_of(CodeObject* code) {
    Ref<> names = Ref<>::steal(list_new(0));
    if (!names) return nullptr;
    for (size_t i = 0; i < code->local_kinds.size(); ++i) {
        if (!(code->local_kinds[i] & kLocalPlain)) continue;
        if (list_append(names.get(), tuple_item(code->localsplus_names, static_cast<ssize>(i))) < 0) return nullptr;
    }
    return names.release();
}

std::string for_name_error(Object* exc) {
    auto* e = static_cast<NameErrorObject*>(exc);
    Object* tb = exception_traceback(exc);
    if (!e->name || e->name->type != &StrType || !tb || !is_traceback(tb)) return "";
    while (static_cast<TracebackObject*>(tb)->next && is_traceback(static_cast<TracebackObject*>(tb)->next))
        tb = static_cast<TracebackObject*>(tb)->next;
    Frame* frame = static_cast<TracebackObject*>(tb)->frame;
    std::string_view wanted = str_view(e->name);
    Ref<> locals = Ref<>::steal(varnames_of(frame->code));
    std::string found = closest(locals.get(), wanted);
    if (!found.empty()) return found;
    for (Object* scope : {frame->globals(), frame->builtins()}) {
        if (!scope || !is_dict(scope)) continue;
        Ref<> keys = Ref<>::steal(dict_keys_list(scope));
        found = closest(keys.get(), wanted);
        if (!found.empty()) return found;
    }
    return "";
}

}  // namespace

std::string offer_suggestion(Object* exc) {
    Object* saved = err_fetch();
    std::string found;
    if (is_subtype(exc->type, NameError)) found = for_name_error(exc);
    else if (is_subtype(exc->type, AttributeError)) found = for_attribute_error(exc);
    err_clear();
    err_restore(saved);
    return found;
}

}  // namespace pygen
