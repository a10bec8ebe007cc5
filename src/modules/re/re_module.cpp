// The _sre module: the bridge between lib/re.py and the C++ engine. It offers compile(), which
// returns a Program object, and Program.match(), which runs one match or search over a str, bytes
// or bytearray and hands back the raw marks; Pattern and Match objects are built in Python.
// Bytes and ASCII str subjects are matched in place; a non-ASCII str's code points are cached, so
// finditer/sub/split over one long string decode it once instead of once per match.
// CPython counterpart: Modules/_sre/sre.c (the entry points only; the objects live in re.py).

#include <string>

#include "modules/builtin_modules.h"
#include "modules/builtins_args.h"
#include "modules/re/re_engine.h"
#include "vm/thread_state.h"
#include "objects/buffer.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

constexpr int64_t kReParseFrames = 5;   // calibrated against python3 3.11: see sre_compile

struct ProgramObject : Object {
    re::Compiled* compiled;   // owned; freed with the object
};

TypeObject ProgramType;

void program_dealloc(Object* o) {
    delete static_cast<ProgramObject*>(o)->compiled;
    free_object(o);
}

void decode_str(Object* s, std::u32string* out) {
    std::string_view text = str_view(s);
    out->clear();
    out->reserve(static_cast<size_t>(str_length(s)));
    if (static_cast<StrObject*>(s)->is_ascii) {
        for (char c : text) out->push_back(static_cast<unsigned char>(c));
        return;
    }
    const char* p = text.data();
    const char* end = p + text.size();
    while (p < end) out->push_back(utf8_decode(p));
}

void decode_bytes(std::string_view data, std::u32string* out) {
    out->clear();
    out->reserve(data.size());
    for (char c : data) out->push_back(static_cast<unsigned char>(c));
}

// The code points of the last non-ASCII str subject, so finditer/sub/split over one long string
// decode it once instead of once per match.
struct SubjectCache {
    Ref<> object;
    std::u32string units;
};
SubjectCache& subject_cache() {
    static auto* cache = new SubjectCache();   // never destroyed: outlives interpreter teardown
    return *cache;
}

// A subject as the matcher reads it: bytes in place (bytes, bytearray, other buffers and ASCII
// str, whose byte index is its code-point index), or the code points of any other str. No Python
// code runs while the matcher holds it, so borrowing the object's storage is safe.
struct Subject {
    const uint8_t* bytes = nullptr;
    const uint32_t* wide = nullptr;
    int64_t length = 0;
};

bool subject_of(Object* subject, Subject* out) {
    std::string_view data;
    if (is_str(subject)) {
        if (static_cast<StrObject*>(subject)->is_ascii) {
            data = str_view(subject);
        } else {
            SubjectCache& cache = subject_cache();
            if (cache.object.get() != subject) {
                cache.object = Ref<>::borrow(subject);
                decode_str(subject, &cache.units);
            }
            out->wide = reinterpret_cast<const uint32_t*>(cache.units.data());
            out->length = static_cast<int64_t>(cache.units.size());
            return true;
        }
    } else if (is_bytes(subject) || is_bytearray(subject)) {
        data = bytes_like_view(subject);
    } else if (!object_check_buffer(subject) || !bytes_like_borrow(subject, &data)) {
        if (object_check_buffer(subject)) err_clear();
        err_format(TypeError, "expected string or bytes-like object, got '%s'", subject->type->name);
        return false;
    }
    out->bytes = reinterpret_cast<const uint8_t*>(data.data());
    out->length = static_cast<int64_t>(data.size());
    return true;
}

// _sre.compile(pattern, flags, error_class) -> Program. Syntax errors are raised as
// error_class(msg, pattern, pos) (re.error), flag conflicts as ValueError/OverflowError.
Object* sre_compile(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("compile", nargs, kwnames, 3, 3)) return nullptr;
    Object* pattern = args[0];
    std::u32string units;
    bool is_bytes_pattern;
    if (is_str(pattern)) {
        decode_str(pattern, &units);
        is_bytes_pattern = false;
    } else if (is_bytes(pattern) || is_bytearray(pattern)) {
        decode_bytes(bytes_like_view(pattern), &units);
        is_bytes_pattern = true;
    } else {
        return err_set_string(TypeError, "first argument must be string or compiled pattern");
    }
    int64_t flags;
    if (!index_as_i64(args[1], &flags)) return nullptr;
    auto compiled = std::make_unique<re::Compiled>();
    re::ParseError error;
    // CPython's parser is recursive Python code: a frame per nesting level (sub-pattern, then each
    // sequence inside it) under re.compile/_compile/_compiler.compile/parse, and two more frames for
    // its tokenizer. The same nesting is a RecursionError here, from the caller's depth (this call
    // sits under re.compile/_compile as CPython's parse does under its four frames).
    int64_t max_nested = static_cast<int64_t>(ts()->recursion_limit) - ts()->recursion_depth - kReParseFrames;
    if (!re::compile(units, is_bytes_pattern, static_cast<uint32_t>(flags), max_nested, compiled.get(), &error)) {
        if (error.kind == re::ParseError::Recursion) {
            raise_recursion_error("");
            return nullptr;
        }
        if (error.kind == re::ParseError::Value) return err_set_string(ValueError, error.message);
        if (error.kind == re::ParseError::Overflow) return err_set_string(OverflowError, error.message);
        Ref<> msg = Ref<>::steal(str_from(error.message));
        if (!msg) return nullptr;
        Ref<> pos = Ref<>::steal(error.pos >= 0 ? int_from_i64(error.pos) : none_new());
        Object* call_args[] = {msg.get(), pattern, pos.get()};
        Ref<> exc = Ref<>::steal(call(args[2], call_args, 3));
        if (!exc) return nullptr;
        err_set_instance(exc.get());
        return nullptr;
    }
    auto* self = static_cast<ProgramObject*>(alloc_object(&ProgramType));
    if (!self) return nullptr;
    self->compiled = compiled.release();
    return self;
}

ProgramObject* as_program(Object* o) { return static_cast<ProgramObject*>(o); }

// Program.info() -> (flags, groups, {name: index}).
Object* program_info(Object* self, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("info", nargs, kwnames)) return nullptr;
    re::Compiled& c = *as_program(self)->compiled;
    Ref<> names = Ref<>::steal(dict_new());
    if (!names) return nullptr;
    for (auto& [name, gid] : c.names) {
        std::string utf8;
        char buf[4];
        for (uint32_t ch : name) utf8.append(buf, utf8_encode(ch, buf));
        Ref<> key = Ref<>::steal(str_from(utf8));
        Ref<> value = Ref<>::steal(int_from_i64(gid));
        if (!key || !value || dict_setitem(names.get(), key.get(), value.get()) < 0) return nullptr;
    }
    Ref<> flags = Ref<>::steal(int_from_i64(c.flags));
    Ref<> groups = Ref<>::steal(int_from_i64(c.groups));
    if (!flags || !groups) return nullptr;
    return tuple_pack({flags.get(), groups.get(), names.get()});
}

// Program.match(string, pos, endpos, mode, must_advance) -> None or (lastindex, m0, m1, ...),
// marks being code-point positions (-1 for an unset group, lastindex -1 for none). pos and endpos
// are already clamped to [0, len(string)] by the caller. mode: 0 match, 1 fullmatch, 2 search.
Object* program_match(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("match", nargs, kwnames, 5, 5)) return nullptr;
    int64_t pos, endpos, mode;
    if (!index_as_i64(args[1], &pos) || !index_as_i64(args[2], &endpos) || !index_as_i64(args[3], &mode)) return nullptr;
    Subject subject;
    if (!subject_of(args[0], &subject)) return nullptr;
    int64_t length = subject.length;
    if (endpos > length) endpos = length;
    if (endpos < 0) endpos = 0;
    if (pos < 0) pos = 0;
    if (pos > endpos) return none_new();
    std::vector<int64_t> marks;
    int64_t lastindex = -1;
    auto match_mode = mode == 0 ? re::MatchMode::Match : mode == 1 ? re::MatchMode::FullMatch : re::MatchMode::Search;
    const re::Program& program = *as_program(self)->compiled->program;
    bool must_advance = args[4] != None && args[4] != False;
    int found = subject.wide ? re::run(program, subject.wide, endpos, pos, match_mode, must_advance, &marks, &lastindex)
                             : re::run(program, subject.bytes, endpos, pos, match_mode, must_advance, &marks, &lastindex);
    if (found < 0) return err_no_memory();
    if (found == 0) return none_new();
    Ref<> result = Ref<>::steal(tuple_new(static_cast<ssize>(marks.size() + 1)));
    if (!result) return nullptr;
    Object** items = tuple_items(result.get());
    items[0] = int_from_i64(lastindex);
    for (size_t i = 0; i < marks.size(); i++) items[i + 1] = int_from_i64(marks[i]);
    return result.release();
}

const MethodDef kProgramMethods[] = {
    {"info", program_info},
    {"match", program_match},
    {nullptr, nullptr},
};

const MethodDef kSreFunctions[] = {
    {"compile", sre_compile},
    {nullptr, nullptr},
};

}  // namespace

Object* make_sre_module() {
    if (!type_has(&ProgramType, kTypeReady)) {
        ProgramType.name = "_sre.Program";
        ProgramType.basicsize = sizeof(ProgramObject);
        ProgramType.dealloc = program_dealloc;
        ProgramType.methods = kProgramMethods;
        if (!type_ready(&ProgramType)) return nullptr;
    }
    Object* m = module_new("_sre");
    if (!m) return nullptr;
    if (module_add_functions(m, kSreFunctions) < 0 || module_add_int(m, "MAXREPEAT", static_cast<int64_t>(re::kMaxRepeat)) < 0 ||
        module_add_int(m, "MAXGROUPS", re::kMaxGroups) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
