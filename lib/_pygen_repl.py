"""What pygen's REPL (src/cli/repl.cpp) does in Python: the exit/quit objects that CPython's site
module puts in builtins, and tab completion through rlcompleter for the line editor."""

import builtins


class Quitter:
    def __init__(self, name, eof):
        self.name = name
        self.eof = eof

    def __repr__(self):
        return 'Use %s() or %s to exit' % (self.name, self.eof)

    def __call__(self, code=None):
        raise SystemExit(code)


_completers = {}


def install(namespace):
    for name in ('exit', 'quit'):
        if not hasattr(builtins, name):
            setattr(builtins, name, Quitter(name, 'Ctrl-D (i.e. EOF)'))


def complete(namespace, text, state):
    """The state-th completion of text in namespace, or None."""
    import rlcompleter
    completer = _completers.get(id(namespace))
    if completer is None:
        completer = _completers[id(namespace)] = rlcompleter.Completer(namespace)
    return completer.complete(text, state)
