"""logging.config: set logging up from a dictionary (dictConfig) or an ini file (fileConfig).

pygen's own implementation of the documented 3.11 behaviour: the dictionary schema version 1
with 'ext://' and 'cfg://' values, incremental configuration, '()' factories and '.' properties,
and the error messages ('Unable to configure handler ...') with the cause chained. listen() and
stopListening() (a socket server) are not provided. CPython counterpart: Lib/logging/config.py.
"""

import io
import os
import re
import logging
import logging.handlers

DEFAULT_LOGGING_CONFIG_PORT = 9030

IDENTIFIER = re.compile('^[a-z_][a-z0-9_]*$', re.I)


def valid_ident(s):
    if IDENTIFIER.match(s) is None:
        raise ValueError('Not a valid Python identifier: %r' % s)
    return True


def _import_dotted(name, importer=__import__):
    """The object a dotted name denotes, importing modules along the way as needed."""
    parts = name.split('.')
    path = parts[0]
    found = importer(path)
    for part in parts[1:]:
        path += '.' + part
        if not hasattr(found, part):
            importer(path)
        found = getattr(found, part)
    return found


def _resolve(name):
    return _import_dotted(name)


def _clearExistingHandlers():
    """Closes and forgets every handler, before a non-incremental configuration."""
    logging._handlers.clear()
    alive = list(logging._handlerList)
    logging.shutdown(alive)
    logging._handlerList.clear()


def _handle_existing_loggers(existing, child_loggers, disable_existing):
    """Loggers the configuration did not name: those below a configured logger are reset to
    inherit from it; the others are disabled if disable_existing."""
    tree = logging.root.manager.loggerDict
    for name in existing:
        node = tree[name]
        if name not in child_loggers:
            node.disabled = disable_existing
        elif not isinstance(node, logging.PlaceHolder):
            node.setLevel(logging.NOTSET)
            node.handlers = []
            node.propagate = True


def _descendants_of(name, existing):
    # the names in the sorted list existing that lie below name
    below = name + '.'
    return [other for other in existing if other.startswith(below)]


# ---------------------------------------------------------------------------------------------
# Containers whose items are converted when read ('ext://...', 'cfg://...', nested dicts)
# ---------------------------------------------------------------------------------------------

_CONVERTING = ()     # the three container classes, filled in below


class ConvertingMixin(object):
    """Converts an item through the configurator when it is read; a converted item that is
    itself a converting container learns its parent (and key)."""

    def _adopt(self, result, key=None, with_key=False):
        if type(result) in _CONVERTING:
            result.parent = self
            if with_key:
                result.key = key
        return result

    def convert_with_key(self, key, value, replace=True):
        result = self.configurator.convert(value)  # may be value itself
        if result is value:
            return result
        if replace:
            self[key] = result
        return self._adopt(result, key, True)

    def convert(self, value):
        converter = self.configurator
        result = converter.convert(value)
        return result if result is value else self._adopt(result)


class ConvertingDict(dict, ConvertingMixin):
    """A dict converting its values on access."""

    def __getitem__(self, key):
        return self.convert_with_key(key, dict.__getitem__(self, key))

    def get(self, key, default=None):
        return self.convert_with_key(key, dict.get(self, key, default))

    def pop(self, key, default=None):
        return self.convert_with_key(key, dict.pop(self, key, default), replace=False)


class ConvertingList(list, ConvertingMixin):
    """A list converting its items on access."""

    def __getitem__(self, key):
        return self.convert_with_key(key, list.__getitem__(self, key))

    def pop(self, idx=-1):
        return self.convert(list.pop(self, idx))


class ConvertingTuple(tuple, ConvertingMixin):
    """A tuple converting its items on access (never storing them back)."""

    def __getitem__(self, key):
        return self.convert_with_key(key, tuple.__getitem__(self, key), replace=False)


_CONVERTING = (ConvertingDict, ConvertingList, ConvertingTuple)

# 'cfg://' paths: a first word, then any of '.word' and '[key]'
_CFG_HEAD = re.compile(r'\s*(\w+)\s*')
_CFG_STEP = re.compile(r'(?:\.\s*(\w+)|\[\s*(\w+)\s*\])\s*')


class BaseConfigurator(object):
    """Resolves the special string values of a configuration dictionary.

    value_converters maps a 'prefix://' to the name of the method converting the rest;
    importer imports modules for 'ext://' and dotted class names.
    """

    CONVERT_PATTERN = re.compile(r'^(?P<prefix>[a-z]+)://(?P<suffix>.*)$')

    value_converters = {
        'ext': 'ext_convert',
        'cfg': 'cfg_convert',
    }

    importer = staticmethod(__import__)

    def __init__(self, config):
        top = ConvertingDict(config)
        top.configurator = self
        self.config = top

    def resolve(self, s):
        """The object named by a dotted path; ValueError if it cannot be imported."""
        try:
            return _import_dotted(s, self.importer)
        except ImportError as problem:
            raise ValueError('Cannot resolve %r: %s' % (s, problem)) from problem

    def ext_convert(self, value):
        return self.resolve(value)

    def cfg_convert(self, value):
        """Follows a path like 'handlers.console[level]' inside the configuration."""
        head = _CFG_HEAD.match(value)
        if head is None:
            raise ValueError("Unable to convert %r" % value)
        node = self.config[head.group(1)]
        position = head.end()
        while position < len(value):
            step = _CFG_STEP.match(value, position)
            if step is None:
                raise ValueError('Unable to convert %r at %r' % (value, value[position:]))
            attribute, key = step.groups()
            if attribute is not None:
                node = node[attribute]
            elif key.isdigit():
                try:
                    node = node[int(key)]   # a number indexes a sequence ...
                except TypeError:
                    node = node[key]        # ... or is a plain key of a mapping
            else:
                node = node[key]
            position = step.end()
        return node

    def convert(self, value):
        """Wraps plain containers so their items convert too; converts 'prefix://' strings."""
        wrapper = None
        if isinstance(value, dict) and not isinstance(value, ConvertingDict):
            wrapper = ConvertingDict
        elif isinstance(value, list) and not isinstance(value, ConvertingList):
            wrapper = ConvertingList
        elif (isinstance(value, tuple) and not isinstance(value, ConvertingTuple)
              and not hasattr(value, '_fields')):
            wrapper = ConvertingTuple
        if wrapper is not None:
            value = wrapper(value)
            value.configurator = self
            return value
        if isinstance(value, str):
            found = self.CONVERT_PATTERN.match(value)
            if found:
                method = self.value_converters.get(found.group('prefix'))
                if method:
                    value = getattr(self, method)(found.group('suffix'))
        return value

    def configure_custom(self, config):
        """Calls the factory under '()' with the other (identifier) keys as keyword
        arguments, then sets the attributes listed under '.'."""
        factory = config.pop('()')
        if not callable(factory):
            factory = self.resolve(factory)
        kwargs = {k: config[k] for k in config if k != '.' and valid_ident(k)}
        made = factory(**kwargs)
        props = config.pop('.', None)
        for attribute, value in (props or {}).items():
            setattr(made, attribute, value)
        return made

    def as_tuple(self, value):
        return tuple(value) if isinstance(value, list) else value


def _wrap_failure(message, action, *args):
    """action(*args), any exception re-raised as ValueError(message) from it."""
    try:
        return action(*args)
    except Exception as problem:
        raise ValueError(message) from problem


class DictConfigurator(BaseConfigurator):
    """Applies a dictConfig dictionary (schema version 1)."""

    def configure(self):
        config = self.config
        if 'version' not in config:
            raise ValueError("dictionary doesn't specify a version")
        if config['version'] != 1:
            raise ValueError("Unsupported version: %s" % config['version'])
        incremental = bool(config.pop('incremental', False))
        with logging._lock:
            if incremental:
                self._configure_incremental(config)
            else:
                self._configure_afresh(config)

    def _configure_incremental(self, config):
        # only levels (and logger propagation) change; nothing is created or removed
        handlers = config.get('handlers', {})
        for name in handlers:
            if logging._handlers.get(name) is None:
                raise ValueError('No handler found with name %r' % name)
            try:
                level = handlers[name].get('level', None)
                if level:
                    logging._handlers[name].setLevel(logging._checkLevel(level))
            except Exception as problem:
                raise ValueError('Unable to configure handler %r' % name) from problem
        loggers = config.get('loggers', {})
        for name in loggers:
            _wrap_failure('Unable to configure logger %r' % name,
                          self.configure_logger, name, loggers[name], True)
        root_config = config.get('root', None)
        if root_config:
            _wrap_failure('Unable to configure root logger', self.configure_root, root_config,
                          True)

    def _configure_afresh(self, config):
        disable_existing = config.pop('disable_existing_loggers', True)  # for unnamed loggers
        _clearExistingHandlers()
        # each section's entries are replaced in place by the objects made from them, so
        # that later sections find them by name
        formatters = config.get('formatters', {})
        for name in formatters:
            formatters[name] = _wrap_failure('Unable to configure formatter %r' % name,
                                             self.configure_formatter, formatters[name])
        filters = config.get('filters', {})
        for name in filters:
            filters[name] = _wrap_failure('Unable to configure filter %r' % name,
                                          self.configure_filter, filters[name])
        handlers = config.get('handlers', {})
        later = []      # MemoryHandlers whose target comes later in sorted order
        for name in sorted(handlers):
            try:
                self._make_handler(handlers, name)
            except Exception as problem:
                if 'target not configured yet' not in str(problem.__cause__):
                    raise ValueError('Unable to configure handler %r' % name) from problem
                later.append(name)
        for name in later:
            _wrap_failure('Unable to configure handler %r' % name,
                          self._make_handler, handlers, name)

        existing = sorted(logging.root.manager.loggerDict)
        child_loggers = []
        loggers = config.get('loggers', {})
        for name in loggers:
            if name in existing:
                child_loggers += _descendants_of(name, existing)
                existing.remove(name)
            _wrap_failure('Unable to configure logger %r' % name,
                          self.configure_logger, name, loggers[name])
        _handle_existing_loggers(existing, child_loggers, disable_existing)
        root_config = config.get('root', None)
        if root_config:
            _wrap_failure('Unable to configure root logger', self.configure_root, root_config)

    def _make_handler(self, handlers, name):
        made = self.configure_handler(handlers[name])
        made.name = name
        handlers[name] = made

    def configure_formatter(self, config):
        if '()' in config:
            factory = config['()']
            try:
                return self.configure_custom(config)
            except TypeError as problem:
                # a factory taking fmt= rather than format=
                if "'format'" not in str(problem):
                    raise
                config.update(fmt=config.pop('format'))
                config['()'] = factory
                return self.configure_custom(config)
        class_name = config.get('class', None)
        cls = _resolve(class_name) if class_name else logging.Formatter
        args = [config.get('format', None), config.get('datefmt', None),
                config.get('style', '%')]
        if 'validate' in config:
            args.append(config['validate'])
        return cls(*args)

    def configure_filter(self, config):
        if '()' in config:
            return self.configure_custom(config)
        return logging.Filter(config.get('name', ''))

    def add_filters(self, filterer, filters):
        for entry in filters:
            try:
                usable = callable(entry) or callable(getattr(entry, 'filter', None))
                filterer.addFilter(entry if usable else self.config['filters'][entry])
            except Exception as problem:
                raise ValueError('Unable to add filter %r' % entry) from problem

    def configure_handler(self, config):
        original = dict(config)      # put back if the handler has to wait for its target
        formatter = config.pop('formatter', None)   # a name in the formatters section
        if formatter:
            formatter = _wrap_failure('Unable to set formatter %r' % formatter,
                                      lambda: self.config['formatters'][formatter])
        level, filters = config.pop('level', None), config.pop('filters', None)
        if '()' in config:
            factory = config.pop('()')
            if not callable(factory):
                factory = self.resolve(factory)
        else:
            factory = self.resolve(config.pop('class'))
            self._fix_handler_arguments(factory, config, original)
        kwargs = {k: config[k] for k in config if k != '.' and valid_ident(k)}
        try:
            made = factory(**kwargs)
        except TypeError as problem:
            # handlers written for Python 2.6 and earlier call their stream 'strm'
            if "'stream'" not in str(problem):
                raise
            kwargs.update(strm=kwargs.pop('stream'))
            made = factory(**kwargs)
        if formatter:
            made.setFormatter(formatter)
        if level is not None:
            made.setLevel(logging._checkLevel(level))
        if filters:
            self.add_filters(made, filters)
        props = config.pop('.', None)
        for attribute, value in (props or {}).items():
            setattr(made, attribute, value)
        return made

    def _fix_handler_arguments(self, cls, config, original):
        handlers_module = logging.handlers
        if issubclass(cls, handlers_module.MemoryHandler) and 'target' in config:
            try:
                target = self.config['handlers'][config['target']]
                if not isinstance(target, logging.Handler):
                    config.update(original)
                    raise TypeError('target not configured yet')
                config['target'] = target
            except Exception as problem:
                raise ValueError('Unable to set target handler %r'
                                 % config['target']) from problem
            return
        # addresses given as lists in JSON or YAML become the tuples the handlers expect
        for class_name, key in (('SMTPHandler', 'mailhost'), ('SysLogHandler', 'address')):
            special = getattr(handlers_module, class_name, None)
            if special is not None and issubclass(cls, special) and key in config:
                config[key] = self.as_tuple(config[key])
                return

    def add_handlers(self, logger, handlers):
        for name in handlers:
            _wrap_failure('Unable to add handler %r' % name,
                          lambda: logger.addHandler(self.config['handlers'][name]))

    def common_logger_config(self, logger, config, incremental=False):
        wanted = config.get('level', None)
        if wanted is not None:
            logger.setLevel(logging._checkLevel(wanted))
        if incremental:
            return
        for old in list(logger.handlers):
            logger.removeHandler(old)
        for key, attach in (('handlers', self.add_handlers), ('filters', self.add_filters)):
            names = config.get(key, None)
            if names:
                attach(logger, names)

    def configure_logger(self, name, config, incremental=False):
        target = logging.getLogger(name)
        self.common_logger_config(target, config, incremental)
        target.disabled = False
        if config.get('propagate', None) is not None:
            target.propagate = config['propagate']

    def configure_root(self, config, incremental=False):
        self.common_logger_config(logging.getLogger(), config, incremental)


dictConfigClass = DictConfigurator   # replaceable by a program's own subclass


def dictConfig(config):
    """Configures logging from a dictionary (see the logging.config documentation)."""
    configurator = dictConfigClass(config)
    configurator.configure()


# ---------------------------------------------------------------------------------------------
# fileConfig: the older configparser format
# ---------------------------------------------------------------------------------------------

def _names(text):
    return [piece.strip() for piece in text.split(',')]


def fileConfig(fname, defaults=None, disable_existing_loggers=True, encoding=None):
    """Configures logging from an ini file (a path, an open file or a ConfigParser) with
    [loggers], [handlers] and [formatters] sections listing keys=, and one section each."""
    import configparser
    if isinstance(fname, str):
        if not os.path.exists(fname):
            raise FileNotFoundError(f"{fname} doesn't exist")
        if not os.path.getsize(fname):
            raise RuntimeError(f'{fname} is an empty file')
    parser = fname
    if not isinstance(parser, configparser.RawConfigParser):
        try:
            parser = configparser.ConfigParser(defaults)
            if callable(getattr(fname, 'readline', None)):
                parser.read_file(fname)
            else:
                parser.read(fname, encoding=io.text_encoding(encoding))
        except configparser.ParsingError as problem:
            raise RuntimeError(f'{fname} is invalid: {problem}')
    formatters = _ini_formatters(parser)
    with logging._lock:
        _clearExistingHandlers()
        handlers = _ini_handlers(parser, formatters)
        _ini_loggers(parser, handlers, disable_existing_loggers)



def _ini_formatters(parser):
    listed = parser["formatters"]["keys"]
    made = {}
    for name in (_names(listed) if listed else ()):
        section = 'formatter_' + name
        def option(key, fallback=None):
            return parser.get(section, key, raw=True, fallback=fallback)
        class_name = parser[section].get('class')
        cls = _resolve(class_name) if class_name else logging.Formatter
        made[name] = cls(option('format'), option('datefmt'), option('style', '%'))
    return made


def _ini_handlers(parser, formatters):
    listed = parser["handlers"]["keys"]
    if not listed:
        return {}
    namespace = vars(logging)
    made, targets = {}, []
    for name in _names(listed):
        section = parser['handler_' + name]
        try:
            cls = eval(section['class'], namespace)
        except (AttributeError, NameError):
            cls = _resolve(section['class'])
        args = eval(section.get('args', '()'), namespace)
        kwargs = eval(section.get('kwargs', '{}'), namespace)
        handler = cls(*args, **kwargs)
        handler.name = name
        if 'level' in section:
            handler.setLevel(section['level'])
        if section.get('formatter', ''):
            handler.setFormatter(formatters[section['formatter']])
        if issubclass(cls, logging.handlers.MemoryHandler) and section.get('target', ''):
            targets.append((handler, section['target']))   # may be defined further down
        made[name] = handler
    for handler, target in targets:
        handler.setTarget(made[target])
    return made


def _ini_loggers(parser, handlers, disable_existing):
    listed = _names(parser["loggers"]["keys"])
    listed.remove('root')
    root = logging.root
    _ini_logger_common(parser['logger_root'], root, handlers)
    existing = sorted(root.manager.loggerDict)
    child_loggers = []
    for key in listed:
        section = parser['logger_' + key]
        qualname = section['qualname']
        target = logging.getLogger(qualname)
        if qualname in existing:
            child_loggers += _descendants_of(qualname, existing)
            existing.remove(qualname)
        _ini_logger_common(section, target, handlers)
        target.propagate = section.getint('propagate', fallback=1)
        target.disabled = 0
    _handle_existing_loggers(existing, child_loggers, disable_existing)


def _ini_logger_common(section, target, handlers):
    if 'level' in section:
        target.setLevel(section['level'])
    for old in list(target.handlers):
        target.removeHandler(old)
    listed = section['handlers']
    for name in (_names(listed) if listed else ()):
        target.addHandler(handlers[name])
