// Source files may declare their encoding (PEP 263); the lexer only reads UTF-8, so declared
// encodings are decoded here first, through the same codecs as bytes.decode.
// CPython counterpart: Parser/tokenizer.c (check_coding_spec, decoding_fgets, decode_str).
#include "vm/source_text.h"

#include <cstdio>

#include "lexer/coding_cookie.h"
#include "objects/abstract.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/exceptions.h"
#include "objects/int.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// The program file's errors carry no location; bytes report (filename, 0, -1, None).
bool fail(std::string msg, const std::string& filename, SourceOrigin origin) {
    Ref<> text = Ref<>::steal(str_from(msg));
    if (!text) return false;
    if (origin == SourceOrigin::ProgramFile) {
        Object* args[1] = {text.get()};
        Ref<> exc = Ref<>::steal(exception_new(SyntaxError, args, 1));
        if (exc) err_set_instance(exc.get());
        return false;
    }
    Ref<> file = Ref<>::steal(str_from(filename));
    Ref<> zero = Ref<>::steal(int_from_i64(0));
    Ref<> minus_one = Ref<>::steal(int_from_i64(-1));
    if (!file || !zero || !minus_one) return false;
    Ref<> details = Ref<>::steal(tuple_pack({file.get(), zero.get(), minus_one.get(), None}));
    if (!details) return false;
    Object* args[2] = {text.get(), details.get()};
    Ref<> exc = Ref<>::steal(exception_new(SyntaxError, args, 2));
    if (exc) err_set_instance(exc.get());
    return false;
}

// A program file with no cookie must be UTF-8: CPython names the first bad byte and its line.
bool check_undeclared_utf8(std::string_view raw, const std::string& filename) {
    int line = 1;
    for (size_t i = 0; i < raw.size();) {
        if (raw[i] == '\n') ++line;
        const char* reason;
        size_t bad;
        const auto* p = reinterpret_cast<const unsigned char*>(raw.data());
        size_t len = utf8_sequence(p + i, p + raw.size(), &reason, &bad);
        if (len == 0) {
            char msg[96];
            std::snprintf(msg, sizeof msg, "Non-UTF-8 code starting with '\\x%02x' in file ",
                          static_cast<unsigned char>(raw[i]));
            return fail(msg + filename + " on line " + std::to_string(line) +
                            ", but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                        filename, SourceOrigin::ProgramFile);
        }
        i += len;
    }
    return true;
}

}  // namespace

bool decode_source(std::string_view raw, const std::string& filename, SourceOrigin origin, std::string* out) {
    std::string declared;
    if (!find_coding_cookie(raw, &declared)) {
        if (origin == SourceOrigin::ProgramFile) {
            std::string_view body = raw.substr(0, kBom.size()) == kBom ? raw.substr(kBom.size()) : raw;
            if (!check_undeclared_utf8(body, filename)) return false;
        }
        out->assign(raw);
        return true;
    }
    std::string name = normal_encoding_name(declared);
    bool bom = raw.substr(0, kBom.size()) == kBom;
    if (bom && name != "utf-8") return fail("encoding problem: " + name + " with BOM", filename, origin);
    if (name == "utf-8") {
        out->assign(raw);
        return true;
    }
    Ref<> text = Ref<>::steal(bytes_decode_text(raw, name.c_str(), "strict"));
    if (!text) {
        if (!err_matches(LookupError) && !err_matches(ValueError)) return false;   // MemoryError...
        Ref<> exc = Ref<>::steal(err_fetch());
        if (origin == SourceOrigin::ProgramFile) return fail("encoding problem: " + name, filename, origin);
        if (exc && is_subtype(exc->type, LookupError) && !is_subtype(exc->type, UnicodeError))
            return fail("unknown encoding: " + name, filename, origin);
        Ref<> why = exc ? Ref<>::steal(object_str(exc.get())) : Ref<>();
        if (!why) return false;
        return fail(std::string(str_view(why.get())), filename, origin);
    }
    out->assign(str_view(text.get()));
    return true;
}

}  // namespace pygen
