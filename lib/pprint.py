"""pprint: pretty-printing of Python data structures, as Python 3.11 lays them out.

An object whose repr fits in the room left on the line is written as that repr; otherwise, if
its type's __repr__ is one pprint knows (dict, list, tuple, set, str, bytes, the collections
types, SimpleNamespace, mappingproxy, generated dataclass reprs), it is split over lines with
its items indented. saferepr() and the readable/recursive flags come from _safe_repr.
pygen's own design; CPython counterpart: Lib/pprint.py.
"""

import collections as _collections
import sys as _sys
import types as _types
import re

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "PrettyPrinter", "pp"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False,
           sort_dicts=True, underscore_numbers=False):
    """Writes the pretty form of object and a newline to stream (default sys.stdout)."""
    PrettyPrinter(stream=stream, indent=indent, width=width, depth=depth, compact=compact,
                  sort_dicts=sort_dicts, underscore_numbers=underscore_numbers).pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
            underscore_numbers=False):
    """The pretty form of object, as a string."""
    printer = PrettyPrinter(indent=indent, width=width, depth=depth, compact=compact,
                            sort_dicts=sort_dicts, underscore_numbers=underscore_numbers)
    return printer.pformat(object)


def pp(object, *args, sort_dicts=False, **kwargs):
    """pprint() with dicts in insertion order by default."""
    kwargs['sort_dicts'] = sort_dicts
    pprint(object, *args, **kwargs)


def _flags(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)


def saferepr(object):
    """A repr that survives recursive structures."""
    return _flags(object)[0]


def isreadable(object):
    """Whether eval() of the repr would rebuild the object."""
    return _flags(object)[1]


def isrecursive(object):
    """Whether the object contains itself."""
    return _flags(object)[2]


class _safe_key:
    """Sort key ordering anything: by value when comparable, else by type name and id."""

    __slots__ = ['obj']

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            mine, theirs = self.obj, other.obj
            return (str(type(mine)), id(mine)) < (str(type(theirs)), id(theirs))


def _safe_tuple(t):
    # key for (key, value) pairs
    key, value = t
    return _safe_key(key), _safe_key(value)


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


_builtin_scalars = frozenset({str, bytes, bytearray, float, complex, bool, type(None)})


class _Collector:
    """A write()-only stream gathering the pieces of pformat's result."""

    def __init__(self):
        self.pieces = []
        self.write = self.pieces.append

    def getvalue(self):
        return ''.join(self.pieces)


def _word_runs(line):
    # 'ab  cd ' -> ['ab  ', 'cd ']: each word with the spaces after it
    return [piece for piece in re.findall(r'\S*\s*', line) if piece]


def _wrap_bytes_repr(object, width, allowance):
    """Reprs of 4-byte-aligned slices of object, each fitting width (the last one leaving
    allowance)."""
    current = b''
    last_start = len(object) // 4 * 4
    for start in range(0, len(object), 4):
        chunk = object[start:start + 4]
        if start == last_start:
            width -= allowance
        joined = current + chunk
        if len(repr(joined)) <= width:
            current = joined
            continue
        if current:
            yield repr(current)
        current = chunk
    if current:
        yield repr(current)


def _is_generated_dataclass(object):
    # a dataclass instance whose repr is the one @dataclass wrote (not the user's own)
    if isinstance(object, type) or not hasattr(type(object), '__dataclass_fields__'):
        return False
    import dataclasses
    if not dataclasses.is_dataclass(object) or not object.__dataclass_params__.repr:
        return False
    wrapped = getattr(object.__repr__, '__wrapped__', None)
    return wrapped is not None and "__create_fn__" in wrapped.__qualname__


class PrettyPrinter:
    """Formats objects with the given indent per level, line width, depth limit and stream;
    compact packs short items several to a line; sort_dicts orders dict keys;
    underscore_numbers writes ints as 1_000."""

    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False,
                 sort_dicts=True, underscore_numbers=False):
        indent, width = int(indent), int(width)
        if indent < 0:
            raise ValueError('indent must be >= 0')
        if not (depth is None or depth > 0):
            raise ValueError('depth must be > 0')
        if not width:
            raise ValueError('width must be != 0')
        self._depth, self._width = depth, width
        self._indent_per_level = indent    # columns added per nesting level
        self._stream = _sys.stdout if stream is None else stream
        self._compact = bool(compact)
        self._sort_dicts, self._underscore_numbers = sort_dicts, underscore_numbers

    def pprint(self, object):
        out = self._stream
        if out is not None:
            self._format(object, out, 0, 0, {}, 0)
            out.write("\n")

    def pformat(self, object):
        sink = _Collector()
        self._format(object, sink, 0, 0, {}, 0)
        return sink.getvalue()

    def isrecursive(self, object):
        _, _, recursive = self.format(object, {}, 0, 0)
        return recursive

    def isreadable(self, object):
        _, readable, recursive = self.format(object, {}, 0, 0)
        return False if recursive else readable

    # ---- layout ----
    #
    # Every writer takes (object, stream, indent, allowance, context, level): indent is the
    # column the object starts at, allowance the characters that must still follow it on its
    # last line (closing brackets, a comma), context the ids of the containers being written
    # (for recursion), level the nesting depth.

    _dispatch = {}      # a type's __repr__ -> the method laying out its instances

    def _format(self, object, stream, indent, allowance, context, level):
        key = id(object)
        if key in context:
            stream.write(_recursion(object))      # met again while being written
            self._recursive = True
            self._readable = False
            return
        text = self._repr(object, context, level)
        if len(text) > self._width - indent - allowance:
            layout = self._dispatch.get(type(object).__repr__)
            if layout is None and _is_generated_dataclass(object):
                layout = PrettyPrinter._pprint_dataclass
            if layout is not None:
                context[key] = 1
                layout(self, object, stream, indent, allowance, context, level + 1)
                del context[key]
                return
        stream.write(text)

    def _open_padding(self, stream):
        # with indent > 1 the first item sits indent columns after the opening bracket
        extra = self._indent_per_level - 1
        if extra > 0:
            stream.write(' ' * extra)

    def _pprint_dataclass(self, object, stream, indent, allowance, context, level):
        import dataclasses
        name = type(object).__name__
        fields = [(f.name, getattr(object, f.name)) for f in dataclasses.fields(object) if f.repr]
        stream.write(name + '(')
        self._format_namespace_items(fields, stream, indent + len(name) + 1, allowance, context,
                                     level)
        stream.write(')')

    def _pprint_dict(self, object, stream, indent, allowance, context, level):
        stream.write('{')
        self._open_padding(stream)
        if object:
            pairs = object.items()
            if self._sort_dicts:
                pairs = sorted(pairs, key=_safe_tuple)
            self._format_dict_items(pairs, stream, indent, allowance + 1, context, level)
        stream.write('}')

    def _pprint_ordered_dict(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        self._format(list(object.items()), stream, indent + len(name) + 1, allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_list(self, object, stream, indent, allowance, context, level):
        stream.write('[')
        self._format_items(object, stream, indent, allowance + 1, context, level)
        stream.write(']')

    def _pprint_tuple(self, object, stream, indent, allowance, context, level):
        closing = ',)' if len(object) == 1 else ')'
        stream.write('(')
        self._format_items(object, stream, indent, allowance + len(closing), context, level)
        stream.write(closing)

    def _pprint_set(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        kind = type(object)
        if kind is set:
            opening, closing = '{', '}'
        else:
            opening, closing = kind.__name__ + '({', '})'
            indent += len(kind.__name__) + 1
        stream.write(opening)
        self._format_items(sorted(object, key=_safe_key), stream, indent,
                           allowance + len(closing), context, level)
        stream.write(closing)

    def _pprint_str(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        if level == 1:
            # a top-level string split in pieces is wrapped in parentheses
            indent += 1
            allowance += 1
        room = self._width - indent
        lines = object.splitlines(keepends=True)
        pieces = []
        for number, line in enumerate(lines):
            last_line = number == len(lines) - 1
            whole = repr(line)
            if len(whole) <= room - (allowance if last_line else 0):
                pieces.append(whole)
                continue
            # break the line between words, each piece as long as fits
            runs = _word_runs(line)
            current = ''
            for position, run in enumerate(runs):
                limit = room
                if last_line and position == len(runs) - 1:
                    limit -= allowance
                if len(repr(current + run)) > limit:
                    if current:
                        pieces.append(repr(current))
                    current = run
                else:
                    current += run
            if current:
                pieces.append(repr(current))
        if len(pieces) == 1:
            stream.write(pieces[0])
            return
        if level == 1:
            stream.write('(')
        stream.write(('\n' + ' ' * indent).join(pieces))
        if level == 1:
            stream.write(')')

    def _pprint_bytes(self, object, stream, indent, allowance, context, level):
        if len(object) <= 4:
            stream.write(repr(object))
            return
        wrap = level == 1
        if wrap:
            indent += 1
            allowance += 1
            stream.write('(')
        pieces = _wrap_bytes_repr(object, self._width - indent, allowance)
        stream.write(('\n' + ' ' * indent).join(pieces))
        if wrap:
            stream.write(')')

    def _pprint_bytearray(self, object, stream, indent, allowance, context, level):
        stream.write('bytearray(')
        self._pprint_bytes(bytes(object), stream, indent + len('bytearray('), allowance + 1,
                           context, level + 1)
        stream.write(')')

    def _pprint_mappingproxy(self, object, stream, indent, allowance, context, level):
        stream.write('mappingproxy(')
        self._format(object.copy(), stream, indent + len('mappingproxy('), allowance + 1,
                     context, level)
        stream.write(')')

    def _pprint_simplenamespace(self, object, stream, indent, allowance, context, level):
        kind = type(object)
        name = 'namespace' if kind is _types.SimpleNamespace else kind.__name__
        stream.write(name + '(')
        self._format_namespace_items(object.__dict__.items(), stream, indent + len(name) + 1,
                                     allowance, context, level)
        stream.write(')')

    def _pprint_default_dict(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        factory = self._repr(object.default_factory, context, level)
        indent += len(name) + 1
        stream.write('%s(%s,\n%s' % (name, factory, ' ' * indent))
        self._pprint_dict(object, stream, indent, 1 + allowance, context, level)
        stream.write(')')

    def _pprint_counter(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '({')
        self._open_padding(stream)
        self._format_dict_items(object.most_common(), stream, indent + len(name) + 1,
                                allowance + 2, context, level)
        stream.write('})')

    def _pprint_chain_map(self, object, stream, indent, allowance, context, level):
        maps = object.maps
        if not maps:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '(')
        indent += len(name) + 1
        for number, mapping in enumerate(maps):
            if number < len(maps) - 1:
                self._format(mapping, stream, indent, 1, context, level)
                stream.write(',\n' + indent * ' ')
            else:
                self._format(mapping, stream, indent, allowance + 1, context, level)
                stream.write(')')

    def _pprint_deque(self, object, stream, indent, allowance, context, level):
        if not object:
            stream.write(repr(object))
            return
        name = type(object).__name__
        stream.write(name + '([')
        indent += len(name) + 1
        if object.maxlen is None:
            self._format_items(object, stream, indent, allowance + 2, context, level)
            stream.write('])')
            return
        self._format_items(object, stream, indent, 2, context, level)
        stream.write('],\n%smaxlen=%s)' % (' ' * indent,
                                           self._repr(object.maxlen, context, level)))

    def _pprint_user_container(self, object, stream, indent, allowance, context, level):
        # UserDict, UserList, UserString: laid out as the wrapped object
        inner = object.data
        self._format(inner, stream, indent, allowance, context, level - 1)

    _pprint_user_dict = _pprint_user_list = _pprint_user_string = _pprint_user_container

    def _format_dict_items(self, items, stream, indent, allowance, context, level):
        indent = indent + self._indent_per_level
        items = list(items)
        for number, (key, value) in enumerate(items):
            final = number == len(items) - 1
            key_text = self._repr(key, context, level)
            stream.write(key_text + ': ')
            self._format(value, stream, indent + len(key_text) + 2,
                         allowance if final else 1, context, level)
            if not final:
                stream.write(',\n' + indent * ' ')

    def _format_namespace_items(self, items, stream, indent, allowance, context, level):
        items = list(items)
        for number, (key, value) in enumerate(items):
            final = number == len(items) - 1
            stream.write(key + '=')
            if id(value) in context:
                stream.write("...")      # the namespace contains itself
            else:
                self._format(value, stream, indent + len(key) + 1,
                             allowance if final else 1, context, level)
            if not final:
                stream.write(',\n' + indent * ' ')

    def _format_items(self, items, stream, indent, allowance, context, level):
        """The items of a list, tuple, set or deque, one per line, or with compact as many
        as fit on each line."""
        indent = indent + self._indent_per_level
        self._open_padding(stream)
        newline = ',\n' + ' ' * indent
        full_room = self._width - indent + 1
        room = full_room           # what is left on the current line (compact mode)
        separator = ''
        entries = list(items)
        for number, item in enumerate(entries):
            final = number == len(entries) - 1
            if final:
                full_room -= allowance
                room -= allowance
            if self._compact:
                text = self._repr(item, context, level)
                needed = len(text) + 2
                if room < needed:
                    room = full_room
                    if separator:
                        separator = newline
                if room >= needed:
                    room -= needed
                    stream.write(separator + text)
                    separator = ', '
                    continue
            stream.write(separator)
            separator = newline
            self._format(item, stream, indent, allowance if final else 1, context, level)

    # ---- one-line reprs ----

    def _repr(self, object, context, level):
        text, readable, recursive = self.format(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return text

    def format(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of object; context holds the ids of the containers
        being formatted. Subclasses may override it to change how objects are shown."""
        return self._safe_repr(object, context, maxlevels, level)  # (repr, readable, recursive)

    def _safe_repr(self, object, context, maxlevels, level):
        kind = type(object)
        if kind in _builtin_scalars:
            return repr(object), True, False   # scalars: always readable
        own_repr = getattr(kind, "__repr__", None)
        if issubclass(kind, int) and own_repr is int.__repr__:
            return (f"{object:_d}" if self._underscore_numbers else repr(object)), True, False
        if issubclass(kind, dict) and own_repr is dict.__repr__:
            if not object:
                return "{}", True, False
            def pairs():
                if self._sort_dicts:
                    return sorted(object.items(), key=_safe_tuple)
                return object.items()
            return self._safe_repr_items(object, '{%s}', pairs, context, maxlevels, level,
                                         '{...}')
        if issubclass(kind, list) and own_repr is list.__repr__:
            if not object:
                return "[]", True, False
            return self._safe_repr_items(object, '[%s]', lambda: object, context, maxlevels,
                                         level)
        if issubclass(kind, tuple) and own_repr is tuple.__repr__:
            if not object:
                return "()", True, False
            template = '(%s,)' if len(object) == 1 else '(%s)'
            return self._safe_repr_items(object, template, lambda: object, context, maxlevels,
                                         level)
        text = repr(object)
        return text, (text and not text.startswith('<')), False

    def _safe_repr_items(self, container, template, items, context, maxlevels, level,
                         too_deep=None):
        """repr of a dict (items() gives pairs), list or tuple (items() gives the elements),
        with its readable and recursive flags."""
        key = id(container)
        if maxlevels and maxlevels <= level:
            return (too_deep or template % '...'), False, key in context
        if key in context:
            return _recursion(container), False, True
        context[key] = 1
        readable, recursive = True, False
        shown = []
        is_mapping = isinstance(container, dict)
        for item in items():
            parts = item if is_mapping else (item,)
            texts = []
            for part in parts:
                text, part_readable, part_recursive = self.format(part, context, maxlevels,
                                                                  level + 1)
                texts.append(text)
                readable = readable and part_readable
                recursive = recursive or part_recursive
            shown.append(': '.join(texts))
        del context[key]
        return template % ', '.join(shown), readable, recursive


_dispatch = PrettyPrinter._dispatch
for _type, _layout in (
        (dict, PrettyPrinter._pprint_dict),
        (_collections.OrderedDict, PrettyPrinter._pprint_ordered_dict),
        (list, PrettyPrinter._pprint_list),
        (tuple, PrettyPrinter._pprint_tuple),
        (set, PrettyPrinter._pprint_set),
        (frozenset, PrettyPrinter._pprint_set),
        (str, PrettyPrinter._pprint_str),
        (bytes, PrettyPrinter._pprint_bytes),
        (bytearray, PrettyPrinter._pprint_bytearray),
        (_types.MappingProxyType, PrettyPrinter._pprint_mappingproxy),
        (_types.SimpleNamespace, PrettyPrinter._pprint_simplenamespace),
        (_collections.defaultdict, PrettyPrinter._pprint_default_dict),
        (_collections.Counter, PrettyPrinter._pprint_counter),
        (_collections.ChainMap, PrettyPrinter._pprint_chain_map),
        (_collections.deque, PrettyPrinter._pprint_deque),
        (_collections.UserDict, PrettyPrinter._pprint_user_container),
        (_collections.UserList, PrettyPrinter._pprint_user_container),
        (_collections.UserString, PrettyPrinter._pprint_user_container)):
    _dispatch[_type.__repr__] = _layout
del _type, _layout, _dispatch
