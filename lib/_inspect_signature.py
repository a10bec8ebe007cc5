"""inspect.signature and its classes: Parameter, Signature, BoundArguments, plus getfullargspec,
getcallargs, get_annotations and formatannotation, which are built on them.

Loaded by inspect on first use of one of these names (inspect's module __getattr__), so programs
that only ask inspect for generator states do not pay for it.
"""

import enum
import functools
import sys
import types
from collections import namedtuple

__all__ = ['Parameter', 'Signature', 'BoundArguments', 'signature', 'getfullargspec', 'FullArgSpec',
           'getcallargs', 'get_annotations', 'formatannotation', 'formatannotationrelativeto']


class _empty:
    """Marker object for Signature.empty and Parameter.empty."""


class _void:
    """A private marker - used in Parameter & Signature."""


class _ParameterKind(enum.IntEnum):
    POSITIONAL_ONLY = 0
    POSITIONAL_OR_KEYWORD = 1
    VAR_POSITIONAL = 2
    KEYWORD_ONLY = 3
    VAR_KEYWORD = 4

    def __str__(self):
        return self._name_

    @property
    def description(self):
        return _KIND_DESCRIPTIONS[self]


for _cls in (_empty, _void, _ParameterKind):
    _cls.__module__ = 'inspect'   # where CPython defines them; their reprs say so
del _cls

_POSITIONAL_ONLY = _ParameterKind.POSITIONAL_ONLY
_POSITIONAL_OR_KEYWORD = _ParameterKind.POSITIONAL_OR_KEYWORD
_VAR_POSITIONAL = _ParameterKind.VAR_POSITIONAL
_KEYWORD_ONLY = _ParameterKind.KEYWORD_ONLY
_VAR_KEYWORD = _ParameterKind.VAR_KEYWORD

_KIND_DESCRIPTIONS = {
    _POSITIONAL_ONLY: 'positional-only',
    _POSITIONAL_OR_KEYWORD: 'positional or keyword',
    _VAR_POSITIONAL: 'variadic positional',
    _KEYWORD_ONLY: 'keyword-only',
    _VAR_KEYWORD: 'variadic keyword',
}

_CO_VARARGS = 0x4
_CO_VARKEYWORDS = 0x8


def formatannotation(annotation, base_module=None):
    if getattr(annotation, '__module__', None) == 'typing':
        return repr(annotation).replace('typing.', '')
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ in ('builtins', base_module):
            return annotation.__qualname__
        return annotation.__module__ + '.' + annotation.__qualname__
    return repr(annotation)


def formatannotationrelativeto(object):
    module = getattr(object, '__module__', None)

    def _formatannotation(annotation):
        return formatannotation(annotation, module)
    return _formatannotation


class Parameter:
    """One parameter of a Signature: name, kind, default and annotation (the last two may be
    Parameter.empty). Immutable; replace() makes a changed copy."""

    __slots__ = ('_name', '_kind', '_default', '_annotation')

    POSITIONAL_ONLY = _POSITIONAL_ONLY
    POSITIONAL_OR_KEYWORD = _POSITIONAL_OR_KEYWORD
    VAR_POSITIONAL = _VAR_POSITIONAL
    KEYWORD_ONLY = _KEYWORD_ONLY
    VAR_KEYWORD = _VAR_KEYWORD

    empty = _empty

    def __init__(self, name, kind, *, default=_empty, annotation=_empty):
        try:
            self._kind = _ParameterKind(kind)
        except ValueError:
            raise ValueError(f'value {kind!r} is not a valid Parameter.kind')
        if default is not _empty and self._kind in (_VAR_POSITIONAL, _VAR_KEYWORD):
            raise ValueError('{} parameters cannot have default values'.format(self._kind.description))
        self._default = default
        self._annotation = annotation
        if name is _empty:
            raise ValueError('name is a required attribute for Parameter')
        if not isinstance(name, str):
            raise TypeError('name must be a str, not a {}'.format(type(name).__name__))
        if name[0] == '.' and name[1:].isdigit():
            # A comprehension's implicit ".0" argument, which can only be positional.
            if self._kind != _POSITIONAL_OR_KEYWORD:
                raise ValueError('implicit arguments must be passed as positional or keyword '
                                 'arguments, not {}'.format(self._kind.description))
            self._kind = _POSITIONAL_ONLY
            name = 'implicit{}'.format(name[1:])
        import keyword
        if not name.isidentifier() or keyword.iskeyword(name):
            raise ValueError('{!r} is not a valid parameter name'.format(name))
        self._name = name

    def __reduce__(self):
        return (type(self), (self._name, self._kind),
                {'_default': self._default, '_annotation': self._annotation})

    def __setstate__(self, state):
        self._default = state['_default']
        self._annotation = state['_annotation']

    @property
    def name(self):
        return self._name

    @property
    def default(self):
        return self._default

    @property
    def annotation(self):
        return self._annotation

    @property
    def kind(self):
        return self._kind

    def replace(self, *, name=_void, kind=_void, annotation=_void, default=_void):
        return type(self)(self._name if name is _void else name,
                          self._kind if kind is _void else kind,
                          default=self._default if default is _void else default,
                          annotation=self._annotation if annotation is _void else annotation)

    def __str__(self):
        text = self._name
        if self._annotation is not _empty:
            text = '{}: {}'.format(text, formatannotation(self._annotation))
        if self._default is not _empty:
            sep = ' = ' if self._annotation is not _empty else '='
            text = '{}{}{}'.format(text, sep, repr(self._default))
        if self._kind == _VAR_POSITIONAL:
            text = '*' + text
        elif self._kind == _VAR_KEYWORD:
            text = '**' + text
        return text

    def __repr__(self):
        return '<{} "{}">'.format(self.__class__.__name__, self)

    def __hash__(self):
        return hash((self.name, self.kind, self.annotation, self.default))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Parameter):
            return NotImplemented
        return (self._name == other._name and self._kind == other._kind
                and self._default == other._default and self._annotation == other._annotation)


class BoundArguments:
    """The result of Signature.bind: `arguments` maps parameter names to values; args and kwargs
    give them back in a form a call takes."""

    __slots__ = ('arguments', '_signature', '__weakref__')

    def __init__(self, signature, arguments):
        self.arguments = arguments
        self._signature = signature

    @property
    def signature(self):
        return self._signature

    @property
    def args(self):
        args = []
        for name, param in self._signature.parameters.items():
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY) or name not in self.arguments:
                break   # the rest go to kwargs
            value = self.arguments[name]
            if param.kind == _VAR_POSITIONAL:
                args.extend(value)
            else:
                args.append(value)
        return tuple(args)

    @property
    def kwargs(self):
        kwargs = {}
        started = False
        for name, param in self._signature.parameters.items():
            if not started:
                if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                    started = True
                elif name not in self.arguments:
                    started = True   # a gap: what follows cannot be passed positionally
                    continue
            if not started or name not in self.arguments:
                continue
            value = self.arguments[name]
            if param.kind == _VAR_KEYWORD:
                kwargs.update(value)
            else:
                kwargs[name] = value
        return kwargs

    def apply_defaults(self):
        arguments = self.arguments
        filled = []
        for name, param in self._signature.parameters.items():
            if name in arguments:
                filled.append((name, arguments[name]))
            elif param.default is not _empty:
                filled.append((name, param.default))
            elif param.kind == _VAR_POSITIONAL:
                filled.append((name, ()))
            elif param.kind == _VAR_KEYWORD:
                filled.append((name, {}))
        self.arguments = dict(filled)

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, BoundArguments):
            return NotImplemented
        return self.signature == other.signature and self.arguments == other.arguments

    def __setstate__(self, state):
        self._signature = state['_signature']
        self.arguments = state['arguments']

    def __getstate__(self):
        return {'_signature': self._signature, 'arguments': self.arguments}

    def __repr__(self):
        args = ', '.join('{}={!r}'.format(k, v) for k, v in self.arguments.items())
        return '<{} ({})>'.format(self.__class__.__name__, args)


class Signature:
    """The parameters a callable takes, in order, and its return annotation."""

    __slots__ = ('_return_annotation', '_parameters')

    _parameter_cls = Parameter
    _bound_arguments_cls = BoundArguments

    empty = _empty

    def __init__(self, parameters=None, *, return_annotation=_empty, __validate_parameters__=True):
        if parameters is None:
            params = {}
        elif __validate_parameters__:
            params = {}
            top_kind = _POSITIONAL_ONLY
            seen_default = False
            for param in parameters:
                kind = param.kind
                name = param.name
                if kind < top_kind:
                    raise ValueError('wrong parameter order: {} parameter before {} parameter'
                                     .format(top_kind.description, kind.description))
                if kind > top_kind:
                    top_kind = kind
                if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
                    if param.default is _empty:
                        if seen_default:
                            raise ValueError('non-default argument follows default argument')
                    else:
                        seen_default = True
                if name in params:
                    raise ValueError('duplicate parameter name: {!r}'.format(name))
                params[name] = param
        else:
            params = {param.name: param for param in parameters}
        self._parameters = types.MappingProxyType(params)
        self._return_annotation = return_annotation

    @classmethod
    def from_callable(cls, obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
        return _signature_from_callable(obj, sigcls=cls, follow_wrapper_chains=follow_wrapped,
                                        globals=globals, locals=locals, eval_str=eval_str)

    @property
    def parameters(self):
        return self._parameters

    @property
    def return_annotation(self):
        return self._return_annotation

    def replace(self, *, parameters=_void, return_annotation=_void):
        if parameters is _void:
            parameters = self.parameters.values()
        if return_annotation is _void:
            return_annotation = self._return_annotation
        return type(self)(parameters, return_annotation=return_annotation)

    def _hash_basis(self):
        params = tuple(p for p in self.parameters.values() if p.kind != _KEYWORD_ONLY)
        kwo_params = {p.name: p for p in self.parameters.values() if p.kind == _KEYWORD_ONLY}
        return params, frozenset(kwo_params.values()), self.return_annotation

    def __hash__(self):
        params, kwo_params, return_annotation = self._hash_basis()
        return hash((params, kwo_params, return_annotation))

    def __eq__(self, other):
        if self is other:
            return True
        if not isinstance(other, Signature):
            return NotImplemented
        return self._hash_basis() == other._hash_basis()

    def _bind(self, args, kwargs, *, partial=False):
        kwargs = dict(kwargs)
        arguments = {}
        params = list(self.parameters.values())
        index = 0
        # Positional arguments fill the parameters from the left.
        for position, value in enumerate(args):
            if index >= len(params):
                raise TypeError('too many positional arguments') from None
            param = params[index]
            if param.kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
                raise TypeError('too many positional arguments') from None
            if param.kind == _VAR_POSITIONAL:
                arguments[param.name] = tuple(args[position:])
                index += 1
                break
            if param.name in kwargs and param.kind != _POSITIONAL_ONLY:
                raise TypeError('multiple values for argument {!r}'.format(param.name)) from None
            arguments[param.name] = value
            index += 1
        # The other parameters take keywords or their defaults.
        kwargs_param = None
        for param in params[index:]:
            if param.kind == _VAR_KEYWORD:
                kwargs_param = param
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
            if param.name in kwargs:
                if param.kind == _POSITIONAL_ONLY:   # 3.11 refuses it even with a **kwargs
                    raise TypeError('{!r} parameter is positional only, but was passed as a '
                                    'keyword'.format(param.name))
                arguments[param.name] = kwargs.pop(param.name)
            elif not partial and param.default is _empty:
                raise TypeError('missing a required argument: {!r}'.format(param.name)) from None
        if kwargs:
            if kwargs_param is None:
                raise TypeError('got an unexpected keyword argument {!r}'.format(next(iter(kwargs))))
            arguments[kwargs_param.name] = kwargs
        return self._bound_arguments_cls(self, arguments)

    def bind(self, /, *args, **kwargs):
        return self._bind(args, kwargs)

    def bind_partial(self, /, *args, **kwargs):
        return self._bind(args, kwargs, partial=True)

    def __reduce__(self):
        return (type(self), (tuple(self._parameters.values()),),
                {'_return_annotation': self._return_annotation})

    def __setstate__(self, state):
        self._return_annotation = state['_return_annotation']

    def __repr__(self):
        return '<{} {}>'.format(self.__class__.__name__, self)

    def __str__(self):
        parts = []
        pending_slash = False     # positional-only parameters are closed by '/'
        need_star = True          # keyword-only ones are opened by '*' unless *args did it
        for param in self.parameters.values():
            kind = param.kind
            if kind == _POSITIONAL_ONLY:
                pending_slash = True
            elif pending_slash:
                parts.append('/')
                pending_slash = False
            if kind == _VAR_POSITIONAL:
                need_star = False
            elif kind == _KEYWORD_ONLY and need_star:
                parts.append('*')
                need_star = False
            parts.append(str(param))
        if pending_slash:
            parts.append('/')
        text = '({})'.format(', '.join(parts))
        if self.return_annotation is not _empty:
            text += ' -> {}'.format(formatannotation(self.return_annotation))
        return text


for _cls in (Parameter, BoundArguments, Signature):
    _cls.__module__ = 'inspect'
del _cls


def signature(obj, *, follow_wrapped=True, globals=None, locals=None, eval_str=False):
    """Get a signature object for the passed callable."""
    return Signature.from_callable(obj, follow_wrapped=follow_wrapped, globals=globals,
                                   locals=locals, eval_str=eval_str)


# ---- Building signatures ----

def get_annotations(obj, *, globals=None, locals=None, eval_str=False):
    """The annotations dict of a class, module or callable; with eval_str, string annotations
    are evaluated in the object's globals."""
    if isinstance(obj, type):
        ann = obj.__dict__.get('__annotations__', None)
        if isinstance(ann, types.GetSetDescriptorType):
            ann = None
        module = sys.modules.get(getattr(obj, '__module__', None), None)
        obj_globals = getattr(module, '__dict__', None)
        obj_locals = dict(vars(obj))
        unwrap = obj
    elif isinstance(obj, types.ModuleType):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__dict__')
        obj_locals = None
        unwrap = None
    elif callable(obj):
        ann = getattr(obj, '__annotations__', None)
        obj_globals = getattr(obj, '__globals__', None)
        obj_locals = None
        unwrap = obj
    else:
        raise TypeError(f"{obj!r} is not a module, class, or callable.")
    if ann is None:
        return {}
    if not isinstance(ann, dict):
        raise ValueError(f"{obj!r}.__annotations__ is neither a dict nor None")
    if not ann:
        return {}
    if not eval_str:
        return dict(ann)
    if unwrap is not None:
        while True:
            if hasattr(unwrap, '__wrapped__'):
                unwrap = unwrap.__wrapped__
                continue
            if isinstance(unwrap, functools.partial):
                unwrap = unwrap.func
                continue
            break
        if hasattr(unwrap, '__globals__'):
            obj_globals = unwrap.__globals__
    if globals is None:
        globals = obj_globals
    if locals is None:
        locals = obj_locals
    return {key: value if not isinstance(value, str) else eval(value, globals, locals)
            for key, value in ann.items()}


def _is_function_like(obj):
    """A Python function, or an object that looks like one closely enough (Cython functions)."""
    if isinstance(obj, types.FunctionType):
        return True
    if not callable(obj) or isinstance(obj, type):
        return False
    code = getattr(obj, '__code__', None)
    return (isinstance(code, types.CodeType) and isinstance(getattr(obj, '__name__', None), str)
            and isinstance(getattr(obj, '__defaults__', None), (tuple, type(None)))
            and isinstance(getattr(obj, '__kwdefaults__', None), (dict, type(None))))


def _signature_from_function(cls, func, globals=None, locals=None, eval_str=False):
    code = func.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = code.co_posonlyargcount
    nkwonly = code.co_kwonlyargcount
    defaults = func.__defaults__ or ()
    kwdefaults = func.__kwdefaults__ or {}
    annotations = get_annotations(func, globals=globals, locals=locals, eval_str=eval_str)
    P = cls._parameter_cls
    params = []
    first_default = npos - len(defaults)
    for i, name in enumerate(names[:npos]):
        kind = _POSITIONAL_ONLY if i < nposonly else _POSITIONAL_OR_KEYWORD
        default = defaults[i - first_default] if i >= first_default else _empty
        params.append(P(name, kind, default=default, annotation=annotations.get(name, _empty)))
    next_name = npos + nkwonly
    if code.co_flags & _CO_VARARGS:
        name = names[next_name]
        params.append(P(name, _VAR_POSITIONAL, annotation=annotations.get(name, _empty)))
        next_name += 1
    for name in names[npos:npos + nkwonly]:
        params.append(P(name, _KEYWORD_ONLY, default=kwdefaults.get(name, _empty),
                        annotation=annotations.get(name, _empty)))
    if code.co_flags & _CO_VARKEYWORDS:
        name = names[next_name]
        params.append(P(name, _VAR_KEYWORD, annotation=annotations.get(name, _empty)))
    return cls(params, return_annotation=annotations.get('return', _empty),
               __validate_parameters__=not isinstance(func, types.FunctionType))


def _without_first(sig):
    """The signature of a bound method: the parameter that receives the instance is gone."""
    params = tuple(sig.parameters.values())
    if not params or params[0].kind in (_VAR_KEYWORD, _KEYWORD_ONLY):
        raise ValueError('invalid method signature')
    if params[0].kind == _VAR_POSITIONAL:
        return sig   # *args still takes the instance and whatever else comes
    return sig.replace(parameters=params[1:])


def _from_text_signature(cls, obj, text, skip_bound_arg):
    """A builtin's __text_signature__ such as '($module, iterable, /, *, key=None)'."""
    inner = text.strip()[1:-1]
    parts = [p.strip() for p in _split_top_level(inner) if p.strip()]
    P = cls._parameter_cls
    params = []
    kind = _POSITIONAL_OR_KEYWORD
    if '/' in parts:
        kind = _POSITIONAL_ONLY
    # The '$' parameter is the receiver: dropped when obj is bound to it ($module: a module's
    # function, always; a bound method unless skip_bound_arg is false), else kept, positional-only.
    bound_to = getattr(obj, '__self__', None)
    drop_receiver = bound_to is not None and (isinstance(bound_to, types.ModuleType) or skip_bound_arg)
    for part in parts:
        if part.startswith('$'):
            if not (drop_receiver or part == '$module'):
                params.append(P(part[1:], _POSITIONAL_ONLY))
            continue
        if part == '/':
            kind = _POSITIONAL_OR_KEYWORD
            continue
        if part == '*':
            kind = _KEYWORD_ONLY
            continue
        if part.startswith('**'):
            params.append(P(part[2:], _VAR_KEYWORD))
            continue
        if part.startswith('*'):
            params.append(P(part[1:], _VAR_POSITIONAL))
            kind = _KEYWORD_ONLY
            continue
        name, eq, default = part.partition('=')
        value = _empty
        if eq:
            # A default C code cannot spell ('<unrepresentable>') leaves no signature at all,
            # as in CPython; names such as sys.maxsize are looked up.
            try:
                value = eval(default, {'__builtins__': {}, 'sys': sys}, {})
            except Exception:
                raise ValueError("no signature found for builtin {!r}".format(obj)) from None
        params.append(P(name.strip(), kind, default=value))
    return cls(params)


def _split_top_level(text):
    parts, depth, current = [], 0, []
    for ch in text:
        if ch in '([{':
            depth += 1
        elif ch in ')]}':
            depth -= 1
        if ch == ',' and depth == 0:
            parts.append(''.join(current))
            current = []
        else:
            current.append(ch)
    parts.append(''.join(current))
    return parts


def _builtin_signature(cls, obj, skip_bound_arg=True):
    text = getattr(obj, '__text_signature__', None)
    if not text:
        raise ValueError("no signature found for builtin {!r}".format(obj))
    return _from_text_signature(cls, obj, text, skip_bound_arg)


_NON_USER_CALLABLES = (types.WrapperDescriptorType, types.MethodWrapperType,
                       types.ClassMethodDescriptorType, types.BuiltinFunctionType)


def _user_defined(cls, name):
    """cls.name when it is written in Python (not a builtin slot wrapper), else None."""
    try:
        meth = getattr(cls, name)
    except AttributeError:
        return None
    if isinstance(meth, _NON_USER_CALLABLES) or type(meth).__name__ in ('method_descriptor',
                                                                         'wrapper_descriptor'):
        return None
    return meth


def _partial_signature(wrapped_sig, partial, extra_args=()):
    """What is left of wrapped_sig once functools.partial has supplied some arguments."""
    pargs = extra_args + (partial.args or ())
    pkw = partial.keywords or {}
    try:
        bound = wrapped_sig.bind_partial(*pargs, **pkw)
    except TypeError as ex:
        raise ValueError('partial object {!r} has incorrect arguments'.format(partial)) from ex
    kept = []
    later_keyword_only = False   # once a positional parameter got a keyword, the rest follow it
    moved = []
    for name, param in wrapped_sig.parameters.items():
        if name in bound.arguments:
            value = bound.arguments[name]
            if param.kind == _POSITIONAL_ONLY:
                continue
            if param.kind == _POSITIONAL_OR_KEYWORD:
                if name not in pkw:
                    continue
                later_keyword_only = True
                param = param.replace(default=value)
            elif param.kind == _KEYWORD_ONLY:
                param = param.replace(default=value)
        if later_keyword_only:
            if param.kind == _POSITIONAL_OR_KEYWORD:
                moved.append(param.replace(kind=_KEYWORD_ONLY))
                continue
            if param.kind in (_KEYWORD_ONLY, _VAR_KEYWORD):
                moved.append(param)
                continue
            if param.kind == _VAR_POSITIONAL:
                continue
        kept.append(param)
    return wrapped_sig.replace(parameters=kept + moved)


def _signature_from_callable(obj, *, follow_wrapper_chains=True, skip_bound_arg=True,
                             globals=None, locals=None, eval_str=False, sigcls):
    def again(o):
        return _signature_from_callable(o, follow_wrapper_chains=follow_wrapper_chains,
                                        skip_bound_arg=skip_bound_arg, globals=globals,
                                        locals=locals, eval_str=eval_str, sigcls=sigcls)

    if not callable(obj):
        raise TypeError('{!r} is not a callable object'.format(obj))
    if isinstance(obj, types.MethodType):
        sig = again(obj.__func__)
        return _without_first(sig) if skip_bound_arg else sig
    if follow_wrapper_chains:
        seen = {id(obj)}
        while hasattr(obj, '__wrapped__') and not hasattr(obj, '__signature__'):
            obj = obj.__wrapped__
            if id(obj) in seen:
                raise ValueError('wrapper loop when unwrapping {!r}'.format(obj))
            seen.add(id(obj))
        if isinstance(obj, types.MethodType):
            return again(obj)
    try:
        sig = obj.__signature__
    except AttributeError:
        pass
    else:
        if sig is not None:
            if not isinstance(sig, Signature):
                raise TypeError('unexpected object {!r} in __signature__ attribute'.format(sig))
            return sig
    partialmethod = getattr(obj, '_partialmethod', None)
    if isinstance(partialmethod, functools.partialmethod):
        wrapped_sig = again(partialmethod.func)
        sig = _partial_signature(wrapped_sig, partialmethod, (None,))
        first = tuple(wrapped_sig.parameters.values())[0]
        if first.kind == _VAR_POSITIONAL:
            return sig
        return sig.replace(parameters=(first,) + tuple(sig.parameters.values()))
    if _is_function_like(obj):
        return _signature_from_function(sigcls, obj, globals=globals, locals=locals,
                                        eval_str=eval_str)
    if isinstance(obj, (types.BuiltinFunctionType, types.WrapperDescriptorType,
                        types.MethodWrapperType, types.ClassMethodDescriptorType)) or \
            type(obj).__name__ == 'method_descriptor':
        return _builtin_signature(sigcls, obj, skip_bound_arg)
    if isinstance(obj, functools.partial):
        return _partial_signature(again(obj.func), obj)
    if isinstance(obj, type):
        call = _user_defined(type(obj), '__call__')
        if call is not None:
            return _without_first(again(call)) if skip_bound_arg else again(call)
        new = _user_defined(obj, '__new__')
        init = _user_defined(obj, '__init__')
        for base in obj.__mro__:
            if new is not None and '__new__' in base.__dict__:
                sig = again(new)
                return _without_first(sig) if skip_bound_arg else sig
            if init is not None and '__init__' in base.__dict__:
                sig = again(init)
                return _without_first(sig) if skip_bound_arg else sig
        for base in obj.__mro__[:-1]:
            text = getattr(base, '__text_signature__', None)
            if text:
                return _from_text_signature(sigcls, obj, text, skip_bound_arg)
        if type not in obj.__mro__:
            if obj.__init__ is object.__init__ and obj.__new__ is object.__new__:
                return sigcls([])
            raise ValueError('no signature found for builtin type {!r}'.format(obj))
        raise ValueError('no signature found for builtin type {!r}'.format(obj))
    call = _user_defined(type(obj), '__call__')
    if call is not None:
        sig = again(call)
        return _without_first(sig) if skip_bound_arg else sig
    raise ValueError('callable {!r} is not supported by signature'.format(obj))


# ---- The older interfaces built on signatures ----

FullArgSpec = namedtuple('FullArgSpec',
                         'args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, annotations')


def getfullargspec(func):
    try:
        sig = _signature_from_callable(func, follow_wrapper_chains=False, skip_bound_arg=False,
                                       sigcls=Signature, eval_str=False)
    except Exception as ex:
        raise TypeError('unsupported callable') from ex
    args, kwonlyargs, annotations, kwdefaults = [], [], {}, {}
    varargs = varkw = None
    defaults = ()
    if sig.return_annotation is not sig.empty:
        annotations['return'] = sig.return_annotation
    for param in sig.parameters.values():
        kind, name = param.kind, param.name
        if kind in (_POSITIONAL_ONLY, _POSITIONAL_OR_KEYWORD):
            args.append(name)
            if param.default is not param.empty:
                defaults += (param.default,)
        elif kind == _VAR_POSITIONAL:
            varargs = name
        elif kind == _KEYWORD_ONLY:
            kwonlyargs.append(name)
            if param.default is not param.empty:
                kwdefaults[name] = param.default
        elif kind == _VAR_KEYWORD:
            varkw = name
        if param.annotation is not param.empty:
            annotations[name] = param.annotation
    return FullArgSpec(args, varargs, varkw, defaults or None, kwonlyargs, kwdefaults or None,
                       annotations)


def getcallargs(func, /, *positional, **named):
    """The mapping of parameter names to values that a call func(*positional, **named) makes,
    with CPython's TypeError messages for calls that do not fit."""
    spec = getfullargspec(func)
    args, varargs, varkw, defaults, kwonlyargs, kwonlydefaults, ann = spec
    f_name = func.__name__
    arg2value = {}
    if isinstance(func, types.MethodType) and func.__self__ is not None:
        positional = (func.__self__,) + positional
    num_pos = len(positional)
    num_args = len(args)
    num_defaults = len(defaults) if defaults else 0
    n = min(num_pos, num_args)
    for i in range(n):
        arg2value[args[i]] = positional[i]
    if varargs:
        arg2value[varargs] = tuple(positional[n:])
    possible_kwargs = set(args + kwonlyargs)
    if varkw:
        arg2value[varkw] = {}
    for kw, value in named.items():
        if kw not in possible_kwargs:
            if not varkw:
                raise TypeError('%s() got an unexpected keyword argument %r' % (f_name, kw))
            arg2value[varkw][kw] = value
            continue
        if kw in arg2value:
            raise TypeError("%s() got multiple values for argument %r" % (f_name, kw))
        arg2value[kw] = value
    if num_pos > num_args and not varargs:
        _too_many(f_name, args, kwonlyargs, varargs, num_defaults, num_pos, arg2value)
    if num_pos < num_args:
        req = args[:num_args - num_defaults]
        for arg in req:
            if arg not in arg2value:
                _missing(f_name, req, True, arg2value)
        for i, arg in enumerate(args[num_args - num_defaults:]):
            if arg not in arg2value:
                arg2value[arg] = defaults[i]
    missing = 0
    for kwarg in kwonlyargs:
        if kwarg not in arg2value:
            if kwonlydefaults and kwarg in kwonlydefaults:
                arg2value[kwarg] = kwonlydefaults[kwarg]
            else:
                missing += 1
    if missing:
        _missing(f_name, kwonlyargs, False, arg2value)
    return arg2value


def _missing(f_name, argnames, pos, values):
    names = [repr(name) for name in argnames if name not in values]
    missing = len(names)
    if missing == 1:
        s = names[0]
    elif missing == 2:
        s = "{} and {}".format(*names)
    else:
        tail = ", {} and {}".format(*names[-2:])
        del names[-2:]
        s = ", ".join(names) + tail
    raise TypeError("%s() missing %i required %s argument%s: %s" %
                    (f_name, missing, "positional" if pos else "keyword-only",
                     "" if missing == 1 else "s", s))


def _too_many(f_name, args, kwonly, varargs, defcount, given, values):
    atleast = len(args) - defcount
    kwonly_given = len([arg for arg in kwonly if arg in values])
    if varargs:
        plural = atleast != 1
        sig = "at least %d" % (atleast,)
    elif defcount:
        plural = True
        sig = "from %d to %d" % (atleast, len(args))
    else:
        plural = len(args) != 1
        sig = str(len(args))
    kwonly_sig = ""
    if kwonly_given:
        msg = " positional argument%s (and %d keyword-only argument%s)"
        kwonly_sig = (msg % ("s" if given != 1 else "", kwonly_given,
                             "s" if kwonly_given != 1 else ""))
    raise TypeError("%s() takes %s positional argument%s but %d%s %s given" %
                    (f_name, sig, "s" if plural else "", given, kwonly_sig,
                     "was" if given == 1 and not kwonly_given else "were"))
