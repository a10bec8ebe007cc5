"""pydoc: documentation rendered as text from docstrings and signatures, what help() shows.

render_doc(thing) and help(thing) for functions, methods, built-ins, classes (their sections of
methods, properties and data, own and inherited) and modules (NAME, DESCRIPTION, CLASSES,
FUNCTIONS, DATA, FILE); locate('pkg.mod.name') finds an object by dotted name. Written for pygen
from the 3.11 documentation and help()'s output; no HTML, no server, no topic pages.
"""

import builtins
import inspect
import os
import sys
import types

__all__ = ['help', 'render_doc', 'locate', 'describe', 'getdoc', 'plain', 'resolve',
           'ErrorDuringImport', 'TextDoc', 'plaintext', 'text', 'doc', 'pager', 'Helper']

_RULE = '-' * 70


class ErrorDuringImport(Exception):
    """An error raised while importing the module a help request names."""

    def __init__(self, filename, exc_info):
        self.filename = filename
        self.exc, self.value, self.tb = exc_info

    def __str__(self):
        return 'problem in %s - %s: %s' % (self.filename, self.exc.__name__, self.value)


def _own_doc(obj):
    # The object's docstring unless it is only its type's (an int's doc is int's, not its own).
    try:
        doc = object.__getattribute__(obj, '__doc__')
    except AttributeError:
        return None
    if doc is None:
        return None
    if obj is not type and type(obj).__doc__ == doc and isinstance(doc, str):
        return None
    return doc


def _docstring(obj):
    doc = _own_doc(obj)
    if doc is None:
        try:
            doc = inspect._inherited_doc(obj)
        except (AttributeError, TypeError):
            return None
    if not isinstance(doc, str):
        return None
    return inspect.cleandoc(doc)


def getdoc(obj):
    """The object's cleaned docstring (one inherited from a base class included), else the
    comments above its source; '' when there is neither."""
    found = _docstring(obj)
    if not found:
        try:
            found = inspect.getcomments(obj)
        except Exception:
            found = None
    if not found:
        return ''
    found = found.rstrip()
    while found.startswith(' ') or found.startswith('\n'):
        # Leading blank lines go (a line of spaces included).
        head, newline, rest = found.partition('\n')
        if head.strip() or not newline:
            break
        found = rest
    return found


def plain(text):
    """Text without the overstrike bold sequences ('X\\bX')."""
    out = []
    for ch in text:
        if ch == '\b' and out:
            out.pop()
        elif ch != '\b':
            out.append(ch)
    return ''.join(out)


def _indent(text, prefix='    '):
    # Every line gets the prefix, blank ones included; only the last is stripped on the right.
    if not text:
        return ''
    lines = [prefix + line for line in text.split('\n')]
    lines[-1] = lines[-1].rstrip()
    return '\n'.join(lines)


def _qualified(cls, here=None):
    """A class name as a heading shows it: bare in its own module, else module.qualname."""
    name = cls.__name__
    if cls.__module__ != here:
        name = cls.__module__ + '.' + name
    return name


_UNBOUND = object()


def _bound_receiver(obj):
    """What a bound method or built-in method is bound to, or _UNBOUND."""
    if inspect.ismethod(obj):
        return obj.__self__
    if inspect.isbuiltin(obj):
        bound = getattr(obj, '__self__', None)
        if bound is not None and not inspect.ismodule(bound):
            return bound
    return _UNBOUND


def _cram(text, limit):
    # Long text keeps its start and end around '...'.
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + '...' + text[len(text) - tail:]


def _strip_address(text):
    # '<X object at 0x7f...>' without the address, which changes from run to run.
    import re
    return re.sub(r' at 0x[0-9a-f]{6,16}(>+)$', r'\1', text)


_reprs = None


def _short_repr(obj):
    """repr() within help()'s limits: long containers and strings are shortened."""
    global _reprs
    if _reprs is None:
        import reprlib

        class _Short(reprlib.Repr):
            def __init__(self):
                super().__init__()
                self.maxlist = self.maxtuple = 20
                self.maxdict = 10
                self.maxstring = self.maxother = 100

            def repr1(self, x, level):
                handler = getattr(self, 'repr_' + '_'.join(type(x).__name__.split()), None)
                if handler is not None:
                    return handler(x, level)
                return _cram(_strip_address(repr(x)), self.maxother)

            def repr_str(self, x, level):
                shown = _cram(x, self.maxstring)
                quoted = repr(shown)
                # Backslashes that are only literal show as a raw string.
                if '\\' in shown and '\\' not in quoted.replace('\\\\', ''):
                    return 'r' + quoted[0] + shown + quoted[0]
                return quoted

            def repr_instance(self, x, level):
                try:
                    return _cram(_strip_address(repr(x)), self.maxstring)
                except Exception:
                    return '<%s instance>' % x.__class__.__name__

        _reprs = _Short()
    return _reprs.repr(obj)


def describe(thing):
    """A short description of what kind of object thing is."""
    if inspect.ismodule(thing):
        kind = 'package' if hasattr(thing, '__path__') else 'module'
        return kind + ' ' + thing.__name__
    if inspect.isbuiltin(thing):
        return 'built-in function ' + thing.__name__
    if inspect.isgetsetdescriptor(thing):
        return 'getset descriptor %s.%s.%s' % (thing.__objclass__.__module__,
                                               thing.__objclass__.__name__, thing.__name__)
    if inspect.ismemberdescriptor(thing):
        return 'member descriptor %s.%s.%s' % (thing.__objclass__.__module__,
                                               thing.__objclass__.__name__, thing.__name__)
    if inspect.isclass(thing):
        return 'class ' + thing.__name__
    if inspect.isfunction(thing):
        return 'function ' + thing.__name__
    if inspect.ismethod(thing):
        return 'method ' + thing.__name__
    return type(thing).__name__


def locate(path, forceload=0):
    """The object a dotted path names (modules imported as needed), or None."""
    parts = [part for part in path.split('.') if part]
    found, index = None, 0
    while index < len(parts):
        attempt = '.'.join(parts[:index + 1])
        try:
            module = __import__(attempt)
        except ImportError:
            break
        except Exception:
            raise ErrorDuringImport(attempt, sys.exc_info())
        found = sys.modules.get(attempt, module)
        index += 1
    obj = found if found is not None else builtins
    for part in parts[index:]:
        try:
            obj = getattr(obj, part)
        except AttributeError:
            return None
    return obj


def resolve(thing, forceload=0):
    """(object, name) for a help request: a dotted name is located, anything else is itself."""
    if isinstance(thing, str):
        obj = locate(thing, forceload)
        if obj is None:
            raise ImportError('No Python documentation found for %r.\n'
                              'Use help() to get the interactive help utility.\n'
                              'Use help(str) for help on the str class.' % thing)
        return obj, thing
    return thing, getattr(thing, '__name__', None)


def _is_documented_kind(obj):
    # Anything else without a docstring of its own is documented by its type.
    return (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj)
            or inspect.isdatadescriptor(obj) or bool(_docstring(obj)))


def render_doc(thing, title='Python Library Documentation: %s', forceload=0, renderer=None):
    """The text help(thing) shows."""
    renderer = renderer or plaintext
    obj, name = resolve(thing, forceload)
    desc = describe(obj)
    module = inspect.getmodule(obj)
    if name and '.' in name:
        desc += ' in ' + name[:name.rfind('.')]
    elif module and module is not obj:
        desc += ' in module ' + module.__name__
    if not _is_documented_kind(obj):
        obj = type(obj)
        desc += ' object'
    return title % desc + '\n\n' + renderer.document(obj, name)


class TextDoc:
    """Renders documentation as plain text."""

    def bold(self, text):
        return text

    def indent(self, text, prefix='    '):
        return _indent(text, prefix)

    def formattree(self, tree, modname, parent=None, prefix=''):
        """The class tree as indented lines, bases in parentheses where they are not the parent."""
        out = ''
        for entry in tree:
            if isinstance(entry, tuple):
                cls, bases = entry
                out += prefix + _qualified(cls, modname)
                if bases and bases != (parent,):
                    out += '(' + ', '.join(_qualified(b, modname) for b in bases) + ')'
                out += '\n'
            elif isinstance(entry, list):
                out += self.formattree(entry, modname, cls, prefix + '    ')
        return out

    def section(self, title, contents):
        return title + '\n' + self.indent(contents).rstrip() + '\n\n'

    def document(self, obj, name=None, *args):
        if inspect.ismodule(obj):
            return self.docmodule(obj, name, *args)
        if inspect.isclass(obj):
            return self.docclass(obj, name, *args)
        if inspect.isroutine(obj):
            return self.docroutine(obj, name, *args)
        if inspect.isdatadescriptor(obj):
            return self.docdata(obj, name, *args)
        return self.docother(obj, name, *args)

    # ---- routines ----

    def _signature(self, obj, realname):
        try:
            sig = inspect.signature(obj)
        except (ValueError, TypeError):
            return '(...)'
        text = str(sig)
        if realname == '<lambda>':
            # A lambda shows its parameters without the parentheses, and no annotations.
            return ' lambda ' + text[1:-1].replace(' -> ', '')
        return text

    def docroutine(self, obj, name=None, mod=None, cl=None):
        realname = obj.__name__
        name = name or realname
        note = ''
        receiver = _bound_receiver(obj)
        if receiver is not _UNBOUND:
            kind = type(receiver)
            if cl is None:
                note = ' method of %s instance' % _qualified(kind, mod)
            elif kind is not cl:
                note = ' from ' + _qualified(kind, mod)
        prefix = 'async ' if (inspect.iscoroutinefunction(obj) or inspect.isasyncgenfunction(obj)) else ''
        only_title = False
        if name == realname:
            title = realname
        else:
            title = name + ' = ' + realname
            # An alias of a method the class itself holds shows once, without its doc.
            if cl is not None and inspect.getattr_static(cl, realname, []) is obj:
                only_title = True
        argspec = None
        if inspect.isroutine(obj):
            try:
                argspec = str(inspect.signature(obj))
            except (ValueError, TypeError):
                argspec = None
            if argspec and realname == '<lambda>':
                title = name + ' lambda '
                argspec = argspec[1:-1]
        decl = prefix + title + (argspec or '(...)') + note
        if only_title:
            return decl + '\n'
        body = getdoc(obj)
        return decl + '\n' + (self.indent(body).rstrip() + '\n' if body else '')

    # ---- data and other objects ----

    def docdata(self, obj, name=None, mod=None, cl=None):
        out = (name or '') + '\n'
        body = getdoc(obj)
        if body:
            out += self.indent(body) + '\n'
        return out

    docproperty = docdata

    def repr(self, obj):
        return _short_repr(obj)

    def docother(self, obj, name=None, mod=None, parent=None, maxlen=None, doc=None):
        text = self.repr(obj)
        lead = name + ' = ' if name else ''
        if maxlen:
            over = len(lead) + len(text) - maxlen
            if over > 0:
                text = text[:-over] + '...'
        line = lead + text
        if not doc:
            doc = getdoc(obj)
        if doc:
            line += '\n' + self.indent(str(doc)) + '\n'
        return line

    # ---- classes ----

    def _attributes(self, cls):
        """(name, kind, defining class, value) for each visible attribute, as help() sorts them."""
        out = []
        for name in dir(cls):
            if not _visible(name):
                continue
            for owner in inspect.getmro(cls):
                if name in owner.__dict__:
                    raw = owner.__dict__[name]
                    break
            else:
                continue
            if isinstance(raw, staticmethod):
                kind = 'static method'
            elif isinstance(raw, (classmethod, types.ClassMethodDescriptorType)):
                kind = 'class method'
            elif isinstance(raw, property):
                kind = 'readonly property' if raw.fset is None else 'data descriptor'
            elif inspect.isroutine(raw) or inspect.ismethoddescriptor(raw):
                kind = 'method'
            elif inspect.isdatadescriptor(raw):
                kind = 'data descriptor'
            else:
                kind = 'data'
            out.append((name, kind, owner, raw))
        return out

    def docclass(self, obj, name=None, mod=None, *ignored):
        realname = obj.__name__
        name = name or realname
        bases = obj.__bases__
        lines = []
        if name == realname:
            title = 'class ' + realname
        else:
            title = name + ' = class ' + realname
        if bases:
            title += '(%s)' % ', '.join(_qualified(base, obj.__module__) for base in bases)
        try:
            sig = inspect.signature(obj)
        except (ValueError, TypeError):
            sig = None
        if sig is not None:
            spec = str(sig)
            if spec and spec != '()':
                lines.append(realname + spec + '\n')
        body = getdoc(obj)
        if body:
            lines.append(body + '\n')
        mro = inspect.getmro(obj)
        if len(mro) > 2:
            lines.append('Method resolution order:')
            for base in mro:
                lines.append('    ' + _qualified(base, obj.__module__))
            lines.append('')
        attrs = self._attributes(obj)
        sections = []
        for owner in mro:
            mine = [a for a in attrs if a[2] is owner]
            if not mine:
                continue
            if owner is builtins.object and obj is not builtins.object:
                continue
            where = 'defined here' if owner is obj else 'inherited from %s' % _qualified(owner, obj.__module__)
            for kind, heading in (('method', 'Methods'), ('class method', 'Class methods'),
                                  ('static method', 'Static methods'),
                                  ('readonly property', 'Readonly properties'),
                                  ('data descriptor', 'Data descriptors'),
                                  ('data', 'Data and other attributes')):
                chosen = sorted((a for a in mine if a[1] == kind), key=lambda a: a[0])
                if not chosen:
                    continue
                part = [heading + ' ' + where + ':\n']
                for attr_name, _, _, raw in chosen:
                    part.append(self._docattribute(obj, attr_name, kind, raw, mod))
                sections.append('\n'.join(part))
        if sections:
            lines.append(('\n' + _RULE + '\n').join(sections))
        contents = '\n'.join(lines).rstrip('\n')
        return title + '\n' + self.indent(contents, ' |  ') + '\n'

    def _docattribute(self, cls, name, kind, raw, mod):
        if kind in ('method', 'class method', 'static method'):
            value = getattr(cls, name)
            if kind == 'static method':
                value = raw.__func__ if isinstance(raw, staticmethod) else value
            return self.docroutine(value, name, mod, cls)
        if kind in ('readonly property', 'data descriptor'):
            return self.docdata(raw, name, mod, cls)
        try:
            value = getattr(cls, name)
        except AttributeError:
            value = raw
        return self.docother(value, name, mod, maxlen=70, doc=getdoc(raw)) + '\n'

    # ---- modules ----

    def docmodule(self, obj, name=None, mod=None):
        name = obj.__name__
        synopsis, _, rest = getdoc(obj).partition('\n')
        out = self.section('NAME', name + (synopsis and ' - ' + synopsis))
        if rest.strip():
            out += self.section('DESCRIPTION', rest.strip('\n'))
        public = getattr(obj, '__all__', None)

        def shown(key):
            if public is not None:
                return key in public
            return _visible(key)
        # Without __all__, a module documents the classes and functions that are its own.
        classes = [(k, v) for k, v in inspect.getmembers(obj, inspect.isclass)
                   if (public is not None or (inspect.getmodule(v) or obj) is obj) and shown(k)]
        funcs = [(k, v) for k, v in inspect.getmembers(obj, inspect.isroutine)
                 if (public is not None or inspect.isbuiltin(v) or inspect.getmodule(v) is obj)
                 and shown(k)]
        data = [(k, v) for k, v in inspect.getmembers(obj, _is_data) if shown(k)]
        if hasattr(obj, '__path__'):
            children = sorted(info.name + (' (package)' if info.ispkg else '')
                              for info in _package_contents(obj))
            out += self.section('PACKAGE CONTENTS', '\n'.join(children))
        if classes:
            blocks = [self.formattree(_class_tree([v for _, v in classes]), name)]
            blocks += [self.document(v, k, name) for k, v in classes]
            out += self.section('CLASSES', '\n'.join(blocks))
        if funcs:
            blocks = [self.document(v, k, name) for k, v in funcs]
            out += self.section('FUNCTIONS', '\n'.join(blocks))
        if data:
            blocks = [self.docother(v, k, name, maxlen=70) for k, v in data]
            out += self.section('DATA', '\n'.join(blocks))
        for attr, heading in (('__version__', 'VERSION'), ('__date__', 'DATE'),
                              ('__author__', 'AUTHOR'), ('__credits__', 'CREDITS')):
            if hasattr(obj, attr):
                out += self.section(heading, str(getattr(obj, attr)))
        where = getattr(obj, '__file__', None)
        out += self.section('FILE', where if where else '(built-in)')
        return out


def _is_data(obj):
    return not (inspect.ismodule(obj) or inspect.isclass(obj) or inspect.isroutine(obj)
                or inspect.isframe(obj) or inspect.istraceback(obj) or inspect.iscode(obj))


def _class_tree(classes):
    """Nested lists of (class, bases) entries: each class under its first listed base that is
    documented too (or under every base outside the list), roots sorted by module and name."""
    below = {}
    roots = []
    for cls in classes:
        if not cls.__bases__:
            if cls not in roots:
                roots.append(cls)
            continue
        for base in cls.__bases__:
            kids = below.setdefault(base, [])
            if cls not in kids:
                kids.append(cls)
            if base in classes:
                break
    for base in below:
        if base not in classes:
            roots.append(base)

    def walk(level):
        level.sort(key=lambda c: (c.__module__, c.__name__))
        out = []
        for cls in level:
            out.append((cls, cls.__bases__))
            if cls in below:
                out.append(walk(below[cls]))
        return out
    return walk(roots)


def _package_contents(package):
    try:
        import pkgutil
        return list(pkgutil.iter_modules(package.__path__))
    except Exception:
        return []


def _visible(name):
    # The special names help() shows; other dunders and private names stay hidden.
    if name in ('__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__',
                '__file__', '__spec__', '__loader__', '__module__', '__name__', '__package__',
                '__path__', '__qualname__', '__slots__', '__version__', '__annotations__'):
        return False
    if name.startswith('__') and name.endswith('__'):
        return True
    return not name.startswith('_')


plaintext = TextDoc()
text = plaintext


def pager(text):
    """Writes text to standard output (pygen has no interactive pager)."""
    sys.stdout.write(text)


def doc(thing, title='Python Library Documentation: %s', forceload=0, output=None):
    """Show the help text of thing, or write it to output."""
    try:
        rendered = render_doc(thing, title, forceload)
    except (ImportError, ErrorDuringImport) as value:
        print(value)
        return
    if output is None:
        pager(rendered)
    else:
        output.write(rendered)


class Helper:
    """help(): documentation of an object, a dotted name, or an interactive prompt."""

    def __init__(self, input=None, output=None):
        self._input = input
        self._output = output

    @property
    def input(self):
        return self._input or sys.stdin

    @property
    def output(self):
        return self._output or sys.stdout

    def __repr__(self):
        return ('Type help() for interactive help, or help(object) for help about object.')

    _GONE = object()

    def __call__(self, request=_GONE):
        if request is not self._GONE:
            self.help(request)
            return
        self.output.write('\nWelcome to pygen\'s help utility. Enter the name of a module, class or\n'
                          'function (a dotted name works) to read its documentation; "quit" leaves.\n\n')
        while True:
            self.output.write('help> ')
            self.output.flush()
            line = self.input.readline()
            if not line:
                break
            request = line.strip()
            if request.lower() in ('q', 'quit'):
                break
            if request:
                self.help(request)
        self.output.write('\nYou are now leaving help and returning to the Python interpreter.\n')

    def help(self, request):
        if isinstance(request, str):
            request = request.strip()
        if self._output is None:
            doc(request, 'Help on %s:')
        else:
            doc(request, 'Help on %s:', output=self._output)
        self.output.write('\n')


help = Helper()
