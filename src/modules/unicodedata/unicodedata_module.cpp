// The unicodedata module: the character properties, names and normalization of Unicode 14.0
// as module functions, and the same functions as methods of unicodedata.UCD, whose one
// instance ucd_3_2_0 answers for Unicode 3.2 (used by the idna codec and stringprep).
// Argument checks and messages are CPython's. The data is in unicodedata_tables.*, names in
// support/unicode_names.*, normalization in unicodedata_normalize.*.
// CPython counterpart: Modules/unicodedata.c (behaviour only).
#include <string>

#include "modules/builtins_args.h"
#include "modules/unicodedata/unicodedata_normalize.h"
#include "modules/unicodedata/unicodedata_tables.h"
#include "objects/abstract.h"
#include "objects/buffer.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/module.h"
#include "objects/str.h"
#include "support/unicode_names.h"

namespace pygen {

namespace {

using unicodedata::Database;

// unicodedata.UCD: a database other than the module's own (only ucd_3_2_0 exists).
struct UcdObject : Object {
    const Database* db;   // static data, never owned
};

TypeObject UcdType;

// Module functions get the module as self, UCD methods their instance.
const Database& database_of(Object* self) {
    if (self && self->type == &UcdType) return *static_cast<UcdObject*>(self)->db;
    return unicodedata::kDatabase14;
}

bool is_old(const Database& db) { return &db == &unicodedata::kDatabase32; }

// "unicodedata.category" or "UCD.category", as METH_O / METH_NOARGS messages name a function.
std::string qualified(Object* self, const char* fname) {
    return std::string(self && self->type == &UcdType ? "UCD." : "unicodedata.") + fname;
}

// A one-character str argument. `numbered` selects "argument 1" (functions taking more than one
// argument) over "argument" (one-argument functions).
bool char_arg(const char* fname, bool numbered, Object* o, uint32_t* cp) {
    if (!is_str(o) || str_length(o) != 1) {
        err_format(TypeError, "%s() argument %smust be a unicode character, not %s", fname, numbered ? "1 " : "",
                   arg_type_name(o));
        return false;
    }
    *cp = str_codepoint_at(o, 0);
    return true;
}

// The single-character argument of a one-argument function; false with an exception set.
bool one_char(Object* self, const char* fname, Object* const* args, size_t nargs, Object* kwnames, uint32_t* cp) {
    std::string q = qualified(self, fname);
    if (!check_one_arg(q.c_str(), nargs, kwnames)) return false;
    return char_arg(fname, false, args[0], cp);
}

// The (chr[, default]) arguments of decimal/digit/numeric/name.
bool char_and_default(Object* self, const char* fname, Object* const* args, size_t nargs, Object* kwnames,
                      uint32_t* cp, Object** fallback) {
    std::string q = qualified(self, fname);
    if (!check_no_kwargs(q.c_str(), kwnames)) return false;
    if (!check_positional(fname, nargs, nullptr, 1, 2)) return false;
    *fallback = nargs > 1 ? args[1] : nullptr;
    return char_arg(fname, true, args[0], cp);
}

const unicodedata::PropertyRecord& record_of(Object* self, uint32_t cp) {
    return unicodedata::record(database_of(self), cp);
}

std::u32string to_code_points(Object* s) {
    std::u32string out;
    out.reserve(static_cast<size_t>(str_length(s)));
    const char* p = str_cstr(s);
    const char* end = p + str_view(s).size();
    while (p < end) out.push_back(utf8_decode(p));
    return out;
}

Object* from_code_points(const std::u32string& text) {
    std::string utf8;
    utf8.reserve(text.size());
    char buffer[4];
    for (char32_t c : text) utf8.append(buffer, utf8_encode(c, buffer));
    return str_from_known(utf8, static_cast<ssize>(text.size()));
}

// ---- Properties ----

Object* ud_category(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    if (!one_char(self, "category", args, nargs, kwnames, &cp)) return nullptr;
    return str_from_cstr(unicodedata::kCategoryNames[record_of(self, cp).category]);
}

Object* ud_bidirectional(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    if (!one_char(self, "bidirectional", args, nargs, kwnames, &cp)) return nullptr;
    return str_from_cstr(unicodedata::kBidiNames[record_of(self, cp).bidirectional]);
}

Object* ud_combining(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    if (!one_char(self, "combining", args, nargs, kwnames, &cp)) return nullptr;
    return int_from_i64(record_of(self, cp).combining);
}

Object* ud_mirrored(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    if (!one_char(self, "mirrored", args, nargs, kwnames, &cp)) return nullptr;
    return int_from_i64(record_of(self, cp).mirrored);
}

Object* ud_east_asian_width(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    if (!one_char(self, "east_asian_width", args, nargs, kwnames, &cp)) return nullptr;
    return str_from_cstr(unicodedata::kWidthNames[record_of(self, cp).width]);
}

Object* ud_decomposition(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    if (!one_char(self, "decomposition", args, nargs, kwnames, &cp)) return nullptr;
    unsigned tag = 0;
    const uint32_t* codes = nullptr;
    size_t count = unicodedata::decomposition(database_of(self), cp, &tag, &codes);
    std::string text;
    if (count && tag) text = unicodedata::kDecompTags[tag];
    char hex[16];
    for (size_t i = 0; i < count; i++) {
        std::snprintf(hex, sizeof hex, "%04X", codes[i]);
        if (!text.empty()) text.push_back(' ');
        text += hex;
    }
    return str_from(text);
}

// decimal() and digit(): value, else the default, else ValueError(message).
Object* digit_value(int value, Object* fallback, const char* message) {
    if (value >= 0) return int_from_i64(value);
    if (fallback) return incref(fallback);
    return err_set_string(ValueError, message);
}

Object* ud_decimal(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    Object* fallback;
    if (!char_and_default(self, "decimal", args, nargs, kwnames, &cp, &fallback)) return nullptr;
    return digit_value(record_of(self, cp).decimal, fallback, "not a decimal");
}

Object* ud_digit(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    Object* fallback;
    if (!char_and_default(self, "digit", args, nargs, kwnames, &cp, &fallback)) return nullptr;
    return digit_value(record_of(self, cp).digit, fallback, "not a digit");
}

Object* ud_numeric(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    Object* fallback;
    if (!char_and_default(self, "numeric", args, nargs, kwnames, &cp, &fallback)) return nullptr;
    int index = record_of(self, cp).numeric;
    if (index >= 0) return float_from(unicodedata::kNumericValues[index]);
    if (fallback) return incref(fallback);
    return err_set_string(ValueError, "not a numeric character");
}

// ---- Names ----

// Whether the database of self assigns cp (3.2 knows fewer characters).
bool assigned(const Database& db, uint32_t cp) {
    return !is_old(db) || unicodedata::record(db, cp).category != unicodedata::kUnassignedCategory;
}

Object* ud_name(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    uint32_t cp;
    Object* fallback;
    if (!char_and_default(self, "name", args, nargs, kwnames, &cp, &fallback)) return nullptr;
    std::string name;
    if (assigned(database_of(self), cp) && unicode_names::name_of(cp, &name)) return str_from(name);
    if (fallback) return incref(fallback);
    return err_set_string(ValueError, "no such name");
}

Object* ud_lookup(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    std::string q = qualified(self, "lookup");
    if (!check_one_arg(q.c_str(), nargs, kwnames)) return nullptr;
    std::string name;
    if (is_str(args[0])) {
        // CPython reads the name as UTF-8: a lone surrogate is a UnicodeEncodeError.
        Ref<> utf8 = Ref<>::steal(str_encode_text(str_view(args[0]), "utf-8", "strict"));
        if (!utf8) return nullptr;
        name = std::string(bytes_like_view(utf8.get()));
    } else if (is_bytes(args[0])) {
        name = std::string(bytes_like_view(args[0]));
    } else if (object_check_buffer(args[0])) {
        return err_format(TypeError, "lookup() argument must be read-only bytes-like object, not %s",
                          arg_type_name(args[0]));
    } else {
        return err_format(TypeError, "a bytes-like object is required, not '%s'", args[0]->type->name);
    }
    // CPython measures the limit in UTF-8 bytes.
    if (name.size() > 256) return err_set_string(KeyError, "name too long");
    const Database& db = database_of(self);
    std::u32string found;
    unicode_names::NameKind kind;
    bool ok = unicode_names::lookup_name(name, &found, &kind);
    if (ok && is_old(db)) {
        // 3.2 has no aliases or named sequences, and only the characters it assigns.
        ok = kind == unicode_names::NameKind::Rule || (kind == unicode_names::NameKind::Table && assigned(db, found[0]));
    }
    if (!ok) {
        if (!utf8_is_valid(name)) name = std::string(str_view(args[0]));
        return err_format(KeyError, "undefined character name '%s'", name.c_str());
    }
    return from_code_points(found);
}

// ---- Normalization ----

// The (form, unistr) arguments of normalize and is_normalized.
bool form_and_text(Object* self, const char* fname, Object* const* args, size_t nargs, Object* kwnames,
                   unicodedata::Form* form, Object** text) {
    std::string q = qualified(self, fname);
    if (!check_no_kwargs(q.c_str(), kwnames)) return false;
    if (!check_positional(fname, nargs, nullptr, 2, 2)) return false;
    for (int i = 0; i < 2; i++) {
        if (!is_str(args[i])) {
            // Argument Clinic's wording names None itself rather than its type.
            err_format(TypeError, "%s() argument %d must be str, not %s", fname, i + 1,
                       arg_type_name(args[i]));
            return false;
        }
    }
    std::string_view f = str_view(args[0]);
    if (f == "NFC") *form = unicodedata::Form::NFC;
    else if (f == "NFD") *form = unicodedata::Form::NFD;
    else if (f == "NFKC") *form = unicodedata::Form::NFKC;
    else if (f == "NFKD") *form = unicodedata::Form::NFKD;
    else {
        err_set_string(ValueError, "invalid normalization form");
        return false;
    }
    *text = args[1];
    return true;
}

Object* ud_normalize(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    unicodedata::Form form;
    Object* text;
    if (!form_and_text(self, "normalize", args, nargs, kwnames, &form, &text)) return nullptr;
    // ASCII is in every normal form; an unchanged text is returned itself, as CPython does.
    if (static_cast<StrObject*>(text)->is_ascii) return incref(text);
    std::u32string in = to_code_points(text);
    std::u32string out = unicodedata::normalize(database_of(self), form, in);
    if (out == in) return incref(text);
    return from_code_points(out);
}

Object* ud_is_normalized(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    unicodedata::Form form;
    Object* text;
    if (!form_and_text(self, "is_normalized", args, nargs, kwnames, &form, &text)) return nullptr;
    if (static_cast<StrObject*>(text)->is_ascii) return bool_from(true);
    std::u32string in = to_code_points(text);
    return bool_from(unicodedata::normalize(database_of(self), form, in) == in);
}

const MethodDef kFunctions[] = {
    {"category", ud_category},
    {"bidirectional", ud_bidirectional},
    {"combining", ud_combining},
    {"mirrored", ud_mirrored},
    {"east_asian_width", ud_east_asian_width},
    {"decomposition", ud_decomposition},
    {"decimal", ud_decimal},
    {"digit", ud_digit},
    {"numeric", ud_numeric},
    {"name", ud_name},
    {"lookup", ud_lookup},
    {"normalize", ud_normalize},
    {"is_normalized", ud_is_normalized},
    {nullptr, nullptr},
};

Object* ucd_unidata_version(Object* self) { return str_from_cstr(database_of(self).version); }

const GetSetDef kUcdGetSet[] = {
    {"unidata_version", ucd_unidata_version},
    {nullptr, nullptr},
};

void ucd_dealloc(Object* o) { free_object(o); }

}  // namespace

Object* make_unicodedata_module() {
    if (!type_has(&UcdType, kTypeReady)) {
        UcdType.name = "unicodedata.UCD";
        UcdType.basicsize = sizeof(UcdObject);
        UcdType.dealloc = ucd_dealloc;
        UcdType.methods = kFunctions;
        UcdType.getset = kUcdGetSet;
        if (!type_ready(&UcdType)) return nullptr;
    }
    Object* m = module_new("unicodedata");
    if (!m) return nullptr;
    auto* old = static_cast<UcdObject*>(alloc_object(&UcdType));
    if (!old) {
        decref(m);
        return nullptr;
    }
    old->db = &unicodedata::kDatabase32;
    bool ok = module_add_functions(m, kFunctions) == 0 && module_add_string(m, "unidata_version", "14.0.0") == 0 &&
              module_add_object(m, "UCD", &UcdType) == 0 && module_add_object(m, "ucd_3_2_0", old) == 0;
    decref(old);
    if (!ok) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
