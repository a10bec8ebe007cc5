"""enum: enumerations, as Python 3.11 has them.

pygen's implementation, from the library reference and python3's observed behaviour. How it
is put together:

* the class body runs in an _EnumNamespace, which notes which names become members (in
  order) and fills in auto() values as they are assigned;
* EnumType.__new__ swaps each member's value for a _PendingMember placeholder before the class
  is made; the class machinery calls the placeholders' __set_name__ in definition order (so
  the members exist by the time __init_subclass__ runs), and each one makes its member
  (_build_member) and files it under its name and value (_file_member);
* Flag keeps its bit masks up to date as members are filed, and makes the combinations of
  members (pseudo-members) on demand in _missing_;
* _simple_enum turns a plain class into an enum without the class-body machinery (the
  standard library's own enums are made that way).
"""

import sys
import builtins as _builtins
from types import DynamicClassAttribute, MappingProxyType

__all__ = ['EnumType', 'EnumMeta', 'Enum', 'IntEnum', 'StrEnum', 'Flag', 'IntFlag', 'ReprEnum',
           'auto', 'unique', 'property', 'verify', 'member', 'nonmember', 'FlagBoundary',
           'STRICT', 'CONFORM', 'EJECT', 'KEEP', 'global_flag_repr', 'global_enum_repr',
           'global_str', 'global_enum', 'EnumCheck', 'CONTINUOUS', 'NAMED_FLAGS', 'UNIQUE',
           'pickle_by_global_name', 'pickle_by_enum_name']

# Filled in as the classes below come to exist: the metaclass asks for them while it builds
# Enum and Flag themselves.
Enum = Flag = EJECT = ReprEnum = None

_builtin_bin = _builtins.bin


# ---------------------------------------------------------------------------------------------
# Names and bits

def _is_descriptor(obj):
    return any(hasattr(obj, hook) for hook in ('__get__', '__set__', '__delete__'))


def _is_dunder(name):
    return (len(name) > 4 and name[:2] == name[-2:] == '__'
            and name[2] != '_' and name[-3] != '_')


def _is_sunder(name):
    return (len(name) > 2 and name[0] == name[-1] == '_'
            and name[1] != '_' and name[-2] != '_')


def _is_internal_class(cls_name, obj):
    # a class defined in the enum's own body
    if not isinstance(obj, type):
        return False
    dotted = getattr(obj, '__qualname__', '')
    nested = f"{cls_name}.{getattr(obj, '__name__', '')}"
    return dotted == nested or dotted.endswith('.' + nested)


def _is_private(cls_name, name):
    # __name inside class cls_name arrives mangled as _cls_name__name
    prefix = f"_{cls_name.lstrip('_')}__"
    return len(name) > len(prefix) and name.startswith(prefix) and not name.endswith('__')


def _is_single_bit(num):
    return num != 0 and num & (num - 1) == 0


def _iter_bits_lsb(num):
    """The set bits of a non-negative int (or int-valued member), lowest first, as ints."""
    given = num
    if isinstance(num, Enum):
        num = num.value
    if num < 0:
        raise ValueError(f'{given!r} is not a positive integer')
    while num:
        lowest = num & -num
        yield lowest
        num ^= lowest


def show_flag_values(value):
    return [*_iter_bits_lsb(value)]


def bin(num, max_bits=None):
    """Like the built-in bin() but with a sign bit and two's complement for negatives, the
    digits padded to max_bits: bin(10) == '0b0 1010', bin(~10) == '0b1 0101'."""
    ceiling = 1 << num.bit_length()
    if num >= 0:
        text = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        text = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign, digits = text[:3], text[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = digits.rjust(max_bits, sign[-1])
    return f'{sign} {digits}'


def _high_bit(value):
    return value.bit_length() - 1


def _make_class_unpicklable(obj):
    """Members of an enum whose module is unknown cannot be pickled: say so when tried."""
    def _break_on_call_reduce(self, proto):
        raise TypeError(f'{self!r} cannot be pickled')
    settings = {'__reduce_ex__': _break_on_call_reduce, '__module__': '<unknown>'}
    if isinstance(obj, dict):
        obj.update(settings)
    else:
        for attr, value in settings.items():
            setattr(obj, attr, value)


# ---------------------------------------------------------------------------------------------
# Helpers used in class bodies

class _AutoNull:
    def __repr__(self):
        return '_auto_null'


_auto_null = _AutoNull()


class auto:
    """Stands for a member value to be made by _generate_next_value_."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return f'auto({self.value!r})'


class member:
    """member(value): make value a member even though it would not be one (a function)."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """nonmember(value): keep value a plain class attribute, not a member."""

    def __init__(self, value):
        self.value = value


class property(DynamicClassAttribute):
    """An attribute of members (as name and value are) that a member of the same name may
    share: on the class the name gives the member, on a member it gives the attribute."""

    member = None

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.member is not None:
                return self.member
            raise AttributeError(f'{ownerclass!r} has no attribute {self.name!r}')
        if self.fget is not None:
            return self.fget(instance)
        members = ownerclass._member_map_
        try:
            return members[self.name]
        except KeyError:
            raise AttributeError(f'{ownerclass!r} has no attribute {self.name!r}') from None

    def __set__(self, instance, value):
        setter = self.fset
        if setter is None:
            raise AttributeError(f'<enum {self.clsname!r}> cannot set attribute {self.name!r}')
        return setter(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(f'<enum {self.clsname!r}> cannot delete attribute '
                                 f'{self.name!r}')
        return self.fdel(instance)

    def __set_name__(self, ownerclass, name):
        self.name, self.clsname = name, ownerclass.__name__


def _shadowing_property(cls, name, target, template=None):
    """Put an enum.property for `name` on cls that gives `target` on the class (and, with a
    template descriptor from a base, that one's behaviour on members)."""
    if template is None:
        redirect = property()
    else:
        redirect = property(template.fget, template.fset, template.fdel)
    redirect.member = target
    redirect.__set_name__(cls, name)
    type.__setattr__(cls, name, redirect)


# ---------------------------------------------------------------------------------------------
# Making members

class _PendingMember:
    """Stands in the class namespace for a member until the class exists; its __set_name__
    (called by the class machinery, in definition order) makes the member."""

    def __init__(self, value):
        self.value = value

    def __set_name__(self, enum_class, member_name):
        # the placeholder stays until _file_member puts the member (or a property) over it
        made = _build_member(enum_class, member_name, self.value)
        _file_member(enum_class, member_name, made)


def _build_member(cls, name, given):
    data_type = cls._member_type_
    args = given if isinstance(given, tuple) else (given,)
    if data_type is tuple:
        args = (args,)       # a tuple-valued enum gets its whole value as one argument
    made = cls._new_member_(cls, *args) if cls._use_args_ else cls._new_member_(cls)
    if not hasattr(made, '_value_'):
        if data_type is object:
            made._value_ = given
        else:
            try:
                made._value_ = data_type(*args)
            except Exception as exc:
                problem = TypeError('_value_ not set in __new__, unable to create it')
                problem.__cause__ = exc
                raise problem
    made._name_ = name
    made.__objclass__ = cls
    made.__init__(*args)
    made._sort_order_ = len(cls._member_names_)
    return made


def _file_member(cls, name, made):
    value = made._value_
    is_flag = Flag is not None and issubclass(cls, Flag)
    # a value some member already has makes this name an alias of that member
    by_value = cls._value2member_map_
    try:
        first = by_value.get(value)
    except TypeError:     # unhashable: compare one by one
        first = next((known for known in cls._member_map_.values() if known._value_ == value),
                     None)
    if first is not None:
        made = first                                   # an alias
    elif not is_flag or _is_single_bit(value):
        cls._member_names_.append(name)                # multi-bit flags count as aliases
    # a property (or similar descriptor) of a base class keeps working on members
    template = None
    for base in cls.__mro__[1:]:
        found = base.__dict__.get(name)
        if found is None:
            continue
        if isinstance(found, (property, DynamicClassAttribute)):
            template = found
            break
        if all(hasattr(found, part) for part in ('fget', 'fset', 'fdel')):
            template = found
    if template is not None:
        _shadowing_property(cls, name, made, template)
    else:
        type.__setattr__(cls, name, made)   # (EnumType.__setattr__ would refuse a member)
    cls._member_map_[name] = made
    try:
        by_value.setdefault(value, made)
    except TypeError:
        cls._unhashable_values_.append(value)


# ---------------------------------------------------------------------------------------------
# The class body

_SUNDERS_ALLOWED = ('_order_', '_generate_next_value_', '_numeric_repr_', '_missing_',
                    '_ignore_', '_iter_member_', '_iter_member_by_value_',
                    '_iter_member_by_def_')


class _EnumNamespace(dict):
    """The namespace an enum's class body runs in: it tells members from other attributes and
    resolves auto() as members are assigned."""

    def __init__(self):
        super().__init__()
        self._member_names = {}      # used as an ordered set
        self._last_values = []
        self._ignore = []
        self._auto_called = False
        self._cls_name = None

    def _next_value(self, key):
        made = self._generate_next_value(key, 1, len(self._member_names), self._last_values[:])
        self._auto_called = True
        return made

    def _sunder(self, key, value):
        """Check a _sunder_ name; returns the value to store for it."""
        if key not in _SUNDERS_ALLOWED:
            raise ValueError(f'_sunder_ names, such as {key!r}, are reserved for future Enum '
                             'use')
        if key.startswith('_generate'):          # _generate_next_value_
            if self._auto_called:
                raise TypeError('_generate_next_value_ must be defined before members')
            self._generate_next_value = (value.__func__ if isinstance(value, staticmethod)
                                         else value)
        elif key == '_ignore_':
            names = _split_names(value) if isinstance(value, str) else list(value)
            self._ignore = names
            clash = set(names) & set(self._member_names)
            if clash:
                raise ValueError(f'_ignore_ cannot specify already set names: {clash!r}')
            return names
        return value

    def _member_value(self, key, value):
        """A new member's value, with any auto() in it (alone or in a tuple) resolved."""
        if isinstance(value, member):
            value = value.value
        alone = isinstance(value, auto)
        parts = (value,) if alone else value
        seen = self._last_values
        if type(parts) is not tuple or not any(isinstance(p, auto) for p in parts):
            seen.append(value)
            return value
        resolved = []
        for part in parts:
            if isinstance(part, auto):
                if part.value == _auto_null:
                    part.value = self._next_value(key)
                part = part.value
                seen.append(part)
            resolved.append(part)
        return resolved[0] if alone else tuple(resolved)

    def __setitem__(self, key, value):
        owner = self._cls_name
        if _is_internal_class(owner, value):
            import warnings
            warnings.warn('In 3.13 classes created inside an enum will not become a member.  '
                          'Use the `member` decorator to keep the current behavior.',
                          DeprecationWarning, stacklevel=2)
        if _is_private(owner, key):
            pass
        elif _is_sunder(key):
            value = self._sunder(key, value)
        elif _is_dunder(key):
            if key == '__order__':
                key = '_order_'
        elif key in self._member_names:
            raise TypeError(f'{key!r} already defined as {self[key]!r}')
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError(f'{key!r} already defined as {self[key]!r}')
            value = self._member_value(key, value)
            self._member_names.setdefault(key)
        dict.__setitem__(self, key, value)

    def update(self, members=(), **more):
        pairs = members.items() if hasattr(members, 'keys') else members
        for key, value in pairs:
            self[key] = value
        for key, value in more.items():
            self[key] = value


_EnumDict = _EnumNamespace


# ---------------------------------------------------------------------------------------------
# The metaclass

_FLAG_OPERATORS = ('__or__', '__and__', '__xor__', '__ror__', '__rand__', '__rxor__',
                   '__invert__')


_DISPLAY_METHODS = ('__repr__', '__str__', '__format__', '__reduce_ex__')


def _split_names(text):
    return text.replace(',', ' ').split()


def _set_flag_masks(enum_class, values):
    every = singles = 0
    for value in values:
        every |= value
        if _is_single_bit(value):
            singles |= value
    type.__setattr__(enum_class, '_flag_mask_', every)
    type.__setattr__(enum_class, '_singles_mask_', singles)
    type.__setattr__(enum_class, '_all_bits_', 2 ** every.bit_length() - 1)


def _choose_iteration(enum_class):
    # members whose values are not in definition order are iterated in definition order
    members = enum_class._member_map_
    values = [members[name]._value_ for name in enum_class._member_names_]
    if values != sorted(values):
        enum_class._iter_member_ = enum_class._iter_member_by_def_


def _keep_enum_methods(enum_class, defined, first_enum, member_type):
    """repr/str/format/pickling must be the enum's, not the data type's that comes first in
    the mro (int for IntEnum), unless the class itself defines them."""
    for name in _DISPLAY_METHODS:
        if name in defined:
            continue
        current = getattr(enum_class, name)
        if current in (getattr(member_type, name), getattr(object, name)):
            setattr(enum_class, name, getattr(first_enum, name))


class EnumType(type):
    """Metaclass for Enum"""

    @classmethod
    def __prepare__(metacls, class_name, bases, **kwds):
        metacls._check_for_existing_members_(class_name, bases)
        namespace = _EnumNamespace()
        namespace._cls_name = class_name
        parent_enum = metacls._get_mixins_(class_name, bases)[1]
        if parent_enum is not None:
            namespace['_generate_next_value_'] = getattr(parent_enum, '_generate_next_value_',
                                                         None)
        return namespace

    def __new__(metacls, class_name, bases, classdict, *, boundary=None, _simple=False,
                **kwds):
        if _simple:
            return type.__new__(metacls, class_name, bases, classdict, **kwds)
        for name in [*classdict.get('_ignore_', ()), '_ignore_']:
            classdict.pop(name, None)
        member_names = list(classdict._member_names)
        bad = set(member_names) & {'mro', ''}
        if bad:
            raise ValueError(f"invalid enum member name(s) {','.join(map(repr, bad))}")
        order = classdict.pop('_order_', None)
        namespace = dict(classdict.items())

        data_type, parent_enum = metacls._get_mixins_(class_name, bases)
        new_member, save_new, use_args = metacls._find_new_(namespace, data_type, parent_enum)
        namespace.update(_new_member_=new_member, _use_args_=use_args)
        for name in member_names:
            namespace[name] = _PendingMember(namespace[name])
        namespace.update(_member_names_=[], _member_map_={}, _value2member_map_={},
                         _unhashable_values_=[], _member_type_=data_type,
                         _value_repr_=metacls._find_data_repr_(class_name, bases))
        # the flag state only goes to flags (Flag itself being made counts)
        making_flag = (class_name == 'Flag' if Flag is None
                       else any(issubclass(base, Flag) for base in bases))
        if making_flag:
            namespace.update(_boundary_=boundary or getattr(parent_enum, '_boundary_', None),
                             _flag_mask_=0, _singles_mask_=0, _all_bits_=0, _inverted_=None)
            if Flag is not None:
                # Flag's operators go in the class itself, ahead of a data type's (int's)
                for name in _FLAG_OPERATORS:
                    if name not in namespace:
                        namespace[name] = getattr(Flag, name)
        try:
            failure = None
            enum_class = type.__new__(metacls, class_name, bases, namespace, **kwds)
        except RuntimeError as exc:
            # an error making a member arrives wrapped by __set_name__'s caller
            failure = exc.__cause__ or exc
        if failure is not None:
            raise failure
        namespace.update(enum_class.__dict__)     # what __init_subclass__ may have changed

        if ReprEnum in bases:      # (never while ReprEnum is still None)
            if data_type is object:
                raise TypeError('ReprEnum subclasses must be mixed with a data type (i.e. int, '
                                'str, float, etc.)')
            if '__format__' not in namespace:
                enum_class.__format__ = namespace['__format__'] = data_type.__format__
            if '__str__' not in namespace:
                shown = data_type.__str__
                if shown is object.__str__:
                    shown = data_type.__repr__    # object's str would use the repr anyway
                enum_class.__str__ = namespace['__str__'] = shown
        _keep_enum_methods(enum_class, namespace, parent_enum, data_type)
        is_flag = Flag is not None and issubclass(enum_class, Flag)
        if is_flag:
            _set_flag_masks(enum_class, [m._value_ for m in enum_class._member_map_.values()])
        if Enum is not None:
            if save_new:
                enum_class.__new_member__ = new_member
            setattr(enum_class, '__new__', Enum.__new__)    # what pickling calls

        if isinstance(order, str):
            order = _split_names(order)
        if is_flag:
            _choose_iteration(enum_class)
            if order:
                order = [name for name in order if name not in enum_class._member_map_
                         or _is_single_bit(enum_class[name]._value_)]
        if order:
            known = enum_class._member_map_
            order = [name for name in order
                     if name not in known or name in enum_class._member_names_]
            if order != enum_class._member_names_:
                raise TypeError(f'member order does not match _order_:\n  '
                                f'{enum_class._member_names_!r}\n  {order!r}')
        return enum_class

    def __bool__(cls):
        """Classes are always true, whatever __len__ says."""
        return True

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """Color(1) looks a member up by value; Enum('Color', 'RED GREEN') makes an enum."""
        if names is None:
            lookup = cls.__new__
            return lookup(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type,
                            start=start, boundary=boundary)

    def __contains__(cls, member):
        """Whether member is a member of this enum (a TypeError for a non-member, for now)."""
        if isinstance(member, Enum):
            return isinstance(member, cls) and cls._member_map_.get(member._name_) is not None
        else:
            import warnings
            warnings.warn('in 3.12 __contains__ will no longer raise TypeError, but will '
                          'return True or\nFalse depending on whether the value is a member '
                          'or the value of a member', DeprecationWarning, stacklevel=2)
            raise TypeError(f"unsupported operand type(s) for 'in': "
                            f"'{type(member).__qualname__}' and '{cls.__class__.__qualname__}'")

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError(f'{cls.__name__!r} cannot delete member {attr!r}.')
        super().__delattr__(attr)

    def __dir__(cls):
        shown = {'__class__', '__contains__', '__doc__', '__getitem__', '__iter__', '__len__',
                 '__members__', '__module__', '__name__', '__qualname__'}
        shown.update(cls._member_names_)
        for name, plain in (('__new__', object.__new__),
                            ('__init_subclass__', object.__init_subclass__)):
            customised = (cls._new_member_ if name == '__new__' else cls.__init_subclass__)
            if customised is not plain:
                shown.add(name)
        if cls._member_type_ is not object:
            shown.update(dir(cls._member_type_))
        return sorted(shown)

    def __getitem__(cls, name):
        """The member called name."""
        return cls._member_map_[name]

    def __iter__(cls):
        """The members in definition order (no aliases)."""
        members = cls._member_map_
        return (members[name] for name in cls._member_names_)

    def __len__(cls):
        """The number of members (no aliases)."""
        return len(cls._member_names_)

    @_builtins.property
    def __members__(cls):
        """Read-only mapping of every member name (aliases too) to its member."""
        return MappingProxyType(cls._member_map_)

    def __repr__(cls):
        kind = 'flag' if Flag is not None and issubclass(cls, Flag) else 'enum'
        return f'<{kind} {cls.__name__!r}>'

    def __reversed__(cls):
        """The members in reverse definition order."""
        members = cls._member_map_
        return (members[name] for name in reversed(cls._member_names_))

    def __setattr__(cls, name, value):
        if name in cls.__dict__.get('_member_map_', {}):
            raise AttributeError(f'cannot reassign member {name!r}')
        type.__setattr__(cls, name, value)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1,
                 boundary=None):
        """The functional API: an enum named class_name with the given members (a string of
        names, a list of names or of (name, value) pairs, or a mapping)."""
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        parent_enum = cls._get_mixins_(class_name, bases)[1]
        body = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = _split_names(names)
        just_names = isinstance(names, (tuple, list)) and bool(names)
        if just_names and isinstance(names[0], str):
            seen = []
            pairs = []
            for count, name in enumerate(names):
                value = parent_enum._generate_next_value_(name, start, count, seen[:])
                seen.append(value)
                pairs.append((name, value))
            names = pairs
        for item in names or ():
            if isinstance(item, str):
                body[item] = names[item]
            else:
                key, value = item
                body[key] = value
        if module is None:
            try:
                caller = sys._getframe(2)
                module = caller.f_globals['__name__']
            except (AttributeError, ValueError, KeyError):
                pass
        if module is None:
            _make_class_unpicklable(body)
        else:
            body['__module__'] = module
        if qualname is not None:
            body['__qualname__'] = qualname
        return metacls.__new__(metacls, class_name, bases, body, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """An enum of this kind from the module's (or source's) constants whose names pass
        filter, put into the module in their place (signal.Signals and the like)."""
        module_globals = vars(sys.modules[module])
        found = [(key, value) for key, value in (vars(source) if source else module_globals).items()
                 if filter(key)]
        try:
            found.sort(key=lambda pair: (pair[1], pair[0]))
        except TypeError:
            found.sort(key=lambda pair: pair[0])
        body = dict(found)
        body['__module__'] = module
        made = _simple_enum(etype=cls, boundary=boundary or KEEP)(type(name, (object,), body))
        if as_global:
            global_enum(made)
        else:
            sys.modules[made.__module__].__dict__.update(made.__members__)
        module_globals[name] = made
        return made

    @classmethod
    def _check_for_existing_members_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if isinstance(base, EnumType) and base._member_names_:
                    raise TypeError(f'<enum {class_name!r}> cannot extend {base!r}')

    @classmethod
    def _get_mixins_(mcls, class_name, bases):
        """(the data type members are instances of, the enum class to take behaviour from)"""
        if not bases:
            return object, Enum
        mcls._check_for_existing_members_(class_name, bases)   # (own subclasses may check more)
        last = bases[-1]
        if not isinstance(last, EnumType):
            raise TypeError('new enumerations should be created as '
                            '`EnumName([mixin_type, ...] [data_type,] enum_type)`')
        return mcls._find_data_type_(class_name, bases) or object, last

    @classmethod
    def _find_data_repr_(mcls, class_name, bases):
        for chain in bases:
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    return base._value_repr_
                own = base.__dict__
                if '__repr__' in own:
                    return own['__repr__']
        return None

    @classmethod
    def _find_data_type_(mcls, class_name, bases):
        found = set()
        for chain in bases:
            plain = None     # the first non-data mixin seen in this chain
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    inner = base._member_type_
                    if inner is not object:
                        found.add(inner)
                        break
                elif '__new__' in base.__dict__ or '__dataclass_fields__' in base.__dict__:
                    found.add(plain or base)
                    break
                else:
                    plain = plain or base
        if len(found) > 1:
            raise TypeError(f'too many data types for {class_name!r}: {found!r}')
        return found.pop() if found else None

    @classmethod
    def _find_new_(mcls, classdict, member_type, first_enum):
        """(the function making members, whether the class's own __new__ must be kept as
        __new_member__, whether member values are passed to it as arguments)"""
        chosen = classdict.get('__new__', None)
        save_new = first_enum is not None and chosen is not None
        if chosen is None:
            plain = {None, None.__new__, object.__new__, Enum.__new__}
            candidates = (getattr(holder, method, None)
                          for method in ('__new_member__', '__new__')
                          for holder in (member_type, first_enum))
            chosen = next((c for c in candidates if c not in plain), object.__new__)
        use_args = not (first_enum is None or chosen in (Enum.__new__, object.__new__))
        return chosen, save_new, use_args


EnumMeta = EnumType


# ---------------------------------------------------------------------------------------------
# Enum

class Enum(metaclass=EnumType):
    """A set of symbolic names bound to unique values.

    Members are class attributes: Color.RED; looked up by value, Color(1), or by name,
    Color['RED']; iterating the class gives them in definition order.
    """

    def __new__(cls, value):
        if type(value) is cls:
            return value
        by_value = cls._value2member_map_
        try:
            return by_value[value]
        except KeyError:
            pass
        except TypeError:
            for known in cls._member_map_.values():
                if known._value_ == value:
                    return known
        if not cls._member_map_:
            raise TypeError(f'{cls!r} has no members defined')
        try:
            failure = None
            found = cls._missing_(value)
        except Exception as exc:
            failure, found = exc, None
        try:
            if isinstance(found, cls):
                return found
            if (Flag is not None and issubclass(cls, Flag) and cls._boundary_ is EJECT
                    and isinstance(found, int)):
                return found
            not_valid = ValueError(f'{value!r} is not a valid {cls.__qualname__}')
            if found is None and failure is None:
                raise not_valid
            if failure is None:
                failure = TypeError(f'error in {cls.__name__}._missing_: returned {found!r} '
                                    'instead of None or a valid member')
            if not isinstance(failure, ValueError):
                failure.__context__ = not_valid
            raise failure
        finally:
            failure = not_valid = None    # no reference cycles through the traceback

    def __init__(self, *args, **kwds):
        pass

    def _generate_next_value_(name, start, count, last_values):
        """auto()'s default: one more than the last value (start for the first)."""
        if not last_values:
            return start
        try:
            last = last_values[-1]
            last_values.sort()
            if last == last_values[-1]:
                return last + 1
            raise TypeError
        except TypeError:
            import warnings
            warnings.warn('In 3.13 the default `auto()`/`_generate_next_value_` will require '
                          'all values to be sortable and support adding +1\nand the value '
                          'returned will be the largest value in the enum incremented by 1',
                          DeprecationWarning, stacklevel=3)
            for earlier in reversed(last_values):
                try:
                    return earlier + 1
                except TypeError:
                    pass
            return start

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        show = type(self)._value_repr_ or repr
        return f'<{type(self).__name__}.{self._name_}: {show(self._value_)}>'

    def __str__(self):
        return f'{type(self).__name__}.{self._name_}'

    def __dir__(self):
        """The members' public attributes (and the usual dunders)."""
        if type(self)._member_type_ is object:
            shown = {'__class__', '__doc__', '__eq__', '__hash__', '__module__', 'name', 'value'}
        else:
            shown = set(object.__dir__(self))
        shown.update(n for n in getattr(self, '__dict__', ()) if n[0] != '_')
        for klass in self.__class__.mro():
            for name, obj in klass.__dict__.items():
                if name[0] == '_':
                    continue
                is_member_name = name in self._member_map_
                if isinstance(obj, property):
                    # an attribute of members, unless it only stands for a member's name
                    if obj.fget is not None or not is_member_name:
                        shown.add(name)
                    else:
                        shown.discard(name)
                elif not is_member_name:
                    shown.add(name)
        return sorted(shown | {'__class__', '__doc__', '__eq__', '__hash__', '__module__'})

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __deepcopy__(self, memo):
        return self

    def __copy__(self):
        return self

    @property
    def name(self):
        """The member's name."""
        return self._name_

    @property
    def value(self):
        """The member's value."""
        return self._value_


class ReprEnum(Enum):
    """Only changes the repr(), leaving str() and format() to the mixed-in type."""


class IntEnum(int, ReprEnum):
    """Enum where members are also (and must be) ints"""


class StrEnum(str, ReprEnum):
    """Enum where members are also (and must be) strings"""

    def __new__(cls, *values):
        # the arguments str() takes: object, encoding, errors; all of them strings here
        if len(values) > 3:
            raise TypeError(f'too many arguments for str(): {values!r}')
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError(f'{values[0]!r} is not a string')
        if len(values) >= 2 and not isinstance(values[1], str):
            raise TypeError(f'encoding must be a string, not {values[1]!r}')
        if len(values) == 3 and not isinstance(values[2], str):
            raise TypeError(f'errors must be a string, not {values[2]!r}')
        text = str(*values)
        made = str.__new__(cls, text)
        made._value_ = text
        return made

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the member's name in lower case."""
        return name.lower()


def pickle_by_global_name(self, proto):
    # pickle as the module-level name (for enums whose members are exported by global_enum)
    return self.name


_reduce_ex_by_global_name = pickle_by_global_name


def pickle_by_enum_name(self, proto):
    # pickle as getattr(EnumClass, name)
    return getattr, (type(self), self._name_)


# ---------------------------------------------------------------------------------------------
# Flag

class FlagBoundary(StrEnum):
    """What a Flag does with a value that has bits no member has:
    STRICT raises ValueError (Flag's default), CONFORM drops those bits, EJECT gives a plain
    int, KEEP keeps them (IntFlag's default)."""
    STRICT = auto()
    CONFORM = auto()
    EJECT = auto()
    KEEP = auto()


STRICT, CONFORM, EJECT, KEEP = FlagBoundary


class Flag(Enum, boundary=STRICT):
    """Members that combine with | & ^ ~ into values that are members too."""

    _numeric_repr_ = repr

    def _generate_next_value_(name, start, count, last_values):
        """auto() gives the next power of two above the highest value so far."""
        if not count:
            return 1 if start is None else start
        highest = max(last_values)
        try:
            top = _high_bit(highest)
        except Exception:
            raise TypeError(f'invalid flag value {highest!r}') from None
        return 2 ** (top + 1)

    @classmethod
    def _iter_member_by_value_(cls, value):
        """The canonical members whose bits make up value, lowest bit first."""
        for bit in _iter_bits_lsb(value & cls._flag_mask_):
            yield cls._value2member_map_.get(bit)

    _iter_member_ = _iter_member_by_value_

    @classmethod
    def _iter_member_by_def_(cls, value):
        """The same members in definition order."""
        yield from sorted(cls._iter_member_by_value_(value), key=lambda m: m._sort_order_)

    @classmethod
    def _missing_(cls, value):
        """Make (and remember) the pseudo-member for a combination of bits."""
        if not isinstance(value, int):
            raise ValueError(f'{value!r} is not a valid {cls.__qualname__}')
        flag_mask, singles, all_bits = cls._flag_mask_, cls._singles_mask_, cls._all_bits_
        boundary = cls._boundary_
        negative = None
        out_of_range = not (~all_bits <= value <= all_bits) or value & (all_bits ^ flag_mask)
        if out_of_range:
            if boundary is STRICT:
                width = max(value.bit_length(), flag_mask.bit_length())
                raise ValueError(f'{cls!r} invalid value {value!r}\n    given '
                                 f'{bin(value, width)}\n  allowed {bin(flag_mask, width)}')
            if boundary is CONFORM:
                value &= flag_mask
            elif boundary is EJECT:
                return value
            elif boundary is KEEP:
                if value < 0:
                    value += max(all_bits + 1, 2 ** value.bit_length())
            else:
                raise ValueError(f'{cls!r} unknown flag boundary {boundary!r}')
        if value < 0:
            negative = value
            value += all_bits + 1
        unknown = value & ~flag_mask
        alias_bits = value & ~singles
        member_bits = value & singles
        if unknown and boundary is not KEEP:
            raise ValueError(f'{cls.__name__}({value!r}) -->  unknown values {unknown!r} '
                             f'[{bin(unknown)}]')
        data_type = cls._member_type_
        if data_type is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = data_type.__new__(cls, value)
        if not hasattr(pseudo, '_value_'):
            pseudo._value_ = value
        if member_bits or alias_bits:
            parts = list(cls._iter_member_(member_bits))
            covered = 0
            for part in parts:
                covered |= part._value_
            if alias_bits:
                value = member_bits | alias_bits
                for candidate in cls._member_map_.values():
                    bits = candidate._value_
                    if candidate not in parts and bits and bits & value == bits:
                        parts.append(candidate)
                        covered |= bits
            unknown = value ^ covered
            pseudo._name_ = '|'.join(part._name_ for part in parts)
            if not covered:
                pseudo._name_ = None
            elif unknown and boundary is STRICT:
                raise ValueError(f'{cls!r}: no members with value {unknown!r}')
            elif unknown:
                pseudo._name_ += f'|{cls._numeric_repr_(unknown)}'
        else:
            pseudo._name_ = None
        # setdefault: another thread may have made the same combination meanwhile
        pseudo = cls._value2member_map_.setdefault(value, pseudo)
        if negative is not None:
            cls._value2member_map_[negative] = pseudo
        return pseudo

    def __contains__(self, other):
        """Whether other's bits are all in this flag."""
        if isinstance(other, self.__class__):
            bits = other._value_
            return bits & self._value_ == bits
        raise TypeError(f"unsupported operand type(s) for 'in': "
                        f"{type(other).__qualname__!r} and {self.__class__.__qualname__!r}")

    def __iter__(self):
        """The canonical members this value is made of."""
        return self._iter_member_(self._value_)

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        show = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return f'<{type(self).__name__}: {show(self._value_)}>'
        return f'<{type(self).__name__}.{self._name_}: {show(self._value_)}>'

    def __str__(self):
        if self._name_ is None:
            return f'{type(self).__name__}({self._value_!r})'
        return f'{type(self).__name__}.{self._name_}'

    def __bool__(self):
        return bool(self._value_)

    # The binary operators take another member of the class or a value of the data type
    # (IntFlag: any int).

    def __or__(self, other):
        kind = self.__class__
        if isinstance(other, kind):
            return kind(self._value_ | other._value_)
        if self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return kind(self._value_ | other)

    def __and__(self, other):
        kind = self.__class__
        if isinstance(other, kind):
            return kind(self._value_ & other._value_)
        if self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return kind(self._value_ & other)

    def __xor__(self, other):
        kind = self.__class__
        if isinstance(other, kind):
            return kind(self._value_ ^ other._value_)
        if self._member_type_ is object or not isinstance(other, self._member_type_):
            return NotImplemented
        return kind(self._value_ ^ other)

    def __invert__(self):
        if self._inverted_ is None:
            kind, bits = self.__class__, self._value_
            # bits of no member survive inversion only where the boundary keeps such bits
            if self._boundary_ in (EJECT, KEEP):
                self._inverted_ = kind(~bits)
            else:
                self._inverted_ = kind(self._singles_mask_ & ~bits)
        return self._inverted_

    __rand__ = __and__
    __ror__ = __or__
    __rxor__ = __xor__


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Support for integer-based Flags"""


# ---------------------------------------------------------------------------------------------
# Checks

def _aliases_of(enumeration):
    return [(name, m.name) for name, m in enumeration.__members__.items() if name != m.name]


def unique(enumeration):
    """Class decorator: refuse aliases (two names for one value)."""
    found = _aliases_of(enumeration)
    if found:
        listed = ', '.join(f'{alias} -> {name}' for alias, name in found)
        raise ValueError(f'duplicate values found in {enumeration!r}: {listed}')
    return enumeration


class EnumCheck(StrEnum):
    """What verify() can check."""
    CONTINUOUS = 'no skipped integer values'
    NAMED_FLAGS = 'multi-flag aliases may not contain unnamed flags'
    UNIQUE = 'one name per value'


CONTINUOUS, NAMED_FLAGS, UNIQUE = EnumCheck


class verify:
    """Class decorator: verify(UNIQUE, CONTINUOUS, NAMED_FLAGS) checks the enum for each."""

    def __init__(self, *checks):
        self.checks = checks

    def __call__(self, enumeration):
        name = enumeration.__name__
        is_flag = Flag is not None and issubclass(enumeration, Flag)
        if is_flag or issubclass(enumeration, Enum):
            kind = 'flag' if is_flag else 'enum'
        else:
            raise TypeError("the 'verify' decorator only works with Enum and Flag")
        for check in self.checks:
            if check is UNIQUE:
                found = _aliases_of(enumeration)
                if found:
                    listed = ', '.join(f'{alias} -> {canon}' for alias, canon in found)
                    raise ValueError(f'aliases found in {enumeration!r}: {listed}')
            elif check is CONTINUOUS:
                _check_continuous(enumeration, name, kind)
            elif check is NAMED_FLAGS:
                _check_named_flags(enumeration, name)
        return enumeration


def _check_continuous(enumeration, name, kind):
    values = {m.value for m in enumeration}
    if len(values) < 2:
        return
    low = min(values)
    high = max(values)
    if kind == 'flag':
        wanted = (2 ** i for i in range(_high_bit(low), high.bit_length()))
    else:
        wanted = range(low + 1, high)
    missing = [v for v in wanted if v not in values]
    if missing:
        text = f"invalid {kind} {name!r}: missing values {', '.join(map(str, missing))}"
        raise ValueError(text[:256])


def _check_named_flags(enumeration, name):
    canonical = enumeration._member_names_
    canonical_values = [m.value for m in enumeration]
    missing_names = []
    missing_bits = 0
    for alias, flag in enumeration._member_map_.items():
        if alias in canonical or flag.value < 0:
            continue
        lost = [bit for bit in _iter_bits_lsb(flag.value) if bit not in canonical_values]
        if lost:
            missing_names.append(alias)
            missing_bits |= sum(lost)
    if not missing_names:
        return
    if len(missing_names) == 1:
        which = f'alias {missing_names[0]} is missing'
    else:
        which = f"aliases {', '.join(missing_names[:-1])} and {missing_names[-1]} are missing"
    if _is_single_bit(missing_bits):
        what = f'value 0x{missing_bits:x}'
    else:
        what = f'combined values of 0x{missing_bits:x}'
    raise ValueError(f'invalid Flag {name!r}: {which} {what} [use enum.show_flag_values(value) '
                     'for details]')


# ---------------------------------------------------------------------------------------------
# Module-level enums

def _module_of(member):
    return member.__class__.__module__.split('.')[-1]


def global_enum_repr(self):
    """repr for a member exported to its module: module.NAME"""
    return f'{_module_of(self)}.{self._name_}'


def global_flag_repr(self):
    """repr for an exported flag: module.A|module.B (unnamed bits as numbers)"""
    module = _module_of(self)
    if self._name_ is None:
        return f'{module}.{self.__class__.__name__}({self._value_!r})'
    if _is_single_bit(self._value_):
        return f'{module}.{self._name_}'
    # with KEEP, bits no member has show as a number, left as it is
    numbers_kept = self._boundary_ is FlagBoundary.KEEP
    return '|'.join(part if numbers_kept and part[0].isdigit() else f'{module}.{part}'
                    for part in self._name_.split('|'))


def global_str(self):
    """str for an exported member: just its name"""
    if self._name_ is None:
        return f'{self.__class__.__name__}({self._value_!r})'
    return self._name_


def global_enum(cls, update_str=False):
    """Class decorator: the members become names of the enum's module and repr as such."""
    cls.__repr__ = global_flag_repr if issubclass(cls, Flag) else global_enum_repr
    if update_str or not issubclass(cls, ReprEnum):
        cls.__str__ = global_str
    vars(sys.modules[cls.__module__]).update(cls.__members__)
    return cls


# ---------------------------------------------------------------------------------------------
# Enums made from plain classes

def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator: turn a plain class into an enum of type etype, without the class-body
    machinery (its plain attributes become the members)."""
    def convert(cls):
        return _SimpleEnumBuilder(cls, etype, boundary, use_args).build()
    return convert


_NOT_COPIED = frozenset({'__dict__', '__weakref__'})
_SIMPLE_DOC = 'An enumeration.'


class _SimpleEnumBuilder:

    def __init__(self, cls, etype, boundary, use_args):
        self.cls, self.etype, self.boundary = cls, etype, boundary
        self.use_args = etype._use_args_ if use_args is None else use_args
        own_new = cls.__dict__.get('__new__')
        self.own_new = own_new
        self.new_member = own_new.__func__ if own_new is not None else etype._member_type_.__new__

    def _body(self):
        etype, cls = self.etype, self.cls
        body = {}
        if self.own_new is not None:
            body['__new_member__'] = self.new_member
        body.update(_new_member_=self.new_member, _use_args_=self.use_args,
                    _generate_next_value_=etype._generate_next_value_, _member_names_=[],
                    _member_map_={}, _value2member_map_={}, _unhashable_values_=[],
                    _member_type_=etype._member_type_, _value_repr_=etype._value_repr_)
        if issubclass(etype, Flag):
            body.update(_boundary_=self.boundary or etype._boundary_, _flag_mask_=None,
                        _all_bits_=None, _singles_mask_=None, _inverted_=None)
            for name in _FLAG_OPERATORS:
                body[name] = getattr(Flag, name)
        values = {}
        for name, obj in vars(cls).items():
            if name in _NOT_COPIED:
                continue
            if (_is_dunder(name) or _is_private(cls.__name__, name) or _is_sunder(name)
                    or _is_descriptor(obj)):
                body[name] = obj
            else:
                values[name] = obj
        if vars(cls).get('__doc__') is None:
            body['__doc__'] = _SIMPLE_DOC
        return body, values

    def _make(self, enum_class, name, value, position):
        if self.use_args:
            args = value if isinstance(value, tuple) else (value,)
            made = self.new_member(enum_class, *args)
            value = args[0]
        else:
            made = self.new_member(enum_class)
        if self.own_new is None:
            made._value_ = value
        made._name_ = name
        made.__objclass__ = enum_class
        made.__init__(value)
        made._sort_order_ = position
        return made, value

    def build(self):
        body, values = self._body()
        etype = self.etype
        enum_class = type(self.cls.__name__, (etype,), body, boundary=self.boundary,
                          _simple=True)
        _keep_enum_methods(enum_class, body, etype, etype._member_type_)
        names, by_name, by_value = (enum_class._member_names_, enum_class._member_map_,
                                    enum_class._value2member_map_)
        is_flag = issubclass(enum_class, Flag)
        next_value = etype._generate_next_value_
        earlier = []
        singles = multi = 0
        for name, value in values.items():
            if isinstance(value, auto):
                if value.value is _auto_null:
                    value.value = next_value(name, 1, len(names), earlier)
                value = value.value
            if value in by_value:
                made = by_value[value]                      # an alias
            else:
                made, value = self._make(enum_class, name, value, len(names))
                by_value[value] = made
                if not is_flag or _is_single_bit(value):
                    names.append(name)
                if is_flag:
                    if _is_single_bit(value):
                        singles |= value
                    else:
                        multi |= value
                earlier.append(value)
            _shadowing_property(enum_class, name, made)
            by_name[name] = made
        if is_flag:
            _set_flag_masks(enum_class, [m._value_ for m in by_name.values()])
            _choose_iteration(enum_class)
        if '__new__' in body:
            setattr(enum_class, '__new_member__', enum_class.__new__)
        setattr(enum_class, '__new__', Enum.__new__)
        return enum_class


_MEMBER_KEYS_SKIPPED = frozenset({'__module__', '__objclass__', '_inverted_'})


def _differences(label, first, second, what=''):
    mine, theirs = f'checked{what}', f'simple{what} '
    return f'{label!r}:\n         {mine} -> {first!r}\n         {theirs} -> {second!r}'


def _test_simple_enum(checked_enum, simple_enum):
    """Raise TypeError listing the differences between an enum made with a class body and
    the same enum made by _simple_enum (the standard library's tests use this)."""
    problems = []
    checked, simple = dict(checked_enum.__dict__), dict(simple_enum.__dict__)
    if checked != simple:
        members = set(checked_enum._member_map_) | set(simple_enum._member_map_)
        skipped = {'__module__', '_member_map_', '_value2member_map_', '__doc__'}
        for key in set(checked) | set(simple):
            if key in skipped or key in members:
                continue
            if key not in simple:
                problems.append(f'missing key: {key!r}')
            elif key not in checked:
                problems.append(f'extra key:   {key!r}')
            else:
                mine, theirs = checked[key], simple[key]
                if callable(mine) or isinstance(mine, _builtins.property):
                    continue
                if mine != theirs:
                    problems.append(_differences(key, mine, theirs))
        problems.sort()
        for name in members:
            if name not in simple:
                problems.append(f'missing member from simple enum: {name!r}')
                continue
            if name not in checked:
                problems.append(f'extra member in simple enum: {name!r}')
                continue
            mine = checked_enum[name].__dict__
            theirs = simple_enum[name].__dict__
            member_problems = []
            for key in set(mine) | set(theirs):
                if key in _MEMBER_KEYS_SKIPPED:
                    continue
                if key not in theirs:
                    member_problems.append(f'missing key {key!r} not in the simple enum '
                                           f'member {name!r}')
                elif key not in mine:
                    member_problems.append(f'extra key {key!r} in simple enum member {name!r}')
                elif mine[key] != theirs[key]:
                    member_problems.append(_differences(key, mine[key], theirs[key],
                                                        ' member'))
            if member_problems:
                joined = '\n      '.join(member_problems)
                problems.append(f'{name!r} member mismatch:\n      {joined}')
        for method in ('__str__', '__repr__', '__reduce_ex__', '__format__',
                       '__getnewargs_ex__', '__getnewargs__', '__reduce__'):
            if (method in simple) != (method in checked) or method in simple:
                continue     # defined by one or both: already compared above
            mine = getattr(checked_enum, method, None)
            theirs = getattr(simple_enum, method, None)
            mine = getattr(mine, '__func__', mine)
            theirs = getattr(theirs, '__func__', theirs)
            if mine != theirs:
                problems.append(f"{method!r}:  {'checked -> %r' % (mine,):<30} "
                                f'simple -> {theirs!r}')
    if problems:
        raise TypeError('enum mismatch:\n   ' + '\n   '.join(problems))
