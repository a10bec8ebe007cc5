// libFuzzer harness (a): source -> tokens -> AST -> bytecode, nothing run. Every input must end
// in a code object or a SyntaxError-family exception, in both module and expression mode.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz_common.h"
#include "objects/errors.h"
#include "objects/object.h"
#include "vm/pythonrun.h"

extern "C" int LLVMFuzzerInitialize(int*, char***) {
    pygen::fuzz::init();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    std::string_view source(reinterpret_cast<const char*>(data), size);
    for (auto mode : {pygen::CompileMode::Exec, pygen::CompileMode::Eval}) {
        pygen::CodeObject* code = pygen::compile_source(source, "<fuzz>", mode);
        if (code) pygen::decref(code);
        pygen::err_clear();
    }
    return 0;
}
