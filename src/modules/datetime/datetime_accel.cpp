// _datetime_accel: native fast paths for the commonest operations on naive datetimes, the ones
// log processing and scheduling code repeats per record: construction from ints, + and - of a
// timedelta, the difference of two datetimes, comparisons, hash and isoformat(). lib/datetime.py
// stays the whole implementation: install() puts C++ methods on datetime that handle exact
// datetime/timedelta operands whose results need no zone arithmetic and stay in range, and hand
// everything else (subclasses, tzinfo other than the same object, a fold, out-of-range results,
// any argument error) to the original Python method, untouched, so behaviour is the module's own
// by construction. CPython gets this speed from its C datetime (Modules/_datetimemodule.c).
// The values live in the classes' __slots__, read and written here at their member offsets.

#include <cstdio>
#include <cstring>
#include <string>

#include "modules/accel/accel_support.h"
#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/descr.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/function.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "vm/runtime.h"

namespace pygen {

Object* make_datetime_accel_module();

namespace {

constexpr int64_t kUsSecond = 1'000'000;
constexpr int64_t kUsDay = 86'400 * kUsSecond;
constexpr int64_t kLastDay = 3'652'059;   // day number of 9999-12-31
constexpr int64_t kMaxYear = 9999;

enum DateSlot { kYear, kMonth, kDay, kN, kDateHash, kDateSlots };
enum ClockSlot { kHour, kMinute, kSecond, kMicro, kTz, kFold, kClock, kClockSlots };
enum DeltaSlot { kUs, kDays, kSeconds, kMicros, kDeltaHash, kDeltaSlots };
const char* const kDateSlotNames[kDateSlots] = {"_year", "_month", "_day", "_n", "_hashcode"};
const char* const kClockSlotNames[kClockSlots] = {"_hour", "_minute", "_second", "_microsecond",
                                                   "_tzinfo", "_fold", "_clock"};
const char* const kDeltaSlotNames[kDeltaSlots] = {"_us", "_days", "_seconds", "_microseconds", "_hashcode"};

// The methods replaced on datetime, and the Python originals every declined case goes to.
enum Replaced { kNew, kAdd, kRadd, kSub, kEq, kNe, kLt, kLe, kGt, kGe, kHash, kIsoformat, kReplacedCount };

// One per install(): a program that imports the module afresh (test.support's
// import_fresh_module) has two datetime classes, each with its own originals.
struct State {
    TypeObject* date = nullptr;        // strong
    TypeObject* datetime = nullptr;    // strong
    TypeObject* timedelta = nullptr;   // strong
    Object* originals[kReplacedCount] = {};
    ssize date_offsets[kDateSlots] = {};
    ssize clock_offsets[kClockSlots] = {};
    ssize delta_offsets[kDeltaSlots] = {};
};
constexpr int kMaxInstalls = 8;   // beyond that, further copies of the module stay pure Python
State g_states[kMaxInstalls];
int g_installs = 0;

// The install whose datetime class `type` is or derives from; null for none.
State* state_for(TypeObject* type) {
    for (int i = 0; i < g_installs; ++i)
        if (g_states[i].datetime && is_subtype(type, g_states[i].datetime)) return &g_states[i];
    return nullptr;
}

// lib/datetime.py's _day_number and _civil, for years 1..9999 (no negative divisions).
int64_t day_number(int64_t y, int64_t m, int64_t d) {
    if (m <= 2) {
        y -= 1;
        m += 12;
    }
    int64_t era = y / 400, year_of_era = y % 400;
    int64_t day_of_year = (153 * (m - 3) + 2) / 5 + d - 1;
    int64_t day_of_era = 365 * year_of_era + year_of_era / 4 - year_of_era / 100 + day_of_year;
    return era * 146'097 + day_of_era - 305;
}

void civil(int64_t n, int64_t* y, int64_t* m, int64_t* d) {
    int64_t era = (n + 305) / 146'097, day_of_era = (n + 305) % 146'097;
    int64_t year_of_era = (day_of_era - day_of_era / 1460 + day_of_era / 36'524 - day_of_era / 146'096) / 365;
    int64_t day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    int64_t shifted_month = (5 * day_of_year + 2) / 153;
    *d = day_of_year - (153 * shifted_month + 2) / 5 + 1;
    *m = shifted_month < 10 ? shifted_month + 3 : shifted_month - 9;
    *y = year_of_era + 400 * era + (*m <= 2);
}

int64_t days_in_month(int64_t y, int64_t m) {
    static const int64_t kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    bool leap = y % 4 == 0 && (y % 100 != 0 || y % 400 == 0);
    return m == 2 && leap ? 29 : kDays[m - 1];
}

// A naive-or-zoned datetime of the exact type, as its slots hold it.
struct Moment {
    int64_t y, m, d, n, hh, mi, ss, us, clock, fold;
    Object* tz;   // borrowed
    int64_t micros() const { return (n - 1) * kUsDay + clock; }
};

bool read_datetime(const State& g, Object* o, Moment* out) {
    if (o->type != g.datetime) return false;
    const ssize* ds = g.date_offsets;
    const ssize* cs = g.clock_offsets;
    out->tz = accel_slot(o, cs[kTz]);
    return out->tz && accel_small_int(accel_slot(o, ds[kYear]), &out->y) && accel_small_int(accel_slot(o, ds[kMonth]), &out->m) &&
           accel_small_int(accel_slot(o, ds[kDay]), &out->d) && accel_small_int(accel_slot(o, ds[kN]), &out->n) &&
           accel_small_int(accel_slot(o, cs[kHour]), &out->hh) && accel_small_int(accel_slot(o, cs[kMinute]), &out->mi) &&
           accel_small_int(accel_slot(o, cs[kSecond]), &out->ss) && accel_small_int(accel_slot(o, cs[kMicro]), &out->us) &&
           accel_small_int(accel_slot(o, cs[kClock]), &out->clock) && accel_small_int(accel_slot(o, cs[kFold]), &out->fold);
}

bool read_timedelta(const State& g, Object* o, int64_t* us) {
    return o->type == g.timedelta && accel_small_int(accel_slot(o, g.delta_offsets[kUs]), us);
}

// Sets the slot to a new int; false (with MemoryError) when it cannot be made.
bool set_int(Object* o, ssize offset, int64_t v) {
    Object* i = int_from_i64(v);
    if (!i) return false;
    accel_slot(o, offset) = i;
    return true;
}

// datetime._make(y, m, d, hh, mi, ss, us, tz, fold, n) for the exact datetime type.
Object* make_datetime(const State& g, int64_t y, int64_t m, int64_t d, int64_t n, int64_t hh, int64_t mi, int64_t ss,
                      int64_t us, Object* tz, int64_t fold) {
    Ref<> self = Ref<>::steal(alloc_object(g.datetime));
    if (!self) return nullptr;
    Object* o = self.get();
    const ssize* ds = g.date_offsets;
    const ssize* cs = g.clock_offsets;
    accel_slot(o, ds[kDateHash]) = newref(None);
    accel_slot(o, cs[kTz]) = newref(tz);
    if (!set_int(o, ds[kYear], y) || !set_int(o, ds[kMonth], m) || !set_int(o, ds[kDay], d) ||
        !set_int(o, ds[kN], n) || !set_int(o, cs[kHour], hh) || !set_int(o, cs[kMinute], mi) ||
        !set_int(o, cs[kSecond], ss) || !set_int(o, cs[kMicro], us) || !set_int(o, cs[kFold], fold) ||
        !set_int(o, cs[kClock], ((hh * 60 + mi) * 60 + ss) * kUsSecond + us))
        return nullptr;
    return self.release();
}

// datetime._at_moment(us, tz): null with no exception when out of range (the Python path then
// raises the module's OverflowError).
Object* datetime_at(const State& g, int64_t micros, Object* tz) {
    if (micros < 0) return nullptr;
    int64_t n = micros / kUsDay + 1, clock = micros % kUsDay;
    if (n > kLastDay) return nullptr;
    int64_t y, m, d;
    civil(n, &y, &m, &d);
    int64_t seconds = clock / kUsSecond;
    return make_datetime(g, y, m, d, n, seconds / 3600, seconds / 60 % 60, seconds % 60, clock % kUsSecond, tz, 0);
}

// timedelta._make(us) for the exact timedelta type; |days| never nears its limit here.
Object* make_timedelta(const State& g, int64_t us) {
    Ref<> self = Ref<>::steal(alloc_object(g.timedelta));
    if (!self) return nullptr;
    Object* o = self.get();
    int64_t days = us / kUsDay, rest = us % kUsDay;
    if (rest < 0) {
        rest += kUsDay;
        days -= 1;
    }
    const ssize* ts = g.delta_offsets;
    accel_slot(o, ts[kDeltaHash]) = newref(None);
    if (!set_int(o, ts[kUs], us) || !set_int(o, ts[kDays], days) || !set_int(o, ts[kSeconds], rest / kUsSecond) ||
        !set_int(o, ts[kMicros], rest % kUsSecond))
        return nullptr;
    return self.release();
}

Object* fall_back(const State& g, Replaced which, Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (err_occurred()) return nullptr;
    return call_with_self(g.originals[which], self, args, nargs, kwnames);
}

// The install a method of datetime was called for (its descriptor checked self's type).
State* state_of(Object* self) {
    State* s = state_for(self->type);
    if (!s) err_set_string(TypeError, "datetime accelerator: no install for this type");
    return s;
}

// datetime.__new__(cls, year, month, day, hour=0, minute=0, second=0, microsecond=0): native for
// the exact type and positional exact ints all in range.
Object* new_method(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    State* s = nargs >= 1 && is_type(args[0]) ? state_for(static_cast<TypeObject*>(args[0])) : nullptr;
    if (!s) s = &g_states[0];   // a bad cls: the original raises the module's error
    const State& g = *s;
    if (nargs >= 4 && nargs <= 8 && !kwnames && args[0] == g.datetime) {
        int64_t v[7] = {0, 0, 0, 0, 0, 0, 0};
        bool ints = true;
        for (size_t i = 1; i < nargs && ints; ++i) ints = accel_small_int(args[i], &v[i - 1]);
        if (ints && v[0] >= 1 && v[0] <= kMaxYear && v[1] >= 1 && v[1] <= 12 && v[2] >= 1 &&
            v[2] <= days_in_month(v[0], v[1]) && v[3] >= 0 && v[3] <= 23 && v[4] >= 0 && v[4] <= 59 &&
            v[5] >= 0 && v[5] <= 59 && v[6] >= 0 && v[6] < kUsSecond)
            return make_datetime(g, v[0], v[1], v[2], day_number(v[0], v[1], v[2]), v[3], v[4], v[5], v[6], None, 0);
    }
    if (err_occurred()) return nullptr;
    return call(g.originals[kNew], args, nargs, kwnames);
}

// datetime + timedelta (and timedelta + datetime through __radd__).
template <Replaced kWhich>
Object* add_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    State* s = state_of(self);
    if (!s) return nullptr;
    const State& g = *s;
    Moment a;
    int64_t us;
    if (nargs == 1 && !kwnames && read_datetime(g, self, &a) && a.fold == 0 && read_timedelta(g, args[0], &us) &&
        us > -(int64_t(1) << 62) && us < (int64_t(1) << 62)) {
        if (Object* r = datetime_at(g, a.micros() + us, a.tz)) return r;
    }
    return fall_back(g, kWhich, self, args, nargs, kwnames);
}

// datetime - timedelta, and datetime - datetime of the same tzinfo object.
Object* sub_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    State* s = state_of(self);
    if (!s) return nullptr;
    const State& g = *s;
    Moment a, b;
    int64_t us;
    if (nargs == 1 && !kwnames && read_datetime(g, self, &a)) {
        if (a.fold == 0 && read_timedelta(g, args[0], &us) && us > -(int64_t(1) << 62) && us < (int64_t(1) << 62)) {
            if (Object* r = datetime_at(g, a.micros() - us, a.tz)) return r;
        } else if (read_datetime(g, args[0], &b) && a.tz == b.tz) {
            return make_timedelta(g, a.micros() - b.micros());
        }
    }
    return fall_back(g, kSub, self, args, nargs, kwnames);
}

// The comparisons of two datetimes with the same tzinfo object: their wall clocks, as _cmp does.
template <Replaced kWhich>
Object* compare_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    State* s = state_of(self);
    if (!s) return nullptr;
    const State& g = *s;
    Moment a, b;
    if (nargs == 1 && !kwnames && read_datetime(g, self, &a) && read_datetime(g, args[0], &b) && a.tz == b.tz) {
        int64_t x = a.micros(), y = b.micros();
        bool r = kWhich == kEq ? x == y : kWhich == kNe ? x != y : kWhich == kLt ? x < y
               : kWhich == kLe ? x <= y : kWhich == kGt ? x > y : x >= y;
        return newref(r ? True : False);
    }
    return fall_back(g, kWhich, self, args, nargs, kwnames);
}

// hash() of a naive datetime: hash of its moment, cached in _hashcode as the Python method does.
Object* hash_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    State* s = state_of(self);
    if (!s) return nullptr;
    const State& g = *s;
    Moment a;
    if (nargs == 0 && !kwnames && read_datetime(g, self, &a) && a.tz == None && a.fold == 0) {
        Object*& cached = accel_slot(self, g.date_offsets[kDateHash]);
        if (cached != None && is_int_exact(cached)) return newref(cached);
        // Moments are below 2**61 - 1, so an int's hash is the moment itself.
        Object* h = int_from_i64(a.micros());
        if (!h) return nullptr;
        setref(cached, newref(h));
        return h;
    }
    return fall_back(g, kHash, self, args, nargs, kwnames);
}

// isoformat() and isoformat(sep) of a naive datetime, timespec 'auto'.
Object* isoformat_method(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    State* s = state_of(self);
    if (!s) return nullptr;
    const State& g = *s;
    Moment a;
    Object* sep = nullptr;
    if (nargs == 0 && !kwnames) {
        sep = nullptr;
    } else if ((nargs == 1 && !kwnames) ||
               (nargs == 0 && kwnames && tuple_size(kwnames) == 1 && str_view(tuple_item(kwnames, 0)) == "sep")) {
        sep = args[0];   // isoformat(' ') or isoformat(sep=' '): the keyword's value follows the positionals
    } else {
        return fall_back(g, kIsoformat, self, args, nargs, kwnames);
    }
    if (read_datetime(g, self, &a) && a.tz == None && (!sep || (is_str_exact(sep) && str_length(sep) == 1))) {
        char buf[64];
        int len = std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", static_cast<long long>(a.y),
                                static_cast<long long>(a.m), static_cast<long long>(a.d));
        std::string text(buf, static_cast<size_t>(len));
        text += sep ? str_view(sep) : std::string_view("T");
        len = a.us ? std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld.%06lld", static_cast<long long>(a.hh),
                                   static_cast<long long>(a.mi), static_cast<long long>(a.ss), static_cast<long long>(a.us))
                   : std::snprintf(buf, sizeof buf, "%02lld:%02lld:%02lld", static_cast<long long>(a.hh),
                                   static_cast<long long>(a.mi), static_cast<long long>(a.ss));
        text.append(buf, static_cast<size_t>(len));
        return str_from(text);
    }
    return fall_back(g, kIsoformat, self, args, nargs, kwnames);
}

const MethodDef kReplacements[kReplacedCount] = {
    {"__new__", new_method},          {"__add__", add_method<kAdd>},
    {"__radd__", add_method<kRadd>},  {"__sub__", sub_method},
    {"__eq__", compare_method<kEq>},  {"__ne__", compare_method<kNe>},
    {"__lt__", compare_method<kLt>},  {"__le__", compare_method<kLe>},
    {"__gt__", compare_method<kGt>},  {"__ge__", compare_method<kGe>},
    {"__hash__", hash_method},        {"isoformat", isoformat_method},
};

void reset_states() {
    for (State& s : g_states) s = State();
    g_installs = 0;
}

// CPython's datetime classes are C types whose tp_name is 'datetime.<name>': the interpreter's
// own messages ("unsupported operand type(s) for +: 'datetime.datetime' and 'int'") print it,
// while __name__ stays the class's.
void set_c_name(TypeObject* type) {
    static const char* const kNames[][2] = {
        {"date", "datetime.date"},     {"datetime", "datetime.datetime"}, {"timedelta", "datetime.timedelta"},
        {"time", "datetime.time"},     {"tzinfo", "datetime.tzinfo"},     {"timezone", "datetime.timezone"},
    };
    for (auto& [name, c_name] : kNames)
        if (std::strcmp(type->name, name) == 0) type->name = c_name;
}

// install(date, datetime, timedelta, others): takes over the methods in kReplacements; the
// classes in the tuple `others` (time, tzinfo, timezone) only get their C type names.
Object* m_install(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("install", nargs, kwnames, 4, 4)) return nullptr;
    for (size_t i = 0; i < 3; ++i)
        if (!is_type(args[i])) return err_set_string(TypeError, "install(date, datetime, timedelta, others)");
    if (!is_tuple(args[3])) return err_set_string(TypeError, "install(date, datetime, timedelta, others)");
    for (ssize i = 0; i < tuple_size(args[3]); ++i)
        if (!is_type(tuple_item(args[3], i))) return err_set_string(TypeError, "install(date, datetime, timedelta, others)");
    auto* datetime = static_cast<TypeObject*>(args[1]);
    auto* timedelta = static_cast<TypeObject*>(args[2]);
    State offsets;
    for (int i = 0; i < kDateSlots; ++i)
        if (!accel_slot_offset(datetime, kDateSlotNames[i], &offsets.date_offsets[i])) return nullptr;
    for (int i = 0; i < kClockSlots; ++i)
        if (!accel_slot_offset(datetime, kClockSlotNames[i], &offsets.clock_offsets[i])) return nullptr;
    for (int i = 0; i < kDeltaSlots; ++i)
        if (!accel_slot_offset(timedelta, kDeltaSlotNames[i], &offsets.delta_offsets[i])) return nullptr;
    for (int i = 0; i < kReplacedCount; ++i)
        if (!accel_python_method(datetime, kReplacements[i].name)) return nullptr;
    for (size_t i = 0; i < 3; ++i) set_c_name(static_cast<TypeObject*>(args[i]));
    for (ssize i = 0; i < tuple_size(args[3]); ++i) set_c_name(static_cast<TypeObject*>(tuple_item(args[3], i)));
    if (g_installs == kMaxInstalls) return newref(None);
    // Every check passed: from here on the state is the new one.
    runtime_on_teardown(reset_states);
    State& g = g_states[g_installs++];
    for (TypeObject** t : {&g.date, &g.datetime, &g.timedelta}) runtime_slot(t);
    g.date = static_cast<TypeObject*>(newref(args[0]));
    g.datetime = static_cast<TypeObject*>(newref(args[1]));
    g.timedelta = static_cast<TypeObject*>(newref(args[2]));
    std::memcpy(g.date_offsets, offsets.date_offsets, sizeof offsets.date_offsets);
    std::memcpy(g.clock_offsets, offsets.clock_offsets, sizeof offsets.clock_offsets);
    std::memcpy(g.delta_offsets, offsets.delta_offsets, sizeof offsets.delta_offsets);
    for (int i = 0; i < kReplacedCount; ++i) {
        runtime_slot(&g.originals[i]);
        setref(g.originals[i], newref(accel_python_method(datetime, kReplacements[i].name)));
        if (!accel_replace_method(datetime, &kReplacements[i])) return nullptr;
    }
    return newref(None);
}

const MethodDef kFunctions[] = {
    {"install", m_install},
    {nullptr, nullptr},
};

}  // namespace

Object* make_datetime_accel_module() {
    Object* m = module_new("_datetime_accel");
    if (!m) return nullptr;
    if (module_add_functions(m, kFunctions) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
