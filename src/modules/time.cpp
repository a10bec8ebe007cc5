// The time module: clocks (time, monotonic, perf_counter, process_time and their _ns forms),
// sleep, and the calendar conversions gmtime/localtime/mktime/strftime/asctime/ctime over a
// 9-field struct_time (tm_zone and tm_gmtoff are not provided). strptime calls lib/_strptime.py.
// CPython counterparts: Modules/timemodule.c, Python/pytime.c.

#include <cerrno>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <string>

#include "modules/builtin_modules.h"
#include "modules/builtins_args.h"
#include "vm/import.h"
#include "vm/signals.h"
#include "modules/sys_module.h"
#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

int64_t clock_ns(clockid_t clock) {
    timespec t{};
    clock_gettime(clock, &t);
    return static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec;
}

Object* seconds_of(clockid_t clock) {
    timespec t{};
    clock_gettime(clock, &t);
    return float_from(static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9);
}

#define PYGEN_CLOCK_FUNCTIONS(fname, clock)                                                        \
    Object* time_##fname(Object*, Object* const*, size_t nargs, Object* kwnames) {                \
        if (!check_no_args("time." #fname, nargs, kwnames)) return nullptr;                        \
        return seconds_of(clock);                                                                  \
    }                                                                                              \
    Object* time_##fname##_ns(Object*, Object* const*, size_t nargs, Object* kwnames) {           \
        if (!check_no_args("time." #fname "_ns", nargs, kwnames)) return nullptr;                  \
        return int_from_i64(clock_ns(clock));                                                      \
    }

PYGEN_CLOCK_FUNCTIONS(time, CLOCK_REALTIME)
PYGEN_CLOCK_FUNCTIONS(monotonic, CLOCK_MONOTONIC)
PYGEN_CLOCK_FUNCTIONS(perf_counter, CLOCK_MONOTONIC)
PYGEN_CLOCK_FUNCTIONS(process_time, CLOCK_PROCESS_CPUTIME_ID)
PYGEN_CLOCK_FUNCTIONS(thread_time, CLOCK_THREAD_CPUTIME_ID)
#undef PYGEN_CLOCK_FUNCTIONS

// ---- clock_gettime and friends: any clock by its CLOCK_* id ----

// OSError(errno, strerror): the constructor picks the subclass (PermissionError for settime).
Object* clock_error(int e) {
    Ref<> code = Ref<>::steal(int_from_i64(e));
    Ref<> msg = Ref<>::steal(str_from(std::strerror(e)));
    if (!code || !msg) return nullptr;
    Object* args[2] = {code.get(), msg.get()};
    Ref<> exc = Ref<>::steal(call(OSError, args, 2));
    if (exc) err_set_instance(exc.get());
    return nullptr;
}

// The clk_id argument: a C int, as CPython's "i" format reads it.
bool clock_id_arg(const char* fname, Object* const* args, size_t nargs, Object* kwnames, size_t count,
                  clockid_t* out) {
    // CPython parses these with PyArg_ParseTuple ("takes exactly 1 argument (0 given)").
    if (!check_no_kwargs(fname, kwnames)) return false;
    if (nargs != count) {
        err_format(TypeError, "%s() takes exactly %zu argument%s (%zu given)", fname, count, count == 1 ? "" : "s", nargs);
        return false;
    }
    int64_t id;
    if (!index_as_i64(args[0], &id, "int")) return false;
    if (id < INT32_MIN || id > INT32_MAX) {
        err_set_string(OverflowError, id < 0 ? "signed integer is less than minimum" : "signed integer is greater than maximum");
        return false;
    }
    *out = static_cast<clockid_t>(id);
    return true;
}

bool read_clock(clockid_t clock, timespec* t) {
    if (clock_gettime(clock, t) == 0) return true;
    clock_error(errno);
    return false;
}

Object* time_clock_gettime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    clockid_t clock;
    timespec t{};
    if (!clock_id_arg("clock_gettime", args, nargs, kwnames, 1, &clock) || !read_clock(clock, &t)) return nullptr;
    return float_from(static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9);
}

Object* time_clock_gettime_ns(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    clockid_t clock;
    timespec t{};
    if (!clock_id_arg("clock_gettime_ns", args, nargs, kwnames, 1, &clock) || !read_clock(clock, &t)) return nullptr;
    return int_from_i64(static_cast<int64_t>(t.tv_sec) * 1000000000 + t.tv_nsec);
}

Object* time_clock_getres(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    clockid_t clock;
    if (!clock_id_arg("clock_getres", args, nargs, kwnames, 1, &clock)) return nullptr;
    timespec t{};
    if (clock_getres(clock, &t) != 0) return clock_error(errno);
    return float_from(static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_nsec) * 1e-9);
}

// clock_settime(clk_id, seconds) and clock_settime_ns(clk_id, ns): setting the system clock,
// which needs privileges (PermissionError otherwise, as the OS answers).
Object* settime(const char* fname, Object* const* args, size_t nargs, Object* kwnames, bool ns) {
    clockid_t clock;
    if (!clock_id_arg(fname, args, nargs, kwnames, 2, &clock)) return nullptr;
    timespec t{};
    if (ns) {
        int64_t total;
        if (!index_as_i64(args[1], &total, "long")) return nullptr;
        t.tv_sec = static_cast<time_t>(total / 1000000000);
        t.tv_nsec = static_cast<long>(total % 1000000000);
        if (t.tv_nsec < 0) { t.tv_nsec += 1000000000; t.tv_sec -= 1; }
    } else {
        double secs = float_as_double(args[1]);
        if (secs == -1.0 && err_occurred()) return nullptr;
        double whole = std::floor(secs);
        t.tv_sec = static_cast<time_t>(whole);
        t.tv_nsec = static_cast<long>((secs - whole) * 1e9);
    }
    if (clock_settime(clock, &t) != 0) return clock_error(errno);
    return none_new();
}

Object* time_clock_settime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return settime("clock_settime", args, nargs, kwnames, false);
}

Object* time_clock_settime_ns(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    return settime("clock_settime_ns", args, nargs, kwnames, true);
}

// get_clock_info(name): a types.SimpleNamespace describing the clock behind time.name(), as
// CPython reports it on Linux (all of them clock_gettime).
Object* time_get_clock_info(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("get_clock_info", nargs, kwnames, 1, 1)) return nullptr;
    if (!is_str(args[0])) return err_format(TypeError, "get_clock_info() argument 1 must be str, not %s", arg_type_name(args[0]));
    static const struct { const char* name; clockid_t clock; const char* implementation; bool monotonic; } kClocks[] = {
        {"time", CLOCK_REALTIME, "clock_gettime(CLOCK_REALTIME)", false},
        {"monotonic", CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true},
        {"perf_counter", CLOCK_MONOTONIC, "clock_gettime(CLOCK_MONOTONIC)", true},
        {"process_time", CLOCK_PROCESS_CPUTIME_ID, "clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true},
        {"thread_time", CLOCK_THREAD_CPUTIME_ID, "clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true},
    };
    std::string_view name = str_view(args[0]);
    for (const auto& c : kClocks) {
        if (name != c.name) continue;
        timespec res{};
        if (clock_getres(c.clock, &res) != 0) return clock_error(errno);
        Ref<> types = Ref<>::steal(import_module("types"));
        Ref<> ns_type = types ? Ref<>::steal(object_getattr_str(types.get(), "SimpleNamespace")) : Ref<>();
        if (!ns_type) return nullptr;
        Ref<> impl = Ref<>::steal(str_from_cstr(c.implementation));
        Ref<> resolution = Ref<>::steal(float_from(static_cast<double>(res.tv_sec) + static_cast<double>(res.tv_nsec) * 1e-9));
        Ref<> kw = Ref<>::steal(tuple_pack({str_intern("implementation"), str_intern("monotonic"),
                                            str_intern("adjustable"), str_intern("resolution")}));
        if (!impl || !resolution || !kw) return nullptr;
        Object* values[4] = {impl.get(), c.monotonic ? True : False, c.monotonic ? False : True, resolution.get()};
        return call(ns_type.get(), values, 0, kw.get());
    }
    return err_set_string(ValueError, "unknown clock");
}

// A duration in seconds from an int or float, as CPython's _PyTime_FromObject reads it.
bool seconds_from_object(Object* o, double* out) {
    if (is_float(o)) {
        double d = float_value(o);
        if (std::isnan(d)) {
            err_set_string(ValueError, "Invalid value NaN (not a number)");
            return false;
        }
        *out = d;
        return true;
    }
    int64_t whole;
    if (!index_as_i64(o, &whole, "long")) {
        if (err_matches(OverflowError)) {
            err_clear();
            err_set_string(OverflowError, "timestamp too large to convert to C _PyTime_t");
        }
        return false;
    }
    *out = static_cast<double>(whole);
    return true;
}

Object* time_sleep(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("time.sleep", nargs, kwnames)) return nullptr;
    double seconds;
    if (!seconds_from_object(args[0], &seconds)) return nullptr;
    if (seconds < 0) return err_set_string(ValueError, "sleep length must be non-negative");
    if (seconds > 9.2e9) return err_set_string(OverflowError, "timestamp too large to convert to C _PyTime_t");
    timespec request{};
    request.tv_sec = static_cast<time_t>(seconds);
    request.tv_nsec = static_cast<long>((seconds - static_cast<double>(request.tv_sec)) * 1e9);
    timespec remaining{};
    // PEP 475: a signal interrupts the sleep, its handler runs, then the sleep goes on (unless
    // the handler raised).
    while (nanosleep(&request, &remaining) != 0 && errno == EINTR) {
        if (signals_check() < 0) return nullptr;
        request = remaining;
    }
    return none_new();
}

// ---- Calendar ----

TypeObject* struct_time_type() {
    static const char* const kFields[] = {"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min",
                                          "tm_sec", "tm_wday", "tm_yday", "tm_isdst"};
    static TypeObject* type = nullptr;
    if (!type) {
        type = structseq_new_type("time.struct_time", kFields, 9);
        if (type) structseq_allow_new(type);   // datetime builds them with time.struct_time((...))
    }
    return type;
}

Object* struct_time_from_tm(const tm& t) {
    TypeObject* type = struct_time_type();
    if (!type) return nullptr;
    Object* values[] = {int_from_i64(t.tm_year + 1900), int_from_i64(t.tm_mon + 1), int_from_i64(t.tm_mday),
                        int_from_i64(t.tm_hour), int_from_i64(t.tm_min), int_from_i64(t.tm_sec),
                        int_from_i64((t.tm_wday + 6) % 7), int_from_i64(t.tm_yday + 1), int_from_i64(t.tm_isdst)};
    return structseq_new(type, values, 9);
}

// The time_t to convert: now when the argument is absent or None, else the floor of a number.
bool timestamp_arg(const char* fname, Object* const* args, size_t nargs, Object* kwnames, time_t* out) {
    if (!check_positional(fname, nargs, kwnames, 0, 1)) return false;
    if (nargs == 0 || args[0] == None) {
        *out = std::time(nullptr);
        return true;
    }
    double seconds;
    if (!seconds_from_object(args[0], &seconds)) return false;
    if (std::isinf(seconds) || std::fabs(seconds) > 9.2e18) {
        err_set_string(OverflowError, "timestamp out of range for platform time_t");
        return false;
    }
    *out = static_cast<time_t>(std::floor(seconds));
    return true;
}

Object* time_gmtime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    time_t when;
    if (!timestamp_arg("gmtime", args, nargs, kwnames, &when)) return nullptr;
    tm t{};
    if (!gmtime_r(&when, &t)) return err_set_string(OverflowError, "timestamp out of range for platform time_t");
    return struct_time_from_tm(t);
}

Object* time_localtime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    time_t when;
    if (!timestamp_arg("localtime", args, nargs, kwnames, &when)) return nullptr;
    tm t{};
    if (!localtime_r(&when, &t)) return err_set_string(OverflowError, "timestamp out of range for platform time_t");
    return struct_time_from_tm(t);
}

// A struct_time or 9-tuple to a struct tm. `fname` names the caller in messages.
bool tm_from_object(const char* fname, Object* o, tm* out) {
    if (!is_tuple(o)) {
        err_format(TypeError, "Tuple or struct_time argument required");
        return false;
    }
    if (tuple_size(o) != 9) {
        err_format(TypeError, "%s(): illegal time tuple argument", fname);
        return false;
    }
    int64_t v[9];
    for (ssize i = 0; i < 9; i++) {
        if (!index_as_i64(tuple_item(o, i), &v[i], "int")) return false;
    }
    *out = tm{};
    out->tm_year = static_cast<int>(v[0] - 1900);
    out->tm_mon = static_cast<int>(v[1] - 1);
    out->tm_mday = static_cast<int>(v[2]);
    out->tm_hour = static_cast<int>(v[3]);
    out->tm_min = static_cast<int>(v[4]);
    out->tm_sec = static_cast<int>(v[5]);
    out->tm_wday = static_cast<int>((v[6] + 1) % 7);
    out->tm_yday = static_cast<int>(v[7] - 1);
    out->tm_isdst = static_cast<int>(v[8]);
    return true;
}

bool tm_arg_or_now(const char* fname, Object* const* args, size_t index, size_t nargs, tm* out) {
    if (nargs > index) return tm_from_object(fname, args[index], out);
    time_t now = std::time(nullptr);
    localtime_r(&now, out);
    return true;
}

Object* time_mktime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("time.mktime", nargs, kwnames)) return nullptr;
    tm t{};
    if (!tm_from_object("mktime", args[0], &t)) return nullptr;
    t.tm_wday = -1;   // mktime leaves it untouched on failure, which tells -1 apart from an error
    time_t result = std::mktime(&t);
    if (result == static_cast<time_t>(-1) && t.tm_wday == -1) return err_set_string(OverflowError, "mktime argument out of range");
    return float_from(static_cast<double>(result));
}

Object* time_strftime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("strftime", nargs, kwnames, 1, 2)) return nullptr;
    if (!is_str(args[0])) return err_format(TypeError, "strftime() argument 1 must be str, not %s", arg_type_name(args[0]));
    tm t{};
    if (!tm_arg_or_now("strftime", args, 1, nargs, &t)) return nullptr;
    std::string format(str_view(args[0]));
    if (format.empty()) return str_from("");
    // strftime gives 0 both for "too small" and for an empty result, so grow up to a generous cap.
    for (size_t size = 256; size <= 256 * format.size() + 1024; size *= 2) {
        std::string buffer(size, '\0');
        size_t n = std::strftime(buffer.data(), size, format.c_str(), &t);
        if (n > 0) return str_from(std::string_view(buffer.data(), n));
    }
    return str_from("");
}

Object* asctime_text(const tm& t) {
    static const char* const kDays[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* const kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                          "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char text[64];
    std::snprintf(text, sizeof text, "%s %s%3d %.2d:%.2d:%.2d %d", kDays[((t.tm_wday % 7) + 7) % 7],
                  kMonths[((t.tm_mon % 12) + 12) % 12], t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, 1900 + t.tm_year);
    return str_from_cstr(text);
}

Object* time_asctime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("asctime", nargs, kwnames, 0, 1)) return nullptr;
    tm t{};
    if (!tm_arg_or_now("asctime", args, 0, nargs, &t)) return nullptr;
    return asctime_text(t);
}

Object* time_ctime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    time_t when;
    if (!timestamp_arg("ctime", args, nargs, kwnames, &when)) return nullptr;
    tm t{};
    if (!localtime_r(&when, &t)) return err_set_string(OverflowError, "timestamp out of range for platform time_t");
    return asctime_text(t);
}

// strptime(string[, format]): parsing lives in Python (lib/_strptime.py, over datetime's parser),
// as in CPython, which also hands time.strptime to Lib/_strptime.py.
Object* time_strptime(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (kwnames != nullptr && tuple_size(kwnames) > 0) return err_set_string(TypeError, "strptime() takes no keyword arguments");
    Ref<> module = Ref<>::steal(import_module("_strptime"));
    if (!module) return nullptr;
    return call_method(module.get(), "_strptime_time", args, nargs);
}

// The C library's view of the local zone (after tzset) as the module's timezone, altzone, daylight
// and tzname. 0 ok, -1 error.
// As CPython (timemodule.c, init_timezone), the offsets and names are those in force at the start
// and the middle of the current year, not the C library's globals (which keep a zone's historic
// daylight-saving name, JDT for Asia/Tokyo); the zone with the larger UTC offset is the standard
// one, so southern-hemisphere zones come out right.
int set_zone_attributes(Object* m) {
    ::tzset();
    constexpr time_t kYear = (365 * 24 + 6) * 3600;
    time_t t = (::time(nullptr) / kYear) * kYear;
    tm jan{}, jul{};
    localtime_r(&t, &jan);
    t += kYear / 2;
    localtime_r(&t, &jul);
    long jan_zone = -jan.tm_gmtoff, jul_zone = -jul.tm_gmtoff;
    const char* jan_name = jan.tm_zone ? jan.tm_zone : "";
    const char* jul_name = jul.tm_zone ? jul.tm_zone : "";
    bool southern = jan_zone < jul_zone;
    if (module_add_int(m, "timezone", southern ? jul_zone : jan_zone) < 0) return -1;
    if (module_add_int(m, "altzone", southern ? jan_zone : jul_zone) < 0) return -1;
    if (module_add_int(m, "daylight", jan_zone != jul_zone) < 0) return -1;
    Object* names[] = {str_from_cstr(southern ? jul_name : jan_name), str_from_cstr(southern ? jan_name : jul_name)};
    Ref<> tznames = Ref<>::steal(names[0] && names[1] ? tuple_from_array(names, 2) : nullptr);
    xdecref(names[0]);
    xdecref(names[1]);
    if (!tznames || module_add_object(m, "tzname", tznames.get()) < 0) return -1;
    return 0;
}

// tzset(): rereads the TZ environment variable (os.environ writes it through putenv) and resets
// the zone attributes. CPython: timemodule.c, time_tzset.
Object* time_tzset(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (nargs != 0 || (kwnames != nullptr && tuple_size(kwnames) > 0))
        return err_set_string(TypeError, "time.tzset() takes no arguments");
    Ref<> m = Ref<>::steal(import_module("time"));
    if (!m || set_zone_attributes(m.get()) < 0) return nullptr;
    return incref(None);
}

const MethodDef kTimeMethods[] = {
    {"tzset", time_tzset},
    {"clock_gettime", time_clock_gettime},
    {"clock_gettime_ns", time_clock_gettime_ns},
    {"clock_getres", time_clock_getres},
    {"clock_settime", time_clock_settime, kMethSystem},
    {"clock_settime_ns", time_clock_settime_ns, kMethSystem},
    {"get_clock_info", time_get_clock_info},
    {"time", time_time},
    {"time_ns", time_time_ns},
    {"monotonic", time_monotonic},
    {"monotonic_ns", time_monotonic_ns},
    {"perf_counter", time_perf_counter},
    {"perf_counter_ns", time_perf_counter_ns},
    {"process_time", time_process_time},
    {"process_time_ns", time_process_time_ns},
    {"thread_time", time_thread_time},
    {"thread_time_ns", time_thread_time_ns},
    {"sleep", time_sleep, kMethSystem},
    {"gmtime", time_gmtime},
    {"localtime", time_localtime},
    {"mktime", time_mktime},
    {"strftime", time_strftime},
    {"strptime", time_strptime},
    {"asctime", time_asctime},
    {"ctime", time_ctime},
    {nullptr, nullptr},
};

}  // namespace

Object* make_time_module() {
    Ref<> m = Ref<>::steal(module_new("time"));
    if (!m) return nullptr;
    if (module_add_functions(m.get(), kTimeMethods) < 0) return nullptr;
    TypeObject* struct_time = struct_time_type();
    if (!struct_time || module_add_object(m.get(), "struct_time", struct_time) < 0) return nullptr;
    if (set_zone_attributes(m.get()) < 0) return nullptr;
    static const struct { const char* name; clockid_t id; } kClockIds[] = {
        {"CLOCK_REALTIME", CLOCK_REALTIME}, {"CLOCK_MONOTONIC", CLOCK_MONOTONIC},
        {"CLOCK_PROCESS_CPUTIME_ID", CLOCK_PROCESS_CPUTIME_ID}, {"CLOCK_THREAD_CPUTIME_ID", CLOCK_THREAD_CPUTIME_ID},
#ifdef CLOCK_MONOTONIC_RAW
        {"CLOCK_MONOTONIC_RAW", CLOCK_MONOTONIC_RAW},
#endif
#ifdef CLOCK_BOOTTIME
        {"CLOCK_BOOTTIME", CLOCK_BOOTTIME},
#endif
#ifdef CLOCK_TAI
        {"CLOCK_TAI", CLOCK_TAI},
#endif
    };
    for (const auto& c : kClockIds) {
        if (module_add_int(m.get(), c.name, c.id) < 0) return nullptr;
    }
    return m.release();
}

}  // namespace pygen
