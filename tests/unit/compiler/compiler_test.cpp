// The compiler, tested by the disassembly of what it produces: instruction choice, jump targets,
// the exception table of try/except/finally/with, closures and generator flags.
#include <gtest/gtest.h>

#include "bytecode/disassembler.h"
#include "objects/tuple.h"
#include "../snippet.h"

namespace pygen {
namespace {

class CompilerTest : public test::RuntimeFixture {
protected:
    std::string dis(const std::string& src) {
        CodeObject* code = compile_source(src, "<test>", CompileMode::Exec);
        if (!code) return "ERROR " + test::pending_error();
        std::string text = disassemble(code);
        decref(code);
        return text;
    }
    CodeObject* first_function(CodeObject* module) {
        for (ssize i = 0; i < tuple_size(module->consts); ++i)
            if (is_code(tuple_item(module->consts, i))) return static_cast<CodeObject*>(tuple_item(module->consts, i));
        return nullptr;
    }
};

TEST_F(CompilerTest, FunctionLocalsUseFastSlotsAndGlobalsUseLoadGlobal) {
    std::string d = dis("def f(a):\n    b = a\n    return len(b)\n");
    EXPECT_NE(d.find("STORE_FAST            1 (b)"), std::string::npos) << d;
    EXPECT_NE(d.find("LOAD_GLOBAL           0 (len)"), std::string::npos) << d;
}

TEST_F(CompilerTest, ModuleNamesUseNameOps) {
    std::string d = dis("x = 1\nprint(x)\n");
    EXPECT_NE(d.find("STORE_NAME            0 (x)"), std::string::npos) << d;
    EXPECT_NE(d.find("LOAD_NAME"), std::string::npos) << d;
}

TEST_F(CompilerTest, GeneratorCodeStartsWithReturnGeneratorAndHasTheFlag) {
    CodeObject* code = compile_source("def g():\n    yield 1\n", "<test>", CompileMode::Exec);
    ASSERT_NE(code, nullptr);
    CodeObject* g = first_function(code);
    ASSERT_NE(g, nullptr);
    EXPECT_TRUE(g->flags & kCoGenerator);
    EXPECT_EQ(instr_op(g->instrs[0]), RETURN_GENERATOR);
    decref(code);
}

TEST_F(CompilerTest, YieldFromIsASendLoop) {
    std::string d = dis("def g(x):\n    return (yield from x)\n");
    size_t send = d.find("SEND");
    ASSERT_NE(send, std::string::npos) << d;
    EXPECT_NE(d.find("YIELD_VALUE", send), std::string::npos) << d;
    EXPECT_NE(d.find("GET_YIELD_FROM_ITER"), std::string::npos) << d;
}

TEST_F(CompilerTest, TryExceptHasAHandlerAndACleanupEntry) {
    std::string d = dis("try:\n    f()\nexcept ValueError as e:\n    pass\n");
    EXPECT_NE(d.find("ExceptionTable:"), std::string::npos) << d;
    EXPECT_NE(d.find("PUSH_EXC_INFO"), std::string::npos) << d;
    EXPECT_NE(d.find("CHECK_EXC_MATCH"), std::string::npos) << d;
    EXPECT_NE(d.find("lasti"), std::string::npos) << d;
}

TEST_F(CompilerTest, TryStarSplitsWithCheckEgMatchAndPreparesTheReraise) {
    std::string d = dis("try:\n    f()\nexcept* ValueError as e:\n    pass\nexcept* TypeError:\n    pass\n");
    size_t first = d.find("CHECK_EG_MATCH");
    ASSERT_NE(first, std::string::npos) << d;
    EXPECT_NE(d.find("CHECK_EG_MATCH", first + 1), std::string::npos) << d;
    EXPECT_NE(d.find("PREP_RERAISE_STAR"), std::string::npos) << d;
    EXPECT_EQ(d.find("CHECK_EXC_MATCH"), std::string::npos) << d;
}

TEST_F(CompilerTest, ClosuresUseCellsAndFreeVariables) {
    CodeObject* code = compile_source("def outer():\n    x = 1\n    def inner():\n        return x\n    return inner\n",
                                      "<test>", CompileMode::Exec);
    ASSERT_NE(code, nullptr);
    CodeObject* outer = first_function(code);
    ASSERT_NE(outer, nullptr);
    EXPECT_EQ(outer->ncellvars, 1);
    CodeObject* inner = first_function(outer);
    ASSERT_NE(inner, nullptr);
    EXPECT_EQ(inner->nfreevars, 1);
    std::string d = disassemble(inner, false);
    EXPECT_NE(d.find("LOAD_DEREF"), std::string::npos) << d;
    decref(code);
}

TEST_F(CompilerTest, PrivateNamesAreMangledInClasses) {
    std::string d = dis("class A:\n    def f(self):\n        return self.__x\n");
    EXPECT_NE(d.find("_A__x"), std::string::npos) << d;
}

TEST_F(CompilerTest, ScopeErrorsAreSyntaxErrors) {
    // str(SyntaxError) carries the location, as in CPython.
    EXPECT_EQ(dis("return 1\n"), "ERROR SyntaxError: 'return' outside function (<test>, line 1)");
    EXPECT_EQ(dis("break\n"), "ERROR SyntaxError: 'break' outside loop (<test>, line 1)");
    EXPECT_EQ(dis("def f():\n    nonlocal x\n"), "ERROR SyntaxError: no binding for nonlocal 'x' found (<test>, line 2)");
    EXPECT_EQ(dis("yield 1\n"), "ERROR SyntaxError: 'yield' outside function (<test>, line 1)");
    EXPECT_EQ(dis("async def f():\n    yield from x\n"),
              "ERROR SyntaxError: 'yield from' inside async function (<test>, line 2)");
}

TEST_F(CompilerTest, StackDepthCoversNestedCalls) {
    CodeObject* code = compile_source("f(a, g(b, h(c, d)), e)\n", "<test>", CompileMode::Exec);
    ASSERT_NE(code, nullptr);
    EXPECT_GE(code->stacksize, 9);
    decref(code);
}

}  // namespace
}  // namespace pygen
