# configparser: INI-style configuration files. Sections of `name = value` options, a DEFAULT
# section whose options every section sees, multi-line values, comments, %(name)s and
# ${section:name} interpolation, typed getters, the mapping protocol and write(). The parsing
# rules, errors and messages are 3.11's. Written for pygen from the 3.11 documentation.

import functools
import io
import itertools
import os
import re
import sys
import warnings
from collections import ChainMap as _ChainMap
from collections.abc import MutableMapping

__all__ = ["NoSectionError", "DuplicateOptionError", "DuplicateSectionError", "NoOptionError",
           "InterpolationError", "InterpolationDepthError", "InterpolationMissingOptionError",
           "InterpolationSyntaxError", "ParsingError", "MissingSectionHeaderError",
           "ConfigParser", "SafeConfigParser", "RawConfigParser", "Interpolation",
           "BasicInterpolation", "ExtendedInterpolation", "LegacyInterpolation", "SectionProxy",
           "ConverterMapping", "DEFAULTSECT", "MAX_INTERPOLATION_DEPTH"]

DEFAULTSECT = "DEFAULT"
MAX_INTERPOLATION_DEPTH = 10
_dict_type = dict


# ---- Errors ----

class Error(Exception):
    """Every configparser error derives from this one; `message` is its text."""

    def __init__(self, msg=''):
        Exception.__init__(self, msg)
        self.message = msg

    def __repr__(self):
        return self.message

    __str__ = __repr__


def _reading_from(source, lineno):
    # The "While reading from ..." prefix of the duplicate errors raised while parsing.
    where = "While reading from {!r}".format(source)
    if lineno is not None:
        where = "{} [line {:2d}]".format(where, lineno)
    return where + ": "


class NoSectionError(Error):
    """get() or set() named a section the parser does not have."""

    def __init__(self, section):
        Error.__init__(self, "No section: {!r}".format(section))
        self.section = section
        self.args = section,


class DuplicateSectionError(Error):
    """A section added twice, or met twice in one source of a strict parser."""

    def __init__(self, section, source=None, lineno=None):
        text = "section {!r} already exists".format(section)
        text = "S" + text[1:] if source is None else _reading_from(source, lineno) + text
        Error.__init__(self, text)
        self.section, self.source, self.lineno = section, source, lineno
        self.args = section, source, lineno


class DuplicateOptionError(Error):
    """An option met twice in one section of one source of a strict parser."""

    def __init__(self, section, option, source=None, lineno=None):
        text = "option {!r} in section {!r} already exists".format(option, section)
        text = "O" + text[1:] if source is None else _reading_from(source, lineno) + text
        Error.__init__(self, text)
        self.section, self.option = section, option
        self.source, self.lineno = source, lineno
        self.args = section, option, source, lineno


class NoOptionError(Error):
    """get() named an option that neither the section nor DEFAULT has."""

    def __init__(self, option, section):
        Error.__init__(self, "No option {!r} in section: {!r}".format(option, section))
        self.option, self.section = option, section
        self.args = option, section


class InterpolationError(Error):
    """A value could not be expanded."""

    def __init__(self, option, section, msg):
        Error.__init__(self, msg)
        self.option, self.section = option, section
        self.args = option, section, msg


class InterpolationMissingOptionError(InterpolationError):
    """A value refers to an option that does not exist."""

    def __init__(self, option, section, rawval, reference):
        text = ("Bad value substitution: option {!r} in section {!r} contains an interpolation "
                "key {!r} which is not a valid option name. Raw value: {!r}")
        InterpolationError.__init__(self, option, section,
                                    text.format(option, section, reference, rawval))
        self.reference = reference
        self.args = option, section, rawval, reference


class InterpolationSyntaxError(InterpolationError):
    """A value's references are malformed."""


class InterpolationDepthError(InterpolationError):
    """References nested deeper than MAX_INTERPOLATION_DEPTH (most likely a cycle)."""

    def __init__(self, option, section, rawval):
        text = ("Recursion limit exceeded in value substitution: option {!r} in section {!r} "
                "contains an interpolation key which cannot be substituted in {} steps. "
                "Raw value: {!r}")
        InterpolationError.__init__(self, option, section,
                                    text.format(option, section, MAX_INTERPOLATION_DEPTH, rawval))
        self.args = option, section, rawval


class ParsingError(Error):
    """Lines of a source that are neither headers, options, comments nor continuations;
    `errors` lists them as (lineno, repr(line))."""

    def __init__(self, source=None, filename=None):
        if filename and source:
            raise ValueError("Cannot specify both `filename' and `source'. Use `source'.")
        if not (filename or source):
            raise ValueError("Required argument `source' not given.")
        source = source or filename
        Error.__init__(self, "Source contains parsing errors: {!r}".format(source))
        self.source = source
        self.errors = []
        self.args = source,

    def _warn_filename(self):
        warnings.warn("The 'filename' attribute will be removed in Python 3.12. "
                      "Use 'source' instead.", DeprecationWarning, stacklevel=3)

    @property
    def filename(self):
        self._warn_filename()
        return self.source

    @filename.setter
    def filename(self, value):
        self._warn_filename()
        self.source = value

    def append(self, lineno, line):
        self.errors.append((lineno, line))
        self.message = "{}\n\t[line {:2d}]: {}".format(self.message, lineno, line)


class MissingSectionHeaderError(ParsingError):
    """An option came before the first section header."""

    def __init__(self, filename, lineno, line):
        Error.__init__(self, "File contains no section headers.\nfile: {!r}, line: {:d}\n{!r}"
                       .format(filename, lineno, line))
        self.source, self.lineno, self.line = filename, lineno, line
        self.args = filename, lineno, line


# A sentinel for "no fallback given" (None is a legal fallback).
_UNSET = object()


# ---- Interpolation ----

class Interpolation:
    """No interpolation: values are returned exactly as stored (and the base of the others)."""

    def before_get(self, parser, section, option, value, defaults):
        return value

    def before_set(self, parser, section, option, value):
        return value

    def before_read(self, parser, section, option, value):
        return value

    def before_write(self, parser, section, option, value):
        return value


class _Substituting(Interpolation):
    """What BasicInterpolation and ExtendedInterpolation share: a sigil character that starts
    a reference or, doubled, stands for itself; references expand recursively."""

    _sigil = ''
    _opening = ''

    def before_get(self, parser, section, option, value, defaults):
        out = []
        self._expand_into(out, parser, section, option, value, defaults, 1)
        return ''.join(out)

    def before_set(self, parser, section, option, value):
        plain = self._KEYCRE.sub('', value.replace(self._sigil * 2, ''))
        stray = plain.find(self._sigil)
        if stray >= 0:
            raise ValueError("invalid interpolation syntax in %r at position %d" % (value, stray))
        return value

    def _expand_into(self, out, parser, section, option, text, mapping, depth):
        original = parser.get(section, option, raw=True, fallback=text)
        if depth > MAX_INTERPOLATION_DEPTH:
            raise InterpolationDepthError(option, section, original)
        sigil = self._sigil
        while text:
            at = text.find(sigil)
            if at < 0:
                out.append(text)
                break
            out.append(text[:at])
            text = text[at:]
            follower = text[1:2]
            if follower == sigil:
                out.append(sigil)
                text = text[2:]
                continue
            if follower != self._opening:
                raise InterpolationSyntaxError(option, section, "'%s' must be followed by '%s' or "
                                               "'%s', found: %r" % (sigil, sigil, self._opening, text))
            ref = self._KEYCRE.match(text)
            if ref is None:
                raise InterpolationSyntaxError(option, section,
                                               "bad interpolation variable reference %r" % text)
            text = text[ref.end():]
            where, name, value, lookup = self._resolve(parser, section, option, ref.group(1),
                                                       mapping, original, text)
            if sigil in value:
                self._expand_into(out, parser, where, name, value, lookup, depth + 1)
            else:
                out.append(value)


class BasicInterpolation(_Substituting):
    """%(name)s is the value of another option of the section (or DEFAULT); %% is '%'."""

    _KEYCRE = re.compile(r"%\(([^)]+)\)s")
    _sigil = '%'
    _opening = '('

    def _resolve(self, parser, section, option, reference, mapping, original, rest):
        name = parser.optionxform(reference)
        if name not in mapping:
            raise InterpolationMissingOptionError(option, section, original, name)
        return section, name, mapping[name], mapping


class ExtendedInterpolation(_Substituting):
    """${name} in the same section, ${section:name} in another; $$ is '$'."""

    _KEYCRE = re.compile(r"\$\{([^}]+)\}")
    _sigil = '$'
    _opening = '{'

    def _resolve(self, parser, section, option, reference, mapping, original, rest):
        parts = reference.split(':')
        if len(parts) > 2:
            raise InterpolationSyntaxError(option, section, "More than one ':' found: %r" % (rest,))
        name = parser.optionxform(parts[-1])
        where = parts[0] if len(parts) == 2 else section
        try:
            if where is section:
                value = mapping[name]
            else:
                value = parser.get(where, name, raw=True)
        except (KeyError, NoSectionError, NoOptionError):
            raise InterpolationMissingOptionError(option, section, original, reference) from None
        if where is not section and self._sigil in value:
            mapping = dict(parser.items(where, raw=True))
        return where, name, value, mapping


class LegacyInterpolation(Interpolation):
    """The old %(name)s substitution that repeats until nothing changes (deprecated)."""

    _KEYCRE = re.compile(r"%\(([^)]*)\)s|.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn("LegacyInterpolation has been deprecated since Python 3.2 and will be "
                      "removed from the configparser module in Python 3.13. Use "
                      "BasicInterpolation or ExtendedInterpolation instead.",
                      DeprecationWarning, stacklevel=2)

    def before_get(self, parser, section, option, value, vars):
        raw = value
        for _ in range(MAX_INTERPOLATION_DEPTH):
            if not (value and "%(" in value):
                break
            def sub(m):
                name = m.group(1)
                if name is None:
                    return m.group()
                return "%%(%s)s" % parser.optionxform(name)
            value = self._KEYCRE.sub(sub, value)
            try:
                value = value % vars
            except KeyError as e:
                raise InterpolationMissingOptionError(option, section, raw, e.args[0]) from None
        if value and "%(" in value:
            raise InterpolationDepthError(option, section, raw)
        return value

    def before_set(self, parser, section, option, value):
        return value


# ---- The parsers ----

_TRUTH = {'1': True, 'yes': True, 'true': True, 'on': True,
          '0': False, 'no': False, 'false': False, 'off': False}


class _Reader:
    """One pass over the lines of one source into a parser's sections. Values are gathered as
    lists of lines (continuations, kept blank lines) and joined by the parser at the end."""

    def __init__(self, parser, source):
        self.parser = parser
        self.source = source
        self.seen = set()          # section names and (section, option) pairs of this source
        self.section = None        # the name of the current section, or None before the first
        self.options = None        # the current section's option dict
        self.option = None         # the option that continuation lines extend
        self.indent = 0            # the current option's indentation
        self.failure = None        # a ParsingError collecting the bad lines

    def _comment_at(self, line):
        """Where the comment of `line` starts (0 for a comment line), or None."""
        p = self.parser
        if any(line.strip().startswith(prefix) for prefix in p._comment_prefixes):
            return 0
        found = None
        for prefix in p._inline_comment_prefixes:
            at = line.find(prefix)
            while at != -1:
                # An inline prefix counts at the start of the line or after whitespace only.
                if at == 0 or line[at - 1].isspace():
                    found = at if found is None else min(found, at)
                    break
                at = line.find(prefix, at + 1)
        return found

    def feed(self, lineno, line):
        p = self.parser
        comment = self._comment_at(line)
        text = (line if comment is None else line[:comment]).strip()
        if not text:
            if not p._empty_lines_in_values:
                self.indent = sys.maxsize      # the next line cannot continue a value
            elif comment is None and self.option and self.options is not None:
                lines = self.options[self.option]
                if lines is not None:
                    lines.append('')
            return
        leading = p.NONSPACECRE.search(line)
        indent = leading.start() if leading else 0
        if self.options is not None and self.option and indent > self.indent:
            self.options[self.option].append(text)
            return
        self.indent = indent
        header = p.SECTCRE.match(text)
        if header:
            self._enter(header.group('header'), lineno)
        elif self.options is None:
            raise MissingSectionHeaderError(self.source, lineno, line)
        else:
            self._option(text, lineno, line)

    def _enter(self, name, lineno):
        p = self.parser
        self.option = None
        self.section = name
        if name == p.default_section:
            self.options = p._defaults
            return
        if name in p._sections:
            if p._strict and name in self.seen:
                raise DuplicateSectionError(name, self.source, lineno)
        else:
            p._sections[name] = p._dict()
            p._proxies[name] = SectionProxy(p, name)
        self.options = p._sections[name]
        self.seen.add(name)

    def _option(self, text, lineno, line):
        p = self.parser
        m = p._optcre.match(text)
        if not m:
            self._bad(lineno, line)
            return
        name, value = m.group('option'), m.group('value')
        if not name:
            self._bad(lineno, line)
        name = p.optionxform(name.rstrip())
        key = (self.section, name)
        if p._strict and key in self.seen:
            raise DuplicateOptionError(self.section, name, self.source, lineno)
        self.seen.add(key)
        self.option = name
        self.options[name] = None if value is None else [value.strip()]

    def _bad(self, lineno, line):
        if self.failure is None:
            self.failure = ParsingError(self.source)
        self.failure.append(lineno, repr(line))


class RawConfigParser(MutableMapping):
    """A parser of INI files whose values are returned as written (no interpolation)."""

    _SECT_TMPL = r"""\[(?P<header>.+)\]"""
    _OPT_TMPL = r"""(?P<option>.*?)\s*(?P<vi>{delim})\s*(?P<value>.*)$"""
    _OPT_NV_TMPL = r"""(?P<option>.*?)\s*(?:(?P<vi>{delim})\s*(?P<value>.*))?$"""
    _DEFAULT_INTERPOLATION = Interpolation()
    SECTCRE = re.compile(_SECT_TMPL)
    OPTCRE = re.compile(_OPT_TMPL.format(delim='=|:'))
    OPTCRE_NV = re.compile(_OPT_NV_TMPL.format(delim='=|:'))
    NONSPACECRE = re.compile(r"\S")
    BOOLEAN_STATES = _TRUTH

    def __init__(self, defaults=None, dict_type=_dict_type, allow_no_value=False, *,
                 delimiters=('=', ':'), comment_prefixes=('#', ';'),
                 inline_comment_prefixes=None, strict=True, empty_lines_in_values=True,
                 default_section=DEFAULTSECT, interpolation=_UNSET, converters=_UNSET):
        self._dict = dict_type
        self._sections, self._defaults, self._proxies = dict_type(), dict_type(), dict_type()
        self._converters = ConverterMapping(self)
        self.default_section = default_section
        self._proxies[default_section] = SectionProxy(self, default_section)
        self._delimiters = tuple(delimiters)
        if tuple(delimiters) == ('=', ':'):
            self._optcre = (self.OPTCRE, self.OPTCRE_NV)[bool(allow_no_value)]
        else:
            template = self._OPT_NV_TMPL if allow_no_value else self._OPT_TMPL
            either = '|'.join(map(re.escape, delimiters))
            self._optcre = re.compile(template.format(delim=either))
        self._comment_prefixes = tuple(comment_prefixes) if comment_prefixes else ()
        self._inline_comment_prefixes = (tuple(inline_comment_prefixes)
                                         if inline_comment_prefixes else ())
        self._strict, self._allow_no_value = strict, allow_no_value
        self._empty_lines_in_values = empty_lines_in_values
        if interpolation is _UNSET:
            interpolation = self._DEFAULT_INTERPOLATION
        elif interpolation is None:
            interpolation = Interpolation()
        elif not isinstance(interpolation, Interpolation):
            raise TypeError(f"interpolation= must be None or an instance of Interpolation;"
                            f" got an object of type {type(interpolation)}")
        self._interpolation = interpolation
        if converters is not _UNSET:
            self._converters.update(converters)
        if defaults:
            self._read_defaults(defaults)

    # ---- sections and options ----

    def _is_default(self, section):
        return not section or section == self.default_section

    def _options_of(self, section):
        """The option dict of a section (DEFAULT's for an empty name); NoSectionError if none."""
        if self._is_default(section):
            return self._defaults
        found = self._sections.get(section)
        if found is None:
            raise NoSectionError(section)
        return found

    def defaults(self):
        return self._defaults

    def sections(self):
        """The section names in order, DEFAULT not among them."""
        return [name for name in self._sections]

    def add_section(self, section):
        if section == self.default_section:
            raise ValueError('Invalid section name: %r' % section)
        if self.has_section(section):
            raise DuplicateSectionError(section)
        self._sections[section] = self._dict()
        self._proxies[section] = SectionProxy(self, section)

    def has_section(self, section):
        return section in self._sections.keys()

    def options(self, section):
        if section not in self._sections:
            raise NoSectionError(section)
        merged = self._sections[section].copy()
        merged.update(self._defaults)
        return list(merged)

    def has_option(self, section, option):
        """Whether the section, or DEFAULT, has the option (DEFAULT alone for an empty name)."""
        key = self.optionxform(option)
        if self._is_default(section):
            return key in self._defaults
        own = self._sections.get(section)
        return own is not None and (key in own or key in self._defaults)

    def set(self, section, option, value=None):
        if value:
            value = self._interpolation.before_set(self, section, option, value)
        self._options_of(section)[self.optionxform(option)] = value

    def remove_option(self, section, option):
        target = self._options_of(section)
        key = self.optionxform(option)
        present = key in target
        if present:
            del target[key]
        return present

    def remove_section(self, section):
        present = section in self._sections
        if present:
            del self._sections[section], self._proxies[section]
        return present

    def optionxform(self, optionstr):
        return optionstr.lower()

    # ---- reading ----

    def read(self, filenames, encoding=None):
        """Parse each file that can be opened; the names of those parsed are returned."""
        if isinstance(filenames, (str, bytes, os.PathLike)):
            filenames = [filenames]
        encoding = io.text_encoding(encoding)
        parsed = []
        for filename in filenames:
            try:
                fp = open(filename, encoding=encoding)
            except OSError:
                continue
            with fp:
                self._read(fp, filename)
            parsed.append(os.fspath(filename) if isinstance(filename, os.PathLike) else filename)
        return parsed

    def read_file(self, f, source=None):
        if source is None:
            source = getattr(f, 'name', '<???>')
        self._read(f, source)

    def read_string(self, string, source='<string>'):
        self.read_file(io.StringIO(string), source)

    def read_dict(self, dictionary, source='<dict>'):
        """Sections from a mapping of section names to mappings of option names to values
        (keys and values made strings; None stays None)."""
        sections_seen, options_seen = set(), set()
        for name, content in dictionary.items():
            name = str(name)
            try:
                self.add_section(name)
            except (DuplicateSectionError, ValueError):
                if self._strict and name in sections_seen:
                    raise
            sections_seen.add(name)
            for option, value in content.items():
                option = self.optionxform(str(option))
                if self._strict and (name, option) in options_seen:
                    raise DuplicateOptionError(name, option, source)
                options_seen.add((name, option))
                self.set(name, option, None if value is None else str(value))

    def readfp(self, fp, filename=None):
        warnings.warn("This method will be removed in Python 3.12. Use 'parser.read_file()' "
                      "instead.", DeprecationWarning, stacklevel=2)
        self.read_file(fp, source=filename)

    def _read(self, fp, fpname):
        reader = _Reader(self, fpname)
        for lineno, line in enumerate(fp, 1):
            reader.feed(lineno, line)
        self._join_multiline_values()
        if reader.failure is not None:
            raise reader.failure

    def _join_multiline_values(self):
        every = [(self.default_section, self._defaults)] + list(self._sections.items())
        for section, options in every:
            for name in list(options):
                value = options[name]
                if isinstance(value, list):
                    while value and not value[-1]:
                        del value[-1]
                    value = '\n'.join(value)
                options[name] = self._interpolation.before_read(self, section, name, value)

    def _read_defaults(self, defaults):
        self.read_dict({self.default_section: defaults})

    # ---- getting values ----

    def _unify_values(self, section, vars):
        """The lookup chain of get(): vars, then the section, then DEFAULT."""
        own = self._sections.get(section)
        if own is None:
            if section != self.default_section:
                raise NoSectionError(section)
            own = {}
        given = {}
        for key, value in (vars or {}).items():
            given[self.optionxform(key)] = None if value is None else str(value)
        return _ChainMap(given, own, self._defaults)

    def get(self, section, option, *, raw=False, vars=None, fallback=_UNSET):
        """An option's value, looked up in vars, the section and DEFAULT in that order, and
        interpolated unless raw; fallback (when given) instead of NoSection/NoOptionError."""
        try:
            chain = self._unify_values(section, vars)
        except NoSectionError:
            if fallback is _UNSET:
                raise
            return fallback
        key = self.optionxform(option)
        if key not in chain:
            if fallback is _UNSET:
                raise NoOptionError(key, section)
            return fallback
        value = chain[key]
        if raw or value is None:
            return value
        return self._interpolation.before_get(self, section, key, value, chain)

    def _get(self, section, conv, option, **kwargs):
        return conv(self.get(section, option, **kwargs))

    def _get_conv(self, section, option, conv, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        try:
            text = self.get(section, option, raw=raw, vars=vars, **kwargs)
        except (NoSectionError, NoOptionError):
            if fallback is _UNSET:
                raise
            return fallback
        return conv(text)

    def getint(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, int, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getfloat(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, float, raw=raw, vars=vars, fallback=fallback, **kwargs)

    def getboolean(self, section, option, *, raw=False, vars=None, fallback=_UNSET, **kwargs):
        return self._get_conv(section, option, self._convert_to_boolean, raw=raw, vars=vars,
                              fallback=fallback, **kwargs)

    def _convert_to_boolean(self, value):
        try:
            return self.BOOLEAN_STATES[value.lower()]
        except KeyError:
            raise ValueError('Not a boolean: %s' % value) from None

    def items(self, section=_UNSET, raw=False, vars=None):
        """With no section, (name, SectionProxy) pairs, DEFAULT first; with one, its (option,
        value) pairs with DEFAULT's included, interpolated unless raw."""
        if section is _UNSET:
            return super().items()
        if section not in self._sections and section != self.default_section:
            raise NoSectionError(section)
        merged = dict(self._defaults)
        merged.update(self._sections.get(section, {}))
        names = list(merged)
        for key, value in (vars or {}).items():
            merged[self.optionxform(key)] = value
        if raw:
            return [(name, merged[name]) for name in names]
        expand = self._interpolation.before_get
        return [(name, expand(self, section, name, merged[name], merged)) for name in names]

    def popitem(self):
        """Remove and return the first section (never DEFAULT); KeyError if there is none."""
        if not self._sections:
            raise KeyError
        first = next(iter(self._sections))
        proxy = self[first]
        del self[first]
        return first, proxy

    # ---- writing ----

    def write(self, fp, space_around_delimiters=True):
        """The configuration in INI form: DEFAULT first, each section followed by a blank line."""
        sep = self._delimiters[0]
        if space_around_delimiters:
            sep = ' ' + sep + ' '
        if self._defaults:
            self._write_section(fp, self.default_section, self._defaults.items(), sep)
        for name, options in self._sections.items():
            self._write_section(fp, name, options.items(), sep)

    def _write_section(self, fp, name, options, delimiter):
        lines = ['[%s]' % name]
        for key, value in options:
            value = self._interpolation.before_write(self, name, key, value)
            if value is None and self._allow_no_value:
                lines.append(key)
            else:
                lines.append(key + delimiter + str(value).replace('\n', '\n\t'))
        fp.write('\n'.join(lines) + '\n\n')

    # ---- the mapping protocol: parser[name] is a SectionProxy ----

    def __getitem__(self, key):
        if key in self:
            return self._proxies[key]
        raise KeyError(key)

    def __setitem__(self, key, value):
        if key in self and self[key] is value:
            return      # parser[name] = parser[name] changes nothing
        if self._is_default(key) and key == self.default_section:
            self._defaults.clear()
        elif key in self._sections:
            self._sections[key].clear()
        self.read_dict({key: value})

    def __delitem__(self, key):
        if key == self.default_section:
            raise ValueError("Cannot remove the default section.")
        if not self.remove_section(key):
            raise KeyError(key)

    def __contains__(self, key):
        return key == self.default_section or key in self._sections

    def __len__(self):
        return 1 + len(self._sections)

    def __iter__(self):
        yield self.default_section
        yield from self._sections

    # ---- type checks of ConfigParser ----

    def _validate_value_types(self, *, section="", option="", value=""):
        """ConfigParser's set() and add_section() take strings only."""
        for what, given in (("section names", section), ("option keys", option)):
            if not isinstance(given, str):
                raise TypeError(what + " must be strings")
        if (value or not self._allow_no_value) and not isinstance(value, str):
            raise TypeError("option values must be strings")

    @property
    def converters(self):
        return self._converters


class ConfigParser(RawConfigParser):
    """The INI parser with %(name)s interpolation (BasicInterpolation) by default."""

    _DEFAULT_INTERPOLATION = BasicInterpolation()

    def set(self, section, option, value=None):
        self._validate_value_types(option=option, value=value)
        RawConfigParser.set(self, section, option, value)

    def add_section(self, section):
        self._validate_value_types(section=section)
        RawConfigParser.add_section(self, section)

    def _read_defaults(self, defaults):
        # The constructor's defaults are stored as given, without interpolation checks.
        chosen, self._interpolation = self._interpolation, Interpolation()
        try:
            RawConfigParser._read_defaults(self, defaults)
        finally:
            self._interpolation = chosen


class SafeConfigParser(ConfigParser):
    """ConfigParser alias for backwards compatibility purposes."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        warnings.warn("The SafeConfigParser class has been renamed to ConfigParser in Python "
                      "3.2. This alias will be removed in Python 3.12. Use ConfigParser directly "
                      "instead.", DeprecationWarning, stacklevel=2)


class SectionProxy(MutableMapping):
    """One section of a parser seen as a mapping of option names to (interpolated) values;
    DEFAULT's options show through."""

    def __init__(self, parser, name):
        self._parser, self._name = parser, name
        for kind in parser.converters:
            impl = getattr(parser, 'get' + kind)
            setattr(self, 'get' + kind, functools.partial(self.get, _impl=impl))

    def __repr__(self):
        return f'<Section: {self._name}>'

    def __getitem__(self, key):
        parser = self._parser
        if parser.has_option(self._name, key):
            return parser.get(self._name, key)
        raise KeyError(key)

    def __setitem__(self, key, value):
        parser = self._parser
        parser._validate_value_types(option=key, value=value)
        return parser.set(self._name, key, value)

    def __delitem__(self, key):
        parser = self._parser
        if not parser.has_option(self._name, key) or not parser.remove_option(self._name, key):
            raise KeyError(key)

    def __contains__(self, key):
        return self._parser.has_option(self._name, key)

    def __len__(self):
        return len(self._options())

    def __iter__(self):
        return iter(self._options())

    def _options(self):
        parser = self._parser
        if self._name == parser.default_section:
            return parser.defaults()
        return parser.options(self._name)

    @property
    def parser(self):
        return self._parser

    @property
    def name(self):
        return self._name

    def get(self, option, fallback=None, *, raw=False, vars=None, _impl=None, **kwargs):
        """parser.get() for this section; the fallback is None unless given."""
        getter = self._parser.get if _impl is None else _impl
        return getter(self._name, option, raw=raw, vars=vars, fallback=fallback, **kwargs)


class ConverterMapping(MutableMapping):
    """The parser's converters: name -> function; each adds get<name>() to the parser and its
    section proxies."""

    GETTERCRE = re.compile(r"^get(?P<name>.+)$")

    def __init__(self, parser):
        self._parser = parser
        self._data = {}
        for attr in dir(self._parser):
            m = self.GETTERCRE.match(attr)
            if not m or not callable(getattr(self._parser, attr)):
                continue
            self._data[m.group('name')] = None     # the built-in ones: getint, getfloat, ...

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        try:
            name = 'get' + key
        except TypeError:
            raise ValueError('Incompatible key: {} (type: {})'.format(key, type(key))) from None
        if name == 'get':
            raise ValueError('Incompatible key: cannot use "" as a name')
        self._data[key] = value
        impl = functools.partial(self._parser._get_conv, conv=value)
        impl.converter = value
        setattr(self._parser, name, impl)
        for proxy in self._parser.values():
            setattr(proxy, name, functools.partial(proxy.get, _impl=impl))

    def __delitem__(self, key):
        try:
            name = 'get' + (key or None)
        except TypeError:
            raise KeyError(key) from None
        del self._data[key]
        for holder in itertools.chain((self._parser,), self._parser.values()):
            try:
                delattr(holder, name)
            except AttributeError:
                continue      # a name the user set some other way is left alone

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)
