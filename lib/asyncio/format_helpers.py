# Text helpers behind asyncio's reprs and log messages: callback descriptions ("f() at x.py:3"),
# a reprlib-style shortened repr, and traceback text for the logger when the traceback module
# is absent. CPython counterparts: asyncio/format_helpers.py, reprlib.Repr, traceback.

import sys

# ---- shortened repr (reprlib.repr with its default limits) ----

_MAX_LEVEL = 6
_MAX_ITEMS = {"tuple": 6, "list": 6, "set": 6, "frozenset": 6, "deque": 6, "dict": 4}
_MAX_STRING = 30
_MAX_LONG = 40
_MAX_OTHER = 30


def _shorten(text, limit):
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + "..." + text[len(text) - tail:]


def _sorted_if_possible(items):
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _repr_items(items, count, level, left, right, limit, trail=""):
    if level <= 0 and count:
        body = "..."
    else:
        pieces = []
        for item in items:
            if len(pieces) >= limit:
                break
            pieces.append(short_repr(item, level - 1))
        if count > limit:
            pieces.append("...")
        body = ", ".join(pieces)
    if count == 1 and trail:
        right = trail + right
    return left + body + right


def short_repr(obj, level=_MAX_LEVEL):
    """reprlib.repr: containers cut after a few items, long strings and numbers elided."""
    kind = type(obj).__name__
    if kind == "str":
        text = repr(obj[:_MAX_STRING])
        if len(text) > _MAX_STRING:
            text = _shorten(repr(obj), _MAX_STRING)
        return text
    if kind == "int":
        return _shorten(repr(obj), _MAX_LONG)
    if kind == "tuple":
        return _repr_items(obj, len(obj), level, "(", ")", _MAX_ITEMS["tuple"], ",")
    if kind == "list":
        return _repr_items(obj, len(obj), level, "[", "]", _MAX_ITEMS["list"])
    if kind == "set":
        if not obj:
            return "set()"
        return _repr_items(_sorted_if_possible(obj), len(obj), level, "{", "}", _MAX_ITEMS["set"])
    if kind == "frozenset":
        if not obj:
            return "frozenset()"
        return _repr_items(_sorted_if_possible(obj), len(obj), level, "frozenset({", "})",
                           _MAX_ITEMS["frozenset"])
    if kind == "dict":
        if not obj:
            return "{}"
        if level <= 0:
            return "{...}"
        pieces = []
        for key in _sorted_if_possible(obj):
            if len(pieces) >= _MAX_ITEMS["dict"]:
                break
            pieces.append(short_repr(key, level - 1) + ": " + short_repr(obj[key], level - 1))
        if len(obj) > _MAX_ITEMS["dict"]:
            pieces.append("...")
        return "{" + ", ".join(pieces) + "}"
    try:
        text = repr(obj)
    except Exception:
        return "<%s instance at %#x>" % (type(obj).__name__, id(obj))
    return _shorten(text, _MAX_OTHER)


# ---- callbacks ----

def _function_source(func):
    """(filename, first line) of a plain Python function or a partial of one, else None."""
    func = getattr(func, "__wrapped__", func)
    code = getattr(func, "__code__", None)
    if code is not None and type(func).__name__ == "function":
        return code.co_filename, code.co_firstlineno
    inner = getattr(func, "func", None)
    if inner is not None and type(func).__name__ == "partial":
        return _function_source(inner)
    return None


def _format_args_and_kwargs(args, kwargs):
    items = []
    if args:
        items.extend(short_repr(arg) for arg in args)
    if kwargs:
        items.extend(f"{k}={short_repr(v)}" for k, v in kwargs.items())
    return "(" + ", ".join(items) + ")"


def _format_callback(func, args, kwargs, suffix=""):
    if type(func).__name__ == "partial":
        suffix = _format_args_and_kwargs(args, kwargs) + suffix
        return _format_callback(func.func, func.args, func.keywords, suffix)
    if getattr(func, "__qualname__", None):
        func_repr = func.__qualname__
    elif getattr(func, "__name__", None):
        func_repr = func.__name__
    else:
        func_repr = repr(func)
    return func_repr + _format_args_and_kwargs(args, kwargs) + suffix


def _format_callback_source(func, args):
    func_repr = _format_callback(func, args, None)
    source = _function_source(func)
    if source:
        func_repr += f" at {source[0]}:{source[1]}"
    return func_repr


# ---- tracebacks (used by the logger fallback) ----

def _source_line(filename, lineno):
    try:
        with open(filename) as f:
            for number, line in enumerate(f, 1):
                if number == lineno:
                    return line.strip()
    except Exception:
        pass
    return None


def _exception_only(exc):
    cls = type(exc)
    name = cls.__qualname__
    module = cls.__module__
    if module not in ("__main__", "builtins"):
        name = module + "." + name
    try:
        text = str(exc)
    except Exception:
        text = "<exception str() failed>"
    lines = [f"{name}: {text}" if text else name]
    for note in getattr(exc, "__notes__", None) or ():
        lines.append(str(note))
    return lines


def _one_exception(exc):
    lines = []
    tb = exc.__traceback__
    if tb is not None:
        lines.append("Traceback (most recent call last):")
        while tb is not None:
            code = tb.tb_frame.f_code
            lines.append(f'  File "{code.co_filename}", line {tb.tb_lineno}, in {code.co_name}')
            source = _source_line(code.co_filename, tb.tb_lineno)
            if source:
                lines.append("    " + source)
            tb = tb.tb_next
    lines.extend(_exception_only(exc))
    return lines


def format_exception(exc, seen=None):
    """traceback.format_exception(exc) as one string, causes and contexts first."""
    if seen is None:
        seen = set()
    seen.add(id(exc))
    lines = []
    cause = exc.__cause__
    context = exc.__context__
    if cause is not None and id(cause) not in seen:
        lines.append(format_exception(cause, seen))
        lines.append("\nThe above exception was the direct cause of the following exception:\n\n")
    elif (context is not None and not exc.__suppress_context__ and id(context) not in seen):
        lines.append(format_exception(context, seen))
        lines.append("\nDuring handling of the above exception, another exception occurred:\n\n")
    lines.append("\n".join(_one_exception(exc)) + "\n")
    return "".join(lines)
