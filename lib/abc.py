"""Abstract base classes: ABCMeta with register() and __subclasshook__, abstractmethod, ABC."""

import pygen as _pygen

__all__ = ['ABCMeta', 'ABC', 'abstractmethod', 'abstractclassmethod', 'abstractstaticmethod',
           'abstractproperty', 'get_cache_token', 'update_abstractmethods']


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


class abstractclassmethod(classmethod):
    __isabstractmethod__ = True


class abstractstaticmethod(staticmethod):
    __isabstractmethod__ = True


class abstractproperty(property):
    __isabstractmethod__ = True


_token = 0


def _set_flags_recursive(cls, flags):
    # What match statements see: a class registered with Sequence/Mapping (and its subclasses).
    if _pygen._set_collection_flags(cls, flags):
        for sub in type.__subclasses__(cls):
            _set_flags_recursive(sub, flags)


def get_cache_token():
    return _token


def update_abstractmethods(cls):
    """Recompute cls.__abstractmethods__ after abstract methods were added or implemented once
    the class existed (class decorators such as dataclass and total_ordering call it); a class
    that is not abstract-aware is returned as it is."""
    if getattr(cls, '__abstractmethods__', None) is None:
        return cls
    still = {name for name, value in vars(cls).items() if getattr(value, '__isabstractmethod__', False)}
    # What a base left abstract stays so unless this class now supplies it.
    for base in cls.__bases__:
        for name in getattr(base, '__abstractmethods__', ()):
            if getattr(getattr(cls, name, None), '__isabstractmethod__', False):
                still.add(name)
    cls.__abstractmethods__ = frozenset(still)
    return cls


class ABCMeta(type):
    def __new__(mcls, name, bases, namespace, /, **kwargs):
        tpflags = namespace.pop('__abc_tpflags__', None) if '__abc_tpflags__' in namespace else None
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        if tpflags is not None:
            if tpflags & (1 << 5) and tpflags & (1 << 6):
                raise TypeError("__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and "
                                "Py_TPFLAGS_MAPPING")
            _pygen._set_collection_flags(cls, tpflags)
        abstracts = {name for name, value in namespace.items() if getattr(value, '__isabstractmethod__', False)}
        for base in bases:
            for name in getattr(base, '__abstractmethods__', set()):
                value = getattr(cls, name, None)
                if getattr(value, '__isabstractmethod__', False):
                    abstracts.add(name)
        cls.__abstractmethods__ = frozenset(abstracts)
        cls._abc_registry = []
        return cls

    def register(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('Can only register classes')
        if issubclass(subclass, cls):
            return subclass
        cls._abc_registry.append(subclass)
        flags = _pygen._collection_flags(cls)
        if flags:
            _set_flags_recursive(subclass, flags)
        global _token
        _token += 1
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError('issubclass() arg 1 must be a class')
        if cls in getattr(subclass, '__mro__', ()):
            return True
        hook = cls.__dict__.get('__subclasshook__')
        if hook is not None:
            ok = cls.__subclasshook__(subclass)
            if ok is not NotImplemented:
                return bool(ok)
        for reg in cls._abc_registry:
            if issubclass(subclass, reg):
                return True
        for scls in type.__subclasses__(cls) if hasattr(type, '__subclasses__') else ():
            if scls is not cls and issubclass(subclass, scls):
                return True
        return False


class ABC(metaclass=ABCMeta):
    __slots__ = ()
