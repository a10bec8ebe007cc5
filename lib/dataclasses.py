"""dataclasses: @dataclass reads a class's annotations as fields and writes the usual methods
(__init__, __repr__, __eq__, ordering, __hash__, frozen __setattr__/__delattr__, __match_args__,
__slots__); plus field(), fields(), asdict(), astuple(), replace(), make_dataclass(), InitVar,
KW_ONLY and MISSING.

pygen's implementation, from the library reference and python3's observed behaviour. The methods
of one class are written as Python source by a _MethodWriter and compiled with a single exec:
each method becomes a closure over the objects it needs (field types, defaults, the class), and
has the class's module as its globals, so typing.get_type_hints() works on the __init__ made.
"""

import _thread
import copy
import functools
import keyword
import sys
import types

__all__ = ['dataclass', 'field', 'Field', 'FrozenInstanceError', 'InitVar', 'KW_ONLY', 'MISSING',
           'fields', 'asdict', 'astuple', 'make_dataclass', 'replace', 'is_dataclass']


class FrozenInstanceError(AttributeError):
    pass


# ---------------------------------------------------------------------------------------------
# Markers

class _HAS_DEFAULT_FACTORY_CLASS:
    # the parameter default of a field with a default_factory (shown by inspect.signature)
    def __repr__(self):
        return '<factory>'


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


# what a Field stands for: a real field, a ClassVar, or an InitVar (an __init__ argument only)
_FIELD, _FIELD_CLASSVAR, _FIELD_INITVAR = map(_FIELD_BASE, ('_FIELD', '_FIELD_CLASSVAR',
                                                           '_FIELD_INITVAR'))

_FIELDS = '__dataclass_fields__'
_PARAMS = '__dataclass_params__'
_POST_INIT_NAME = '__post_init__'
_NO_METADATA = types.MappingProxyType({})


class InitVar:
    """InitVar[T] as a field's type: an argument of __init__ (passed on to __post_init__)
    that is not stored as a field."""
    __slots__ = ('type',)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        shown = self.type.__name__ if isinstance(self.type, type) else repr(self.type)
        return f'dataclasses.InitVar[{shown}]'

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """What field() returns and fields() lists: one field's name, type and options."""
    __slots__ = ('name', 'type', 'default', 'default_factory', 'repr', 'hash', 'init', 'compare',
                 'metadata', 'kw_only', '_field_type')

    __class_getitem__ = classmethod(types.GenericAlias)

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = self.type = self._field_type = None
        self.default, self.default_factory = default, default_factory
        self.init, self.repr, self.hash, self.compare = init, repr, hash, compare
        self.metadata = _NO_METADATA if metadata is None else types.MappingProxyType(metadata)
        self.kw_only = kw_only

    def __repr__(self):
        guard = (id(self), _thread.get_ident())
        if guard in _REPRS_RUNNING:
            return '...'
        _REPRS_RUNNING.add(guard)
        try:
            shown = ','.join(f'{attr}={getattr(self, attr)!r}' for attr in _FIELD_SHOWN)
            return f'Field({shown},_field_type={self._field_type})'
        finally:
            _REPRS_RUNNING.discard(guard)

    def __set_name__(self, owner, name):
        # a default that is itself a descriptor learns its name too
        hook = getattr(type(self.default), '__set_name__', None)
        if hook:
            hook(self.default, owner, name)


class _DataclassParams:
    __slots__ = ('init', 'repr', 'eq', 'order', 'unsafe_hash', 'frozen')

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init, self.repr, self.eq, self.order = init, repr, eq, order
        self.unsafe_hash, self.frozen = unsafe_hash, frozen

    def __repr__(self):
        shown = ','.join(f'{slot}={getattr(self, slot)!r}' for slot in self.__slots__)
        return f'_DataclassParams({shown})'


def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    """Describe one field: its default (or a zero-argument default_factory) and whether it is
    in __init__, the repr, comparisons and the hash; metadata is kept for third parties."""
    if not (default is MISSING or default_factory is MISSING):
        raise ValueError('cannot specify both default and default_factory')
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


_REPRS_RUNNING = set()
_FIELD_SHOWN = ('name', 'type', 'default', 'default_factory', 'init', 'repr', 'hash', 'compare',
                'metadata', 'kw_only')


def _guard_recursion(method):
    """A __repr__ that shows '...' for an object already being shown further up (per thread)."""
    running = set()

    def __repr__(self):
        key = (id(self), _thread.get_ident())
        if key in running:
            return '...'
        running.add(key)
        try:
            return method(self)
        finally:
            running.discard(key)

    return functools.wraps(method)(__repr__)


# ---------------------------------------------------------------------------------------------
# Recognising ClassVar, InitVar and KW_ONLY annotations

def _is_classvar(annotation, typing):
    return (annotation is typing.ClassVar
            or (type(annotation) is getattr(typing, '_GenericAlias', None)
                and annotation.__origin__ is typing.ClassVar)
            # pygen's typing spells ClassVar[T] as a special form named 'ClassVar'
            or (type(annotation) is type(typing.ClassVar)
                and getattr(annotation, '_name', None) == 'ClassVar'))


def _is_initvar(annotation, module):
    return annotation is module.InitVar or type(annotation) is module.InitVar


def _is_kw_only(annotation, module):
    return annotation is module.KW_ONLY


def _leading_name(text):
    """'  typing . ClassVar[int]' -> ('typing', 'ClassVar'); 'InitVar' -> (None, 'InitVar');
    None when the text does not start with a (possibly dotted) name."""
    def word(at):
        while at < len(text) and text[at].isspace():
            at += 1
        start = at
        while at < len(text) and (text[at].isalnum() or text[at] == '_'):
            at += 1
        return text[start:at], at

    first, at = word(0)
    if not first:
        return None
    rest = text[at:].lstrip()
    if rest.startswith('.'):
        second, _ = word(len(text) - len(rest) + 1)
        if second:
            return first, second
    return None, first


def _string_annotation_is(text, cls, module, predicate):
    """Whether a string annotation names what predicate looks for: 'ClassVar[int]' as the
    class's module would resolve the name, 'typing.ClassVar[int]' when the class's module has
    that module under that name (the name is then taken from the module itself)."""
    parsed = _leading_name(text)
    if parsed is None:
        return False
    prefix, name = parsed
    home = sys.modules.get(cls.__module__)
    if home is None:
        return False
    namespace = home.__dict__
    if prefix is not None:
        if namespace.get(prefix) is not module:
            return False
        namespace = vars(module)
    return predicate(namespace.get(name), module)


def _annotation_is(annotation, cls, module, predicate):
    if predicate(annotation, module):
        return True
    return isinstance(annotation, str) and _string_annotation_is(annotation, cls, module,
                                                                 predicate)


# ---------------------------------------------------------------------------------------------
# Collecting the fields

def _make_field(cls, name, annotation, kw_only_default):
    value = getattr(cls, name, MISSING)
    if isinstance(value, Field):
        made = value
    else:
        if isinstance(value, types.MemberDescriptorType):
            value = MISSING      # a __slots__ entry, not a default
        made = field(default=value)
    made.name, made.type, made._field_type = name, annotation, _FIELD

    typing_module = sys.modules.get('typing')
    if typing_module is not None and _annotation_is(annotation, cls, typing_module,
                                                    _is_classvar):
        made._field_type = _FIELD_CLASSVAR
    elif _annotation_is(annotation, cls, sys.modules[__name__], _is_initvar):
        made._field_type = _FIELD_INITVAR

    kind = made._field_type
    if kind is not _FIELD and made.default_factory is not MISSING:
        raise TypeError(f'field {name} cannot have a default factory')
    if kind is _FIELD_CLASSVAR:
        if made.kw_only is not MISSING:
            raise TypeError(f'field {name} is a ClassVar but specifies kw_only')
    elif made.kw_only is MISSING:
        made.kw_only = kw_only_default
    if kind is _FIELD and type(made.default).__hash__ is None:
        raise ValueError(f'mutable default {type(made.default)} for field {name} is not '
                         'allowed: use default_factory')
    return made


def _collect_fields(cls, kw_only):
    """All fields, inherited ones first (from the most basic dataclass base); returns
    (fields by name, whether a dataclass base exists, whether one is frozen)."""
    collected = {}
    inherits = frozen_base = False
    for base in reversed(cls.__mro__[1:]):
        inherited = getattr(base, _FIELDS, None)
        if inherited is None:
            continue
        inherits = True
        collected.update((f.name, f) for f in inherited.values())
        frozen_base = frozen_base or getattr(base, _PARAMS).frozen

    annotations = cls.__dict__.get('__annotations__', {})
    this_module = sys.modules[__name__]
    marker_seen = False
    own = []
    for name, annotation in annotations.items():
        if _annotation_is(annotation, cls, this_module, _is_kw_only):
            if marker_seen:
                raise TypeError(f'{name!r} is KW_ONLY, but KW_ONLY has already been specified')
            marker_seen = kw_only = True
            continue
        own.append(_make_field(cls, name, annotation, kw_only))

    for made in own:
        collected[made.name] = made
        # the class attribute that held field(...) becomes the plain default (or goes)
        if isinstance(getattr(cls, made.name, None), Field):
            if made.default is MISSING:
                delattr(cls, made.name)
            else:
                setattr(cls, made.name, made.default)
    for name, value in vars(cls).items():
        if isinstance(value, Field) and name not in annotations:
            raise TypeError(f'{name!r} is a field but has no type annotation')
    return collected, inherits, frozen_base


# ---------------------------------------------------------------------------------------------
# Writing the methods

class _MethodWriter:
    """Collects the source of a class's generated methods and the objects they refer to, and
    compiles them all at once. Referenced objects get names no field can have (fields are
    parameter names of __init__, so a clash would shadow them)."""

    def __init__(self, cls, module_globals):
        self.cls = cls
        self.globals = module_globals
        self.closure = {'__dataclass_cls__': cls, '__dataclass_object__': object,
                        '__dataclass_factory_mark__': _HAS_DEFAULT_FACTORY,
                        '__dataclass_frozen_error__': FrozenInstanceError}
        self.sources = []
        self.names = []

    def refer(self, label, value):
        key = f'__dataclass_{label}__'
        self.closure[key] = value
        return key

    def add(self, name, params, body, returns=MISSING):
        note = ''
        if returns is not MISSING:
            note = ' -> ' + self.refer('return_type', returns)
        lines = [f'  def {name}({", ".join(params)}){note}:']
        lines.extend('   ' + line for line in body)
        self.sources.append('\n'.join(lines))
        self.names.append(name)

    def build(self):
        """{method name: function}. The maker is called __create_fn__: pprint recognises a
        generated __repr__ by that name in its (wrapped) qualified name, as on python3."""
        if not self.names:
            return {}
        text = (f'def __create_fn__({", ".join(self.closure)}):\n'
                + '\n'.join(self.sources)
                + f'\n  return {{{", ".join(f"{n!r}: {n}" for n in self.names)}}}')
        scratch = {}
        exec(text, self.globals, scratch)
        return scratch['__create_fn__'](**self.closure)


def _attr_tuple(owner, chosen):
    if not chosen:
        return '()'
    return '(' + ''.join(f'{owner}.{f.name},' for f in chosen) + ')'


def _write_init(writer, init_fields, frozen, has_post_init, slots):
    positional = [f for f in init_fields if f.init and not f.kw_only]
    keyword_only = [f for f in init_fields if f.init and f.kw_only]
    defaulted = False
    for f in positional:
        if f.init:
            has_default = f.default is not MISSING or f.default_factory is not MISSING
            if has_default:
                defaulted = True
            elif defaulted:
                raise TypeError(f'non-default argument {f.name!r} follows default argument')

    names = {f.name for f in init_fields}
    me = '__dataclass_self__' if 'self' in names else 'self'

    def param(f):
        text = f'{f.name}: {writer.refer("type_" + f.name, f.type)}'
        if f.default is not MISSING:
            return text + ' = ' + writer.refer('default_' + f.name, f.default)
        if MISSING is not f.default_factory:
            return text + ' = __dataclass_factory_mark__'
        return text

    def store(name, expression):
        if frozen:
            return f'__dataclass_object__.__setattr__({me}, {name!r}, {expression})'
        return f'{me}.{name} = {expression}'

    body = []
    for f in init_fields:
        if f._field_type is not _FIELD:
            continue     # an InitVar: only passed on to __post_init__
        factory = f.default_factory
        if factory is not MISSING:
            maker = writer.refer('factory_' + f.name, factory)
            if f.init:
                expression = f'{maker}() if {f.name} is __dataclass_factory_mark__ else {f.name}'
            else:
                expression = f'{maker}()'
        elif f.init:
            expression = f.name
        elif slots and f.default is not MISSING:
            # with __slots__ the class no longer holds the default: store it
            expression = writer.refer('default_' + f.name, f.default)
        else:
            continue
        body.append(store(f.name, expression))
    if has_post_init:
        passed = ', '.join(f.name for f in init_fields if f._field_type is _FIELD_INITVAR)
        body.append(f'{me}.{_POST_INIT_NAME}({passed})')

    params = [me] + [param(f) for f in positional]
    if keyword_only:
        params += ['*'] + [param(f) for f in keyword_only]
    writer.add('__init__', params, body or ['pass'], returns=None)


def _write_repr(writer, shown):
    parts = ', '.join(f'{f.name}={{self.{f.name}!r}}' for f in shown)
    writer.add('__repr__', ['self'], [f'return f"{{self.__class__.__qualname__}}({parts})"'])


def _write_compare(writer, name, op, chosen):
    writer.add(name, ['self', 'other'], [
        'if other.__class__ is not self.__class__:',
        ' return NotImplemented',
        f'return {_attr_tuple("self", chosen)} {op} {_attr_tuple("other", chosen)}'])


def _write_frozen(writer, field_list):
    names = '(' + ''.join(f'{f.name!r},' for f in field_list) + ')'
    guard = f'if type(self) is __dataclass_cls__ or name in {names}:'
    writer.add('__setattr__', ['self', 'name', 'value'], [
        guard, ' raise __dataclass_frozen_error__(f"cannot assign to field {name!r}")',
        'super(__dataclass_cls__, self).__setattr__(name, value)'])
    writer.add('__delattr__', ['self', 'name'], [
        guard, ' raise __dataclass_frozen_error__(f"cannot delete field {name!r}")',
        'super(__dataclass_cls__, self).__delattr__(name)'])


def _write_hash(writer, chosen):
    writer.add('__hash__', ['self'], [f'return hash({_attr_tuple("self", chosen)})'])


# (unsafe_hash, eq, frozen, has explicit __hash__) -> what happens to __hash__:
# 'add' a generated one, 'none' (set to None: unhashable), 'keep' (leave it), 'fail'.
def _hash_plan(unsafe_hash, eq, frozen, explicit):
    if unsafe_hash:
        return 'fail' if explicit else 'add'
    if not eq or explicit:
        return 'keep'
    return 'add' if frozen else 'none'


def _install(cls, name, value):
    """Put a generated method on the class unless the class defines the name itself;
    True when it does (so the generated one was not used)."""
    if name in cls.__dict__:
        return True
    _own_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _own_qualname(cls, value):
    if isinstance(value, types.FunctionType):
        value.__qualname__ = f'{cls.__qualname__}.{value.__name__}'
    return value


def _class_signature_text(cls, generated_init, init_fields):
    """What inspect.signature(cls) shows, without '-> None'. When calling the class simply
    runs the __init__ written here, the text is made from the fields directly (much cheaper
    than inspect's general machinery, and the same text)."""
    import inspect
    if (generated_init is None or cls.__dict__.get('__init__') is not generated_init
            or type(cls).__call__ is not type.__call__ or cls.__new__ is not object.__new__
            or '__signature__' in cls.__dict__):
        try:
            return str(inspect.signature(cls)).replace(' -> None', '')
        except (TypeError, ValueError):
            return ''
    shown = []
    star = False
    for f in init_fields:
        if not f.init:
            continue
        if f.kw_only and not star:
            shown.append('*')
            star = True
        text = f'{f.name}: {inspect.formatannotation(f.type)}'
        if f.default is not MISSING:
            text += f' = {f.default!r}'
        elif f.default_factory is not MISSING:
            text += ' = <factory>'
        shown.append(text)
    return '(' + ', '.join(shown) + ')'


def _recompute_abstracts(cls):
    updater = getattr(sys.modules.get('abc'), 'update_abstractmethods', None)
    if updater is not None:
        updater(cls)
        return
    if not hasattr(cls, '__abstractmethods__'):
        return
    still = {name for name, value in cls.__dict__.items()
             if getattr(value, '__isabstractmethod__', False)}
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                still.add(name)
    cls.__abstractmethods__ = frozenset(still)


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only, slots,
                   weakref_slot):
    home = sys.modules.get(cls.__module__)
    writer = _MethodWriter(cls, home.__dict__ if home is not None else {})
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    all_fields, inherits, frozen_base = _collect_fields(cls, kw_only)
    if inherits and frozen_base != bool(frozen):
        if frozen_base:
            raise TypeError('cannot inherit non-frozen dataclass from a frozen one')
        raise TypeError('cannot inherit frozen dataclass from a non-frozen one')
    setattr(cls, _FIELDS, all_fields)

    own_hash = cls.__dict__.get('__hash__', MISSING)
    # a class body defining __eq__ gets __hash__ = None implicitly: that is not "explicit"
    explicit_hash = not (own_hash is MISSING or (own_hash is None and '__eq__' in cls.__dict__))
    if order and not eq:
        raise ValueError('eq must be true if order is true')

    init_fields = [f for f in all_fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    real_fields = [f for f in all_fields.values() if f._field_type is _FIELD]
    compared = [f for f in real_fields if f.compare]

    if init:
        _write_init(writer, init_fields, frozen, hasattr(cls, _POST_INIT_NAME), slots)
    if repr:
        _write_repr(writer, [f for f in real_fields if f.repr])
    if eq:
        _write_compare(writer, '__eq__', '==', compared)
    if order:
        for name, op in (('__lt__', '<'), ('__le__', '<='), ('__gt__', '>'), ('__ge__', '>=')):
            _write_compare(writer, name, op, compared)
    if frozen:
        _write_frozen(writer, real_fields)
    plan = _hash_plan(unsafe_hash, eq, frozen, explicit_hash)
    if plan == 'fail':
        raise TypeError(f'Cannot overwrite attribute __hash__ in class {cls.__name__}')
    if plan == 'add':
        _write_hash(writer, [f for f in real_fields if (f.compare if f.hash is None else f.hash)])

    methods = writer.build()
    for name in ('__init__', '__repr__', '__eq__'):
        if name in methods:
            made = methods[name]
            _install(cls, name, _guard_recursion(made) if name == '__repr__' else made)
    for name in ('__lt__', '__le__', '__gt__', '__ge__'):
        if name in methods and _install(cls, name, methods[name]):
            raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}. '
                            'Consider using functools.total_ordering')
    for name in ('__setattr__', '__delattr__'):
        if name in methods and _install(cls, name, methods[name]):
            raise TypeError(f'Cannot overwrite attribute {name} in class {cls.__name__}')
    if plan == 'add':
        cls.__hash__ = _own_qualname(cls, methods['__hash__'])
    elif plan == 'none':
        cls.__hash__ = None

    if not cls.__doc__:
        cls.__doc__ = cls.__name__ + _class_signature_text(cls, methods.get('__init__'),
                                                           init_fields)
    if match_args:
        _install(cls, '__match_args__',
                 tuple(f.name for f in init_fields if f.init and not f.kw_only))
    if not slots and weakref_slot:
        raise TypeError('weakref_slot is True but slots is False')
    if slots:
        cls = _with_slots(cls, frozen, weakref_slot)
    _recompute_abstracts(cls)
    return cls


# ---------------------------------------------------------------------------------------------
# __slots__

def _frozen_getstate(self):
    return [getattr(self, each.name) for each in fields(self)]


def _frozen_setstate(self, state):
    for f, value in zip(fields(self), state):
        object.__setattr__(self, f.name, value)   # the frozen __setattr__ would refuse


def _slots_of(klass):
    declared = klass.__dict__.get('__slots__')
    if declared is None:
        return
    if isinstance(declared, str):
        yield declared
        return
    if not hasattr(declared, '__next__'):
        yield from declared
        return
    raise TypeError(f"Slots of '{klass.__name__}' cannot be determined")


def _with_slots(cls, frozen, weakref_slot):
    """A copy of cls whose instances store the fields in __slots__ (a class's slots cannot be
    added after it is made)."""
    namespace = dict(cls.__dict__)
    if '__slots__' in namespace:
        raise TypeError(f'{cls.__name__} already specifies __slots__')
    names = [f.name for f in fields(cls)]
    taken = set()
    for base in cls.__mro__[1:-1]:
        taken.update(_slots_of(base))
    wanted = [n for n in names + ['__weakref__'] * bool(weakref_slot) if n not in taken]
    namespace['__slots__'] = tuple(wanted)
    for name in names:
        namespace.pop(name, None)     # class-level defaults would clash with the slots
    namespace.pop('__dict__', None)
    namespace.pop('__weakref__', None)
    qualname = cls.__qualname__
    cls = type(cls)(cls.__name__, cls.__bases__, namespace)
    cls.__qualname__ = qualname
    if frozen:
        if '__getstate__' not in namespace:
            cls.__getstate__ = _frozen_getstate
        if '__setstate__' not in namespace:
            cls.__setstate__ = _frozen_setstate
    return cls


# ---------------------------------------------------------------------------------------------
# The public functions

def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add methods to a class from its annotated fields; usable as @dataclass or with
    options, @dataclass(frozen=True, order=True, ...)."""
    def decorate(klass):
        return _process_class(klass, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)
    return decorate if cls is None else decorate(cls)


def fields(class_or_instance):
    """The Field objects of a dataclass or of an instance of one, in order (ClassVar and
    InitVar pseudo-fields left out)."""
    try:
        known = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError('must be called with a dataclass type or instance') from None
    return tuple(f for f in known.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return getattr(type(obj), _FIELDS, None) is not None


def _require_instance(obj, function):
    if not _is_dataclass_instance(obj):
        raise TypeError(f'{function}() should be called on dataclass instances')


def is_dataclass(obj):
    """Whether obj is a dataclass or an instance of one."""
    return hasattr(obj if isinstance(obj, type) else type(obj), _FIELDS)


def _converted(value, from_dataclass):
    """Deep copy of a field value for asdict/astuple: dataclasses through from_dataclass,
    namedtuples, lists, tuples and dicts rebuilt with their own type, the rest deep-copied."""
    if _is_dataclass_instance(value):
        return from_dataclass(value)
    kind = type(value)
    if isinstance(value, tuple) and hasattr(value, '_fields'):
        return kind(*[_converted(item, from_dataclass) for item in value])
    if isinstance(value, (list, tuple)):
        return kind(_converted(item, from_dataclass) for item in value)
    if isinstance(value, dict):
        return kind((_converted(k, from_dataclass), _converted(v, from_dataclass))
                    for k, v in value.items())
    return copy.deepcopy(value)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a dict (made by dict_factory from a list of
    pairs), converting nested dataclasses, lists, tuples and dicts too."""
    _require_instance(obj, 'asdict')

    def convert(instance):
        return dict_factory([(f.name, _converted(getattr(instance, f.name), convert))
                             for f in fields(instance)])
    return convert(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a tuple (made by tuple_factory),
    converting nested values as asdict() does."""
    _require_instance(obj, 'astuple')

    def convert(instance):
        return tuple_factory([_converted(getattr(instance, f.name), convert)
                              for f in fields(instance)])
    return convert(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True, eq=True,
                   order=False, unsafe_hash=False, frozen=False, match_args=True, kw_only=False,
                   slots=False, weakref_slot=False):
    """Make a dataclass named cls_name; each of fields is a name, (name, type) or
    (name, type, field(...)); namespace gives further class attributes."""
    annotations = {}
    given = {}
    for entry in fields:
        if isinstance(entry, str):
            name, annotation = entry, 'typing.Any'
        elif len(entry) == 2:
            name, annotation = entry
        elif len(entry) == 3:
            name, annotation, given[entry[0]] = entry
        else:
            raise TypeError(f'Invalid field: {entry!r}')
        if not (isinstance(name, str) and name.isidentifier()):
            raise TypeError(f'Field names must be valid identifiers: {name!r}')
        if keyword.iskeyword(name):
            raise TypeError(f'Field names must not be keywords: {name!r}')
        if name in annotations:
            raise TypeError(f'Field name duplicated: {name!r}')
        annotations[name] = annotation

    def fill(body):
        body.update(namespace or {})
        body.update(given)
        body['__annotations__'] = annotations

    cls = types.new_class(cls_name, bases, {}, fill)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new instance of obj's class: its field values with the given changes (init=False
    fields cannot be changed; InitVars without a default must be given)."""
    _require_instance(obj, 'replace')
    declared = getattr(obj, _FIELDS)
    for f in declared.values():
        kind, name = f._field_type, f.name
        if kind is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError(f'field {f.name} is declared with init=False, it cannot be '
                                 'specified with replace()')
        elif name not in changes:
            if kind is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError(f'InitVar {name!r} must be specified with replace()')
            changes[name] = getattr(obj, name)
    remade = obj.__class__
    return remade(**changes)
