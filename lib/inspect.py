# Object introspection: the is* predicates, generator/coroutine states and locals,
# currentframe, getframeinfo, stack and the FrameInfo lists, getmembers, getattr_static
# (simplified), classify_class_attrs, getclosurevars, getargvalues. No signature() or source access.
# CPython counterpart: Lib/inspect.py.
import sys
import types

CO_OPTIMIZED = 0x1
CO_NEWLOCALS = 0x2
CO_VARARGS = 0x4
CO_VARKEYWORDS = 0x8
CO_NESTED = 0x10
CO_GENERATOR = 0x20
CO_NOFREE = 0x40
CO_COROUTINE = 0x80
CO_ITERABLE_COROUTINE = 0x100
CO_ASYNC_GENERATOR = 0x200

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'

CORO_CREATED = 'CORO_CREATED'
CORO_RUNNING = 'CORO_RUNNING'
CORO_SUSPENDED = 'CORO_SUSPENDED'
CORO_CLOSED = 'CORO_CLOSED'


def ismodule(obj):
    return isinstance(obj, types.ModuleType)


def isclass(obj):
    return isinstance(obj, type)


def ismethod(obj):
    return isinstance(obj, types.MethodType)


def isfunction(obj):
    return isinstance(obj, types.FunctionType)


def isbuiltin(obj):
    return isinstance(obj, types.BuiltinFunctionType)


def ismethoddescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__get__') and not hasattr(tp, '__set__')


def isdatadescriptor(obj):
    if isclass(obj) or ismethod(obj) or isfunction(obj):
        return False
    tp = type(obj)
    return hasattr(tp, '__set__') or hasattr(tp, '__delete__')


def isroutine(obj):
    return (isbuiltin(obj) or isfunction(obj) or ismethod(obj) or ismethoddescriptor(obj)
            or isinstance(obj, (types.WrapperDescriptorType, types.MethodWrapperType,
                                types.MethodDescriptorType)))


def isframe(obj):
    return isinstance(obj, types.FrameType)


def iscode(obj):
    return isinstance(obj, types.CodeType)


def istraceback(obj):
    return isinstance(obj, types.TracebackType)


def _unwrap_partial(f):
    while True:
        if ismethod(f):
            f = f.__func__
            continue
        func = getattr(f, 'func', None)
        if func is not None and type(f).__name__ == 'partial':
            f = func
            continue
        return f


def _is_function_like(f):
    # Objects that carry a function's attributes (Cython functions, unittest.mock.AsyncMock)
    # count as functions for the code-flag predicates, as in CPython.
    return (callable(f) and isinstance(getattr(f, '__name__', None), str)
            and isinstance(getattr(f, '__code__', None), types.CodeType)
            and isinstance(getattr(f, '__defaults__', None), (type(None), tuple))
            and isinstance(getattr(f, '__kwdefaults__', None), (type(None), dict))
            and isinstance(getattr(f, '__annotations__', None), (type(None), dict)))


def _has_code_flag(f, flag):
    f = _unwrap_partial(f)
    if not (isfunction(f) or _is_function_like(f)):
        return False
    return bool(f.__code__.co_flags & flag)


def isgeneratorfunction(obj):
    return _has_code_flag(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _has_code_flag(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _has_code_flag(obj, CO_ASYNC_GENERATOR)


def isgenerator(obj):
    return isinstance(obj, types.GeneratorType)


def iscoroutine(obj):
    return isinstance(obj, types.CoroutineType)


def isasyncgen(obj):
    return isinstance(obj, types.AsyncGeneratorType)


def isawaitable(obj):
    if isinstance(obj, types.CoroutineType):
        return True
    if isinstance(obj, types.GeneratorType) and obj.gi_code.co_flags & CO_ITERABLE_COROUTINE:
        return True
    return hasattr(type(obj), '__await__')


def isabstract(obj):
    if not isinstance(obj, type):
        return False
    return bool(getattr(obj, '__abstractmethods__', None))


def getgeneratorstate(generator):
    if generator.gi_running:
        return GEN_RUNNING
    if getattr(generator, 'gi_suspended', False):
        return GEN_SUSPENDED
    if generator.gi_frame is None:
        return GEN_CLOSED
    return GEN_CREATED


def getcoroutinestate(coroutine):
    if coroutine.cr_running:
        return CORO_RUNNING
    if getattr(coroutine, 'cr_suspended', False):
        return CORO_SUSPENDED
    if coroutine.cr_frame is None:
        return CORO_CLOSED
    return CORO_CREATED


def getgeneratorlocals(generator):
    if not isgenerator(generator):
        raise TypeError("{!r} is not a Python generator".format(generator))
    frame = getattr(generator, "gi_frame", None)
    if frame is not None:
        return generator.gi_frame.f_locals
    return {}


def getcoroutinelocals(coroutine):
    frame = getattr(coroutine, "cr_frame", None)
    if frame is not None:
        return frame.f_locals
    return {}


def currentframe():
    getframe = getattr(sys, '_getframe', None)
    return getframe(1) if getframe is not None else None


def _tuple_with_positions(name, fields, doc):
    # A named tuple whose instances also carry `positions` (the source positions of the
    # current instruction), outside the tuple as in CPython 3.11.
    from collections import namedtuple
    base = namedtuple('_' + name, fields)

    def __new__(cls, *args, positions=None):
        instance = base.__new__(cls, *args)
        instance.positions = positions
        return instance

    def __repr__(self):
        inner = ', '.join('%s=%r' % (f, v) for f, v in zip(self._fields, self))
        return '%s(%s, positions=%r)' % (name, inner, self.positions)

    return type(name, (base,), {'__new__': __new__, '__repr__': __repr__, '__doc__': doc,
                                '__module__': __name__})


Traceback = _tuple_with_positions(
    'Traceback', 'filename lineno function code_context index',
    "getframeinfo()'s result: where a frame or traceback entry is, with source lines.")
FrameInfo = _tuple_with_positions(
    'FrameInfo', 'frame filename lineno function code_context index',
    'An entry of stack(), trace(), getouterframes() and getinnerframes().')


def _positions_of(frame_or_tb, lineno):
    code = frame_or_tb.f_code if isframe(frame_or_tb) else frame_or_tb.tb_frame.f_code
    lasti = frame_or_tb.f_lasti if isframe(frame_or_tb) else frame_or_tb.tb_lasti
    try:
        positions = list(code.co_positions())
        if 0 <= lasti // 2 < len(positions) and positions[lasti // 2][0] == lineno:
            return tuple(positions[lasti // 2])
    except (AttributeError, TypeError, ValueError):
        pass
    return (lineno, lineno, None, None)


def getframeinfo(frame, context=1):
    """Traceback(filename, lineno, function, code_context, index) for a frame or traceback
    object, with `context` lines of source centred on the current line."""
    if istraceback(frame):
        lineno = frame.tb_lineno
        tb = frame
        frame = frame.tb_frame
    else:
        lineno = frame.f_lineno
        tb = None
    if not isframe(frame):
        raise TypeError('{!r} is not a frame or traceback object'.format(frame))
    filename = frame.f_code.co_filename
    positions = _positions_of(tb if tb is not None else frame, lineno)
    if context > 0 and lineno is not None:
        import linecache
        start = lineno - 1 - context // 2
        lines = linecache.getlines(filename, frame.f_globals)
        if lines:
            start = max(0, min(start, len(lines) - context))
            lines = lines[start:start + context]
            index = lineno - 1 - start
        else:
            lines = index = None
    else:
        lines = index = None
    return Traceback(filename, lineno, frame.f_code.co_name, lines, index, positions=positions)


def getlineno(frame):
    return frame.f_lineno


def getouterframes(frame, context=1):
    """FrameInfo entries for `frame` and each frame that called it, innermost first."""
    framelist = []
    while frame is not None:
        info = getframeinfo(frame, context)
        framelist.append(FrameInfo(frame, *info, positions=info.positions))
        frame = frame.f_back
    return framelist


def getinnerframes(tb, context=1):
    """FrameInfo entries for a traceback's frames, outermost first."""
    framelist = []
    while tb is not None:
        info = getframeinfo(tb, context)
        framelist.append(FrameInfo(tb.tb_frame, *info, positions=info.positions))
        tb = tb.tb_next
    return framelist


def stack(context=1):
    """FrameInfo entries for the caller's frame and those above it."""
    return getouterframes(sys._getframe(1), context)


def trace(context=1):
    """FrameInfo entries between the current frame and where the exception being handled was raised."""
    return getinnerframes(sys.exc_info()[2], context)


def getmro(cls):
    return cls.__mro__


def _members(obj, predicate, lookup):
    """getmembers' walk: the names dir() gives (for a class, plus the DynamicClassAttributes its
    bases define, such as an Enum's name and value), each looked up with `lookup`; a name the
    lookup refuses is taken from the MRO's __dict__s, or dropped if no class has it."""
    names = dir(obj)
    classes = ()
    if isclass(obj):
        classes = (obj,) + getmro(obj)
        import types
        try:
            for base in obj.__bases__:
                names.extend(k for k, v in base.__dict__.items()
                             if isinstance(v, types.DynamicClassAttribute))
        except AttributeError:
            pass
    found = []
    done = set()
    for name in names:
        try:
            value = lookup(obj, name)
            if name in done:
                raise AttributeError(name)
        except AttributeError:
            for klass in classes:
                if name in klass.__dict__:
                    value = klass.__dict__[name]
                    break
            else:
                continue
        if not predicate or predicate(value):
            found.append((name, value))
        done.add(name)
    found.sort(key=lambda pair: pair[0])
    return found


def getmembers(obj, predicate=None):
    """The (name, value) pairs of obj's attributes, sorted by name; with a predicate, only the
    pairs whose value it accepts."""
    return _members(obj, predicate, getattr)


_sentinel = object()


def getattr_static(obj, attr, default=_sentinel):
    """Look attr up without running descriptors or __getattr__ (data in __dict__s only)."""
    klass = obj if isinstance(obj, type) else type(obj)
    if not isinstance(obj, type):
        try:
            d = object.__getattribute__(obj, '__dict__')
        except AttributeError:
            d = {}
        if attr in d:
            return d[attr]
    for base in klass.__mro__:
        if attr in base.__dict__:
            return base.__dict__[attr]
    if isinstance(obj, type):
        for base in type(obj).__mro__:
            if attr in base.__dict__:
                return base.__dict__[attr]
    if default is not _sentinel:
        return default
    raise AttributeError(attr)


def unwrap(func, *, stop=None):
    f = func
    seen = {id(f)}
    while hasattr(f, '__wrapped__') and not (stop is not None and stop(f)):
        f = f.__wrapped__
        if id(f) in seen:
            raise ValueError('wrapper loop when unwrapping {!r}'.format(func))
        seen.add(id(f))
    return f


def getdoc(obj):
    """The cleaned docstring; one missing is taken from the same attribute of a base class."""
    try:
        doc = obj.__doc__
    except AttributeError:
        return None
    if doc is None:
        try:
            doc = _inherited_doc(obj)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return cleandoc(doc)


def _owner_by_qualname(func):
    # The class a plain function was defined in, found again by its qualified name.
    path = func.__qualname__.split('.')[:-1]
    if not path or '<locals>' in path:
        return None
    found = sys.modules.get(func.__module__) if func.__module__ else None
    found = vars(found) if found is not None else func.__globals__
    owner = found.get(path[0])
    for part in path[1:]:
        owner = getattr(owner, part, None)
    return owner if isclass(owner) else None


def _inherited_doc(obj):
    """The first docstring along the MRO for a class, or for the same name in a method's class."""
    if isclass(obj):
        for base in obj.__mro__:
            if base is not object and isinstance(base.__doc__, str):
                return base.__doc__
        return None
    name = obj.__name__ if hasattr(obj, '__name__') else None
    if ismethod(obj):
        owner = obj.__self__ if isclass(obj.__self__) else type(obj.__self__)
        name = obj.__func__.__name__
        if getattr(owner, name, None) is None:
            return None
    elif isfunction(obj):
        owner = _owner_by_qualname(obj)
    elif isinstance(obj, property):
        name = obj.fget.__name__ if obj.fget is not None else None
        owner = _owner_by_qualname(obj.fget) if isfunction(obj.fget) else None
    elif isbuiltin(obj):
        bound = obj.__self__
        owner = bound if isclass(bound) else type(bound) if bound is not None and not ismodule(bound) else None
    else:
        owner = getattr(obj, '__objclass__', None)
    if owner is None or name is None:
        return None
    for base in owner.__mro__:
        found = getattr(base, name, _sentinel)
        text = None if found is _sentinel else getattr(found, '__doc__', None)
        if text is not None:
            return text
    return None


def cleandoc(doc):
    lines = doc.expandtabs().split('\n')
    margin = None
    for line in lines[1:]:
        content = len(line.lstrip())
        if content:
            indent = len(line) - content
            margin = indent if margin is None else min(margin, indent)
    if lines:
        lines[0] = lines[0].lstrip()
    if margin is not None:
        for i in range(1, len(lines)):
            lines[i] = lines[i][margin:]
    while lines and not lines[-1]:
        lines.pop()
    while lines and not lines[0]:
        lines.pop(0)
    return '\n'.join(lines)


def getmodule(obj):
    if ismodule(obj):
        return obj
    name = getattr(obj, '__module__', None)
    return sys.modules.get(name) if name is not None else None


_SIGNATURE_NAMES = frozenset(['Parameter', 'Signature', 'BoundArguments', 'signature',
                              'getfullargspec', 'FullArgSpec', 'getcallargs', 'get_annotations',
                              'formatannotation', 'formatannotationrelativeto', '_empty',
                              '_ParameterKind', '_void', '_signature_from_callable'])


def isgetsetdescriptor(obj):
    """Whether obj is a getset descriptor (an attribute of a built-in type computed in C++)."""
    return isinstance(obj, types.GetSetDescriptorType)


def ismemberdescriptor(obj):
    """Whether obj is a member descriptor (a __slots__ entry or a built-in type's field)."""
    return isinstance(obj, types.MemberDescriptorType)


def _named_tuple(name, fields):
    from collections import namedtuple
    return namedtuple(name, fields)


def _make_result_tuple(name):
    fields = {'Attribute': 'name kind defining_class object',
              'ClosureVars': 'nonlocals globals builtins unbound',
              'ArgInfo': 'args varargs keywords locals'}[name]
    made = _named_tuple(name, fields)
    made.__module__ = 'inspect'
    globals()[name] = made
    return made


def classify_class_attrs(cls):
    """Attribute(name, kind, defining_class, object) for every name dir(cls) lists; kind is
    'class method', 'static method', 'property', 'method' or 'data'."""
    Attribute = globals().get('Attribute') or _make_result_tuple('Attribute')
    mro = getmro(cls)
    meta_mro = tuple(k for k in getmro(type(cls)) if k not in (type, object))
    result = []
    for name in dir(cls):
        home = None
        raw = None
        for owner in mro + meta_mro:
            table = owner.__dict__
            if name in table:
                home, raw = owner, table[name]
                break
        if home is None:
            try:
                raw = getattr(cls, name)
            except AttributeError:
                continue
            home = getattr(raw, '__objclass__', None)
        if isinstance(raw, staticmethod):
            kind, value = 'static method', raw
        elif isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
            kind, value = 'class method', raw
        elif isinstance(raw, property):
            kind, value = 'property', raw
        elif isroutine(raw):
            kind, value = 'method', raw
        else:
            kind, value = 'data', raw
        result.append(Attribute(name, kind, home, value))
    return result


def getclosurevars(func):
    """ClosureVars(nonlocals, globals, builtins, unbound): where each name the function's code
    refers to is found now."""
    ClosureVars = globals().get('ClosureVars') or _make_result_tuple('ClosureVars')
    if ismethod(func):
        func = func.__func__
    if not isfunction(func):
        raise TypeError("{!r} is not a Python function".format(func))
    code = func.__code__
    cells = func.__closure__ or ()
    nonlocal_vars = {name: cell.cell_contents
                     for name, cell in zip(code.co_freevars, cells)}
    namespace = func.__globals__
    builtin_ns = namespace.get('__builtins__', __builtins__)
    builtin_ns = vars(builtin_ns) if ismodule(builtin_ns) else builtin_ns
    # Every name the code and its nested code objects use counts, attribute names included:
    # those that resolve nowhere end up in unbound, as CPython's getclosurevars reports them.
    names = set()
    pending = [code]
    while pending:
        current = pending.pop()
        names.update(current.co_names)
        pending.extend(c for c in current.co_consts if iscode(c))
    global_vars, builtin_vars, unbound = {}, {}, set()
    for name in names:
        if name in ('None', 'True', 'False'):
            continue
        if name in namespace:
            global_vars[name] = namespace[name]
        elif name in builtin_ns:
            builtin_vars[name] = builtin_ns.get(name)
        else:
            unbound.add(name)
    return ClosureVars(nonlocal_vars, global_vars, builtin_vars, unbound)


def getargvalues(frame):
    """ArgInfo(args, varargs, keywords, locals) of the call running in frame."""
    ArgInfo = globals().get('ArgInfo') or _make_result_tuple('ArgInfo')
    code = frame.f_code
    count = code.co_argcount + code.co_kwonlyargcount
    names = list(code.co_varnames[:count])
    varargs = keywords = None
    if code.co_flags & CO_VARARGS:
        varargs = code.co_varnames[count]
        count += 1
    if code.co_flags & CO_VARKEYWORDS:
        keywords = code.co_varnames[count]
    return ArgInfo(names, varargs, keywords, frame.f_locals)


def formatargvalues(args, varargs, varkw, locals, formatarg=str,
                    formatvarargs=lambda text: f'*{text}',
                    formatvarkw=lambda text: f'**{text}',
                    formatvalue=lambda v: f'={v!r}'):
    """'(a=1, *rest=(2,), **kw={})' from getargvalues()'s parts."""
    parts = [formatarg(name) + formatvalue(locals[name]) for name in args]
    if varargs:
        parts.append(formatvarargs(varargs) + formatvalue(locals[varargs]))
    if varkw:
        parts.append(formatvarkw(varkw) + formatvalue(locals[varkw]))
    return '(' + ', '.join(parts) + ')'


def getmembers_static(obj, predicate=None):
    """getmembers() without running descriptors or __getattr__: values as getattr_static finds
    them, sorted by name."""
    return _members(obj, predicate, getattr_static)


_SOURCE_NAMES = frozenset(['getfile', 'getsourcefile', 'findsource', 'getsourcelines', 'getsource',
                           'getblock', 'getcomments', 'getmodulename', 'indentsize'])


def __getattr__(name):
    # The signature machinery and the source readers are loaded on first use.
    if name in ('Attribute', 'ClosureVars', 'ArgInfo'):
        return _make_result_tuple(name)
    if name in _SIGNATURE_NAMES:
        import _inspect_signature as home
    elif name in _SOURCE_NAMES:
        import _inspect_source as home
    else:
        raise AttributeError(f"module 'inspect' has no attribute '{name}'")
    value = getattr(home, name)
    globals()[name] = value
    return value
