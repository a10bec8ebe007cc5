// Exception groups in tracebacks: the boxed "| " margins, numbered separators, the width limit
// and notes, compared with the text CPython 3.11 prints for the same program.
#include <gtest/gtest.h>

#include "../runtime_fixture.h"
#include "pygen/pygen.h"

namespace pygen {
namespace {

class TracebackGroupTest : public test::RuntimeFixture {};

TEST_F(TracebackGroupTest, NestedGroupsPrintAsCPythonDoes) {
    Interpreter py;
    const char* source =
        "e = ValueError(1)\n"
        "e.add_note(\"note A\")\n"
        "e.add_note(\"two\\nlines\")\n"
        "inner = ExceptionGroup(\"inner\", [e, TypeError(2)])\n"
        "try:\n"
        "    raise KeyError(\"k\")\n"
        "except KeyError as k:\n"
        "    ctx = k\n"
        "many = ExceptionGroup(\"many\", [OSError(i) for i in range(17)])\n"
        "raise BaseExceptionGroup(\"outer\", [inner, ctx, many, KeyboardInterrupt()])\n"
        ;
    EXPECT_FALSE(py.run(source, "embedded_group.py"));
    const char* expected =
        "  + Exception Group Traceback (most recent call last):\n"
        "  |   File \"embedded_group.py\", line 10, in <module>\n"
        "  | BaseExceptionGroup: outer (4 sub-exceptions)\n"
        "  +-+---------------- 1 ----------------\n"
        "    | ExceptionGroup: inner (2 sub-exceptions)\n"
        "    +-+---------------- 1 ----------------\n"
        "      | ValueError: 1\n"
        "      | note A\n"
        "      | two\n"
        "      | lines\n"
        "      +---------------- 2 ----------------\n"
        "      | TypeError: 2\n"
        "      +------------------------------------\n"
        "    +---------------- 2 ----------------\n"
        "    | Traceback (most recent call last):\n"
        "    |   File \"embedded_group.py\", line 6, in <module>\n"
        "    | KeyError: 'k'\n"
        "    +---------------- 3 ----------------\n"
        "    | ExceptionGroup: many (17 sub-exceptions)\n"
        "    +-+---------------- 1 ----------------\n"
        "      | OSError: 0\n"
        "      +---------------- 2 ----------------\n"
        "      | OSError: 1\n"
        "      +---------------- 3 ----------------\n"
        "      | OSError: 2\n"
        "      +---------------- 4 ----------------\n"
        "      | OSError: 3\n"
        "      +---------------- 5 ----------------\n"
        "      | OSError: 4\n"
        "      +---------------- 6 ----------------\n"
        "      | OSError: 5\n"
        "      +---------------- 7 ----------------\n"
        "      | OSError: 6\n"
        "      +---------------- 8 ----------------\n"
        "      | OSError: 7\n"
        "      +---------------- 9 ----------------\n"
        "      | OSError: 8\n"
        "      +---------------- 10 ----------------\n"
        "      | OSError: 9\n"
        "      +---------------- 11 ----------------\n"
        "      | OSError: 10\n"
        "      +---------------- 12 ----------------\n"
        "      | OSError: 11\n"
        "      +---------------- 13 ----------------\n"
        "      | OSError: 12\n"
        "      +---------------- 14 ----------------\n"
        "      | OSError: 13\n"
        "      +---------------- 15 ----------------\n"
        "      | OSError: 14\n"
        "      +---------------- ... ----------------\n"
        "      | and 2 more exceptions\n"
        "      +------------------------------------\n"
        "    +---------------- 4 ----------------\n"
        "    | KeyboardInterrupt\n"
        "    +------------------------------------\n"
        ;
    EXPECT_EQ(py.last_error(), expected);
}

TEST_F(TracebackGroupTest, NotesFollowTheMessageOfAPlainException) {
    Interpreter py;
    EXPECT_FALSE(py.run("e = ValueError('v')\ne.add_note('n1')\ne.__notes__.append(3)\nraise e\n", "embedded_notes.py"));
    EXPECT_EQ(py.last_error(),
              "Traceback (most recent call last):\n"
              "  File \"embedded_notes.py\", line 4, in <module>\n"
              "ValueError: v\n"
              "n1\n"
              "3\n");
}

}  // namespace
}  // namespace pygen
