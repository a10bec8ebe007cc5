"""getopt: C-style command-line option parsing (getopt, gnu_getopt, GetoptError) as Python
3.11's. CPython counterpart: Lib/getopt.py (behaviour only)."""

import os

__all__ = ["GetoptError", "error", "getopt", "gnu_getopt"]


class GetoptError(Exception):
    opt = ''
    msg = ''

    def __init__(self, msg, opt=''):
        self.msg, self.opt = msg, opt
        super().__init__(msg, opt)

    def __str__(self):
        return self.msg


error = GetoptError


def _long_list(longopts):
    # One long option may be given as a plain string.
    return [longopts] if isinstance(longopts, str) else list(longopts)


def _is_option(arg):
    # "-" alone is an operand (conventionally stdin), not an option.
    return arg[:1] == '-' and arg != '-'


def _take_option(opts, args, shortopts, longopts):
    """Parses the option args[0] (and its separate argument, if it takes one) into opts;
    returns the arguments after it."""
    word, rest = args[0], args[1:]
    if word[:2] == '--':
        return do_longs(opts, word[2:], longopts, rest)[1]
    return do_shorts(opts, word[1:], shortopts, rest)[1]


def getopt(args, shortopts, longopts=[]):
    """Parse options up to the first non-option argument; returns (opts, remaining args)."""
    opts = []
    longopts = _long_list(longopts)
    while args and _is_option(args[0]):
        if args[0] == '--':
            # "--" ends the options and is itself dropped.
            return opts, args[1:]
        args = _take_option(opts, args, shortopts, longopts)
    return opts, args


def gnu_getopt(args, shortopts, longopts=[]):
    """Like getopt, but options and non-option arguments may be intermixed (unless shortopts
    starts with '+' or POSIXLY_CORRECT is set)."""
    opts = []
    operands = []
    longopts = _long_list(longopts)
    stop_at_operand = shortopts[:1] == '+' or bool(os.environ.get("POSIXLY_CORRECT"))
    if shortopts[:1] == '+':
        shortopts = shortopts[1:]
    while args:
        word = args[0]
        if word == '--':
            operands.extend(args[1:])
            break
        if word[:2] == '--' or _is_option(word):
            args = _take_option(opts, args, shortopts, longopts)
        elif stop_at_operand:
            operands.extend(args)
            break
        else:
            operands.append(word)
            args = args[1:]
    return opts, operands


def do_longs(opts, opt, longopts, args):
    name, equals, value = opt.partition('=')
    inline = value if equals else None
    takes_value, name = long_has_args(name, longopts)
    if takes_value and inline is None:
        if not args:
            raise GetoptError('option --%s requires argument' % name, name)
        inline, args = args[0], args[1:]
    elif not takes_value and inline is not None:
        raise GetoptError('option --%s must not have an argument' % name, name)
    opts.append(('--%s' % name, inline or ''))
    return opts, args


def long_has_args(opt, longopts):
    """(takes an argument?, full option name) for a long option or a unique prefix of one."""
    candidates = [known for known in longopts if known.startswith(opt)]
    if not candidates:
        raise GetoptError('option --%s not recognized' % opt, opt)
    # An exact name wins over longer names it is a prefix of.
    if opt in candidates:
        return False, opt
    if opt + '=' in candidates:
        return True, opt
    if len(candidates) > 1:
        raise GetoptError('option --%s not a unique prefix' % opt, opt)
    only = candidates[0]
    return (True, only[:-1]) if only[-1:] == '=' else (False, only)


def do_shorts(opts, optstring, shortopts, args):
    # "-abc" is -a -b -c, until an option that takes an argument: the rest of the word is
    # its argument, or the next word if nothing is left.
    position = 0
    while position < len(optstring):
        letter = optstring[position]
        position += 1
        value = ''
        if short_has_arg(letter, shortopts):
            value = optstring[position:]
            position = len(optstring)
            if not value:
                if not args:
                    raise GetoptError('option -%s requires argument' % letter, letter)
                value, args = args[0], args[1:]
        opts.append(('-%s' % letter, value))
    return opts, args


def short_has_arg(opt, shortopts):
    for index, char in enumerate(shortopts):
        if char == opt and char != ':':
            return shortopts[index + 1:index + 2] == ':'
    raise GetoptError('option -%s not recognized' % opt, opt)


# The names pygen used before (CPython's are the unprefixed ones above).
_do_longs, _do_shorts = do_longs, do_shorts
_long_has_args, _short_has_arg = long_has_args, short_has_arg
