# json.scanner: make_scanner(context) builds the function JSONDecoder calls as
# scan_once(string, idx) -> (value, end), raising StopIteration(idx) when no JSON value starts at
# idx. The C++ module _json provides it (c_make_scanner); py_make_scanner is the same recursive
# descent in Python, driven by the context's parse_object/parse_array/parse_string.
# Written for pygen from the json module's documentation and observed behaviour.

import re

try:
    from _json import make_scanner as c_make_scanner
except ImportError:
    c_make_scanner = None

__all__ = ['make_scanner']

NUMBER_RE = re.compile(r'(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?', re.DOTALL)

# The words scan_once recognises before trying a number, with the value or constant they stand for.
_WORDS = (('null', None), ('true', True), ('false', False))
_CONSTANT_WORDS = {'N': 'NaN', 'I': 'Infinity', '-': '-Infinity'}
# What the scanner reads from its context (a JSONDecoder), once.
_CONTEXT_FIELDS = ('parse_object', 'parse_array', 'parse_string', 'strict', 'parse_float',
                   'parse_int', 'parse_constant', 'object_hook', 'object_pairs_hook', 'memo')


def py_make_scanner(context):
    """scan_once(string, idx) for the decoder `context`, written in Python."""
    (parse_object, parse_array, parse_string, strict, parse_float, parse_int, parse_constant,
     object_hook, object_pairs_hook, memo) = [getattr(context, name) for name in _CONTEXT_FIELDS]
    number_match = NUMBER_RE.match

    def value_at(string, idx):
        if idx < 0 or idx >= len(string):
            raise StopIteration(idx) from None
        first = string[idx]
        if first == '"':
            return parse_string(string, idx + 1, strict)  # (str, end)
        if first == '{':
            return parse_object((string, idx + 1), strict, value_at, object_hook,
                                object_pairs_hook, memo)
        if first == '[':
            return parse_array((string, idx + 1), value_at)
        for word, value in _WORDS:
            if first == word[0] and string.startswith(word, idx):
                return value, idx + len(word)
        found = number_match(string, idx)
        if found is not None:
            whole, frac, exp = found.groups()
            if frac or exp:
                return parse_float(whole + (frac or '') + (exp or '')), found.end()
            return parse_int(whole), found.end()
        word = _CONSTANT_WORDS.get(first)
        if word is not None and string.startswith(word, idx):
            return parse_constant(word), idx + len(word)
        raise StopIteration(idx)

    def scan_once(string, idx):
        try:
            return value_at(string, idx)
        finally:
            memo.clear()

    return scan_once


make_scanner = c_make_scanner or py_make_scanner
