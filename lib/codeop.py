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


def _first_word(source):
    for line in source.split("\n"):
        s = line.strip()
        if s and not s.startswith('#'):
            word = s.split(None, 1)[0].split('(', 1)[0].rstrip(':')
            return '@' if s.startswith('@') else word
    return ''


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
    for line in source.split("\n"):
        line = line.strip()
        if line and line[0] != '#':
            break
    else:
        if symbol != "eval":
            source = "pass"
    if source.rstrip(' \t').endswith('\\'):
        return None   # a backslash continuation waits for its next line
    compound = _first_word(source) in _COMPOUND
    if compound and symbol != "eval" and not source.endswith("\n"):
        return None   # the block may go on: the interactive rule waits for a newline
    try:
        return compiler(source, filename, symbol)
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
        codeob = compile(source, filename, symbol, self.flags, True)
        for feature in _features:
            if codeob.co_flags & feature.compiler_flag:
                self.flags |= feature.compiler_flag
        return codeob


class CommandCompiler:
    """compile_command with the __future__ statements of earlier commands in force."""

    def __init__(self):
        self.compiler = Compile()

    def __call__(self, source, filename="<input>", symbol="single"):
        return _maybe_compile(self.compiler, source, filename, symbol)
