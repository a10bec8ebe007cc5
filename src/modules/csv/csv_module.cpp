// _csv: the C core of the csv module — Dialect (checked, read-only parameters), the reader's
// character state machine, the writer's quoting and escaping, the dialect registry,
// field_size_limit and csv.Error. lib/csv.py adds DictReader, DictWriter, Sniffer and the
// Python Dialect classes on top, as CPython's Lib/csv.py does.
// CPython counterpart: Modules/_csv.c (3.11 behaviour and messages; the code is ours).

#include <string>
#include <string_view>

#include "modules/builtins_args.h"
#include "objects/abstract.h"
#include "objects/complex.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/float.h"
#include "objects/int.h"
#include "objects/list.h"
#include "objects/module.h"
#include "objects/str.h"
#include "objects/tuple.h"
#include "objects/type_impl.h"
#include "vm/runtime.h"

namespace pygen {

Object* make_csv_module();

namespace {

enum Quoting { kQuoteMinimal, kQuoteAll, kQuoteNonNumeric, kQuoteNone };

constexpr uint32_t kNotSet = 0xFFFFFFFF;   // an unset quotechar/escapechar (never a code point)
constexpr uint32_t kEol = 0xFFFFFFFE;      // the end of one input line, fed to the parser

TypeObject DialectType;
TypeObject ReaderType;
TypeObject WriterType;

struct DialectObject : Object {
    uint32_t delimiter;
    uint32_t quotechar;      // kNotSet for None
    uint32_t escapechar;     // kNotSet for None
    int quoting;
    bool doublequote, skipinitialspace, strict;
    Object* lineterminator;  // strong str
};

struct State {
    Object* error = nullptr;      // strong: _csv.Error
    Object* dialects = nullptr;   // strong: the registry dict (_csv._dialects)
    int64_t field_limit = 128 * 1024;
};
State g;

void reset_state() { g = State(); }

// ---- Dialect ----

Object* char_object(uint32_t c) {
    if (c == kNotSet) return newref(None);
    return str_from_codepoint(c);
}

Object* d_delimiter(Object* self) { return char_object(static_cast<DialectObject*>(self)->delimiter); }
Object* d_quotechar(Object* self) { return char_object(static_cast<DialectObject*>(self)->quotechar); }
Object* d_escapechar(Object* self) { return char_object(static_cast<DialectObject*>(self)->escapechar); }
Object* d_lineterminator(Object* self) { return newref(static_cast<DialectObject*>(self)->lineterminator); }
Object* d_quoting(Object* self) { return int_from_i64(static_cast<DialectObject*>(self)->quoting); }
Object* d_doublequote(Object* self) { return newref(static_cast<DialectObject*>(self)->doublequote ? True : False); }
Object* d_skipinitialspace(Object* self) {
    return newref(static_cast<DialectObject*>(self)->skipinitialspace ? True : False);
}
Object* d_strict(Object* self) { return newref(static_cast<DialectObject*>(self)->strict ? True : False); }

// The setters of CPython's dialect_new: src null means "not given" and takes the default.
bool set_char(const char* name, uint32_t* target, Object* src, uint32_t dflt, bool none_ok) {
    if (!src) {
        *target = dflt;
        return true;
    }
    if (none_ok && src == None) {
        *target = kNotSet;
        return true;
    }
    if (!is_str(src)) {
        err_format(TypeError, none_ok ? "\"%s\" must be string or None, not %s" : "\"%s\" must be string, not %s",
                   name, type_name(src));
        return false;
    }
    if (str_length(src) != 1) {
        err_format(TypeError, "\"%s\" must be a 1-character string", name);
        return false;
    }
    const char* p = str_cstr(src);
    *target = utf8_decode(p);
    return true;
}

bool set_bool(bool* target, Object* src, bool dflt) {
    if (!src) {
        *target = dflt;
        return true;
    }
    int t = object_is_true(src);
    if (t < 0) return false;
    *target = t != 0;
    return true;
}

Object* registry_get(Object* name) {
    Object* d = dict_getitem(g.dialects, name);
    if (!d) {
        if (!err_occurred()) err_set_string(static_cast<TypeObject*>(g.error), "unknown dialect");
        return nullptr;
    }
    return newref(d);
}

enum DialectArg { kDialect, kDelimiter, kDoublequote, kEscapechar, kLineterminator, kQuotechar, kQuotingArg,
                  kSkipinitialspace, kStrict, kDialectArgs };
const char* const kDialectNames[kDialectArgs] = {"dialect", "delimiter", "doublequote", "escapechar",
                                                 "lineterminator", "quotechar", "quoting",
                                                 "skipinitialspace", "strict"};

// Dialect(dialect=None, **parameters): a dialect instance given alone is returned as is; a name
// is looked up in the registry; any other object lends the attributes not given.
// CPython: _csv.c, dialect_new.
Object* dialect_build(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[kDialectArgs] = {};
    // PyArg_ParseTupleAndKeywords without a function name: "... for this function".
    if (nargs > kDialectArgs)
        return err_format(TypeError, "function takes at most %d arguments (%zu given)", int(kDialectArgs),
                          nargs + kwcount(kwnames));
    for (size_t i = 0; i < nargs; ++i) a[i] = args[i];
    for (size_t k = 0; k < kwcount(kwnames); ++k) {
        std::string_view name = kwname_at(kwnames, k);
        int found = -1;
        for (int i = 0; i < kDialectArgs; ++i)
            if (name == kDialectNames[i]) found = i;
        if (found < 0)
            return err_set_string(TypeError, "'" + std::string(name) + "' is an invalid keyword argument for this function");
        if (a[found])
            return err_format(TypeError, "argument for function given by name ('%s') and position (%d)",
                              kDialectNames[found], found + 1);
        a[found] = args[nargs + k];
    }
    Ref<> dialect;
    if (a[kDialect]) {
        dialect = is_str(a[kDialect]) ? Ref<>::steal(registry_get(a[kDialect])) : Ref<>::borrow(a[kDialect]);
        if (!dialect) return nullptr;
        bool bare = true;
        for (int i = 1; i < kDialectArgs; ++i) bare = bare && !a[i];
        if (bare && is_subtype(dialect->type, &DialectType)) return dialect.release();
    }
    Ref<> owned[kDialectArgs];
    if (dialect) {
        for (int i = 1; i < kDialectArgs; ++i) {
            if (a[i]) continue;
            owned[i] = Ref<>::steal(object_getattr_str(dialect.get(), kDialectNames[i]));
            if (!owned[i]) err_clear();
            a[i] = owned[i].get();
        }
    }
    Ref<> self = Ref<>::steal(alloc_object(type));
    if (!self) return nullptr;
    auto* d = static_cast<DialectObject*>(self.get());
    if (!set_char("delimiter", &d->delimiter, a[kDelimiter], ',', false)) return nullptr;
    if (!set_bool(&d->doublequote, a[kDoublequote], true)) return nullptr;
    if (!set_char("escapechar", &d->escapechar, a[kEscapechar], kNotSet, true)) return nullptr;
    Object* lt = a[kLineterminator];
    if (!lt) {
        d->lineterminator = str_from_cstr("\r\n");
        if (!d->lineterminator) return nullptr;
    } else if (lt != None) {
        if (!is_str(lt)) return err_set_string(TypeError, "\"lineterminator\" must be a string");
        d->lineterminator = newref(lt);
    }
    if (!set_char("quotechar", &d->quotechar, a[kQuotechar], '"', true)) return nullptr;
    Object* q = a[kQuotingArg];
    if (!q) {
        d->quoting = kQuoteMinimal;
    } else {
        int64_t v;
        if (!is_int_exact(q) || !int_as_i64(q, &v) || v < INT32_MIN || v > INT32_MAX)
            return err_set_string(TypeError, "\"quoting\" must be an integer");
        d->quoting = int(v);
    }
    if (!set_bool(&d->skipinitialspace, a[kSkipinitialspace], false)) return nullptr;
    if (!set_bool(&d->strict, a[kStrict], false)) return nullptr;
    if (d->quoting < kQuoteMinimal || d->quoting > kQuoteNone) return err_set_string(TypeError, "bad \"quoting\" value");
    if (a[kQuotechar] == None && !a[kQuotingArg]) d->quoting = kQuoteNone;
    if (d->quoting != kQuoteNone && d->quotechar == kNotSet)
        return err_set_string(TypeError, "quotechar must be set if quoting enabled");
    if (!d->lineterminator) return err_set_string(TypeError, "lineterminator must be set");
    return self.release();
}

Object* dialect_tp_new(TypeObject* type, Object* const* args, size_t nargs, Object* kwnames) {
    return dialect_build(type, args, nargs, kwnames);
}

void dialect_dealloc(Object* o) {
    xdecref(static_cast<DialectObject*>(o)->lineterminator);
    free_object(o);
}

// Dialect(dialect, **kwargs) from a reader/writer/register_dialect call: args[0], when given,
// is the dialect; kwnames name the trailing args.
Object* call_dialect(Object* dialect, Object* const* kwargs, Object* kwnames) {
    size_t nk = kwcount(kwnames);
    Object* buf[kDialectArgs + 16];
    if (nk + 1 > sizeof buf / sizeof buf[0]) {
        return err_format(TypeError, "function takes at most %d arguments (%zu given)", int(kDialectArgs),
                          nk + (dialect ? 1 : 0));
    }
    size_t n = 0;
    if (dialect) buf[n++] = dialect;
    for (size_t i = 0; i < nk; ++i) buf[n + i] = kwargs[i];
    return dialect_build(&DialectType, buf, n, kwnames);
}

// ---- Reader ----

enum class ParseState { StartRecord, StartField, EscapedChar, InField, InQuotedField, EscapeInQuotedField,
                        QuoteInQuotedField, EatCrNl, AfterEscapedCrNl };

struct ReaderObject : Object {
    Object* input_iter;      // strong
    Object* dialect;         // strong DialectObject
    Object* fields;          // strong list being filled, or null between records
    std::string* field;      // UTF-8 of the field being read (owned)
    ssize field_len;         // its code points (the field size limit counts them)
    ParseState state;
    bool numeric_field;      // QUOTE_NONNUMERIC: the unquoted field becomes a float
    int64_t line_num;
};

DialectObject* dialect_of(Object* o) { return static_cast<DialectObject*>(o); }

bool save_field(ReaderObject* r) {
    Ref<> field = Ref<>::steal(str_from_known(*r->field, r->field_len));
    if (!field) return false;
    r->field->clear();
    r->field_len = 0;
    if (r->numeric_field) {
        r->numeric_field = false;
        field = Ref<>::steal(number_float(field.get()));
        if (!field) return false;
    }
    return list_append(r->fields, field.get()) == 0;
}

bool add_char(ReaderObject* r, uint32_t c) {
    if (r->field_len >= g.field_limit) {
        err_format(static_cast<TypeObject*>(g.error), "field larger than field limit (%lld)",
                   static_cast<long long>(g.field_limit));
        return false;
    }
    char buf[4];
    r->field->append(buf, utf8_encode(c, buf));
    ++r->field_len;
    return true;
}

void add_cp(std::string& out, uint32_t c) {
    char buf[4];
    out.append(buf, utf8_encode(c, buf));
}

bool is_crlf(uint32_t c) { return c == '\n' || c == '\r'; }

// One character (or kEol) through the state machine. CPython: _csv.c, parse_process_char.
bool process_char(ReaderObject* r, uint32_t c) {
    DialectObject* d = dialect_of(r->dialect);
    switch (r->state) {
    case ParseState::StartRecord:
        if (c == kEol) return true;   // an empty line is an empty record
        if (is_crlf(c)) {
            r->state = ParseState::EatCrNl;
            return true;
        }
        r->state = ParseState::StartField;
        [[fallthrough]];
    case ParseState::StartField:
        if (is_crlf(c) || c == kEol) {
            if (!save_field(r)) return false;
            r->state = c == kEol ? ParseState::StartRecord : ParseState::EatCrNl;
        } else if (c == d->quotechar && d->quoting != kQuoteNone) {
            r->state = ParseState::InQuotedField;
        } else if (c == d->escapechar) {
            r->state = ParseState::EscapedChar;
        } else if (c == ' ' && d->skipinitialspace) {
        } else if (c == d->delimiter) {
            if (!save_field(r)) return false;
        } else {
            if (d->quoting == kQuoteNonNumeric) r->numeric_field = true;
            if (!add_char(r, c)) return false;
            r->state = ParseState::InField;
        }
        return true;
    case ParseState::EscapedChar:
        if (is_crlf(c)) {
            if (!add_char(r, c)) return false;
            r->state = ParseState::AfterEscapedCrNl;
            return true;
        }
        if (c == kEol) c = '\n';
        if (!add_char(r, c)) return false;
        r->state = ParseState::InField;
        return true;
    case ParseState::AfterEscapedCrNl:
        if (c == kEol) return true;
        [[fallthrough]];
    case ParseState::InField:
        if (is_crlf(c) || c == kEol) {
            if (!save_field(r)) return false;
            r->state = c == kEol ? ParseState::StartRecord : ParseState::EatCrNl;
        } else if (c == d->escapechar) {
            r->state = ParseState::EscapedChar;
        } else if (c == d->delimiter) {
            if (!save_field(r)) return false;
            r->state = ParseState::StartField;
        } else {
            if (!add_char(r, c)) return false;
        }
        return true;
    case ParseState::InQuotedField:
        if (c == kEol) {
        } else if (c == d->escapechar) {
            r->state = ParseState::EscapeInQuotedField;
        } else if (c == d->quotechar && d->quoting != kQuoteNone) {
            r->state = d->doublequote ? ParseState::QuoteInQuotedField : ParseState::InField;
        } else {
            if (!add_char(r, c)) return false;
        }
        return true;
    case ParseState::EscapeInQuotedField:
        if (c == kEol) c = '\n';
        if (!add_char(r, c)) return false;
        r->state = ParseState::InQuotedField;
        return true;
    case ParseState::QuoteInQuotedField:
        if (d->quoting != kQuoteNone && c == d->quotechar) {
            if (!add_char(r, c)) return false;
            r->state = ParseState::InQuotedField;
        } else if (c == d->delimiter) {
            if (!save_field(r)) return false;
            r->state = ParseState::StartField;
        } else if (is_crlf(c) || c == kEol) {
            if (!save_field(r)) return false;
            r->state = c == kEol ? ParseState::StartRecord : ParseState::EatCrNl;
        } else if (!d->strict) {
            if (!add_char(r, c)) return false;
            r->state = ParseState::InField;
        } else {
            std::string msg = "'";
            add_cp(msg, d->delimiter);
            msg += "' expected after '";
            add_cp(msg, d->quotechar);
            msg += "'";
            err_set_string(static_cast<TypeObject*>(g.error), msg);
            return false;
        }
        return true;
    case ParseState::EatCrNl:
        if (is_crlf(c)) return true;
        if (c == kEol) {
            r->state = ParseState::StartRecord;
            return true;
        }
        err_set_string(static_cast<TypeObject*>(g.error),
                       "new-line character seen in unquoted field - do you need to open the file in "
                       "universal-newline mode?");
        return false;
    }
    return true;
}

// The next record as a list. CPython: _csv.c, Reader_iternext.
Object* reader_next(Object* self) {
    auto* r = static_cast<ReaderObject*>(self);
    Ref<> fields = Ref<>::steal(list_new(0));
    if (!fields) return nullptr;
    setref(r->fields, fields.release());
    r->field->clear();
    r->field_len = 0;
    r->state = ParseState::StartRecord;
    r->numeric_field = false;
    do {
        Ref<> line = Ref<>::steal(iter_next(r->input_iter));
        if (!line) {
            if (!err_occurred() && (r->field_len != 0 || r->state == ParseState::InQuotedField)) {
                if (dialect_of(r->dialect)->strict)
                    err_set_string(static_cast<TypeObject*>(g.error), "unexpected end of data");
                else if (save_field(r))
                    break;
            }
            clearref(r->fields);
            return nullptr;
        }
        if (!is_str(line.get())) {
            clearref(r->fields);
            return err_format(static_cast<TypeObject*>(g.error),
                              "iterator should return strings, not %.200s (the file should be opened in text mode)",
                              type_name(line.get()));
        }
        ++r->line_num;
        std::string_view text = str_view(line.get());
        const char* p = text.data();
        const char* end = p + text.size();
        while (p < end) {
            uint32_t c = utf8_decode(p);
            if (!process_char(r, c)) {
                clearref(r->fields);
                return nullptr;
            }
        }
        if (!process_char(r, kEol)) {
            clearref(r->fields);
            return nullptr;
        }
    } while (r->state != ParseState::StartRecord);
    Object* out = r->fields;
    r->fields = nullptr;
    return out;
}

Object* iter_self(Object* o) { return incref(o); }

void reader_traverse(Object* o, VisitFn visit, void* arg) {
    auto* r = static_cast<ReaderObject*>(o);
    if (r->input_iter) visit(r->input_iter, arg);
    if (r->dialect) visit(r->dialect, arg);
    if (r->fields) visit(r->fields, arg);
}
int reader_clear(Object* o) {
    auto* r = static_cast<ReaderObject*>(o);
    clearref(r->input_iter);
    clearref(r->dialect);
    clearref(r->fields);
    return 0;
}
void reader_dealloc(Object* o) {
    reader_clear(o);
    delete static_cast<ReaderObject*>(o)->field;
    free_object(o);
}

Object* reader_get_dialect(Object* self) { return newref(static_cast<ReaderObject*>(self)->dialect); }
Object* reader_get_line_num(Object* self) { return int_from_i64(static_cast<ReaderObject*>(self)->line_num); }
int readonly_set(Object*, Object*) {
    err_set_string(AttributeError, "readonly attribute");
    return -1;
}

// reader(csvfile, dialect='excel', **fmtparams). CPython: _csv.c, csv_reader.
Object* m_reader(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs < 1) return err_format(TypeError, " expected at least 1 argument, got %zu", nargs);
    if (nargs > 2) return err_format(TypeError, " expected at most 2 arguments, got %zu", nargs);
    Ref<> it = Ref<>::steal(object_iter(args[0]));
    if (!it) return nullptr;
    Ref<> dialect = Ref<>::steal(call_dialect(nargs > 1 ? args[1] : nullptr, args + nargs, kwnames));
    if (!dialect) return nullptr;
    auto* r = static_cast<ReaderObject*>(alloc_object(&ReaderType));
    if (!r) return nullptr;
    r->field = new std::string();
    r->input_iter = it.release();
    r->dialect = dialect.release();
    r->state = ParseState::StartRecord;
    return r;
}

// ---- Writer ----

struct WriterObject : Object {
    Object* write;           // strong: the file's bound write method
    Object* dialect;         // strong DialectObject
    std::string* rec;        // the record being joined (owned)
    int num_fields;
};

bool in_lineterminator(DialectObject* d, uint32_t c) {
    std::string_view lt = str_view(d->lineterminator);
    if (c < 0x80) return lt.find(char(c)) != std::string_view::npos;
    char buf[4];
    return lt.find(std::string_view(buf, utf8_encode(c, buf))) != std::string_view::npos;
}

// Appends one field (text may be null: None) to the record; `quoted` may be raised by what the
// text holds. CPython: _csv.c, join_append / join_append_data (its two phases become one scan
// that decides the quoting, then one that copies).
bool join_append(WriterObject* w, const std::string_view* text, bool quoted) {
    DialectObject* d = dialect_of(w->dialect);
    std::string& rec = *w->rec;
    if (text) {
        const char* p = text->data();
        const char* end = p + text->size();
        while (p < end) {
            uint32_t c = utf8_decode(p);
            if (c == d->delimiter || c == d->escapechar || c == d->quotechar || in_lineterminator(d, c)) {
                bool want_escape;
                if (d->quoting == kQuoteNone) {
                    want_escape = true;
                } else {
                    want_escape = (c == d->quotechar && !d->doublequote) || c == d->escapechar;
                    if (c == d->quotechar && d->doublequote) want_escape = false;
                    if (!want_escape) quoted = true;
                }
                if (want_escape && d->escapechar == kNotSet) {
                    err_set_string(static_cast<TypeObject*>(g.error), "need to escape, but no escapechar set");
                    return false;
                }
            }
        }
    }
    if (w->num_fields > 0) add_cp(rec, d->delimiter);
    if (quoted) add_cp(rec, d->quotechar);
    if (text) {
        const char* p = text->data();
        const char* end = p + text->size();
        while (p < end) {
            const char* start = p;
            uint32_t c = utf8_decode(p);
            if (c == d->delimiter || c == d->escapechar || c == d->quotechar || in_lineterminator(d, c)) {
                if (d->quoting == kQuoteNone) {
                    add_cp(rec, d->escapechar);
                } else if (c == d->quotechar) {
                    add_cp(rec, d->doublequote ? d->quotechar : d->escapechar);
                } else if (c == d->escapechar) {
                    add_cp(rec, d->escapechar);
                }
            }
            rec.append(start, size_t(p - start));
        }
    }
    if (quoted) add_cp(rec, d->quotechar);
    ++w->num_fields;
    return true;
}

// PyNumber_Check: what QUOTE_NONNUMERIC leaves unquoted.
bool is_number(Object* o) {
    TypeObject* t = o->type;
    return t->nb_index || t->nb_int || t->nb_float || is_subtype(t, &ComplexType);
}

// writerow(row): joins the fields and calls the file's write with the line.
// CPython: _csv.c, csv_writerow.
Object* writer_writerow(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("writerow", nargs, kwnames)) return nullptr;
    auto* w = static_cast<WriterObject*>(self);
    DialectObject* d = dialect_of(w->dialect);
    Ref<> it = Ref<>::steal(object_iter(args[0]));
    if (!it) {
        if (err_matches(TypeError)) {
            err_clear();
            err_format(static_cast<TypeObject*>(g.error), "iterable expected, not %.200s", type_name(args[0]));
        }
        return nullptr;
    }
    w->rec->clear();
    w->num_fields = 0;
    for (;;) {
        Ref<> field = Ref<>::steal(iter_next(it.get()));
        if (!field) {
            if (err_occurred()) return nullptr;
            break;
        }
        bool quoted = d->quoting == kQuoteAll || (d->quoting == kQuoteNonNumeric && !is_number(field.get()));
        if (field.get() == None) {
            if (!join_append(w, nullptr, quoted)) return nullptr;
            continue;
        }
        Ref<> text = is_str(field.get()) ? field : Ref<>::steal(object_str(field.get()));
        if (!text) return nullptr;
        std::string_view view = str_view(text.get());
        if (!join_append(w, &view, quoted)) return nullptr;
    }
    if (w->num_fields > 0 && w->rec->empty()) {
        if (d->quoting == kQuoteNone)
            return err_set_string(static_cast<TypeObject*>(g.error), "single empty field record must be quoted");
        --w->num_fields;
        if (!join_append(w, nullptr, true)) return nullptr;
    }
    w->rec->append(str_view(d->lineterminator));
    Ref<> line = Ref<>::steal(str_from(*w->rec));
    if (!line) return nullptr;
    return call1(w->write, line.get());
}

Object* writer_writerows(Object* self, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("writerows", nargs, kwnames)) return nullptr;
    Ref<> it = Ref<>::steal(object_iter(args[0]));
    if (!it) return nullptr;
    for (;;) {
        Ref<> row = Ref<>::steal(iter_next(it.get()));
        if (!row) {
            if (err_occurred()) return nullptr;
            break;
        }
        Object* one = row.get();
        Ref<> res = Ref<>::steal(writer_writerow(self, &one, 1, nullptr));
        if (!res) return nullptr;
    }
    return newref(None);
}

void writer_traverse(Object* o, VisitFn visit, void* arg) {
    auto* w = static_cast<WriterObject*>(o);
    if (w->write) visit(w->write, arg);
    if (w->dialect) visit(w->dialect, arg);
}
int writer_clear(Object* o) {
    auto* w = static_cast<WriterObject*>(o);
    clearref(w->write);
    clearref(w->dialect);
    return 0;
}
void writer_dealloc(Object* o) {
    writer_clear(o);
    delete static_cast<WriterObject*>(o)->rec;
    free_object(o);
}
Object* writer_get_dialect(Object* self) { return newref(static_cast<WriterObject*>(self)->dialect); }

// writer(csvfile, dialect='excel', **fmtparams). CPython: _csv.c, csv_writer.
Object* m_writer(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs < 1) return err_format(TypeError, " expected at least 1 argument, got %zu", nargs);
    if (nargs > 2) return err_format(TypeError, " expected at most 2 arguments, got %zu", nargs);
    Ref<> name = Ref<>::steal(str_intern("write"));
    if (!name) return nullptr;
    Ref<> write = Ref<>::steal(object_lookup_attr(args[0], name.get()));
    if (!write && err_occurred()) return nullptr;
    if (!write || !is_callable(write.get())) return err_set_string(TypeError, "argument 1 must have a \"write\" method");
    Ref<> dialect = Ref<>::steal(call_dialect(nargs > 1 ? args[1] : nullptr, args + nargs, kwnames));
    if (!dialect) return nullptr;
    auto* w = static_cast<WriterObject*>(alloc_object(&WriterType));
    if (!w) return nullptr;
    w->rec = new std::string();
    w->write = write.release();
    w->dialect = dialect.release();
    return w;
}

// ---- Registry and limits ----

Object* m_register_dialect(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (nargs < 1) return err_format(TypeError, " expected at least 1 argument, got %zu", nargs);
    if (nargs > 2) return err_format(TypeError, " expected at most 2 arguments, got %zu", nargs);
    if (!is_str(args[0])) return err_set_string(TypeError, "dialect name must be a string");
    Ref<> dialect = Ref<>::steal(call_dialect(nargs > 1 ? args[1] : nullptr, args + nargs, kwnames));
    if (!dialect || dict_setitem(g.dialects, args[0], dialect.get()) < 0) return nullptr;
    return newref(None);
}

Object* m_unregister_dialect(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("unregister_dialect", nargs, kwnames)) return nullptr;
    if (dict_delitem(g.dialects, args[0]) < 0) {
        if (err_matches(KeyError)) {
            err_clear();
            err_set_string(static_cast<TypeObject*>(g.error), "unknown dialect");
        }
        return nullptr;
    }
    return newref(None);
}

Object* m_get_dialect(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_one_arg("get_dialect", nargs, kwnames)) return nullptr;
    return registry_get(args[0]);
}

Object* m_list_dialects(Object*, Object* const*, size_t nargs, Object* kwnames) {
    if (!check_no_args("list_dialects", nargs, kwnames)) return nullptr;
    return dict_keys_list(g.dialects);
}

const char* const kLimitNames[] = {"new_limit"};

Object* m_field_size_limit(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    Object* a[1] = {nullptr};
    if (!bind_args(ArgSpec{"field_size_limit", kLimitNames, 1}, args, nargs, kwnames, a)) return nullptr;
    int64_t old = g.field_limit;
    if (a[0]) {
        if (!is_int_exact(a[0])) return err_set_string(TypeError, "limit must be an integer");
        int64_t v;
        if (!int_as_i64(a[0], &v)) return err_set_string(OverflowError, "Python int too large to convert to C long");
        g.field_limit = v;
    }
    return int_from_i64(old);
}

// ---- Types and module ----

const GetSetDef kDialectGetSet[] = {
    {"delimiter", d_delimiter},
    {"quotechar", d_quotechar},
    {"escapechar", d_escapechar},
    {"lineterminator", d_lineterminator},
    {"quoting", d_quoting},
    {"doublequote", d_doublequote},
    {"skipinitialspace", d_skipinitialspace},
    {"strict", d_strict},
    {nullptr, nullptr},
};

const GetSetDef kReaderGetSet[] = {
    {"dialect", reader_get_dialect, readonly_set},
    {"line_num", reader_get_line_num, readonly_set},
    {nullptr, nullptr},
};

const MethodDef kWriterMethods[] = {
    {"writerow", writer_writerow},
    {"writerows", writer_writerows},
    {nullptr, nullptr},
};

const GetSetDef kWriterGetSet[] = {
    {"dialect", writer_get_dialect, readonly_set},
    {nullptr, nullptr},
};

bool ready_types() {
    if (type_has(&DialectType, kTypeReady)) return true;
    DialectType.name = "_csv.Dialect";
    DialectType.basicsize = sizeof(DialectObject);
    DialectType.flags = kTypeBaseType;
    DialectType.tp_new = dialect_tp_new;
    DialectType.dealloc = dialect_dealloc;
    DialectType.getset = kDialectGetSet;
    if (!type_ready(&DialectType)) return false;
    ReaderType.name = "_csv.reader";
    ReaderType.basicsize = sizeof(ReaderObject);
    ReaderType.flags = kTypeGC;
    ReaderType.dealloc = reader_dealloc;
    ReaderType.traverse = reader_traverse;
    ReaderType.clear = reader_clear;
    ReaderType.iter = iter_self;
    ReaderType.iternext = reader_next;
    ReaderType.getset = kReaderGetSet;
    if (!type_ready(&ReaderType)) return false;
    WriterType.name = "_csv.writer";
    WriterType.basicsize = sizeof(WriterObject);
    WriterType.flags = kTypeGC;
    WriterType.dealloc = writer_dealloc;
    WriterType.traverse = writer_traverse;
    WriterType.clear = writer_clear;
    WriterType.methods = kWriterMethods;
    WriterType.getset = kWriterGetSet;
    return type_ready(&WriterType);
}

const MethodDef kFunctions[] = {
    {"reader", m_reader},
    {"writer", m_writer},
    {"register_dialect", m_register_dialect},
    {"unregister_dialect", m_unregister_dialect},
    {"get_dialect", m_get_dialect},
    {"list_dialects", m_list_dialects},
    {"field_size_limit", m_field_size_limit},
    {nullptr, nullptr},
};

}  // namespace

Object* make_csv_module() {
    if (!ready_types()) return nullptr;
    Ref<> m = Ref<>::steal(module_new("_csv"));
    if (!m || module_add_functions(m.get(), kFunctions) < 0) return nullptr;
    runtime_on_teardown(reset_state);
    runtime_slot(&g.error);
    runtime_slot(&g.dialects);
    Ref<> name = Ref<>::steal(str_from_cstr("Error"));
    Ref<> bases = Ref<>::steal(tuple_pack({Exception}));
    Ref<> ns = Ref<>::steal(dict_new());
    Ref<> modname = Ref<>::steal(str_from_cstr("_csv"));
    if (!name || !bases || !ns || !modname || dict_setitem_str(ns.get(), "__module__", modname.get()) < 0) return nullptr;
    Object* targs[] = {name.get(), bases.get(), ns.get()};
    Object* error = call(&TypeType, targs, 3);
    if (!error) return nullptr;
    setref(g.error, error);
    setref(g.dialects, dict_new());
    if (!g.dialects) return nullptr;
    if (module_add_object(m.get(), "Error", g.error) < 0 || module_add_object(m.get(), "_dialects", g.dialects) < 0 ||
        module_add_object(m.get(), "Dialect", &DialectType) < 0 ||
        module_add_object(m.get(), "Reader", &ReaderType) < 0 ||
        module_add_object(m.get(), "Writer", &WriterType) < 0 ||
        module_add_string(m.get(), "__version__", "1.0") < 0 ||
        module_add_int(m.get(), "QUOTE_MINIMAL", kQuoteMinimal) < 0 ||
        module_add_int(m.get(), "QUOTE_ALL", kQuoteAll) < 0 ||
        module_add_int(m.get(), "QUOTE_NONNUMERIC", kQuoteNonNumeric) < 0 ||
        module_add_int(m.get(), "QUOTE_NONE", kQuoteNone) < 0)
        return nullptr;
    return m.release();
}

}  // namespace pygen
