// Traceback objects and the CPython-format printing of uncaught exceptions. Source lines are read
// from the file named in the code object (cached), so tracebacks show the offending line.
// CPython counterparts: Python/traceback.c, Python/pythonrun.c.
#include "vm/traceback.h"

#include <cstdio>
#include <fstream>
#include <new>
#include <set>
#include <unordered_map>
#include <vector>

#include "objects/abstract.h"
#include "objects/dict.h"
#include "objects/errors.h"
#include "objects/exception_group.h"
#include "objects/exceptions.h"
#include "objects/tuple.h"
#include "objects/int.h"
#include "objects/str.h"
#include "vm/frame.h"
#include "modules/sys_module.h"
#include "vm/gc.h"
#include "vm/suggestions.h"
#include "vm/thread_state.h"
#include "parser/parser.h"
#include <algorithm>
#include <cctype>

namespace pygen {

TypeObject TracebackType;

namespace {

// An entry that the one before it owns outright: held by nothing else and not tracked (a tracked
// entry traverses itself, so it is visited as an edge instead).
bool owned_entry(Object* o) {
    return o && o->type == &TracebackType && o->refcnt == 1 && !gc_is_tracked(o);
}

// Visits what the run of entries from `head` holds: head (owned by the caller, or tracked and
// traversing itself), then each owned entry after it. Iterative: a deep recursion leaves a
// traceback chain as long as the recursion limit.
void traverse_run(TracebackObject* head, VisitFn visit, void* arg) {
    bool shared_frame = false;
    for (TracebackObject* tb = head;; tb = static_cast<TracebackObject*>(tb->next)) {
        if (tb->frame) {
            if (tb->frame->refcnt == 1 || gc_is_tracked(tb->frame)) frame_traverse_if_owned(tb->frame, visit, arg);
            else shared_frame = true;
        }
        if (!owned_entry(tb->next)) {
            if (tb->next) visit(tb->next, arg);
            break;
        }
    }
    if (!shared_frame) return;
    // A frame that raised the same exception more than once appears in several entries of the
    // run. When those entries hold every reference to it, the run owns it: visit it once, or
    // the cycle frame -> local exception -> traceback -> frame is never found (#9 item 8).
    std::unordered_map<Frame*, ssize> held;
    for (TracebackObject* tb = head;; tb = static_cast<TracebackObject*>(tb->next)) {
        if (tb->frame && tb->frame->refcnt > 1 && !gc_is_tracked(tb->frame)) ++held[tb->frame];
        if (!owned_entry(tb->next)) break;
    }
    for (auto& [frame, count] : held)
        if (frame->refcnt == count) FrameType.traverse(frame, visit, arg);
}

}  // namespace

void traceback_traverse_if_owned(Object* o, VisitFn visit, void* arg) {
    if (!o || o->type != &TracebackType) return;
    if (gc_is_tracked(o)) visit(o, arg);
    else if (o->refcnt == 1) traverse_run(static_cast<TracebackObject*>(o), visit, arg);
}

Object* traceback_exposed(Object* tb) {
    if (!tb) return None;
    if (tb->type == &TracebackType) gc_track(tb);
    return tb;
}

void traceback_here(Frame* f) {
    Object* exc = ts()->curexc;
    if (!exc) return;
    incref(exc);
    auto* tb = static_cast<TracebackObject*>(alloc_object(&TracebackType));
    if (!tb) {
        // Out of memory: the exception propagates without this entry rather than being replaced.
        err_restore(exc);
        return;
    }
    decref(exc);
    tb->next = xnewref(exception_traceback(exc));
    tb->frame = newref(f);
    tb->lasti = f->lasti;
    tb->lineno = code_line_at_or_before(f->code, f->lasti);
    auto* e = static_cast<BaseExceptionObject*>(exc);
    Object* old = e->traceback;
    e->traceback = tb;
    xdecref(old);
}

namespace {

void tb_dealloc(Object* o) {
    auto* tb = static_cast<TracebackObject*>(o);
    gc_untrack(o);
    // Long chains are freed iteratively so a deep recursion's traceback cannot overflow the C++ stack.
    Object* next = tb->next;
    tb->next = nullptr;
    xdecref(tb->frame);
    free_object(o);
    while (next && next->refcnt == 1 && next->type == &TracebackType) {
        auto* n = static_cast<TracebackObject*>(next);
        gc_untrack(n);
        Object* after = n->next;
        n->next = nullptr;
        xdecref(n->frame);
        free_object(n);
        next = after;
    }
    xdecref(next);
}

// Called for tracked entries (and by gc.get_referents).
void tb_traverse(Object* o, VisitFn visit, void* arg) { traverse_run(static_cast<TracebackObject*>(o), visit, arg); }

int tb_clear(Object* o) {
    auto* tb = static_cast<TracebackObject*>(o);
    clearref(tb->next);
    Frame* f = tb->frame;
    tb->frame = nullptr;
    xdecref(f);
    return 0;
}

Object* tb_get_next(Object* o) { return incref(traceback_exposed(static_cast<TracebackObject*>(o)->next)); }
Object* tb_get_frame(Object* o) {
    Frame* f = static_cast<TracebackObject*>(o)->frame;
    return incref(f ? frame_expose(f) : None);
}
Object* tb_get_lasti(Object* o) { return int_from_i64(static_cast<TracebackObject*>(o)->lasti); }
Object* tb_get_lineno(Object* o) { return int_from_i64(static_cast<TracebackObject*>(o)->lineno); }

// tb_next may be rewritten (unittest trims its own frames this way) to another traceback or None;
// a chain that would come back to this entry is refused. CPython: traceback.c, tb_next_set.
int tb_set_next(Object* o, Object* value) {
    if (!value) {
        err_set_string(TypeError, "can't delete tb_next attribute");
        return -1;
    }
    if (value != None && !is_traceback(value)) {
        err_format(TypeError, "expected traceback object or None, got '%s'", value->type->name);
        return -1;
    }
    for (Object* t = value; t && t != None; t = static_cast<TracebackObject*>(t)->next) {
        if (t == o) {
            err_set_string(ValueError, "traceback loop detected");
            return -1;
        }
    }
    auto* tb = static_cast<TracebackObject*>(o);
    Object* old = tb->next;
    tb->next = value == None ? nullptr : newref(value);
    xdecref(old);
    return 0;
}

// A C int argument (tb_lasti, tb_lineno): __index__, then "Python int too large to convert to C int".
bool tb_int_arg(Object* o, int* out) {
    Ref<> v = Ref<>::steal(number_index(o));
    if (!v) return false;
    int64_t x = 0;
    if (!int_as_i64(v.get(), &x) || x < INT32_MIN || x > INT32_MAX) {
        err_set_string(OverflowError, "Python int too large to convert to C int");
        return false;
    }
    *out = static_cast<int>(x);
    return true;
}

// types.TracebackType(tb_next, tb_frame, tb_lasti, tb_lineno). CPython: traceback.c, tb_new_impl.
Object* tb_tp_new(TypeObject*, Object* const* args, size_t nargs, Object* kwnames) {
    static const char* const kNames[] = {"tb_next", "tb_frame", "tb_lasti", "tb_lineno"};
    Object* a[4];
    if (!arg_bind("TracebackType", args, nargs, kwnames, kNames, 4, 4, a)) return nullptr;
    if (a[0] != None && !is_traceback(a[0])) {
        return err_format(TypeError, "expected traceback object or None, got '%s'", a[0]->type->name);
    }
    if (a[1]->type != &FrameType) {
        return err_format(TypeError, "TracebackType() argument 'tb_frame' must be frame, not %s", arg_type_name(a[1]));
    }
    int lasti = 0, lineno = 0;
    if (!tb_int_arg(a[2], &lasti) || !tb_int_arg(a[3], &lineno)) return nullptr;
    auto* tb = static_cast<TracebackObject*>(alloc_object(&TracebackType));
    if (!tb) return nullptr;
    tb->next = a[0] == None ? nullptr : newref(a[0]);
    tb->frame = static_cast<Frame*>(newref(a[1]));
    tb->lasti = lasti;
    tb->lineno = lineno;
    return traceback_exposed(tb);   // held by Python code from the start: tracked
}

const GetSetDef kTracebackGetSet[] = {
    {"tb_next", tb_get_next, tb_set_next},
    {"tb_frame", tb_get_frame},
    {"tb_lasti", tb_get_lasti},
    {"tb_lineno", tb_get_lineno},
    {nullptr, nullptr},
};

// ---- Source lines ----

const std::vector<std::string>* source_lines(const std::string& filename) {
    static std::unordered_map<std::string, std::vector<std::string>> cache;
    auto it = cache.find(filename);
    if (it != cache.end()) return &it->second;
    // Once the host removed system access, no file is read (a script could name any file as its
    // code's filename and read it back through a formatted traceback), nor cached.
    static const std::vector<std::string> kNone;
    if (g_system_access_removed) return &kNone;
    std::vector<std::string> lines;
    if (!filename.empty() && filename[0] != '<') {
        std::ifstream in(filename, std::ios::binary);
        std::string line;
        while (std::getline(in, line)) lines.push_back(line);
    }
    return &cache.emplace(filename, std::move(lines)).first->second;
}

std::string strip(const std::string& s) {
    size_t b = s.find_first_not_of(" \t\f\r\n");
    if (b == std::string::npos) return "";
    size_t e = s.find_last_not_of(" \t\f\r\n");
    return s.substr(b, e - b + 1);
}

// Characters in the first `bytes` bytes of UTF-8 text (CPython's _byte_offset_to_character_offset).
int char_offset(const std::string& text, int bytes) {
    int chars = 0;
    for (int i = 0; i < bytes && i < static_cast<int>(text.size()); ++i)
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) ++chars;
    return chars;
}

// Byte offset of character index `chars` in UTF-8 text.
size_t byte_of_char(const std::string& text, int chars) {
    size_t i = 0;
    int seen = 0;
    while (i < text.size()) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80) {
            if (seen == chars) return i;
            ++seen;
        }
        ++i;
    }
    return text.size();
}

// CPython 3.11's _extract_caret_anchors_from_line_segment: for a binary operation the operator
// gets '^' and the operands '~'; for a subscript the brackets part gets '^'.
bool caret_anchors(const std::string& segment, int* left_end, int* right_start) {
    SyntaxErrorInfo info;
    auto mod = parse_module(segment, "<traceback>", &info);
    if (!mod || mod->body.size() != 1 || mod->body[0]->kind != ast::StmtKind::Expr) return false;
    ast::Expr* e = static_cast<ast::ExprStmt*>(mod->body[0])->value;
    if (e->kind == ast::ExprKind::BinOp) {
        auto* b = static_cast<ast::BinOp*>(e);
        int op_start = char_offset(segment, b->left->end_col_offset);
        int op_end = char_offset(segment, b->right->col_offset);
        size_t bs = byte_of_char(segment, op_start), be = byte_of_char(segment, op_end);
        std::string op_str = segment.substr(bs, be > bs ? be - bs : 0);
        size_t lead = op_str.find_first_not_of(" \t\n\r\f\v");
        int op_offset = static_cast<int>(lead == std::string::npos ? op_str.size() : lead);
        int left = b->left->end_col_offset + op_offset;
        int right = left + 1;
        if (op_offset + 1 < static_cast<int>(op_str.size()) && !isspace(static_cast<unsigned char>(op_str[op_offset + 1])))
            ++right;
        *left_end = char_offset(segment, left);
        *right_start = char_offset(segment, right);
        return true;
    }
    if (e->kind == ast::ExprKind::Subscript) {
        auto* sub = static_cast<ast::Subscript*>(e);
        *left_end = char_offset(segment, sub->value->end_col_offset);
        *right_start = char_offset(segment, sub->slice->end_col_offset + 1);
        return true;
    }
    return false;
}

// The caret line under a traceback's source line, as CPython 3.11 prints it, or "".
std::string caret_line(const std::string& raw, CodeObject* code, int lasti, int lineno) {
    if (lasti < 0 || static_cast<size_t>(lasti) >= code->spans.size()) return "";
    const CodeObject::Span& sp = code->spans[lasti];
    if (sp.col < 0 || sp.end_col < 0 || sp.end_line < 0) return "";
    std::string original = raw + "\n";   // linecache keeps the newline; the arithmetic counts it
    std::string stripped = strip(raw);
    size_t left_stripped = raw.find_first_not_of(" \t\f\r\n");
    std::string lstripped = left_stripped == std::string::npos ? "" : raw.substr(left_stripped);
    int orig_len = char_offset(original, static_cast<int>(original.size()));
    int stripped_chars = orig_len - char_offset(stripped, static_cast<int>(stripped.size()));
    int stripped_len = char_offset(stripped, static_cast<int>(stripped.size()));
    int start = char_offset(original, sp.col) + 1;
    int end = char_offset(original, sp.end_col) + 1;
    bool have_anchors = false;
    int left_end = 0, right_start = 0;
    if (sp.end_line == lineno) {
        size_t bs = byte_of_char(original, start - 1), be = byte_of_char(original, end - 1);
        if (be > bs) have_anchors = caret_anchors(original.substr(bs, be - bs), &left_end, &right_start);
    } else {
        end = stripped_chars + stripped_len;
    }
    (void)lstripped;
    if (!(end - start < stripped_len || (have_anchors && right_start - left_end > 0))) return "";
    int pad = start - stripped_chars;
    std::string line = "    " + std::string(pad > 0 ? pad : 0, ' ');
    if (have_anchors) {
        line += std::string(std::max(left_end, 0), '~');
        line += std::string(std::max(right_start - left_end, 0), '^');
        line += std::string(std::max(end - start - right_start, 0), '~');
    } else {
        line += std::string(std::max(end - start, 0), '^');
    }
    return line + "\n";
}

// `margin` starts every line: indentation and "| " inside exception groups.
void format_tb(Object* tb, std::string& out, const std::string& margin) {
    // CPython collapses runs of identical entries ("[Previous line repeated N more times]").
    std::string last_file, last_name;
    int last_line = -1, repeats = 0;
    auto flush_repeats = [&]() {
        if (repeats > 3) {
            int more = repeats - 3;
            out += margin + "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
        }
    };
    for (; tb && tb != None; tb = static_cast<TracebackObject*>(tb)->next) {
        auto* t = static_cast<TracebackObject*>(tb);
        CodeObject* code = t->frame->code;
        std::string file(str_view(code->filename));
        std::string name(str_view(code->name));
        if (file == last_file && name == last_name && t->lineno == last_line) {
            if (++repeats > 3) continue;
        } else {
            flush_repeats();
            last_file = file;
            last_name = name;
            last_line = t->lineno;
            repeats = 1;
        }
        out += margin + "  File \"" + file + "\", line " + std::to_string(t->lineno) + ", in " + name + "\n";
        const auto* lines = source_lines(file);
        if (t->lineno >= 1 && static_cast<size_t>(t->lineno) <= lines->size()) {
            const std::string& raw = (*lines)[t->lineno - 1];
            std::string text = strip(raw);
            if (!text.empty()) {
                out += margin + "    " + text + "\n";
                std::string carets = caret_line(raw, code, t->lasti, t->lineno);
                if (!carets.empty()) out += margin + carets;
            }
        }
    }
    flush_repeats();
}

std::string exception_line(Object* exc, const std::string& margin) {
    std::string name = exception_type_display_name(exc->type);
    Ref<> s = Ref<>::steal(object_str(exc));
    if (!s) {
        err_clear();
        // CPython still offers the suggestion after the placeholder.
        std::string failed = name + ": <exception str() failed>";
        if (is_subtype(exc->type, NameError) || is_subtype(exc->type, AttributeError)) {
            std::string suggestion = offer_suggestion(exc);
            if (!suggestion.empty()) failed += ". Did you mean: '" + suggestion + "'?";
        }
        return margin + failed + "\n";
    }
    std::string text(str_view(s.get()));
    std::string out;
    if (type_has(exc->type, kTypeExceptionSubclass) && is_subtype(exc->type, SyntaxError)) {
        // File "x", line N / the line / a caret, then "SyntaxError: msg".
        Ref<> filename = Ref<>::steal(object_getattr_str(exc, "filename"));
        Ref<> lineno = Ref<>::steal(object_getattr_str(exc, "lineno"));
        Ref<> offset = Ref<>::steal(object_getattr_str(exc, "offset"));
        Ref<> line = Ref<>::steal(object_getattr_str(exc, "text"));
        Ref<> msg = Ref<>::steal(object_getattr_str(exc, "msg"));
        err_clear();
        if (filename && is_str(filename.get()) && lineno && is_int(lineno.get())) {
            int64_t ln = 0;
            int_as_i64(lineno.get(), &ln);
            out += margin + "  File \"" + std::string(str_view(filename.get())) + "\", line " + std::to_string(ln) + "\n";
            if (line && is_str(line.get())) {
                std::string raw(str_view(line.get()));
                size_t lead = raw.find_first_not_of(" \t\f");
                if (lead == std::string::npos) lead = raw.size();
                std::string shown = strip(raw);
                if (!shown.empty()) {
                    out += margin + "    " + shown + "\n";
                    int64_t off = 0;
                    if (offset && is_int(offset.get())) int_as_i64(offset.get(), &off);
                    int64_t col = off - 1 - static_cast<int64_t>(lead);
                    if (col > static_cast<int64_t>(shown.size())) col = static_cast<int64_t>(shown.size());
                    // The caret spans end_offset on the same line, or the rest of the line.
                    int64_t end_col = col + 1;
                    Ref<> end_ln = Ref<>::steal(object_getattr_str(exc, "end_lineno"));
                    Ref<> end_off = Ref<>::steal(object_getattr_str(exc, "end_offset"));
                    err_clear();
                    int64_t eln = 0, eoff = 0;
                    if (end_ln && is_int(end_ln.get()) && end_off && is_int(end_off.get()) &&
                        int_as_i64(end_ln.get(), &eln) && int_as_i64(end_off.get(), &eoff)) {
                        if (eln > ln) end_col = static_cast<int64_t>(shown.size());
                        else if (eln == ln && eoff > off) end_col = eoff - 1 - static_cast<int64_t>(lead);
                    }
                    if (end_col > static_cast<int64_t>(shown.size())) end_col = static_cast<int64_t>(shown.size());
                    // No caret for a column before the shown text (offset 0: no column known).
                    int64_t carets = end_col > col ? end_col - col : 1;
                    if (col >= 0)
                        out += margin + "    " + std::string(static_cast<size_t>(col), ' ') +
                               std::string(static_cast<size_t>(carets), '^') + "\n";
                }
            }
        }
        if (msg && is_str(msg.get())) text = std::string(str_view(msg.get()));
    } else if (is_subtype(exc->type, NameError) || is_subtype(exc->type, AttributeError)) {
        std::string suggestion = offer_suggestion(exc);
        if (!suggestion.empty()) text += ". Did you mean: '" + suggestion + "'?";
    }
    out += margin + (text.empty() ? name + "\n" : name + ": " + text + "\n");
    return out;
}

// The __notes__ lines after the message; each line of a note carries the margin.
// CPython 3.11: print_exception_notes (a non-sequence is shown by its repr, without a newline).
void format_notes(Object* exc, std::string& out, const std::string& margin) {
    Ref<> name = Ref<>::steal(str_from("__notes__"));
    Ref<> notes = name ? Ref<>::steal(object_lookup_attr(exc, name.get())) : Ref<>();
    if (!notes) {
        err_clear();
        return;
    }
    if (notes->type->getitem == nullptr || is_dict(notes.get())) {
        Ref<> r = Ref<>::steal(object_repr(notes.get()));
        if (!r) err_clear();
        out += margin + (r ? std::string(str_view(r.get())) : std::string("<__notes__ repr() failed>"));
        return;
    }
    Ref<> items = Ref<>::steal(sequence_tuple(notes.get()));
    if (!items) {
        err_clear();
        return;
    }
    for (ssize i = 0; i < tuple_size(items.get()); i++) {
        Object* note = tuple_item(items.get(), i);
        Ref<> s = is_str(note) ? Ref<>::borrow(note) : Ref<>::steal(object_str(note));
        if (!s) {
            err_clear();
            out += margin + "<note str() failed>\n";
            continue;
        }
        std::string_view text = str_view(s.get());
        size_t pos = 0;
        while (true) {
            size_t nl = text.find('\n', pos);
            out += margin;
            out += text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl + 1 - pos);
            if (nl == std::string_view::npos || nl + 1 == text.size()) break;
            pos = nl + 1;
        }
        out += "\n";
    }
}

// State of one print, as CPython's exception_print_context: the group nesting decides the
// margin ("| " indented two columns per level) and whether a closing rule is still owed.
struct PrintContext {
    std::set<Object*> seen;
    int group_depth = 0;
    bool need_close = false;
    static constexpr int kMaxGroupWidth = 15;
    static constexpr int kMaxGroupDepth = 10;
    std::string indent() const { return std::string(2 * group_depth, ' '); }
    std::string margin() const { return indent() + (group_depth ? "| " : ""); }
};

void format_recursive(Object* exc, PrintContext& ctx, std::string& out);

void format_chained(Object* exc, const char* message, PrintContext& ctx, std::string& out) {
    bool need_close = ctx.need_close;
    format_recursive(exc, ctx, out);
    ctx.need_close = need_close;
    std::string m = ctx.margin();
    out += m + "\n" + m + message + m + "\n";
}

// One exception without its chain: traceback, message, notes.
void format_single(Object* exc, PrintContext& ctx, std::string& out) {
    auto* e = static_cast<BaseExceptionObject*>(exc);
    std::string margin = ctx.margin();
    if (e->traceback && e->traceback != None) {
        bool group = is_exception_group(exc);
        std::string header_margin = group && ctx.group_depth == 1 ? ctx.indent() + "+ " : margin;
        out += header_margin + (group ? "Exception Group Traceback (most recent call last):\n"
                                      : "Traceback (most recent call last):\n");
        format_tb(e->traceback, out, margin);
    }
    out += exception_line(exc, margin);
    format_notes(exc, out, margin);
}

// CPython 3.11: print_exception_group.
void format_group(Object* exc, PrintContext& ctx, std::string& out) {
    if (ctx.group_depth > PrintContext::kMaxGroupDepth) {
        out += ctx.margin() + "... (max_group_depth is " + std::to_string(PrintContext::kMaxGroupDepth) + ")\n";
        return;
    }
    if (ctx.group_depth == 0) ctx.group_depth = 1;
    format_single(exc, ctx, out);
    Object* excs = static_cast<BaseExceptionGroupObject*>(exc)->excs;
    ssize count = excs ? tuple_size(excs) : 0;
    ssize shown = count <= PrintContext::kMaxGroupWidth ? count : PrintContext::kMaxGroupWidth + 1;
    ctx.need_close = false;
    for (ssize i = 0; i < shown; i++) {
        bool last = i == shown - 1;
        if (last) ctx.need_close = true;   // a nested group may close the frame for us
        bool truncated = i >= PrintContext::kMaxGroupWidth;
        out += ctx.indent() + (i == 0 ? "+-" : "  ") + "+---------------- " +
               (truncated ? std::string("...") : std::to_string(i + 1)) + " ----------------\n";
        ctx.group_depth++;
        if (!truncated) {
            if (enter_recursive_call(" in print_exception_group")) {
                format_recursive(tuple_item(excs, i), ctx, out);
                leave_recursive_call();
            } else {
                err_clear();
            }
        } else {
            ssize more = count - PrintContext::kMaxGroupWidth;
            out += ctx.margin() + "and " + std::to_string(more) + " more exception" + (more > 1 ? "s" : "") + "\n";
        }
        if (last && ctx.need_close) {
            out += ctx.indent() + "+------------------------------------\n";
            ctx.need_close = false;
        }
        ctx.group_depth--;
    }
    if (ctx.group_depth == 1) ctx.group_depth = 0;
}

void format_recursive(Object* exc, PrintContext& ctx, std::string& out) {
    ctx.seen.insert(exc);
    auto* e = static_cast<BaseExceptionObject*>(exc);
    if (e->cause && e->cause != None && is_exception_instance(e->cause)) {
        if (!ctx.seen.count(e->cause)) {
            format_chained(e->cause, "The above exception was the direct cause of the following exception:\n", ctx, out);
        }
    } else if (e->context && e->context != None && !e->suppress_context && !ctx.seen.count(e->context) &&
               is_exception_instance(e->context)) {
        format_chained(e->context, "During handling of the above exception, another exception occurred:\n", ctx, out);
    }
    if (is_exception_group(exc)) format_group(exc, ctx, out);
    else format_single(exc, ctx, out);
}

}  // namespace

std::string exception_type_display_name(TypeObject* type) {
    std::string qual = type->ht_qualname ? std::string(str_view(type->ht_qualname)) : std::string(type->name);
    if (!type_has(type, kTypeHeap)) {
        // Static types print their tp_name, which already carries any module prefix.
        return type->name;
    }
    Object* mod = type->module_name;
    if (!mod && type->dict) mod = dict_getitem_str(type->dict, "__module__");
    if (mod && is_str(mod)) {
        std::string m(str_view(mod));
        if (m != "builtins" && m != "__main__") return m + "." + qual;
    }
    return qual;
}

std::string format_exception(Object* exc) {
    PrintContext ctx;
    std::string out;
    format_recursive(exc, ctx, out);
    return out;
}

void print_exception_to_stderr(Object* exc) {
    // Whatever the program printed comes first, as with CPython's line-buffered/flushed stdout.
    sys_flush_stdout();
    try {
        std::string text = format_exception(exc);
        fwrite(text.data(), 1, text.size(), stderr);
    } catch (const std::bad_alloc&) {
        // Out of memory while formatting (reading source lines, building the text): the type name
        // alone still tells the user what ended the program.
        fprintf(stderr, "%s\n", exc->type->name);
    }
    fflush(stderr);
}

bool traceback_caret_anchors(const std::string& segment, int* left_end, int* right_start) {
    return caret_anchors(segment, left_end, right_start);
}

void init_traceback_type() {
    TracebackType.name = "traceback";
    TracebackType.basicsize = sizeof(TracebackObject);
    // Tracked once exposed (traceback_exposed); one entry is made per frame an exception passes,
    // so the blocks come from the size-class pools.
    TracebackType.flags = kTypeGC | kTypeGCSelfTracked | kTypePooledAlloc;
    TracebackType.dealloc = tb_dealloc;
    TracebackType.traverse = tb_traverse;
    TracebackType.clear = tb_clear;
    TracebackType.getset = kTracebackGetSet;
    TracebackType.tp_new = tb_tp_new;
    if (!type_ready(&TracebackType)) abort();
}

// Line `lineno` (1-based) of `filename` without its surrounding blanks; empty when unreadable.
std::string source_line_stripped(const std::string& filename, int lineno) {
    const auto* lines = source_lines(filename);
    if (lineno < 1 || static_cast<size_t>(lineno) > lines->size()) return "";
    const std::string& line = (*lines)[static_cast<size_t>(lineno) - 1];
    size_t b = line.find_first_not_of(" \t\r\f\v\n");
    if (b == std::string::npos) return "";
    size_t e = line.find_last_not_of(" \t\r\f\v\n");
    return line.substr(b, e - b + 1);
}

std::string source_line_with_newline(const std::string& filename, int lineno) {
    const auto* lines = source_lines(filename);
    if (lineno < 1 || static_cast<size_t>(lineno) > lines->size()) return "";
    return (*lines)[static_cast<size_t>(lineno) - 1] + "\n";
}

}  // namespace pygen
