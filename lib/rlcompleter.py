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
        if namespace is not None and not isinstance(namespace, dict):
            raise TypeError('namespace must be a dictionary')
        # Without a namespace, __main__'s is read at each completion (it may change).
        self.use_main_ns = namespace is None
        if namespace is not None:
            self.namespace = namespace

    def complete(self, text, state):
        if self.use_main_ns:
            import __main__
            self.namespace = __main__.__dict__
        if not text.strip():
            # Tab on an empty line indents.
            return '\t' if state == 0 else None
        if state == 0:
            if "." in text:
                self.matches = self.attr_matches(text)
            else:
                self.matches = self.global_matches(text)
        try:
            return self.matches[state]
        except IndexError:
            return None

    def _callable_postfix(self, val, word):
        if callable(val):
            word += "("
        return word

    def global_matches(self, text):
        matches = []
        seen = {"__builtins__"}
        n = len(text)
        for word in keyword.kwlist:
            if word[:n] == text:
                seen.add(word)
                if word in {'finally', 'try'}:
                    word = word + ':'
                elif word not in {'False', 'None', 'True', 'break', 'continue', 'pass', 'else'}:
                    word = word + ' '
                matches.append(word)
        for nspace in [self.namespace, builtins.__dict__]:
            for word, val in nspace.items():
                if word[:n] == text and word not in seen:
                    seen.add(word)
                    matches.append(self._callable_postfix(val, word))
        return matches

    def attr_matches(self, text):
        m = re.match(r"(\w+(\.\w+)*)\.(\w*)", text)
        if not m:
            return []
        expr, attr = m.group(1, 3)
        try:
            thisobject = eval(expr, self.namespace)
        except Exception:
            return []
        words = set(dir(thisobject))
        words.discard("__builtins__")
        if hasattr(thisobject, '__class__'):
            words.add('__class__')
            words.update(get_class_members(thisobject.__class__))
        matches = []
        n = len(attr)
        # Private names are offered only once the typed text asks for them.
        if attr == '':
            noprefix = '_'
        elif attr == '_':
            noprefix = '__'
        else:
            noprefix = None
        while True:
            for word in words:
                if word[:n] == attr and not (noprefix and word[:n + 1] == noprefix):
                    match = "%s.%s" % (expr, word)
                    try:
                        val = getattr(thisobject, word)
                    except Exception:
                        pass
                    else:
                        match = self._callable_postfix(val, match)
                    matches.append(match)
            if matches or not noprefix:
                break
            noprefix = '__' if noprefix == '_' else None
        matches.sort()
        return matches


def get_class_members(klass):
    ret = dir(klass)
    if hasattr(klass, '__bases__'):
        for base in klass.__bases__:
            ret = ret + get_class_members(base)
    return ret
