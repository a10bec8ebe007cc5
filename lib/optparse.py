# optparse for pygen: the older command-line option parser, written from the CPython 3.11
# documentation (argparse is the newer one).
#
# An OptionParser holds Options (each with its option strings, an action, a type and a
# destination attribute) and OptionGroups. parse_args() walks the arguments: '--' ends the
# options, '--name[=value]' is a long option (unique prefixes accepted), '-abc' is a cluster of
# short options where the first that takes a value swallows the rest of the word (or the next
# argument). Results go into a Values object. Help text is laid out by IndentedHelpFormatter
# (or TitledHelpFormatter) as python3 lays it out.

import os
import sys
import textwrap

__all__ = ['Option', 'make_option', 'SUPPRESS_HELP', 'SUPPRESS_USAGE', 'Values',
           'OptionContainer', 'OptionGroup', 'OptionParser', 'HelpFormatter',
           'IndentedHelpFormatter', 'TitledHelpFormatter', 'OptParseError', 'OptionError',
           'OptionConflictError', 'OptionValueError', 'BadOptionError', 'check_choice']

__version__ = "1.5.3"

SUPPRESS_HELP = "SUPPRESS" + "HELP"
SUPPRESS_USAGE = "SUPPRESS" + "USAGE"
NO_DEFAULT = tuple("NO DEFAULT".split())


def _(message):
    return message


# --- errors ----------------------------------------------------------------------------------

class OptParseError(Exception):
    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg


class OptionError(OptParseError):
    """A badly defined Option (raised when the Option is made)."""

    def __init__(self, msg, option):
        self.msg = msg
        self.option_id = str(option)

    def __str__(self):
        return f"option {self.option_id}: {self.msg}" if self.option_id else self.msg


class OptionConflictError(OptionError):
    """An option string already used by another option."""


class OptionValueError(OptParseError):
    """A value on the command line that its option's type refuses."""


class BadOptionError(OptParseError):
    """An option string on the command line that no option has."""

    def __init__(self, opt_str):
        self.opt_str = opt_str

    def __str__(self):
        return "no such option: " + self.opt_str


class AmbiguousOptionError(BadOptionError):
    """An abbreviated long option that fits several options."""

    def __init__(self, opt_str, possibilities):
        super().__init__(opt_str)
        self.possibilities = possibilities

    def __str__(self):
        return f"ambiguous option: {self.opt_str} ({', '.join(self.possibilities)}?)"


# --- help formatting ---------------------------------------------------------------------------

class HelpFormatter:
    """Lays out help: usage, headings, descriptions and one entry per option."""

    NO_DEFAULT_VALUE = "none"

    def __init__(self, indent_increment, max_help_position, width, short_first):
        if width is None:
            columns = os.environ.get('COLUMNS', '')
            width = (int(columns) if columns.strip().isdigit() else 80) - 2
        vars(self).update(parser=None, indent_increment=indent_increment, width=width)
        self.help_position = self.max_help_position = min(max_help_position,
                                                          max(width - 20, indent_increment * 2))
        self.current_indent = 0
        self.level = 0
        vars(self).update(help_width=None, short_first=short_first, default_tag="%default",
                          option_strings={}, _short_opt_fmt="%s %s", _long_opt_fmt="%s=%s")

    def set_parser(self, parser):
        self.parser = parser

    def set_short_opt_delimiter(self, delim):
        if delim not in ("", " "):
            raise ValueError("invalid metavar delimiter for short options: %r" % delim)
        self._short_opt_fmt = "%s{}%s".format(delim)

    def set_long_opt_delimiter(self, delim):
        if delim not in ("=", " "):
            raise ValueError("invalid metavar delimiter for long options: %r" % delim)
        self._long_opt_fmt = "%s{}%s".format(delim)

    def _step(self, direction):
        self.current_indent += direction * self.indent_increment
        self.level += direction
        assert self.current_indent >= 0, "Indent decreased below 0."

    def indent(self):
        self._step(1)

    def dedent(self):
        self._step(-1)

    def format_usage(self, usage):
        raise NotImplementedError("subclasses must implement")

    def format_heading(self, heading):
        raise NotImplementedError("subclasses must implement")

    def _fill(self, text):
        width = max(self.width - self.current_indent, 11)
        pad = " " * self.current_indent
        return textwrap.fill(text, width, initial_indent=pad, subsequent_indent=pad)

    def format_description(self, description):
        return self._fill(description) + "\n" if description else ""

    def format_epilog(self, epilog):
        return "\n" + self._fill(epilog) + "\n" if epilog else ""

    def expand_default(self, option):
        if not (self.parser and self.default_tag):
            return option.help
        value = self.parser.defaults.get(option.dest)
        if value is NO_DEFAULT or value is None:
            value = self.NO_DEFAULT_VALUE
        return option.help.replace(self.default_tag, str(value))

    def format_option(self, option):
        names = self.option_strings[option]
        room = self.help_position - self.current_indent - 2
        lead = " " * self.current_indent
        if len(names) > room:
            # Too long for the column: the help starts on the next line.
            lines = [lead + names + "\n"]
            first_pad = self.help_position
        else:
            lines = [lead + names.ljust(room) + "  "]
            first_pad = 0
        if option.help:
            wrapped = textwrap.wrap(self.expand_default(option), self.help_width)
            lines.append(" " * first_pad + wrapped[0] + "\n")
            lines.extend(" " * self.help_position + line + "\n" for line in wrapped[1:])
        elif not lines[-1].endswith("\n"):
            lines.append("\n")
        return "".join(lines)

    def store_option_strings(self, parser):
        """Work out the option column's width from every option's strings."""
        # The parser's own options sit one indent in, the groups' options two.
        widest = 0
        sections = [(1, parser.option_list)] + [(2, g.option_list) for g in parser.option_groups]
        for depth, options in sections:
            indent = self.current_indent + depth * self.indent_increment
            for opt in options:
                text = self.option_strings[opt] = self.format_option_strings(opt)
                widest = max(widest, len(text) + indent)
        self.help_position = min(widest + 2, self.max_help_position)
        self.help_width = max(11, self.width - self.help_position)

    def format_option_strings(self, option):
        """'-f FILE, --file=FILE' (or without metavars for options taking no value)."""
        if option.takes_value():
            metavar = option.metavar if option.metavar else option.dest.upper()
            shorts = [self._short_opt_fmt % (s, metavar) for s in option._short_opts]
            longs = [self._long_opt_fmt % (s, metavar) for s in option._long_opts]
        else:
            shorts, longs = list(option._short_opts), list(option._long_opts)
        ordered = shorts + longs if self.short_first else longs + shorts
        return ", ".join(ordered)


class IndentedHelpFormatter(HelpFormatter):
    """Headings end with a colon; each level is indented two more spaces."""

    def __init__(self, indent_increment=2, max_help_position=24, width=None, short_first=1):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return f"Usage: {usage}\n"

    def format_heading(self, heading):
        return " " * self.current_indent + heading + ":\n"


class TitledHelpFormatter(HelpFormatter):
    """Headings underlined with '=' and '-'; no indentation."""

    def __init__(self, indent_increment=0, max_help_position=24, width=None, short_first=0):
        HelpFormatter.__init__(self, indent_increment, max_help_position, width, short_first)

    def format_usage(self, usage):
        return self.format_heading("Usage") + "  " + usage + "\n"

    def format_heading(self, heading):
        underline = ("=" if self.level == 0 else "-") * len(heading)
        return f"{heading}\n{underline}\n"


# --- values and types ----------------------------------------------------------------------------

def _parse_num(text, kind):
    lowered = text.lower()
    for prefix, radix in (("0x", 16), ("0b", 2)):
        if lowered.startswith(prefix):
            return kind(text[2:], radix)
    if text[:1] == "0" and len(text) > 1:
        return kind(text[1:], 8)
    return kind(text)


def _parse_int(text):
    return _parse_num(text, int)


_TYPE_NAMES = {"int": _("integer"), "long": _("integer"), "float": _("floating-point"),
               "complex": _("complex")}


def check_builtin(option, opt, value):
    parse = {"int": _parse_int, "long": _parse_int, "float": float,
             "complex": complex}[option.type]
    try:
        return parse(value)
    except ValueError:
        raise OptionValueError(_("option %s: invalid %s value: %r")
                               % (opt, _TYPE_NAMES[option.type], value)) from None


def check_choice(option, opt, value):
    if value in option.choices:
        return value
    choices = ", ".join(repr(c) for c in option.choices)
    raise OptionValueError(_("option %s: invalid choice: %r (choose from %s)")
                           % (opt, value, choices))


class Values:
    """The parsed options: one attribute per destination."""

    def __init__(self, defaults=None):
        for attr, val in (defaults or {}).items():
            setattr(self, attr, val)

    def __str__(self):
        return str(self.__dict__)

    def __repr__(self):
        return f"<{type(self).__name__} at {id(self):#x}: {self}>"

    def __eq__(self, other):
        if isinstance(other, Values):
            return vars(self) == vars(other)
        if isinstance(other, dict):
            return self.__dict__ == other
        return NotImplemented

    def _update_careful(self, d):
        for attr in dir(self):
            if attr in d and d[attr] is not None:
                setattr(self, attr, d[attr])

    def _update_loose(self, d):
        self.__dict__.update(d)

    def _update(self, d, mode):
        if mode == "careful":
            self._update_careful(d)
        elif mode == "loose":
            self._update_loose(d)
        else:
            raise ValueError("invalid update mode: %r" % mode)

    def read_module(self, modname, mode="careful"):
        __import__(modname)
        self._update(vars(sys.modules[modname]), mode)

    def read_file(self, filename, mode="careful"):
        namespace = {}
        with open(filename) as f:
            exec(f.read(), namespace)
        self._update(namespace, mode)

    def ensure_value(self, attr, value):
        if getattr(self, attr, None) is None:
            setattr(self, attr, value)
        return getattr(self, attr)


class Option:
    """One option: its strings ('-f', '--file'), action, type, destination and help."""

    ATTRS = ['action', 'type', 'dest', 'default', 'nargs', 'const', 'choices', 'callback',
             'callback_args', 'callback_kwargs', 'help', 'metavar']
    ACTIONS = ("store", "store_const", "store_true", "store_false", "append", "append_const",
               "count", "callback", "help", "version")
    STORE_ACTIONS = ("store", "store_const", "store_true", "store_false", "append",
                     "append_const", "count")
    TYPED_ACTIONS = ("store", "append", "callback")
    ALWAYS_TYPED_ACTIONS = ("store", "append")
    CONST_ACTIONS = ("store_const", "append_const")
    TYPES = tuple("string int long float complex choice".split())
    TYPE_CHECKER = {"int": check_builtin, "long": check_builtin, "float": check_builtin,
                    "complex": check_builtin, "choice": check_choice}

    def __init__(self, *opts, **attrs):
        self._short_opts = []
        self._long_opts = []
        self._set_opt_strings(opts)
        for attr in self.ATTRS:
            setattr(self, attr, attrs.pop(attr, NO_DEFAULT if attr == 'default' else None))
        if attrs:
            names = sorted(attrs)
            raise OptionError("invalid keyword arguments: %s" % ", ".join(names), self)
        for check in self.CHECK_METHODS:
            check(self)

    def _set_opt_strings(self, opts):
        opts = [o for o in opts if o]
        if not opts:
            raise TypeError("at least one option string must be supplied")
        for opt in opts:
            if len(opt) < 2:
                raise OptionError("invalid option string %r: must be at least two characters "
                                  "long" % opt, self)
            if len(opt) == 2:
                if opt[0] != "-" or opt[1] == "-":
                    raise OptionError("invalid short option string %r: must be of the form -x, "
                                      "(x any non-dash char)" % opt, self)
                self._short_opts.append(opt)
            else:
                if not (opt[:2] == "--" and opt[2] != "-"):
                    raise OptionError("invalid long option string %r: must start with --, "
                                      "followed by non-dash" % opt, self)
                self._long_opts.append(opt)

    def _check_action(self):
        if self.action is None:
            self.action = "store"
        elif self.action not in self.ACTIONS:
            raise OptionError("invalid action: %r" % self.action, self)

    def _check_type(self):
        kind, action = self.type, self.action
        if kind is None:
            if action in self.ALWAYS_TYPED_ACTIONS:
                self.type = "string" if self.choices is None else "choice"
            return
        if isinstance(kind, type):      # int, float, str ... name their type too
            kind = kind.__name__
        kind = {"str": "string"}.get(kind, kind)
        if kind not in self.TYPES:
            raise OptionError("invalid option type: %r" % kind, self)
        if action not in self.TYPED_ACTIONS:
            raise OptionError("must not supply a type for action %r" % action, self)
        self.type = kind

    def _check_choice(self):
        if self.type == "choice":
            if self.choices is None:
                raise OptionError("must supply a list of choices for type 'choice'", self)
            if not isinstance(self.choices, (tuple, list)):
                raise OptionError("choices must be a list of strings ('%s' supplied)"
                                  % type(self.choices).__name__, self)
        elif self.choices is not None:
            raise OptionError("must not supply choices for type %r" % self.type, self)

    def _check_dest(self):
        wants_dest = self.action in self.STORE_ACTIONS or self.type is not None
        if self.dest is None and wants_dest:
            source = self._long_opts[0][2:] if self._long_opts else self._short_opts[0][1]
            self.dest = source.replace('-', '_')

    def _check_const(self):
        if self.const is not None and self.action not in self.CONST_ACTIONS:
            raise OptionError("'const' must not be supplied for action %r" % self.action, self)

    def _check_nargs(self):
        if self.action in self.TYPED_ACTIONS:
            self.nargs = 1 if self.nargs is None else self.nargs
        elif self.nargs is not None:
            raise OptionError("'nargs' must not be supplied for action %r" % self.action, self)

    def _check_callback(self):
        if self.action == "callback":
            if callable(self.callback) is False:
                raise OptionError("callback not callable: %r" % self.callback, self)
            if self.callback_args is not None and not isinstance(self.callback_args, tuple):
                raise OptionError("callback_args, if supplied, must be a tuple: not %r"
                                  % self.callback_args, self)
            if self.callback_kwargs is not None and not isinstance(self.callback_kwargs, dict):
                raise OptionError("callback_kwargs, if supplied, must be a dict: not %r"
                                  % self.callback_kwargs, self)
        else:
            if self.callback is not None:
                raise OptionError("callback supplied (%r) for non-callback option"
                                  % self.callback, self)
            for attr in ("callback_args", "callback_kwargs"):
                if getattr(self, attr) is not None:
                    raise OptionError("%s supplied for non-callback option" % attr, self)

    CHECK_METHODS = [_check_action, _check_type, _check_choice, _check_dest, _check_const,
                     _check_nargs, _check_callback]

    def __str__(self):
        return "/".join([*self._short_opts, *self._long_opts])

    __repr__ = object.__repr__

    def takes_value(self):
        return self.type is not None

    def get_opt_string(self):
        return (self._long_opts or self._short_opts)[0]

    def check_value(self, opt, value):
        check = self.TYPE_CHECKER.get(self.type)
        return check(self, opt, value) if check else value

    def convert_value(self, opt, value):
        if value is None:
            return None
        if self.nargs != 1:
            return tuple(self.check_value(opt, v) for v in value)
        return self.check_value(opt, value)

    def process(self, opt, value, values, parser):
        converted = self.convert_value(opt, value)
        return self.take_action(self.action, self.dest, opt, converted, values, parser)

    def take_action(self, action, dest, opt, value, values, parser):
        if action == "store":
            setattr(values, dest, value)
        elif action in ("store_const", "store_true", "store_false"):
            stored = {"store_true": True, "store_false": False}.get(action, self.const)
            setattr(values, dest, stored)
        elif action in ("append", "append_const"):
            items = values.ensure_value(dest, [])
            items.append(value if action == "append" else self.const)
        elif action == "count":
            setattr(values, dest, 1 + values.ensure_value(dest, 0))
        elif action == "callback":
            self.callback(self, opt, value, parser, *(self.callback_args or ()),
                          **(self.callback_kwargs or {}))
        elif action == "help":
            parser.print_help()
            parser.exit()
        elif action == "version":
            parser.print_version()
            parser.exit()
        else:
            raise ValueError("unknown action %r" % self.action)
        return 1


make_option = Option


# --- containers and the parser -----------------------------------------------------------------

class OptionContainer:
    """What OptionParser and OptionGroup share: a list of options and their lookup tables."""

    def __init__(self, option_class, conflict_handler, description):
        self._create_option_list()
        vars(self).update(option_class=option_class, description=description)
        OptionContainer.set_conflict_handler(self, conflict_handler)

    def _create_option_mappings(self):
        self._short_opt = {}
        self._long_opt = {}
        self.defaults = {}

    def _share_option_mappings(self, parser):
        for table in ("_short_opt", "_long_opt", "defaults"):
            setattr(self, table, getattr(parser, table))

    def set_conflict_handler(self, handler):
        if handler in ("error", "resolve"):
            self.conflict_handler = handler
        else:
            raise ValueError("invalid conflict_resolution value %r" % handler)

    def set_description(self, description):
        vars(self)["description"] = description

    def get_description(self):
        return self.description

    def destroy(self):
        del self._short_opt, self._long_opt, self.defaults

    def _check_conflict(self, option):
        clashes = [(s, self._short_opt[s]) for s in option._short_opts if s in self._short_opt]
        clashes += [(s, self._long_opt[s]) for s in option._long_opts if s in self._long_opt]
        if not clashes:
            return
        if self.conflict_handler == "error":
            raise OptionConflictError("conflicting option string(s): %s"
                                      % ", ".join(s for s, _ in clashes), option)
        for opt, other in clashes:        # "resolve": the newer option wins these strings
            if opt.startswith("--"):
                other._long_opts.remove(opt)
                del self._long_opt[opt]
            else:
                other._short_opts.remove(opt)
                del self._short_opt[opt]
            if not (other._short_opts or other._long_opts):
                other.container.option_list.remove(other)

    def add_option(self, *args, **kwargs):
        """add_option(Option) or add_option(opt_str, ..., attr=value, ...)."""
        if args and isinstance(args[0], str):
            new = self.option_class(*args, **kwargs)
        elif len(args) == 1 and not kwargs:
            new = args[0]
            if isinstance(new, Option) is False:
                raise TypeError("not an Option instance: %r" % new)
        else:
            raise TypeError("invalid arguments")
        self._check_conflict(new)
        self.option_list += [new]
        new.container = self
        self._short_opt.update(dict.fromkeys(new._short_opts, new))
        self._long_opt.update(dict.fromkeys(new._long_opts, new))
        dest = new.dest
        if dest is not None:
            if new.default is NO_DEFAULT:
                self.defaults.setdefault(dest, None)
            else:
                self.defaults[dest] = new.default
        return new

    def add_options(self, option_list):
        for option in option_list:
            self.add_option(option)

    def get_option(self, opt_str):
        return self._short_opt.get(opt_str) or self._long_opt.get(opt_str)

    def has_option(self, opt_str):
        return opt_str in self._short_opt or opt_str in self._long_opt

    def remove_option(self, opt_str):
        found = self.get_option(opt_str)
        if found is None:
            raise ValueError("no such option %r" % opt_str)
        for name in found._short_opts + found._long_opts:
            (self._long_opt if name.startswith("--") else self._short_opt).pop(name)
        found.container.option_list.remove(found)

    def format_option_help(self, formatter):
        if not self.option_list:
            return ""
        return "".join(formatter.format_option(o) for o in self.option_list
                       if o.help is not SUPPRESS_HELP)

    def format_description(self, formatter):
        text = self.get_description()
        return formatter.format_description(text)

    def format_help(self, formatter):
        parts = []
        if self.description:
            parts.append(self.format_description(formatter))
        if self.option_list:
            parts.append(self.format_option_help(formatter))
        return "\n".join(parts)


class OptionGroup(OptionContainer):
    """Options shown together under a title in the help."""

    def __init__(self, parser, title, description=None):
        self.parser = parser
        OptionContainer.__init__(self, parser.option_class, parser.conflict_handler,
                                 description)
        self.title = title

    def _create_option_list(self):
        self.option_list = []
        OptionContainer._share_option_mappings(self, self.parser)

    def set_title(self, title):
        self.title = title

    def destroy(self):
        OptionContainer.destroy(self)
        del self.option_list

    def format_help(self, formatter):
        text = formatter.format_heading(self.title)
        formatter.indent()
        text += OptionContainer.format_help(self, formatter)
        formatter.dedent()
        return text


class OptionParser(OptionContainer):
    """The command line's options, parsed by parse_args()."""

    standard_option_list = []

    def __init__(self, usage=None, option_list=None, option_class=Option, version=None,
                 conflict_handler="error", description=None, formatter=None,
                 add_help_option=True, prog=None, epilog=None):
        OptionContainer.__init__(self, option_class, conflict_handler, description)
        self.set_usage(usage)
        vars(self).update(prog=prog, version=version, allow_interspersed_args=True,
                          process_default_values=True, epilog=epilog,
                          formatter=formatter or IndentedHelpFormatter())
        self.formatter.set_parser(self)
        for standard in self.standard_option_list:
            self.add_option(standard)
        if version:
            self.add_option("--version", action="version",
                            help="show program's version number and exit")
        if add_help_option:
            self.add_option("-h", "--help", action="help", help="show this help message and exit")
        if option_list:
            self.add_options(option_list)

    def _create_option_list(self):
        self.option_list, self.option_groups = [], []
        OptionContainer._create_option_mappings(self)

    def destroy(self):
        OptionContainer.destroy(self)
        for group in self.option_groups:
            group.destroy()
        del self.option_list, self.option_groups, self.formatter

    def set_usage(self, usage):
        if usage is None:
            self.usage = "%prog [options]"
        elif usage is SUPPRESS_USAGE:
            self.usage = None
        elif usage.lower().startswith("usage: "):
            self.usage = usage[7:]
        else:
            self.usage = usage

    def enable_interspersed_args(self):
        vars(self)["allow_interspersed_args"] = True

    def disable_interspersed_args(self):
        vars(self)["allow_interspersed_args"] = False

    def set_process_default_values(self, process):
        vars(self)["process_default_values"] = process

    def set_default(self, dest, value):
        self.defaults[dest] = value

    def set_defaults(self, **kwargs):
        self.defaults.update(kwargs)

    def _get_all_options(self):
        return [*self.option_list, *(o for g in self.option_groups for o in g.option_list)]

    def get_default_values(self):
        defaults = dict(self.defaults)
        if self.process_default_values:
            # String defaults go through the option's type, as a command-line value would.
            for each in self._get_all_options():
                if isinstance(defaults.get(each.dest), str):
                    defaults[each.dest] = each.check_value(each.get_opt_string(),
                                                           defaults[each.dest])
        return Values(defaults)

    def add_option_group(self, *args, **kwargs):
        if isinstance(args[0], str):
            made = OptionGroup(self, *args, **kwargs)
        elif len(args) == 1 and not kwargs:
            made = args[0]
            if isinstance(made, OptionGroup) is False:
                raise TypeError("not an OptionGroup instance: %r" % made)
            if made.parser is not self:
                raise ValueError("invalid OptionGroup (wrong parser)")
        else:
            raise TypeError("invalid arguments")
        self.option_groups += [made]
        return made

    def get_option_group(self, opt_str):
        option = self.get_option(opt_str)
        if option is not None and option.container is not self:
            return option.container
        return None

    def parse_args(self, args=None, values=None):
        """(values, leftover arguments) for args (default: sys.argv[1:])."""
        rargs = list(sys.argv[1:] if args is None else args)
        self.rargs = rargs
        self.largs = largs = []
        self.values = values = self.get_default_values() if values is None else values
        try:
            self._process_args(largs, rargs, values)
        except (BadOptionError, OptionValueError) as err:
            self.error(str(err))
        return self.check_values(values, largs + rargs)

    def check_values(self, values, args):
        return (values, args)

    def _process_args(self, largs, rargs, values):
        while rargs:
            arg = rargs[0]
            if arg == "--":
                del rargs[0]
                return
            if arg.startswith("--"):
                handle = self._process_long_opt
            elif arg.startswith("-") and arg != "-":
                handle = self._process_short_opts
            else:
                handle = None
            if handle is not None:
                handle(rargs, values)
            elif self.allow_interspersed_args:
                largs.append(arg)
                del rargs[0]
            else:
                return

    def _match_long_opt(self, opt):
        if opt in self._long_opt:
            return opt
        candidates = [name for name in self._long_opt if name.startswith(opt)]
        if len(candidates) == 1:
            return candidates[0]
        if not candidates:
            raise BadOptionError(opt)
        candidates.sort()
        raise AmbiguousOptionError(opt, candidates)

    def _take_values(self, option, opt, rargs):
        count = option.nargs
        if len(rargs) < count:
            self.error(_("%s option requires %d argument%s")
                       % (opt, count, "" if count == 1 else "s"))
        taken = rargs[:count]
        del rargs[:count]
        return taken[0] if count == 1 else tuple(taken)

    def _process_long_opt(self, rargs, values):
        arg = rargs.pop(0)
        name, explicit, attached = arg.partition("=")
        if explicit:
            rargs.insert(0, attached)
        opt = self._match_long_opt(name)
        option = self._long_opt[opt]
        if option.takes_value():
            value = self._take_values(option, opt, rargs)
        elif explicit:
            self.error(f"{opt} option does not take a value")
        else:
            value = None
        option.process(opt, value, values, parser=self)

    def _process_short_opts(self, rargs, values):
        arg = rargs.pop(0)
        for index in range(1, len(arg)):
            opt = "-" + arg[index]
            if opt not in self._short_opt:
                raise BadOptionError(opt)
            option = self._short_opt[opt]
            if option.takes_value():
                rest = arg[index + 1:]
                if rest:
                    rargs.insert(0, rest)      # '-ofile': the rest of the word is the value
                option.process(opt, self._take_values(option, opt, rargs), values, self)
                return
            option.process(opt, None, values, self)

    def get_prog_name(self):
        return os.path.basename(sys.argv[0]) if self.prog is None else self.prog

    def expand_prog_name(self, s):
        name = self.get_prog_name()
        return s.replace("%prog", name)

    def get_description(self):
        return self.description and self.expand_prog_name(self.description)

    def exit(self, status=0, msg=None):
        if msg:
            sys.stderr.write(msg)
        sys.exit(status)

    def error(self, msg):
        """Print the usage and 'prog: error: msg' to stderr; exit with status 2."""
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.get_prog_name()}: error: {msg}\n")

    def get_usage(self):
        if not self.usage:
            return ""
        return self.formatter.format_usage(self.expand_prog_name(self.usage))

    def print_usage(self, file=None):
        if self.usage:
            (file or sys.stdout).write(self.get_usage() + "\n")

    def get_version(self):
        return self.expand_prog_name(self.version) if self.version else ""

    def print_version(self, file=None):
        if self.version:
            (file or sys.stdout).write(self.get_version() + "\n")

    def format_option_help(self, formatter=None):
        fmt = formatter or self.formatter
        fmt.store_option_strings(self)
        heading = fmt.format_heading("Options")
        fmt.indent()
        sections = []
        if self.option_list:
            sections.append(OptionContainer.format_option_help(self, fmt))
        sections.extend(g.format_help(fmt) for g in self.option_groups)
        fmt.dedent()
        return heading + "\n".join(sections)   # a blank line between sections, none after

    def format_epilog(self, formatter):
        return (formatter or self.formatter).format_epilog(self.epilog)

    def format_help(self, formatter=None):
        formatter = formatter or self.formatter
        parts = []
        if self.usage:
            parts.append(self.get_usage() + "\n")
        if self.description:
            parts.append(self.format_description(formatter) + "\n")
        parts.append(self.format_option_help(formatter))
        parts.append(self.format_epilog(formatter))
        return "".join(parts)

    def print_help(self, file=None):
        (file or sys.stdout).write(self.format_help())
