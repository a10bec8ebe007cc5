// The `_ast` helper module behind lib/ast.py: _parse_dump(source, filename, mode) gives the tree
// as ast.dump text with positions, which ast.py evaluates into its node classes.
// CPython counterpart: Python/Python-ast.c (PyAST_mod2obj), by another road.
#include <string>

#include "modules/builtins_args.h"
#include "objects/bytes.h"
#include "objects/errors.h"
#include "objects/module.h"
#include "objects/str.h"
#include "vm/pythonrun.h"

namespace pygen {

namespace {

Object* ast_parse_dump(Object*, Object* const* args, size_t nargs, Object* kwnames) {
    if (!check_positional("_parse_dump", nargs, kwnames, 3, 3)) return nullptr;
    std::string_view text;
    if (is_str(args[0])) text = str_view(args[0]);
    else if (is_bytes(args[0]) || is_bytearray(args[0])) text = bytes_like_view(args[0]);
    else return err_set_string(TypeError, "compile() arg 1 must be a string, bytes or AST object");
    if (text.find('\0') != std::string_view::npos)
        return err_set_string(SyntaxError, "source code string cannot contain null bytes");
    if (!is_str(args[1]) || !is_str(args[2])) return err_set_string(TypeError, "_parse_dump(source, filename, mode)");
    std::string_view mode = str_view(args[2]);
    CompileMode m;
    if (mode == "exec") m = CompileMode::Exec;
    else if (mode == "eval") m = CompileMode::Eval;
    else if (mode == "single") m = CompileMode::Single;
    else return err_set_string(ValueError, "compile() mode must be 'exec', 'eval' or 'single'");
    std::string out;
    if (!parse_to_ast_dump(text, std::string(str_view(args[1])), m, &out)) return nullptr;
    return str_from(out);
}

const MethodDef kAstMethods[] = {
    {"_parse_dump", ast_parse_dump},
    {nullptr, nullptr},
};

}  // namespace

Object* make_ast_module() {
    Object* m = module_new("_ast");
    if (!m) return nullptr;
    if (module_add_functions(m, kAstMethods) < 0) {
        decref(m);
        return nullptr;
    }
    return m;
}

}  // namespace pygen
