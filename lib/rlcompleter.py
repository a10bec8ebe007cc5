"""Completion of Python names and attributes for an interactive prompt, as the standard
rlcompleter module: Completer(namespace).complete(text, state) returns the state-th match
(keywords, names in the namespace and builtins, or obj.attr for dotted text), None after the last.
pygen's own code, written from the module's documented behaviour."""

import builtins
import keyword
import re

__all__ = ["Completer"]


class Completer:
    def __init__(self, namespace=None):
        # (An empty non-dict is let through, as CPython's check only looks at a truthy one.)
        if namespace and not isinstance(namespace, dict):
            raise TypeError('namespace must be a dictionary')
        # Without a namespace, __main__'s is read at each completion (it may change).
        self.use_main_ns = 1 if namespace is None else 0
        if namespace is not None:
            self.namespace = namespace

    def complete(self, text, state):
        if self.use_main_ns:
            import __main__
            self.namespace = vars(__main__)
        if not text.strip():
            # Tab on an empty line indents.
            return None if state else '\t'
        if state == 0:
            # The candidates are computed once per text, at state 0, then handed out in turn.
            finder = self.attr_matches if "." in text else self.global_matches
            self.matches = finder(text)
        return self.matches[state] if state < len(self.matches) else None

    def _callable_postfix(self, val, word):
        # A callable completes with its opening parenthesis, and its closing one too when
        # its signature shows it takes no arguments.
        if not callable(val):
            return word
        import inspect
        try:
            takes_nothing = not inspect.signature(val).parameters
        except ValueError:
            takes_nothing = False
        return word + ("()" if takes_nothing else "(")

    # What follows a completed keyword: a colon, nothing (complete on their own), else a space.
    _KEYWORD_ENDINGS = dict.fromkeys(('finally', 'try'), ':')
    _KEYWORD_ENDINGS.update(dict.fromkeys(
        ('False', 'None', 'True', 'break', 'continue', 'pass', 'else', '_'), ''))

    def global_matches(self, text):
        found = []
        taken = {"__builtins__"}
        for word in keyword.kwlist + keyword.softkwlist:
            if word.startswith(text):
                taken.add(word)
                found.append(word + self._KEYWORD_ENDINGS.get(word, ' '))
        # The namespace's names first, then the builtins they do not shadow.
        for space in (self.namespace, builtins.__dict__):
            for name, value in space.items():
                if name.startswith(text) and name not in taken:
                    taken.add(name)
                    found.append(self._callable_postfix(value, name))
        return found

    def attr_matches(self, text):
        dotted = re.match(r"(\w+(?:\.\w+)*)\.(\w*)", text)
        if dotted is None:
            return []
        expr, attr = dotted.groups()
        try:
            target = eval(expr, self.namespace)
        except Exception:
            return []
        names = set(dir(target))
        names.discard("__builtins__")
        if hasattr(target, '__class__'):
            names.add('__class__')
            names.update(get_class_members(target.__class__))
        # Private names are offered only when nothing else matches, or when the typed text
        # asks for them: no underscore prefix, then no double underscore, then everything.
        hide_order = {'': ['_', '__', None], '_': ['__', None]}.get(attr, [None])
        size = len(attr)
        for hidden in hide_order:
            found = []
            for name in names:
                if not name.startswith(attr) or (hidden and name[:size + 1] == hidden):
                    continue
                full = "%s.%s" % (expr, name)
                # A property is not run just to complete its name.
                if isinstance(getattr(type(target), name, None), property):
                    found.append(full)
                    continue
                value = getattr(target, name, None)
                found.append(full if value is None else self._callable_postfix(value, full))
            if found:
                break
        found.sort()
        return found


def get_class_members(klass):
    members = dir(klass)
    for base in getattr(klass, '__bases__', ()):
        members = members + get_class_members(base)
    return members
