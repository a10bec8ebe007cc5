// The match statement (PEP 634), compiled as CPython 3.11 does: each pattern consumes its subject
// from the stack; captured values are kept on the stack (below whatever the pattern still needs)
// and bound only once the whole pattern has matched; a failing test jumps to a "fail_pop" label
// that pops exactly what is on the stack at that point. Also the compile-time SyntaxErrors
// (unreachable cases, duplicate or differing bindings, duplicate mapping keys).
#include "compiler/codegen.h"

#include <algorithm>

#include "objects/abstract.h"
#include "objects/errors.h"
#include "objects/int.h"
#include "objects/set.h"
#include "objects/str.h"
#include "objects/tuple.h"

namespace pygen {

using namespace ast;

namespace {

bool is_wildcard(const Pattern* p) {
    return p->kind == PatternKind::MatchAs && !static_cast<const MatchAs*>(p)->pattern &&
           static_cast<const MatchAs*>(p)->name.empty();
}
bool is_star_wildcard(const Pattern* p) {
    return p->kind == PatternKind::MatchStar && static_cast<const MatchStar*>(p)->name.empty();
}

struct PatternContext {
    std::vector<std::string> stores;   // captured names, in the order they will be stored
    bool allow_irrefutable = false;
    std::vector<int> fail_pop;         // fail_pop[n]: pops n items, then fails
    int on_top = 0;                    // items above the stores that a failure must pop
};

class PatternCompiler {
public:
    explicit PatternCompiler(Codegen& g) : g_(g) {}

    bool pattern(Pattern* p, PatternContext& pc) {
        set_loc(*p);
        switch (p->kind) {
            case PatternKind::MatchValue: return value(static_cast<MatchValue*>(p), pc);
            case PatternKind::MatchSingleton: {
                ConstantKind k = static_cast<MatchSingleton*>(p)->value;
                g_.emit(LOAD_CONST, g_.add_const(incref(k == ConstantKind::None ? None : k == ConstantKind::True ? True : False)));
                g_.emit(IS_OP, 0);
                return jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
            }
            case PatternKind::MatchSequence: return sequence(static_cast<MatchSequence*>(p), pc);
            case PatternKind::MatchMapping: return mapping(static_cast<MatchMapping*>(p), pc);
            case PatternKind::MatchClass: return class_pattern(static_cast<MatchClass*>(p), pc);
            case PatternKind::MatchStar: return store_name(static_cast<MatchStar*>(p)->name, pc);
            case PatternKind::MatchAs: return as_pattern(static_cast<MatchAs*>(p), pc);
            case PatternKind::MatchOr: return or_pattern(static_cast<MatchOr*>(p), pc);
        }
        return false;
    }

    void ensure_fail_pop(PatternContext& pc, int n) {
        while (static_cast<int>(pc.fail_pop.size()) <= n) pc.fail_pop.push_back(g_.new_label());
    }

    // Binds the fail_pop labels: fail_pop[n] falls through n POP_TOPs.
    void emit_and_reset_fail_pop(PatternContext& pc) {
        if (pc.fail_pop.empty()) return;
        for (size_t n = pc.fail_pop.size() - 1; n > 0; --n) {
            g_.bind(pc.fail_pop[n]);
            g_.emit(POP_TOP);
        }
        g_.bind(pc.fail_pop[0]);
        pc.fail_pop.clear();
    }

    void set_loc(const Location& at) {
        loc_ = at;
        CodeUnit& cu = g_.u();
        cu.line = cu.loc_line = at.lineno;
        cu.col = at.col_offset;
        cu.end_line = at.end_lineno;
        cu.end_col = at.end_col_offset;
    }
    bool error(const std::string& msg) { return g_.fail(loc_, msg); }

private:
    bool jump_to_fail_pop(PatternContext& pc, Opcode op) {
        int pops = pc.on_top + static_cast<int>(pc.stores.size());
        ensure_fail_pop(pc, pops);
        g_.emit(op, pc.fail_pop[pops]);
        return true;
    }

    // Moves TOS down to be the count-th item.
    void rotate(int count) {
        while (count > 1) g_.emit(SWAP, count--);
    }

    bool store_name(const std::string& name, PatternContext& pc) {
        if (name.empty()) {
            g_.emit(POP_TOP);
            return true;
        }
        if (name == "__debug__") return error("cannot assign to __debug__");
        if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end()) {
            return error("multiple assignments to name '" + name + "' in pattern");
        }
        rotate(pc.on_top + static_cast<int>(pc.stores.size()) + 1);
        pc.stores.push_back(name);
        return true;
    }

    bool subpattern(Pattern* p, PatternContext& pc) {
        bool saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        bool ok = pattern(p, pc);
        pc.allow_irrefutable = saved;
        return ok;
    }

    void load_int(ssize v) { g_.emit(LOAD_CONST, g_.add_const(int_from_i64(v))); }

    bool value(MatchValue* p, PatternContext& pc) {
        if (p->value->kind == ExprKind::JoinedStr) return error("patterns may only match literals and attribute lookups");
        g_.expr(p->value);
        set_loc(*p);
        g_.emit(COMPARE_OP, static_cast<int>(CompareOp::Eq));
        return jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
    }

    bool as_pattern(MatchAs* p, PatternContext& pc) {
        if (!p->pattern) {
            if (!pc.allow_irrefutable) {
                if (!p->name.empty()) return error("name capture '" + p->name + "' makes remaining patterns unreachable");
                return error("wildcard makes remaining patterns unreachable");
            }
            return store_name(p->name, pc);
        }
        // Keep a copy for storing once the inner pattern has matched.
        pc.on_top++;
        g_.emit(COPY, 1);
        if (!pattern(p->pattern, pc)) return false;
        pc.on_top--;
        return store_name(p->name, pc);
    }

    bool sequence(MatchSequence* p, PatternContext& pc) {
        const auto& pats = p->patterns;
        int size = static_cast<int>(pats.size());
        int star = -1;
        bool only_wildcard = true, star_wildcard = false;
        for (int i = 0; i < size; ++i) {
            if (pats[i]->kind == PatternKind::MatchStar) {
                if (star >= 0) return error("multiple starred names in sequence pattern");
                star_wildcard = is_star_wildcard(pats[i]);
                only_wildcard = only_wildcard && star_wildcard;
                star = i;
                continue;
            }
            only_wildcard = only_wildcard && is_wildcard(pats[i]);
        }
        pc.on_top++;   // the subject stays for the type and length checks
        g_.emit(MATCH_SEQUENCE);
        jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        if (star < 0) {
            g_.emit(GET_LEN);
            load_int(size);
            g_.emit(COMPARE_OP, static_cast<int>(CompareOp::Eq));
            jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        } else if (size > 1) {
            g_.emit(GET_LEN);
            load_int(size - 1);
            g_.emit(COMPARE_OP, static_cast<int>(CompareOp::Ge));
            jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        }
        pc.on_top--;
        if (only_wildcard) {
            g_.emit(POP_TOP);
            return true;
        }
        if (star_wildcard) {
            // Index the items instead of unpacking the whole sequence.
            pc.on_top++;
            for (int i = 0; i < size; ++i) {
                if (is_wildcard(pats[i]) || i == star) continue;
                g_.emit(COPY, 1);
                if (i < star) {
                    load_int(i);
                } else {
                    // The subject may not support negative indexes: compute len - k.
                    g_.emit(GET_LEN);
                    load_int(size - i);
                    g_.emit(BINARY_OP, static_cast<int>(pygen::BinOp::Sub));
                }
                g_.emit(BINARY_SUBSCR);
                if (!subpattern(pats[i], pc)) return false;
            }
            pc.on_top--;
            g_.emit(POP_TOP);
            return true;
        }
        if (star < 0) g_.emit(UNPACK_SEQUENCE, size);
        else g_.emit(UNPACK_EX, star | ((size - star - 1) << 8));
        pc.on_top += size;
        for (int i = 0; i < size; ++i) {
            pc.on_top--;
            if (!subpattern(pats[i], pc)) return false;
        }
        return true;
    }

    // The value of a literal key at compile time, for the duplicate check (-1 and 1+2j included).
    Object* key_value(Expr* e) {
        switch (e->kind) {
            case ExprKind::Constant: return g_.constant_value(static_cast<Constant*>(e));
            case ExprKind::UnaryOp: {
                Object* v = key_value(static_cast<UnaryOp*>(e)->operand);
                if (!v) return nullptr;
                Object* r = unary_negative(v);
                decref(v);
                return r;
            }
            case ExprKind::BinOp: {
                auto* b = static_cast<ast::BinOp*>(e);
                Object* l = key_value(b->left);
                if (!l) return nullptr;
                Object* r = key_value(b->right);
                if (!r) {
                    decref(l);
                    return nullptr;
                }
                Object* v = binary_op(l, r, b->op == OperatorKind::Add ? pygen::BinOp::Add : pygen::BinOp::Sub);
                decref(l);
                decref(r);
                return v;
            }
            default: return nullptr;
        }
    }

    bool mapping(MatchMapping* p, PatternContext& pc) {
        int size = static_cast<int>(p->keys.size());
        pc.on_top++;
        g_.emit(MATCH_MAPPING);
        jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        if (!size && !p->has_rest) {
            pc.on_top--;
            g_.emit(POP_TOP);
            return true;
        }
        if (size) {
            g_.emit(GET_LEN);
            load_int(size);
            g_.emit(COMPARE_OP, static_cast<int>(CompareOp::Ge));
            jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        }
        // Owned by Refs: g_.expr and the strings below may throw std::bad_alloc (MemoryError).
        Ref<> seen = Ref<>::steal(set_new(nullptr));
        if (!seen) return g_.memory_failure();
        for (Expr* key : p->keys) {
            if (key->kind == ExprKind::Attribute) {
                g_.expr(key);
                continue;
            }
            if (key->kind == ExprKind::JoinedStr)
                return error("mapping pattern keys may only match literals and attribute lookups");
            Ref<> v = Ref<>::steal(key_value(key));
            int dup = v ? set_contains(seen.get(), v.get()) : -1;
            if (dup == 0) dup = set_add(seen.get(), v.get()) < 0 ? -1 : 0;
            if (dup != 0) {
                std::string text = "?";
                if (dup > 0) {
                    if (Ref<> r = Ref<>::steal(object_repr(v.get()))) text = std::string(str_view(r.get()));
                }
                err_clear();
                set_loc(*p);
                return error("mapping pattern checks duplicate key (" + text + ")");
            }
            v.reset();
            g_.expr(key);
        }
        seen.reset();
        set_loc(*p);
        g_.emit(BUILD_TUPLE, size);
        g_.emit(MATCH_KEYS);
        pc.on_top += 2;   // the keys tuple and the values tuple (or None) sit on the subject
        g_.emit(COPY, 1);
        g_.load_const_none();
        g_.emit(IS_OP, 1);
        jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        g_.emit(UNPACK_SEQUENCE, size);
        pc.on_top += size - 1;
        for (int i = 0; i < size; ++i) {
            pc.on_top--;
            if (!subpattern(p->patterns[i], pc)) return false;
        }
        pc.on_top -= 2;
        if (p->has_rest) {
            // rest = dict(subject) minus the matched keys
            g_.emit(BUILD_MAP, 0);           // subject, keys, {}
            g_.emit(SWAP, 3);                // {}, keys, subject
            g_.emit(DICT_UPDATE, 2);         // copy, keys
            g_.emit(UNPACK_SEQUENCE, size);  // copy, keys...
            for (int n = size; n > 0; --n) {
                g_.emit(COPY, 1 + n);        // copy, keys..., copy
                g_.emit(SWAP, 2);            // copy, keys..., copy, key
                g_.emit(DELETE_SUBSCR);
            }
            return store_name(p->rest, pc);
        }
        g_.emit(POP_TOP);   // keys
        g_.emit(POP_TOP);   // subject
        return true;
    }

    bool class_pattern(MatchClass* p, PatternContext& pc) {
        int nargs = static_cast<int>(p->patterns.size());
        int nattrs = static_cast<int>(p->kwd_attrs.size());
        for (int i = 0; i < nattrs; ++i) {
            const std::string& name = p->kwd_attrs[i];
            if (name == "__debug__") {
                set_loc(*p->kwd_patterns[i]);
                return error("cannot assign to __debug__");
            }
            for (int j = i + 1; j < nattrs; ++j) {
                if (p->kwd_attrs[j] == name) {
                    set_loc(*p->kwd_patterns[j]);
                    return error("attribute name repeated in class pattern: " + name);
                }
            }
        }
        g_.expr(p->cls);
        set_loc(*p);
        Ref<> names = Ref<>::steal(tuple_new(nattrs));
        if (!names) return g_.memory_failure();
        for (int i = 0; i < nattrs; ++i)
            if (!(tuple_items(names.get())[i] = str_intern(p->kwd_attrs[i]))) return g_.memory_failure();
        g_.emit(LOAD_CONST, g_.add_const(names.release()));
        g_.emit(MATCH_CLASS, nargs);
        g_.emit(COPY, 1);
        g_.load_const_none();
        g_.emit(IS_OP, 1);
        pc.on_top++;   // the tuple of attributes (or None)
        jump_to_fail_pop(pc, POP_JUMP_IF_FALSE);
        g_.emit(UNPACK_SEQUENCE, nargs + nattrs);
        pc.on_top += nargs + nattrs - 1;
        for (int i = 0; i < nargs + nattrs; ++i) {
            pc.on_top--;
            Pattern* sub = i < nargs ? p->patterns[i] : p->kwd_patterns[i - nargs];
            if (is_wildcard(sub)) {
                g_.emit(POP_TOP);
                continue;
            }
            if (!subpattern(sub, pc)) return false;
        }
        return true;
    }

    bool or_pattern(MatchOr* p, PatternContext& pc) {
        int end = g_.new_label();
        size_t size = p->patterns.size();
        PatternContext old = pc;
        std::vector<std::string> control;
        for (size_t i = 0; i < size; ++i) {
            Pattern* alt = p->patterns[i];
            set_loc(*alt);
            pc.stores.clear();
            pc.allow_irrefutable = i == size - 1 && old.allow_irrefutable;
            pc.fail_pop.clear();
            pc.on_top = 0;
            g_.emit(COPY, 1);
            if (!pattern(alt, pc)) return false;
            size_t nstores = pc.stores.size();
            if (i == 0) {
                control = pc.stores;
            } else if (nstores != control.size()) {
                return error("alternative patterns bind different names");
            } else if (nstores) {
                // Same names, maybe in another order: rotate the stack into control's order.
                for (size_t icontrol = nstores; icontrol-- > 0;) {
                    auto it = std::find(pc.stores.begin(), pc.stores.end(), control[icontrol]);
                    if (it == pc.stores.end()) return error("alternative patterns bind different names");
                    size_t istores = it - pc.stores.begin();
                    if (icontrol != istores) {
                        size_t rotations = istores + 1;
                        std::vector<std::string> rotated(pc.stores.begin(), pc.stores.begin() + rotations);
                        pc.stores.erase(pc.stores.begin(), pc.stores.begin() + rotations);
                        pc.stores.insert(pc.stores.begin() + (icontrol - istores), rotated.begin(), rotated.end());
                        while (rotations--) rotate(static_cast<int>(icontrol) + 1);
                    }
                }
            }
            g_.emit(JUMP, end);
            emit_and_reset_fail_pop(pc);
        }
        pc = old;
        // No alternative matched: pop the subject and fail.
        g_.emit(POP_TOP);
        jump_to_fail_pop(pc, JUMP);
        g_.bind(end);
        int nstores = static_cast<int>(control.size());
        int nrots = nstores + 1 + pc.on_top + static_cast<int>(pc.stores.size());
        for (int i = 0; i < nstores; ++i) {
            rotate(nrots);
            const std::string& name = control[i];
            if (std::find(pc.stores.begin(), pc.stores.end(), name) != pc.stores.end()) {
                return error("multiple assignments to name '" + name + "' in pattern");
            }
            pc.stores.push_back(name);
        }
        g_.emit(POP_TOP);   // the subject copy
        return true;
    }

    Codegen& g_;
    Location loc_;
};

}  // namespace

void Codegen::match_stmt(Match* m) {
    expr(m->subject);
    int end = new_label();
    size_t cases = m->cases.size();
    bool has_default = is_wildcard(m->cases.back()->pattern) && cases > 1;
    PatternCompiler pcomp(*this);
    for (size_t i = 0; i < cases - has_default; ++i) {
        MatchCase* c = m->cases[i];
        pcomp.set_loc(*c->pattern);
        bool last = i == cases - has_default - 1;
        if (!last) emit(COPY, 1);
        PatternContext pc;
        pc.allow_irrefutable = c->guard != nullptr || i == cases - 1;
        if (!pcomp.pattern(c->pattern, pc)) return;
        // A match: bind the captured names (they are on the stack, first name on top).
        for (const std::string& name : pc.stores) name_op(name, ExprContext::Store);
        if (c->guard) {
            pcomp.ensure_fail_pop(pc, 0);
            jump_if(c->guard, false, pc.fail_pop[0]);
        }
        if (!last) emit(POP_TOP);
        stmts(c->body);
        if (failed()) return;
        emit(JUMP, end);
        pcomp.set_loc(*c->pattern);
        pcomp.emit_and_reset_fail_pop(pc);
    }
    if (has_default) {
        MatchCase* c = m->cases.back();
        pcomp.set_loc(*c->pattern);
        emit(NOP);   // the line of `case _:` shows in traces even though it tests nothing
        if (c->guard) jump_if(c->guard, false, end);
        stmts(c->body);
    }
    bind(end);
}

}  // namespace pygen
