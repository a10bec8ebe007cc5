"""argparse: command-line parsing with the API, messages and exit status of Python 3.11's.

This file owns the parser, its actions, argument groups and the parsing itself; help and usage
text come from _argparse_help (HelpFormatter and friends, re-exported here). A parse labels each
command-line string 'O' (an option), 'A' (an argument) or '-' (the '--' marker) and fits nargs to
that label string with regular expressions, so the greedy splitting between several positionals
is the one CPython's Lib/argparse.py documents and its tests pin. The code is pygen's own.
"""

import os as _os
import re as _re
import sys as _sys

from _argparse_help import (
    SUPPRESS, OPTIONAL, ZERO_OR_MORE, ONE_OR_MORE, PARSER, REMAINDER,
    HelpFormatter, RawDescriptionHelpFormatter, RawTextHelpFormatter,
    ArgumentDefaultsHelpFormatter, MetavarTypeHelpFormatter,
)

__all__ = [
    'ArgumentParser', 'ArgumentError', 'ArgumentTypeError', 'BooleanOptionalAction', 'FileType',
    'HelpFormatter', 'ArgumentDefaultsHelpFormatter', 'RawDescriptionHelpFormatter',
    'RawTextHelpFormatter', 'MetavarTypeHelpFormatter', 'Namespace', 'Action', 'ONE_OR_MORE',
    'OPTIONAL', 'PARSER', 'REMAINDER', 'SUPPRESS', 'ZERO_OR_MORE',
]

# A subparser's leftover strings ride on the namespace under this name until the outer
# parse_known_args collects them.
_UNRECOGNIZED_ARGS_ATTR = '_unrecognized_args'
_LOOKS_NEGATIVE = _re.compile(r'^-\d+$|^-\d*\.\d+$')


def _plural(one, many, count):
    return one if count == 1 else many


# ---------------------------------------------------------------------------------------------
# Namespace and the repr shared by parsers and actions
# ---------------------------------------------------------------------------------------------

class _AttributeHolder(object):
    """repr() as Name(positional..., key=value..., **{non-identifier keys})."""

    def __repr__(self):
        shown = [repr(value) for value in self._get_args()]
        odd_keys = {}
        for key, value in self._get_kwargs():
            if key.isidentifier():
                shown.append(f'{key}={value!r}')
            else:
                odd_keys[key] = value
        if odd_keys:
            shown.append('**' + repr(odd_keys))
        return type(self).__name__ + '(' + ', '.join(shown) + ')'

    def _get_kwargs(self):
        return [*vars(self).items()]

    def _get_args(self):
        return []


class Namespace(_AttributeHolder):
    """The attributes a parse produced; equal to another Namespace with the same attributes."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __eq__(self, other):
        if not isinstance(other, Namespace):
            return NotImplemented
        return self.__dict__ == other.__dict__

    def __contains__(self, key):
        return key in self.__dict__


# ---------------------------------------------------------------------------------------------
# Errors
# ---------------------------------------------------------------------------------------------

def _get_action_name(argument):
    """How messages name an argument: its flags, else metavar, dest or choices; else None."""
    if argument is None:
        return None
    flags = argument.option_strings
    if flags:
        return '/'.join(flags)
    for name in (argument.metavar, argument.dest):
        if name is not None and name is not SUPPRESS:
            return name
    choices = argument.choices
    return '{%s}' % ','.join(choices) if choices else None


class ArgumentError(Exception):
    """A bad argument definition or command line; str() names the argument when it has one."""

    def __init__(self, argument, message):
        self.message = message
        self.argument_name = _get_action_name(argument)

    def __str__(self):
        fields = {'message': self.message, 'name': self.argument_name}
        form = '%(message)s' if fields['name'] is None else 'argument %(name)s: %(message)s'
        return form % fields


class ArgumentTypeError(Exception):
    """Raised by a type= callable to reject a string with its own message."""


# ---------------------------------------------------------------------------------------------
# Actions
# ---------------------------------------------------------------------------------------------

class Action(_AttributeHolder):
    """One argument of a parser: how many strings it takes, how they convert, where they go.

    The constructor's keywords (option_strings, dest, nargs, const, default, type, choices,
    required, help, metavar) become attributes of the same names; calling the action with
    (parser, namespace, values, option_string) records the converted values on the namespace.
    """

    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        self.option_strings, self.dest, self.nargs = option_strings, dest, nargs
        self.const, self.default, self.type = const, default, type
        self.choices, self.required = choices, required
        self.help, self.metavar = help, metavar

    _REPR_FIELDS = ('option_strings', 'dest', 'nargs', 'const', 'default', 'type', 'choices',
                    'required', 'help', 'metavar')

    def _get_kwargs(self):
        return [(field, getattr(self, field)) for field in self._REPR_FIELDS]

    def format_usage(self):
        return self.option_strings[0]

    def __call__(self, parser, namespace, values, option_string=None):
        raise NotImplementedError('.__call__() not defined')


class BooleanOptionalAction(Action):
    """--flag stores True, the generated --no-flag stores False."""

    def __init__(self, option_strings, dest, default=None, type=None, choices=None,
                 required=False, help=None, metavar=None):
        flags = []
        for flag in option_strings:
            flags.append(flag)
            if flag.startswith('--'):
                flags.append('--no-' + flag[2:])
        super().__init__(option_strings=flags, dest=dest, nargs=0, default=default, type=type,
                         choices=choices, required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        if option_string not in self.option_strings:
            return
        setattr(namespace, self.dest, option_string[:5] != '--no-')

    def format_usage(self):
        # both spellings, as alternatives
        return ' | '.join(self.option_strings)


def _no_values_check(kind, nargs, const, hint):
    if nargs == 0:
        raise ValueError(f'nargs for {kind} actions must be != 0; {hint}')
    if nargs != OPTIONAL and const is not None:
        raise ValueError('nargs must be %r to supply const' % OPTIONAL)


class _StoreAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _no_values_check('store', nargs, const, 'if you have nothing to store, actions such as '
                         'store true or store const may be more appropriate')
        super().__init__(option_strings, dest, nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, values)


class _StoreConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, self.const)


class _StoreTrueAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=False, required=False, help=None):
        super().__init__(option_strings, dest, const=True, default=default,
                         required=required, help=help)


class _StoreFalseAction(_StoreConstAction):
    def __init__(self, option_strings, dest, default=True, required=False, help=None):
        super().__init__(option_strings, dest, const=False, default=default,
                         required=required, help=help)


def _copy_items(items):
    # append actions never mutate a list the caller passed as default
    if items is None:
        return []
    if type(items) is list:
        return list(items)
    import copy
    return copy.copy(items)


class _AppendAction(Action):
    def __init__(self, option_strings, dest, nargs=None, const=None, default=None, type=None,
                 choices=None, required=False, help=None, metavar=None):
        _no_values_check('append', nargs, const, 'if arg strings are not supplying the value '
                         'to append, the append const action may be more appropriate')
        super().__init__(option_strings, dest, nargs=nargs, const=const, default=default,
                         type=type, choices=choices, required=required, help=help,
                         metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        grown = _copy_items(getattr(namespace, self.dest, None))
        grown.append(values)
        setattr(namespace, self.dest, grown)


class _AppendConstAction(Action):
    def __init__(self, option_strings, dest, const=None, default=None, required=False,
                 help=None, metavar=None):
        super().__init__(option_strings, dest, nargs=0, const=const, default=default,
                         required=required, help=help, metavar=metavar)

    def __call__(self, parser, namespace, values, option_string=None):
        grown = _copy_items(getattr(namespace, self.dest, None))
        grown.append(self.const)
        setattr(namespace, self.dest, grown)


class _ExtendAction(_AppendAction):
    def __call__(self, parser, namespace, values, option_string=None):
        grown = _copy_items(getattr(namespace, self.dest, None))
        grown.extend(values)
        setattr(namespace, self.dest, grown)


class _CountAction(Action):
    def __init__(self, option_strings, dest, default=None, required=False, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, required=required,
                         help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        so_far = getattr(namespace, self.dest, None)
        setattr(namespace, self.dest, (0 if so_far is None else so_far) + 1)


class _HelpAction(Action):
    def __init__(self, option_strings, dest=SUPPRESS, default=SUPPRESS, help=None):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        parser.print_help()
        parser.exit()


class _VersionAction(Action):
    _HELP = "show program's version number and exit"

    def __init__(self, option_strings, version=None, dest=SUPPRESS, default=SUPPRESS,
                 help=_HELP):
        super().__init__(option_strings, dest, nargs=0, default=default, help=help)
        self.version = version

    def __call__(self, parser, namespace, values, option_string=None):
        # the version text goes through the formatter, so it wraps and expands %(prog)s
        page = parser._get_formatter()
        page.add_text(parser.version if self.version is None else self.version)
        parser._print_message(page.format_help(), _sys.stdout)
        parser.exit()


class _SubParsersAction(Action):
    """The positional that picks a sub-command and hands it the rest of the strings."""

    class _ChoicesPseudoAction(Action):
        # one line of the sub-command listing in the parent's help
        def __init__(self, name, aliases, help):
            label = name + (' (%s)' % ', '.join(aliases) if aliases else '')
            super().__init__(option_strings=[], dest=name, help=help, metavar=label)

    def __init__(self, option_strings, prog, parser_class, dest=SUPPRESS, required=False,
                 help=None, metavar=None):
        self._prog_prefix = prog        # the parent's usage, before each sub-command's name
        self._parser_class = parser_class       # what add_parser instantiates
        self._name_parser_map = {}      # name or alias -> parser
        self._choices_actions = []      # help entries, in add_parser order
        super().__init__(option_strings=option_strings, dest=dest, nargs=PARSER,
                         choices=self._name_parser_map, required=required, help=help,
                         metavar=metavar)

    def add_parser(self, name, **kwargs):
        """Makes, registers under name (and aliases=) and returns a parser for a sub-command."""
        taken = self._name_parser_map
        if kwargs.get('prog') is None:
            kwargs['prog'] = self._prog_prefix + ' ' + name
        aliases = kwargs.pop('aliases', ())
        if name in taken:
            raise ArgumentError(self, 'conflicting subparser: %s' % name)
        clash = next((a for a in aliases if a in taken), None)
        if clash is not None:
            raise ArgumentError(self, 'conflicting subparser alias: %s' % clash)
        if 'help' in kwargs:
            self._choices_actions.append(
                self._ChoicesPseudoAction(name, aliases, kwargs.pop('help')))
        made = self._parser_class(**kwargs)
        taken.update(dict.fromkeys((name, *aliases), made))
        return made

    def _get_subactions(self):
        return self._choices_actions

    def __call__(self, parser, namespace, values, option_string=None):
        chosen, rest = values[0], values[1:]
        if self.dest is not SUPPRESS:
            setattr(namespace, self.dest, chosen)
        sub = self._name_parser_map.get(chosen)
        if sub is None:
            known = ', '.join(self._name_parser_map)
            raise ArgumentError(self, 'unknown parser %r (choices: %s)' % (chosen, known))
        # The sub-parser fills a namespace of its own so that its set_defaults win over
        # the parent's values for the same dest.
        found, rest = sub.parse_known_args(rest, None)
        for dest in vars(found):
            setattr(namespace, dest, getattr(found, dest))
        if rest:
            vars(namespace).setdefault(_UNRECOGNIZED_ARGS_ATTR, []).extend(rest)


class FileType(object):
    """A type= converter that opens the named file with open()'s mode, bufsize, encoding and
    errors; '-' means stdin (reading modes) or stdout (writing modes)."""

    def __init__(self, mode='r', bufsize=-1, encoding=None, errors=None):
        self._mode = mode
        self._bufsize = bufsize
        self._encoding = encoding
        self._errors = errors

    def __call__(self, string):
        mode = self._mode
        if string == '-':
            if 'r' in mode:
                stream = _sys.stdin
            elif any(c in mode for c in 'wax'):
                stream = _sys.stdout
            else:
                raise ValueError('argument "-" with mode %r' % mode)
            return stream.buffer if 'b' in mode else stream
        try:
            return open(string, mode, self._bufsize, self._encoding, self._errors)
        except OSError as exc:
            raise ArgumentTypeError("can't open '%s': %s" % (string, exc))

    def __repr__(self):
        shown = [repr(v) for v in (self._mode, self._bufsize) if v != -1]
        shown += ['%s=%r' % (k, v) for k, v in (('encoding', self._encoding),
                                                ('errors', self._errors)) if v is not None]
        return '%s(%s)' % (type(self).__name__, ', '.join(shown))


# ---------------------------------------------------------------------------------------------
# Containers: the parser and its argument groups share one list of actions
# ---------------------------------------------------------------------------------------------

class _ActionsContainer(object):
    """What ArgumentParser and its groups have in common: add_argument and the tables of
    actions and flags (a group's tables are its parser's own objects)."""

    def __init__(self, description, prefix_chars, argument_default, conflict_handler):
        super().__init__()
        self.description, self.prefix_chars = description, prefix_chars
        self.argument_default, self.conflict_handler = argument_default, conflict_handler
        self._registries = {}       # kind ('action', 'type') -> {name: object}
        for name, cls in ((None, _StoreAction), ('store', _StoreAction),
                          ('store_const', _StoreConstAction), ('store_true', _StoreTrueAction),
                          ('store_false', _StoreFalseAction), ('append', _AppendAction),
                          ('append_const', _AppendConstAction), ('count', _CountAction),
                          ('help', _HelpAction), ('version', _VersionAction),
                          ('parsers', _SubParsersAction), ('extend', _ExtendAction)):
            self.register('action', name, cls)
        self._get_handler()   # an unknown conflict_handler fails here, at construction
        self._actions = []                   # every argument, in the order added
        self._option_string_actions = {}     # every flag -> its action
        self._action_groups = []             # help sections
        self._mutually_exclusive_groups = []
        self._defaults = {}                  # set_defaults values
        self._has_negative_number_optionals = []   # non-empty once a flag looks like -1

    def register(self, registry_name, value, object):
        self._registries.setdefault(registry_name, {})[value] = object

    def _registry_get(self, registry_name, value, default=None):
        table = self._registries[registry_name]
        return table.get(value, default)

    def set_defaults(self, **kwargs):
        self._defaults.update(kwargs)
        for known in self._actions:
            if known.dest in kwargs:
                known.default = kwargs[known.dest]

    def get_default(self, dest):
        # an action's own non-None default wins over set_defaults
        for known in self._actions:
            if known.dest == dest and known.default is not None:
                return known.default
        return self._defaults.get(dest)

    def add_argument(self, *args, **kwargs):
        """Adds a positional (one name without prefix) or an option (its flags), with the
        Action keywords; returns the Action."""
        is_positional = not args or (len(args) == 1 and args[0][0] not in self.prefix_chars)
        if is_positional and args and 'dest' in kwargs:
            raise ValueError('dest supplied twice for positional argument')
        spec = (self._get_positional_kwargs if is_positional else self._get_optional_kwargs)(
            *args, **kwargs)
        if 'default' not in spec:
            if spec['dest'] in self._defaults:
                spec['default'] = self._defaults[spec['dest']]
            elif self.argument_default is not None:
                spec['default'] = self.argument_default

        cls = self._pop_action_class(spec)
        if not callable(cls):
            raise ValueError('unknown action "%s"' % (cls,))
        action = cls(**spec)
        converter = self._registry_get('type', action.type, action.type)
        if not callable(converter):
            raise ValueError('%r is not callable' % (converter,))
        if converter is FileType:
            raise ValueError('%r is a FileType class object, instance of it must be passed'
                             % (converter,))
        if hasattr(self, '_get_formatter'):
            # a metavar tuple of the wrong length shows up as a TypeError while formatting
            probe = self._get_formatter()
            try:
                probe._format_args(action, None)
            except TypeError:
                raise ValueError('length of metavar tuple does not match nargs')
        return self._add_action(action)

    def add_argument_group(self, *args, **kwargs):
        made = _ArgumentGroup(self, *args, **kwargs)
        self._action_groups.append(made)
        return made

    def add_mutually_exclusive_group(self, **kwargs):
        made = _MutuallyExclusiveGroup(self, **kwargs)
        self._mutually_exclusive_groups.append(made)
        return made

    def _add_action(self, action):
        self._check_conflict(action)
        self._actions.append(action)
        action.container = self
        for flag in action.option_strings:
            self._option_string_actions[flag] = action
            if _LOOKS_NEGATIVE.match(flag) and not self._has_negative_number_optionals:
                self._has_negative_number_optionals.append(True)
        return action

    def _remove_action(self, action):
        self._actions.remove(action)

    def _add_container_actions(self, container):
        """Copies a parent parser's actions in, keeping its groups (merged by title)."""
        by_title = {}
        for section in self._action_groups:
            if section.title in by_title:
                raise ValueError('cannot merge actions - two groups are named %r'
                                 % (section.title,))
            by_title[section.title] = section
        home = {}       # the parent's action -> the container here that receives it
        for theirs in container._action_groups:
            ours = by_title.get(theirs.title)
            if ours is None:
                ours = by_title[theirs.title] = self.add_argument_group(
                    title=theirs.title, description=theirs.description,
                    conflict_handler=theirs.conflict_handler)
            home.update(dict.fromkeys(theirs._group_actions, ours))
        for theirs in container._mutually_exclusive_groups:
            ours = self.add_mutually_exclusive_group(required=theirs.required)
            home.update(dict.fromkeys(theirs._group_actions, ours))
        for inherited in container._actions:
            home.get(inherited, self)._add_action(inherited)

    def _get_positional_kwargs(self, dest, **kwargs):
        if 'required' in kwargs:
            raise TypeError("'required' is an invalid argument for positionals")
        nargs = kwargs.get('nargs')
        # '?' and '*' may be absent, but '*' without a default still counts as required
        if nargs not in (OPTIONAL, ZERO_OR_MORE) or (nargs == ZERO_OR_MORE and 'default' not in kwargs):
            kwargs['required'] = True
        return dict(kwargs, dest=dest, option_strings=[])

    def _get_optional_kwargs(self, *args, **kwargs):
        prefixes = self.prefix_chars
        flags, long_flags = [], []
        for flag in args:
            if flag[0] not in prefixes:
                raise ValueError('invalid option string %r: must start with a character %r'
                                 % (flag, prefixes))
            flags.append(flag)
            if len(flag) > 1 and flag[1] in prefixes:
                long_flags.append(flag)
        dest = kwargs.pop('dest', None)
        if dest is None:
            source = (long_flags or flags)[0]
            dest = source.lstrip(prefixes)
            if not dest:
                raise ValueError('dest= is required for options like %r' % flag)
            dest = dest.replace('-', '_')
        return dict(kwargs, dest=dest, option_strings=flags)

    def _pop_action_class(self, kwargs, default=None):
        chosen = kwargs.pop('action', default)
        return self._registry_get('action', chosen, chosen)

    # conflict_handler='NAME' selects the method _handle_conflict_NAME
    def _get_handler(self):
        handler = getattr(self, '_handle_conflict_%s' % self.conflict_handler, None)
        if handler is None:
            raise ValueError('invalid conflict_resolution value: %r' % self.conflict_handler)
        return handler

    def _check_conflict(self, action):
        clashes = [(flag, self._option_string_actions[flag]) for flag in action.option_strings
                   if flag in self._option_string_actions]
        if clashes:
            self._get_handler()(action, clashes)

    def _handle_conflict_error(self, action, conflicting_actions):
        flags = ', '.join(flag for flag, _ in conflicting_actions)
        text = _plural('conflicting option string: %s', 'conflicting option strings: %s',
                       len(conflicting_actions))
        raise ArgumentError(action, text % flags)

    def _handle_conflict_resolve(self, action, conflicting_actions):
        # the older action loses the flag; with no flag left it leaves its container
        for flag, older in conflicting_actions:
            older.option_strings.remove(flag)
            self._option_string_actions.pop(flag, None)
            if not older.option_strings:
                older.container._remove_action(older)


def _nesting_deprecated(what):
    import warnings
    # stacklevel 3: the caller of add_argument_group / add_mutually_exclusive_group
    warnings.warn('Nesting %s is deprecated.' % what, category=DeprecationWarning, stacklevel=3)


class _ArgumentGroup(_ActionsContainer):
    """A titled section of the help; its actions also live in the parser's shared lists."""

    def __init__(self, container, title=None, description=None, **kwargs):
        for key in ('conflict_handler', 'prefix_chars', 'argument_default'):
            kwargs.setdefault(key, getattr(container, key))
        super().__init__(description=description, **kwargs)
        self.title = title
        self._group_actions = []    # this section's own members, in order
        # the tables are the container's objects, not copies
        for table in ('_registries', '_actions', '_option_string_actions', '_defaults',
                      '_has_negative_number_optionals', '_mutually_exclusive_groups'):
            setattr(self, table, getattr(container, table))

    def _add_action(self, action):
        _ActionsContainer._add_action(self, action)
        self._group_actions += [action]
        return action

    def _remove_action(self, action):
        _ActionsContainer._remove_action(self, action)
        self._group_actions.remove(action)

    def add_argument_group(self, *args, **kwargs):
        _nesting_deprecated('argument groups')
        return _ActionsContainer.add_argument_group(self, *args, **kwargs)


class _MutuallyExclusiveGroup(_ArgumentGroup):
    """At most one member may be given (exactly one when required)."""

    def __init__(self, container, required=False):
        super().__init__(container)
        self.required = required
        self._container = container

    # members join the enclosing container (parser or titled group) for the help layout
    def _add_action(self, action):
        if action.required:
            raise ValueError('mutually exclusive arguments must be optional')
        self._container._add_action(action)
        self._group_actions += [action]
        return action

    def _remove_action(self, action):
        self._group_actions.remove(action)
        self._container._remove_action(action)

    def add_mutually_exclusive_group(self, *args, **kwargs):
        _nesting_deprecated('mutually exclusive groups')
        return _ActionsContainer.add_mutually_exclusive_group(self, *args, **kwargs)


# ---------------------------------------------------------------------------------------------
# Matching nargs against the labels of the command-line strings
# ---------------------------------------------------------------------------------------------

# Regular expressions over the label string ('O' option, 'A' argument, '-' the '--' marker).
# A positional may absorb '--' markers around its arguments; an option never does.
_NARGS_REGEX = {
    None: '-*A-*',
    OPTIONAL: '-*A?-*',
    ZERO_OR_MORE: '-*[A-]*',
    ONE_OR_MORE: '-*A[A-]*',
    REMAINDER: '[-AO]*',
    PARSER: '-*A[-AO]*',
    SUPPRESS: '-*-*',
}


def _nargs_regex(action):
    nargs = action.nargs
    if nargs is None or isinstance(nargs, str):
        body = _NARGS_REGEX[nargs]
    else:
        body = '-*' + '-*'.join('A' * nargs) + '-*'
    if action.option_strings:
        body = body.replace('-*', '').replace('-', '')
    return '(' + body + ')'


def _nargs_mismatch(action):
    fixed = {None: 'expected one argument', OPTIONAL: 'expected at most one argument',
             ONE_OR_MORE: 'expected at least one argument'}
    if action.nargs in fixed:
        return fixed[action.nargs]
    return _plural('expected %s argument', 'expected %s arguments', action.nargs) % action.nargs


def _count_for(action, labels):
    """How many strings at the head of labels the option `action` takes; ArgumentError if none fit."""
    found = _re.match(_nargs_regex(action), labels)
    if found is None:
        raise ArgumentError(action, _nargs_mismatch(action))
    return len(found.group(1))


def _counts_for(actions, labels):
    """Strings taken by each of the longest run of leading positionals that fits labels."""
    for upto in range(len(actions), 0, -1):
        found = _re.match(''.join(_nargs_regex(a) for a in actions[:upto]), labels)
        if found is not None:
            return [len(g) for g in found.groups()]
    return []


class _Parse:
    """One pass of a parser over a list of strings, filling `namespace`.

    Positionals and options are consumed alternately from left to right; `extras` collects
    the strings nobody took. `seen` holds every action that was invoked, `given` those whose
    value differed from their default (these count for mutually exclusive groups).
    """

    def __init__(self, parser, strings, namespace):
        self.parser = parser
        self.strings = strings
        self.namespace = namespace
        self.extras = []
        self.seen = set()
        self.given = set()
        self.rivals = {}
        for group in parser._mutually_exclusive_groups:
            members = group._group_actions
            for k, member in enumerate(members):
                self.rivals.setdefault(member, []).extend(members[:k] + members[k + 1:])
        self.waiting = parser._get_positional_actions()
        self.options = {}       # index of an option string -> (action, flag, attached value)
        after_marker = False    # everything after the first '--' is an argument
        labels = []
        for index, text in enumerate(strings):
            if after_marker:
                labels.append('A')
            elif text == '--':
                labels.append('-')
                after_marker = True
            else:
                option = parser._parse_optional(text)
                if option is None:
                    labels.append('A')
                else:
                    self.options[index] = option
                    labels.append('O')
        self.labels = ''.join(labels)

    def run(self):
        """Consumes the strings; returns the ones no action took."""
        index = 0
        while True:
            ahead = [k for k in self.options if k >= index]
            if not ahead:
                break
            next_option = min(ahead)
            if index < next_option:
                stop = self.take_positionals(index)
                if stop > index:
                    index = stop    # may have swallowed options (REMAINDER, PARSER)
                    continue
                self.extras.extend(self.strings[index:next_option])
                index = next_option
            index = self.take_option(index)
        stop = self.take_positionals(index)
        self.extras.extend(self.strings[stop:])
        return self.extras

    def act(self, action, strings, flag=None):
        parser = self.parser
        self.seen.add(action)
        value = parser._get_values(action, strings)
        if value is not action.default:
            self.given.add(action)
            for rival in self.rivals.get(action, ()):
                if rival in self.given:
                    raise ArgumentError(action, 'not allowed with argument %s'
                                        % _get_action_name(rival))
        if value is not SUPPRESS:
            action(parser, self.namespace, value, flag)

    def take_positionals(self, start):
        counts = _counts_for(self.waiting, self.labels[start:])
        for action, count in zip(self.waiting, counts):
            self.act(action, self.strings[start:start + count])
            start += count
        del self.waiting[:len(counts)]
        return start

    def take_option(self, index):
        """Consumes the option at index (and what it takes); returns the index after it."""
        parser = self.parser
        action, flag, attached = self.options[index]
        calls = []
        while True:
            if action is None:
                self.extras.append(self.strings[index])
                return index + 1
            if attached is None:
                first = index + 1
                count = _count_for(action, self.labels[first:])
                calls.append((action, self.strings[first:first + count], flag))
                stop = first + count
                break
            count = _count_for(action, 'A')
            if count == 1:
                calls.append((action, [attached], flag))
                stop = index + 1
                break
            if count == 0 and flag[1] not in parser.prefix_chars and attached != '':
                # -xyz: -x takes nothing, so 'yz' starts another single-letter flag
                calls.append((action, [], flag))
                next_flag = flag[0] + attached[0]
                if next_flag not in parser._option_string_actions:
                    raise ArgumentError(action, 'ignored explicit argument %r' % attached)
                action = parser._option_string_actions[next_flag]
                flag, attached = next_flag, attached[1:] or None
                continue
            raise ArgumentError(action, 'ignored explicit argument %r' % attached)
        for action, strings, flag in calls:
            self.act(action, strings, flag)
        return stop

    def check_complete(self):
        """Required arguments and groups; string defaults converted once nothing replaced them."""
        parser, namespace = self.parser, self.namespace
        missing = []
        for action in parser._actions:
            if action in self.seen:
                continue
            if action.required:
                missing.append(_get_action_name(action))
            elif (isinstance(action.default, str) and hasattr(namespace, action.dest)
                  and getattr(namespace, action.dest) is action.default):
                setattr(namespace, action.dest, parser._get_value(action, action.default))
        if missing:
            parser.error('the following arguments are required: %s' % ', '.join(missing))
        for group in parser._mutually_exclusive_groups:
            if group.required and not any(a in self.given for a in group._group_actions):
                names = [_get_action_name(a) for a in group._group_actions
                         if a.help is not SUPPRESS]
                parser.error('one of the arguments %s is required' % ' '.join(names))


# ---------------------------------------------------------------------------------------------
# The parser
# ---------------------------------------------------------------------------------------------

class ArgumentParser(_AttributeHolder, _ActionsContainer):
    """Turns a list of command-line strings into a Namespace.

    prog names the program in usage and errors (default: the base name of sys.argv[0]);
    usage, description and epilog replace or surround the generated help; parents lend their
    arguments; formatter_class lays out the help; prefix_chars start options;
    fromfile_prefix_chars mark strings naming a file of further arguments; argument_default
    applies to every argument; conflict_handler is 'error' or 'resolve'; add_help adds -h;
    allow_abbrev accepts unique prefixes of long options; exit_on_error=False lets
    ArgumentError propagate instead of exiting.
    """

    def __init__(self, prog=None, usage=None, description=None, epilog=None, parents=[],
                 formatter_class=HelpFormatter, prefix_chars='-', fromfile_prefix_chars=None,
                 argument_default=None, conflict_handler='error', add_help=True,
                 allow_abbrev=True, exit_on_error=True):
        super().__init__(description=description, prefix_chars=prefix_chars,
                         argument_default=argument_default, conflict_handler=conflict_handler)
        self.prog = _os.path.basename(_sys.argv[0]) if prog is None else prog
        self.usage, self.epilog, self.formatter_class = usage, epilog, formatter_class
        self.fromfile_prefix_chars, self.add_help = fromfile_prefix_chars, add_help
        self.allow_abbrev, self.exit_on_error = allow_abbrev, exit_on_error

        self._positionals = self.add_argument_group('positional arguments')
        self._optionals = self.add_argument_group('options')
        self._subparsers = None
        self.register('type', None, lambda string: string)

        if add_help:
            dash = '-' if '-' in prefix_chars else prefix_chars[0]
            self.add_argument(dash + 'h', dash * 2 + 'help', action='help', default=SUPPRESS,
                              help='show this help message and exit')
        for lender in parents:
            self._add_container_actions(lender)
            inherited = getattr(lender, '_defaults', None)
            if inherited is not None:
                self._defaults.update(inherited)

    def _get_kwargs(self):
        return [(name, getattr(self, name)) for name in
                ('prog', 'usage', 'description', 'formatter_class', 'conflict_handler',
                 'add_help')]

    def add_subparsers(self, **kwargs):
        """Adds the sub-command positional (a _SubParsersAction) and returns it; with title=
        or description= its help gets a section of its own."""
        if self._subparsers is not None:
            self.error('cannot have multiple subparser arguments')
        options = dict(kwargs)
        options.setdefault('parser_class', type(self))
        own_section = 'title' in options or 'description' in options
        if own_section:
            section = self.add_argument_group(options.pop('title', 'subcommands'),
                                              options.pop('description', None))
        else:
            section = self._positionals
        self._subparsers = section
        if options.get('prog') is None:
            # sub-commands are named after this parser's usage up to its positionals
            page = self._get_formatter()
            page.add_usage(self.usage, self._get_positional_actions(),
                           self._mutually_exclusive_groups, '')
            options['prog'] = page.format_help().strip()
        action = self._pop_action_class(options, 'parsers')(option_strings=[], **options)
        section._add_action(action)
        return action

    def _add_action(self, action):
        group = self._optionals if action.option_strings else self._positionals
        group._add_action(action)
        return action

    def _get_optional_actions(self):
        return [a for a in self._actions if a.option_strings]

    def _get_positional_actions(self):
        return [a for a in self._actions if not a.option_strings]

    # ---- parsing ----

    def parse_args(self, args=None, namespace=None):
        namespace, unknown = self.parse_known_args(args, namespace)
        if unknown:
            self.error('unrecognized arguments: %s' % ' '.join(unknown))
        return namespace

    def parse_known_args(self, args=None, namespace=None):
        strings = _sys.argv[1:] if args is None else list(args)
        if namespace is None:
            namespace = Namespace()
        # defaults first, unless the caller's namespace already has the attribute
        initial = [(a.dest, a.default) for a in self._actions
                   if a.dest is not SUPPRESS and a.default is not SUPPRESS]
        initial += self._defaults.items()
        for dest, value in initial:
            if not hasattr(namespace, dest):
                setattr(namespace, dest, value)
        try:
            namespace, unknown = self._parse_known_args(strings, namespace)
        except ArgumentError as err:
            if not self.exit_on_error:
                raise
            self.error(str(err))
        # strings a sub-command did not recognise come back on the namespace
        from_sub = getattr(namespace, _UNRECOGNIZED_ARGS_ATTR, None)
        if from_sub is not None:
            delattr(namespace, _UNRECOGNIZED_ARGS_ATTR)
            unknown.extend(from_sub)
        return namespace, unknown

    def _parse_known_args(self, arg_strings, namespace):
        if self.fromfile_prefix_chars:
            arg_strings = self._read_args_from_files(arg_strings)
        run = _Parse(self, arg_strings, namespace)
        extras = run.run()
        run.check_complete()
        return namespace, extras

    def _read_args_from_files(self, arg_strings):
        """Replaces each '@file' string by the arguments read from the file, recursively."""
        expanded = []
        for text in arg_strings:
            if not text or text[0] not in self.fromfile_prefix_chars:
                expanded.append(text)
                continue
            try:
                with open(text[1:]) as source:
                    lines = source.read().splitlines()
            except OSError as err:
                self.error(str(err))
                continue
            from_file = [arg for line in lines for arg in self.convert_arg_line_to_args(line)]
            expanded.extend(self._read_args_from_files(from_file))
        return expanded

    def convert_arg_line_to_args(self, arg_line):
        return [arg_line]

    def _parse_optional(self, arg_string):
        """(action, flag, attached value) if arg_string is an option, with action None for an
        unknown one; None for an argument."""
        if not arg_string or arg_string[0] not in self.prefix_chars:
            return None
        known = self._option_string_actions
        if arg_string in known:
            return known[arg_string], arg_string, None
        if len(arg_string) == 1:
            return None
        flag, equals, value = arg_string.partition('=')
        if equals and flag in known:
            return known[flag], flag, value
        candidates = self._get_option_tuples(arg_string)
        if len(candidates) > 1:
            names = ', '.join(flag for _, flag, _ in candidates)
            self.error('ambiguous option: %s could match %s' % (arg_string, names))
        if candidates:
            return candidates[0]
        if _LOOKS_NEGATIVE.match(arg_string) and not self._has_negative_number_optionals:
            return None
        if ' ' in arg_string:
            return None
        return None, arg_string, None

    def _get_option_tuples(self, option_string):
        """Flags option_string may abbreviate, or (single-dash) run into its value."""
        found = []
        if option_string[1] in self.prefix_chars:
            if self.allow_abbrev:
                start, equals, value = option_string.partition('=')
                value = value if equals else None
                found = [(action, flag, value) for flag, action in
                         self._option_string_actions.items() if flag.startswith(start)]
        else:
            head, tail = option_string[:2], option_string[2:]
            for flag, action in self._option_string_actions.items():
                if flag == head:
                    found.append((action, flag, tail))
                elif flag.startswith(option_string):
                    found.append((action, flag, None))
        return found

    # ---- intermixed parsing ----

    def parse_intermixed_args(self, args=None, namespace=None):
        namespace, unknown = self.parse_known_intermixed_args(args, namespace)
        if unknown:
            self.error('unrecognized arguments: %s' % ' '.join(unknown))
        return namespace

    def parse_known_intermixed_args(self, args=None, namespace=None):
        """Options first, with every positional switched off; then the positionals alone
        over what is left, with no option required."""
        positionals = self._get_positional_actions()
        for action in positionals:
            if action.nargs in (PARSER, REMAINDER):
                raise TypeError('parse_intermixed_args: positional arg with nargs=%s'
                                % action.nargs)
        if any(action in positionals for group in self._mutually_exclusive_groups
               for action in group._group_actions):
            raise TypeError('parse_intermixed_args: positional in mutuallyExclusiveGroup')

        old_usage = self.usage
        try:
            if old_usage is None:
                # errors of either pass show the whole usage, not the half being parsed
                self.usage = self.format_usage()[len('usage: '):]
            saved = [(bare, bare.nargs, bare.default) for bare in positionals]
            try:
                for bare in positionals:
                    bare.nargs = bare.default = SUPPRESS
                namespace, rest = self.parse_known_args(args, namespace)
                for bare in positionals:
                    if getattr(namespace, bare.dest, None) == []:
                        import warnings
                        warnings.warn('Do not expect %s in %s' % (bare.dest, namespace))
                        delattr(namespace, bare.dest)
            finally:
                for bare, nargs, default in saved:
                    bare.nargs, bare.default = nargs, default

            kept = [(holder, holder.required) for holder in
                    self._get_optional_actions() + self._mutually_exclusive_groups]
            try:
                for holder, _ in kept:
                    holder.required = False
                namespace, extras = self.parse_known_args(rest, namespace)
            finally:
                for holder, required in kept:
                    holder.required = required
        finally:
            self.usage = old_usage
        return namespace, extras

    # ---- converting values ----

    def _get_values(self, action, arg_strings):
        """The value an action receives for the strings it took: converted, and checked
        against choices (one value, each of a list, or for PARSER only the command name)."""
        nargs = action.nargs
        if nargs not in (PARSER, REMAINDER) and '--' in arg_strings:
            arg_strings.remove('--')     # the first marker only; later ones are arguments
        absent = not arg_strings
        if absent and nargs == OPTIONAL:
            # an option given bare takes const; a missing positional takes its default
            fallback = action.const if action.option_strings else action.default
            if not isinstance(fallback, str):
                return fallback
            checked = [self._get_value(action, fallback)]
            result = checked[0]
        elif absent and nargs == ZERO_OR_MORE and not action.option_strings:
            result = arg_strings if action.default is None else action.default
            checked = [result]
        elif len(arg_strings) == 1 and nargs in (None, OPTIONAL):
            result = self._get_value(action, arg_strings[0])
            checked = [result]
        elif nargs == SUPPRESS:
            return SUPPRESS
        else:
            result = [self._get_value(action, text) for text in arg_strings]
            checked = [] if nargs == REMAINDER else result[:1] if nargs == PARSER else result
        for value in checked:
            self._check_value(action, value)
        return result

    def _get_value(self, action, arg_string):
        convert = self._registry_get('type', action.type, action.type)
        if not callable(convert):
            raise ArgumentError(action, '%r is not callable' % (convert,))
        try:
            return convert(arg_string)
        except ArgumentTypeError as err:
            raise ArgumentError(action, str(err))
        except (TypeError, ValueError):
            type_name = getattr(action.type, '__name__', repr(action.type))
            raise ArgumentError(action, 'invalid %s value: %r' % (type_name, arg_string))

    def _check_value(self, action, value):
        allowed = action.choices
        if allowed is None or value in allowed:
            return
        listed = ', '.join(repr(choice) for choice in allowed)
        raise ArgumentError(action, 'invalid choice: %r (choose from %s)' % (value, listed))

    # ---- help ----

    def format_usage(self):
        page = self._get_formatter()
        page.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        return page.format_help()

    def format_help(self):
        """Usage, description, one section per argument group, epilog."""
        page = self._get_formatter()
        page.add_usage(self.usage, self._actions, self._mutually_exclusive_groups)
        page.add_text(self.description)
        for section in self._action_groups:
            page.start_section(section.title)
            page.add_text(section.description)
            page.add_arguments(section._group_actions)
            page.end_section()
        page.add_text(self.epilog)
        return page.format_help()

    def _get_formatter(self):
        make = self.formatter_class
        return make(prog=self.prog)

    def print_usage(self, file=None):
        self._print_message(self.format_usage(), _sys.stdout if file is None else file)

    def print_help(self, file=None):
        self._print_message(self.format_help(), _sys.stdout if file is None else file)

    def _print_message(self, message, file=None):
        if not message:
            return
        try:
            (file or _sys.stderr).write(message)
        except (AttributeError, OSError):
            pass    # no usable stream (sys.stderr is None, closed pipe): stay silent

    # ---- leaving ----

    def exit(self, status=0, message=None):
        if message:
            self._print_message(message, file=_sys.stderr)
        _sys.exit(status)

    def error(self, message):
        """Writes the usage and 'PROG: error: MESSAGE' to stderr and exits with status 2.

        An override must not return: it exits or raises.
        """
        self.print_usage(_sys.stderr)
        self.exit(2, '%s: error: %s\n' % (self.prog, message))
