# codeop: compile_command and Compile/CommandCompiler, which tell a complete interactive
# statement (a code object) from an incomplete one (None) and a wrong one (SyntaxError), as
# code.InteractiveConsole and custom REPLs need. CPython counterpart: Lib/codeop.py; pygen's
# compiler has no "incomplete input" mode, so incompleteness is found from tokens and the
# position of the error instead.
import __future__

__all__ = ["compile_command", "Compile", "CommandCompiler"]

PyCF_DONT_IMPLY_DEDENT = 0x200
PyCF_ALLOW_INCOMPLETE_INPUT = 0x4000

_features = [getattr(__future__, fname) for fname in __future__.all_feature_names]

_COMPOUND = ('if', 'elif', 'else', 'for', 'while', 'try', 'except', 'finally', 'with', 'def', 'class',
             'async', 'match', 'case', '@')


def _meaningful_lines(source):
    # The stripped lines that are neither blank nor comments.
    return [text for text in map(str.strip, source.split("\n")) if text and text[0] != '#']


def _first_word(source):
    lines = _meaningful_lines(source)
    if not lines:
        return ''
    first = lines[0]
    if first[:1] == '@':
        return '@'
    return first.split(None, 1)[0].split('(', 1)[0].rstrip(':')


def _tokens_incomplete(source):
    """True when the text stops inside brackets, a string or a backslash continuation."""
    import io
    import tokenize
    try:
        for _ in tokenize.generate_tokens(io.StringIO(source).readline):
            pass
    except tokenize.TokenError:
        return True
    except (SyntaxError, IndentationError):
        return False
    return False


def _maybe_compile(compiler, source, filename, symbol):
    # Only blank lines and comments: a complete (empty) statement, except for eval.
    if symbol != "eval" and not _meaningful_lines(source):
        source = "pass"
    if source.rstrip(' \t').endswith('\\'):
        return None   # a backslash continuation waits for its next line
    compound = _first_word(source) in _COMPOUND
    if compound and symbol != "eval" and not source.endswith("\n"):
        return None   # the block may go on: the interactive rule waits for a newline
    try:
        code = compiler(source, filename, symbol)
    except SyntaxError as e:
        msg = str(getattr(e, 'msg', e))
        if "unmatched" in msg or "does not match" in msg:
            raise
        if _tokens_incomplete(source):
            return None
        if compound and ("expected an indented block" in msg or source.rstrip().startswith('@')
                         or source.rstrip().endswith(':')):
            return None
        raise
    return code


def _compile(source, filename, symbol):
    return compile(source, filename, symbol, PyCF_DONT_IMPLY_DEDENT)


def compile_command(source, filename="<input>", symbol="single"):
    """Compile a command: a code object, None if it is incomplete, SyntaxError if it is invalid."""
    return _maybe_compile(_compile, source, filename, symbol)


class Compile:
    """Like compile(), remembering the __future__ statements it has seen."""

    def __init__(self):
        self.flags = PyCF_DONT_IMPLY_DEDENT

    def __call__(self, source, filename, symbol, **kwargs):
        code = compile(source, filename, symbol, self.flags, True)
        # A `from __future__ import ...` stays in force for the later commands.
        for flag in (feature.compiler_flag for feature in _features):
            if code.co_flags & flag:
                self.flags |= flag
        return code


class CommandCompiler:
    """compile_command with the __future__ statements of earlier commands in force."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
