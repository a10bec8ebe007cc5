# xml.etree.ElementTree for pygen, written from the CPython 3.11 documentation and the XML 1.0
# and Namespaces in XML recommendations.
#
# Element is a tag, an attribute dict, text (before the first child), tail (after the element,
# inside its parent) and a list of children. The parser is our own (CPython uses expat): it
# reads a whole document or fed chunks, resolves namespaces to '{uri}local' names, the five
# predefined entities and character references, CDATA, comments and processing instructions,
# skips the DOCTYPE, and reports errors as ParseError with expat's messages, codes and
# (line, column) positions for the usual mistakes. find/findall/iterfind understand the
# ElementPath subset the documentation lists.

import io
import re
import sys

__all__ = ["Comment", "dump", "Element", "ElementTree", "fromstring", "fromstringlist",
           "indent", "iselement", "iterparse", "parse", "ParseError", "PI",
           "ProcessingInstruction", "QName", "SubElement", "tostring", "tostringlist",
           "TreeBuilder", "VERSION", "XML", "XMLID", "XMLParser", "XMLPullParser",
           "register_namespace", "canonicalize", "C14NWriterTarget"]

VERSION = "1.3.0"


class ParseError(SyntaxError):
    """An XML document that is not well-formed; code and position say what and where."""


# --- the tree ------------------------------------------------------------------------------------

class Element:
    """An XML element: tag, attrib, text, tail and a list of child elements."""

    def __init__(self, tag, attrib={}, **extra):
        if not isinstance(attrib, dict):
            raise TypeError("attrib must be dict, not %s" % type(attrib).__name__)
        self.tag = tag
        self.attrib = {**attrib, **extra}
        self.text = None
        self.tail = None
        self._children = []

    def __repr__(self):
        return "<Element %r at %#x>" % (self.tag, id(self))

    def makeelement(self, tag, attrib):
        return self.__class__(tag, attrib)

    def __copy__(self):
        twin = self.makeelement(self.tag, self.attrib)
        twin.text, twin.tail = self.text, self.tail
        twin[:] = self
        return twin

    def __deepcopy__(self, memo):
        import copy
        twin = self.makeelement(copy.deepcopy(self.tag, memo), copy.deepcopy(self.attrib, memo))
        twin.text = copy.deepcopy(self.text, memo)
        twin.tail = copy.deepcopy(self.tail, memo)
        twin._children = [copy.deepcopy(child, memo) for child in self._children]
        return twin

    def __len__(self):
        return len(self._children)

    def __bool__(self):
        import warnings
        warnings.warn("The behavior of this method will change in future versions.  "
                      "Use specific 'len(elem)' or 'elem is not None' test instead.",
                      FutureWarning, stacklevel=2)
        return len(self._children) != 0

    def __getitem__(self, index):
        return self._children[index]

    def __setitem__(self, index, element):
        if isinstance(index, slice):
            element = list(element)
            for e in element:
                _check_element(e)
        else:
            _check_element(element)
        self._children[index] = element

    def __delitem__(self, index):
        del self._children[index]

    def append(self, subelement):
        _check_element(subelement, 'append() argument')
        self._children.append(subelement)

    def extend(self, elements):
        elements = list(elements)
        for e in elements:
            _check_element(e)
        self._children.extend(elements)

    def insert(self, index, subelement):
        _check_element(subelement, 'insert() argument 2')
        self._children.insert(index, subelement)

    def remove(self, subelement):
        for i, child in enumerate(self._children):
            if child is subelement:
                del self._children[i]
                return
        raise ValueError("list.remove(x): x not in list")

    def find(self, path, namespaces=None):
        return next(_select(self, path, namespaces), None)

    def findtext(self, path, default=None, namespaces=None):
        found = self.find(path, namespaces)
        if found is None:
            return default
        return found.text or ''

    def findall(self, path, namespaces=None):
        return list(_select(self, path, namespaces))

    def iterfind(self, path, namespaces=None):
        return _select(self, path, namespaces)

    def clear(self):
        self.attrib.clear()
        self._children = []
        self.text = self.tail = None

    def get(self, key, default=None):
        return self.attrib.get(key, default)

    def set(self, key, value):
        self.attrib[key] = value

    def keys(self):
        return self.attrib.keys()

    def items(self):
        return self.attrib.items()

    def iter(self, tag=None):
        """This element and its descendants in document order (only tag's, if given)."""
        if tag == "*":
            tag = None
        stack = [self]
        while stack:
            node = stack.pop()
            if tag is None or node.tag == tag:
                yield node
            stack.extend(reversed(node._children))

    def itertext(self):
        """The text of this element and its descendants, with tails, in document order.

        Comments and processing instructions count too, as in CPython's C implementation."""
        if self.text:
            yield self.text
        for child in self._children:
            yield from child.itertext()
            if child.tail:
                yield child.tail


def _check_element(e, argument=None):
    if not isinstance(e, Element):
        if argument is None:
            raise TypeError('expected an Element, not "%s"' % type(e).__name__)
        raise TypeError('%s must be xml.etree.ElementTree.Element, not %s'
                        % (argument, type(e).__name__))


def SubElement(parent, tag, attrib={}, **extra):
    """A new element appended to parent's children."""
    _check_element(parent, 'SubElement() argument 1')
    child = parent.makeelement(tag, {**attrib, **extra})
    parent.append(child)
    return child


def Comment(text=None):
    """A comment node (an Element whose tag is the Comment function)."""
    node = Element(Comment)
    node.text = text
    return node


def ProcessingInstruction(target, text=None):
    """A processing-instruction node (its tag is the ProcessingInstruction function)."""
    node = Element(ProcessingInstruction)
    node.text = target + (' ' + text if text else '')
    return node


PI = ProcessingInstruction


class QName:
    """A qualified name '{uri}local' (or its parts), usable as a tag or attribute value."""

    def __init__(self, text_or_uri, tag=None):
        if tag:
            text_or_uri = '{%s}%s' % (text_or_uri, tag)
        self.text = text_or_uri

    def __str__(self):
        return self.text

    def __repr__(self):
        return '<%s %r>' % (self.__class__.__name__, self.text)

    def __hash__(self):
        return hash(self.text)

    def _key(self, other):
        return other.text if isinstance(other, QName) else other

    def __eq__(self, other):
        return self.text == self._key(other)

    def __lt__(self, other):
        return self.text < self._key(other)

    def __le__(self, other):
        return self.text <= self._key(other)

    def __gt__(self, other):
        return self.text > self._key(other)

    def __ge__(self, other):
        return self.text >= self._key(other)


def iselement(element):
    return hasattr(element, 'tag')


# --- ElementPath (the documented subset) --------------------------------------------------------

_STEP = re.compile(r"\s*(//?|\.\.|\.|\*|\{[^}]*\}\*|\{[^}]*\}[^/\[\s]+|\{\}\*|[^/\[\s]+|\[[^\]]*\])")


def _select(root, path, namespaces):
    if path[-1:] == '/':
        path += '*'         # 'a/' means the children of a
    if path[:1] == '/':
        raise SyntaxError("cannot use absolute path on element")
    steps = []
    pos = 0
    while pos < len(path):
        m = _STEP.match(path, pos)
        if m is None:
            raise SyntaxError("invalid path")
        steps.append(m.group(1))
        pos = m.end()
    nodes = [root]
    parent_of = None
    parents = {}            # id(node) -> the parent it was reached from (for [n] positions)
    i = 0
    # Each step maps the current list of nodes to a new one.
    descend = False
    first = True
    while i < len(steps):
        step = steps[i]
        i += 1
        if step == '/':
            continue
        if step == '//':
            descend = True
            continue
        if step.startswith('['):
            nodes = _predicate(nodes, step[1:-1], namespaces, parents)
            continue
        if step == '.':
            if descend:
                nodes = _unique(d for n in nodes for d in n.iter())
                descend = False
            first = False
            continue
        if step == '..':
            if parent_of is None:
                parent_of = {c: p for p in root.iter() for c in p}
            nodes = _unique(parent_of[n] for n in nodes if n in parent_of)
            first = False
            continue
        tag = _qualify(step, namespaces)
        if descend:
            found = []
            for n in nodes:
                for p in n.iter():
                    for c in p:
                        if _matches(c, tag):
                            parents[id(c)] = p
                            found.append(c)
            nodes = _unique(found)
            descend = False
        else:
            found = []
            for n in nodes:
                for c in n:
                    if _matches(c, tag):
                        parents[id(c)] = n
                        found.append(c)
            nodes = found
        first = False
    if first:
        nodes = nodes if steps else []
    return iter(nodes)


def _unique(items):
    seen = set()
    out = []
    for item in items:
        if id(item) not in seen:
            seen.add(id(item))
            out.append(item)
    return out


def _qualify(step, namespaces):
    if step[:1] != '{' and ':' in step and step != '*':
        prefix, _, local = step.partition(':')
        try:
            return '{%s}%s' % (namespaces[prefix], local)
        except (KeyError, TypeError):
            raise SyntaxError("prefix %r not found in prefix map" % prefix) from None
    if namespaces and '' in namespaces and step[:1] != '{' and step != '*':
        return '{%s}%s' % (namespaces[''], step)
    return step


def _matches(element, tag):
    if tag == '*':
        return isinstance(element.tag, str)
    if tag == '{*}*':
        return isinstance(element.tag, str)
    if tag == '{}*':
        return isinstance(element.tag, str) and element.tag[:1] != '{'
    if tag.startswith('{*}'):
        return isinstance(element.tag, str) and (
            element.tag == tag[3:] or element.tag.endswith('}' + tag[3:]))
    return element.tag == tag


def _predicate(nodes, text, namespaces, parents):
    text = text.strip()
    m = re.fullmatch(r"@([\w:{}.-]+)(?:\s*(!?=)\s*(['\"])(.*)\3)?", text)
    if m:
        key, op, _, value = m.groups()
        key = _qualify(key, namespaces)
        if op is None:
            return [n for n in nodes if n.get(key) is not None]
        return [n for n in nodes if (n.get(key) == value) == (op == '=')]
    m = re.fullmatch(r"(\.|[\w:{}.*-]+)\s*(!?=)\s*(['\"])(.*)\3", text)
    if m:
        tag, op, _, value = m.groups()
        if tag == '.':
            return [n for n in nodes if ("".join(n.itertext()) == value) == (op == '=')]
        tag = _qualify(tag, namespaces)
        return [n for n in nodes if any(("".join(c.itertext()) == value) == (op == '=')
                                        for c in n if _matches(c, tag))]
    if re.fullmatch(r"-?\d+", text) or text.startswith('last()'):
        if text.startswith('last()'):
            offset = text[6:].replace(' ', '')
            index = -1 + (int(offset) if offset else 0)
        else:
            index = int(text) - 1
            if index < 0:
                raise SyntaxError("XPath position >= 1 expected")
        # Positions count among the siblings of the same parent that matched so far.
        groups = {}
        order = []
        for n in nodes:
            key = id(parents.get(id(n)))
            groups.setdefault(key, []).append(n)
            order.append(key)
        chosen = []
        for key in dict.fromkeys(order):
            group = groups[key]
            if -len(group) <= index < len(group):
                chosen.append(group[index])
        return chosen
    if re.fullmatch(r"[\w:{}.*-]+", text):
        tag = _qualify(text, namespaces)
        return [n for n in nodes if any(_matches(c, tag) for c in n)]
    raise SyntaxError("invalid predicate")


# --- parsing ---------------------------------------------------------------------------------------

class TreeBuilder:
    """Builds elements from start/data/end calls (a parser's target)."""

    def __init__(self, element_factory=None, *, comment_factory=None, pi_factory=None,
                 insert_comments=False, insert_pis=False):
        self._factory = element_factory or Element
        self._comment_factory = comment_factory or Comment
        self._pi_factory = pi_factory or PI
        self.insert_comments = insert_comments
        self.insert_pis = insert_pis
        self._stack = []
        self._data = []
        self._last = None
        self._root = None
        self._tail = False

    def close(self):
        """The root element (the parser calls this at the end)."""
        assert not self._stack, "missing end tags"
        assert self._root is not None, "missing toplevel element"
        return self._root

    def _flush(self):
        if self._data:
            if self._last is not None:
                text = "".join(self._data)
                if self._tail:
                    self._last.tail = text
                else:
                    self._last.text = text
            self._data = []

    def data(self, data):
        self._data.append(data)

    def start(self, tag, attrs):
        self._flush()
        elem = self._factory(tag, attrs)
        self._attach(elem)
        self._stack.append(elem)
        self._tail = False
        return elem

    def _attach(self, elem):
        if self._stack:
            self._stack[-1].append(elem)
        elif self._root is None:
            self._root = elem
        self._last = elem

    def end(self, tag):
        self._flush()
        self._last = self._stack.pop()
        self._tail = True
        return self._last

    def comment(self, text):
        return self._special(self._comment_factory, self.insert_comments, text)

    def pi(self, target, text=None):
        return self._special(lambda: self._pi_factory(target, text), self.insert_pis)

    def _special(self, factory, insert, *args):
        node = factory(*args)
        if insert and self._stack:
            self._flush()
            self._stack[-1].append(node)
            self._last = node
            self._tail = True
        return node


_NAME_START = r"[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF" \
              r"\u200C-\u200D\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD" \
              r"\U00010000-\U000EFFFF]"
_NAME_CHAR = _NAME_START[:-1] + r"\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]"
_NAME = re.compile(_NAME_START + _NAME_CHAR + "*")
_SPACE = re.compile(r"[ \t\r\n]*")
_ENTITIES = {'lt': '<', 'gt': '>', 'amp': '&', 'quot': '"', 'apos': "'"}

# expat's error codes for the messages used here.
_ERRORS = {'syntax error': 2, 'no element found': 3, 'not well-formed (invalid token)': 4,
           'unclosed token': 5, 'mismatched tag': 7, 'duplicate attribute': 8,
           'junk after document element': 9, 'undefined entity': 11,
           'reference to invalid character number': 14, 'unbound prefix': 27,
           'XML or text declaration not at start of entity': 17}


class _NeedMore(Exception):
    """Incremental parsing: the text ends inside the construct being parsed."""


class _Syntax(Exception):
    def __init__(self, message, pos):
        self.message = message
        self.pos = pos


class XMLParser:
    """Parses XML fed in chunks, calling a target's start/end/data/comment/pi/close."""

    def __init__(self, *, target=None, encoding=None):
        self.target = TreeBuilder() if target is None else target
        self._encoding = encoding
        self._chunks = []
        self.version = "Expat 2.5.0 (pygen)"
        self.entity = {}
        self._events = None      # (queue, wanted events) for XMLPullParser/iterparse
        self._raw_names = False  # xml.sax's reader: qualified names, no namespace resolution

    def feed(self, data):
        if self._events is None:
            self._chunks.append(data)     # parsed whole at close()
        else:
            self._advance(data, False)    # XMLPullParser/iterparse: events as data arrives

    def flush(self):
        pass

    def _advance(self, data, final):
        # Incremental parsing: decode what has arrived, then resume the document where it
        # stopped; a construct cut off by the end of the data waits for the next piece.
        if isinstance(data, (bytes, bytearray)):
            self._pending_bytes = getattr(self, '_pending_bytes', b'') + bytes(data)
            decoder = getattr(self, '_decoder', None)
            if decoder is None:
                head = self._pending_bytes
                declared = head.startswith(b'<?xml')
                if not final and (len(head) < 5 or (declared and b'?>' not in head)):
                    return
                if head[:2] in (b'\xff\xfe', b'\xfe\xff'):
                    encoding = 'utf-16'
                elif head[:3] == b'\xef\xbb\xbf':
                    encoding = 'utf-8-sig'
                else:
                    m = re.match(rb"<\?xml[^>]*?encoding\s*=\s*['\"]([A-Za-z0-9._-]+)['\"]", head)
                    encoding = self._encoding or (m.group(1).decode('ascii') if m else 'utf-8')
                import codecs
                decoder = self._decoder = codecs.getincrementaldecoder(encoding)()
            data, self._pending_bytes = decoder.decode(self._pending_bytes, final), b''
        document = getattr(self, '_document', None)
        if document is None:
            document = self._document = _Document(self, '')
        document.extend(data, final)
        document.resume(final)

    def close(self):
        if self._events is not None:
            self._advance('', True)
            closer = getattr(self.target, 'close', None)
            return closer() if closer is not None else None
        raw = self._chunks
        self._chunks = []
        if raw and isinstance(raw[0], (bytes, bytearray)):
            data = b"".join(bytes(c) for c in raw)
            text = _decode(data, self._encoding)
        else:
            text = "".join(raw)
        _Document(self, text).run()
        closer = getattr(self.target, 'close', None)
        return closer() if closer is not None else None

    def _error(self, text, message, pos):
        line = text.count('\n', 0, pos) + 1
        column = pos - (text.rfind('\n', 0, pos) + 1)
        err = ParseError('%s: line %d, column %d' % (message, line, column))
        err.code = _ERRORS.get(message, 2)
        err.position = (line, column)
        return err


def _decode(data, encoding):
    if encoding is None:
        if data[:3] == b'\xef\xbb\xbf':
            data = data[3:]
            encoding = 'utf-8'
        elif data[:2] in (b'\xff\xfe', b'\xfe\xff'):
            return data.decode('utf-16')
        else:
            m = re.match(rb"<\?xml[^>]*?encoding\s*=\s*['\"]([A-Za-z0-9._-]+)['\"]", data)
            encoding = m.group(1).decode('ascii') if m else 'utf-8'
    return data.decode(encoding)


class _Document:
    """One parse of a whole text, calling the parser's target."""

    def __init__(self, parser, text):
        self.parser = parser
        self.target = parser.target
        self.text = text.replace('\r\n', '\n').replace('\r', '\n')
        self.pos = 0
        self.open = []          # (qualified name as written, position) of open elements
        self.scopes = [{'xml': 'http://www.w3.org/XML/1998/namespace'}]
        self.root_done = False
        self.seen_root = False
        self.final = True        # False while more data may follow (incremental parsing)
        self.mark = 0            # where the construct being parsed began
        self.started = False     # the BOM and XML declaration are behind us
        self.held = ''           # a trailing '\r' kept until we know whether '\n' follows

    def extend(self, data, final):
        data = self.held + data
        self.held = ''
        if data.endswith('\r') and not final:
            data, self.held = data[:-1], '\r'
        self.text += data.replace('\r\n', '\n').replace('\r', '\n')

    def fail(self, message, pos=None):
        if not self.final and (message in ('unclosed token', 'no element found')
                               or self.text.find('>', self.mark) < 0):
            raise _NeedMore     # the construct may be completed by data still to come
        raise _Syntax(message, self.pos if pos is None else pos)

    def resume(self, final):
        """Parse on from where the last call stopped; with final false, a construct cut off
        by the end of the text is left for the next call."""
        self.final = final
        try:
            self.run()
        except _NeedMore:
            self.pos = self.mark

    def run(self):
        try:
            self.document()
        except _Syntax as e:
            raise self.parser._error(self.text, e.message, e.pos) from None

    def emit(self, kind, *args):
        if kind in ('start-ns', 'end-ns'):
            # Namespace scopes: the target's start_ns/end_ns, and (prefix, uri) / None events.
            handler = getattr(self.target, kind.replace('-', '_'), None)
            if handler is not None:
                handler(*args[0]) if kind == 'start-ns' else handler(args[0])
            result = args[0] if kind == 'start-ns' else None
        else:
            handler = getattr(self.target, kind, None)
            result = handler(*args) if handler is not None else None
        events = self.parser._events
        if events is not None and kind in ('start', 'end', 'comment', 'pi', 'start-ns', 'end-ns'):
            queue, wanted = events
            if kind in wanted:
                queue.append((kind, result))
        return result

    def document(self):
        text = self.text
        if not self.started:
            if not self.final and len(text) < 6:
                raise _NeedMore
            if text.startswith('\ufeff'):
                self.pos = 1
            if text.startswith('<?xml', self.pos) and text[self.pos + 5:self.pos + 6] in ' \t\n?':
                end = text.find('?>', self.pos)
                if end < 0:
                    self.fail('unclosed token', self.pos)
                self.pos = end + 2
            self.started = True
        while True:
            if self.open:
                # Resumed inside an element: its content, then what follows it.
                self.mark = self.pos
                if self.content():
                    self.element()
                continue
            self.pos = _SPACE.match(text, self.pos).end()
            self.mark = self.pos
            if self.pos >= len(text):
                if not self.final:
                    raise _NeedMore
                if not self.seen_root or self.open:
                    self.fail('no element found', len(text))
                return
            if text.startswith('<!--', self.pos):
                self.comment()
            elif text.startswith('<?', self.pos):
                self.pi()
            elif text.startswith('<!DOCTYPE', self.pos) and not self.seen_root:
                self.doctype()
            elif text.startswith('<', self.pos) and not self.seen_root:
                self.element()
            elif self.seen_root:
                self.fail('junk after document element')
            else:
                self.fail('syntax error')

    def comment(self):
        end = self.text.find('-->', self.pos + 4)
        if end < 0:
            self.fail('unclosed token')
        self.emit('comment', self.text[self.pos + 4:end])
        self.pos = end + 3

    def pi(self):
        start = self.pos
        end = self.text.find('?>', start)
        if end < 0:
            self.fail('unclosed token')
        body = self.text[start + 2:end]
        target, _, data = body.partition(' ')
        if target.lower() == 'xml':
            self.fail('XML or text declaration not at start of entity', start)
        self.emit('pi', target, data.strip())
        self.pos = end + 2

    def doctype(self):
        depth = 0
        i = self.pos
        while i < len(self.text):
            ch = self.text[i]
            if ch == '[':
                depth += 1
            elif ch == ']':
                depth -= 1
            elif ch == '>' and depth <= 0:
                self.pos = i + 1
                return
            i += 1
        self.fail('unclosed token')

    def name(self):
        m = _NAME.match(self.text, self.pos)
        if m is None:
            self.fail('not well-formed (invalid token)')
        self.pos = m.end()
        return m.group()

    def resolve(self, qname, start, attribute=False):
        prefix, colon, local = qname.rpartition(':')
        scope = self.scopes[-1]
        if not colon:
            if attribute:
                return qname
            uri = scope.get('')
            return '{%s}%s' % (uri, qname) if uri else qname
        if prefix == 'xmlns':
            return qname
        uri = scope.get(prefix)
        if uri is None:
            self.fail('unbound prefix', start)
        return '{%s}%s' % (uri, local)

    def element(self):
        """From '<' of a start tag to the end of its end tag (iteratively, not recursing)."""
        text = self.text
        while True:
            start = self.mark = self.pos
            self.pos += 1
            qname = self.name()
            raw_attrs = []
            names = set()
            while True:
                before_space = self.pos
                self.pos = _SPACE.match(text, self.pos).end()
                if text.startswith('/>', self.pos) or text.startswith('>', self.pos):
                    break
                if self.pos >= len(text):
                    self.fail('unclosed token', start)
                if self.pos == before_space:
                    self.fail('not well-formed (invalid token)')
                attr_start = self.pos
                attr = self.name()
                if attr in names:
                    self.fail('duplicate attribute', attr_start)
                names.add(attr)
                self.pos = _SPACE.match(text, self.pos).end()
                if not text.startswith('=', self.pos):
                    self.fail('not well-formed (invalid token)')
                self.pos = _SPACE.match(text, self.pos + 1).end()
                quote = text[self.pos:self.pos + 1]
                if quote not in ('"', "'"):
                    self.fail('not well-formed (invalid token)')
                end = text.find(quote, self.pos + 1)
                if end < 0:
                    self.fail('unclosed token', start)
                raw = text[self.pos + 1:end]
                if '<' in raw:
                    self.fail('not well-formed (invalid token)', self.pos + 1 + raw.index('<'))
                # Literal white space becomes spaces; a character reference keeps its character.
                value = self.references(raw.translate({9: ' ', 10: ' ', 13: ' '}), self.pos + 1)
                raw_attrs.append((attr, value))
                self.pos = end + 1
            # Namespace declarations first: they apply to this very tag and its attributes.
            scope = dict(self.scopes[-1])
            for attr, value in raw_attrs:
                if attr == 'xmlns':
                    scope[''] = value
                elif attr.startswith('xmlns:'):
                    scope[attr[6:]] = value
            self.scopes.append(scope)
            if self.parser._raw_names:
                # xml.sax without namespace processing: names and xmlns attributes as written.
                tag, attrib = qname, dict(raw_attrs)
            else:
                tag = self.resolve(qname, start)
                attrib = {}
                for attr, value in raw_attrs:
                    if attr == 'xmlns' or attr.startswith('xmlns:'):
                        continue
                    attrib[self.resolve(attr, start, attribute=True)] = value
            self.seen_root = True
            declared = [(attr[6:], value) if attr.startswith('xmlns:') else ('', value)
                        for attr, value in raw_attrs if attr == 'xmlns' or attr.startswith('xmlns:')]
            for pair in declared:
                self.emit('start-ns', pair)
            self.emit('start', tag, attrib)
            if text.startswith('/>', self.pos):
                self.pos += 2
                self.scopes.pop()
                self.emit('end', tag)
                for prefix, _ in reversed(declared):
                    self.emit('end-ns', prefix)
            else:
                self.pos += 1
                self.open.append((qname, tag, declared))
            if not self.open:
                return
            if self.content():
                continue        # content() stopped at a child's '<': parse that start tag
            if not self.open:
                return

    def content(self):
        """Text and markup inside the innermost open element; True at a child start tag."""
        text = self.text
        while True:
            self.mark = self.pos
            lt = text.find('<', self.pos)
            if lt < 0 and not self.final:
                raise _NeedMore     # the text may go on (or end inside a reference)
            amp_stop = len(text) if lt < 0 else lt
            if amp_stop > self.pos:
                chunk = text[self.pos:amp_stop]
                self.emit('data', self.references(chunk, self.pos))
                self.pos = self.mark = amp_stop
            if lt < 0:
                self.fail('no element found', len(text))
            if text.startswith('</', lt):
                self.pos = lt + 2
                name_at = self.pos
                qname = self.name()
                if qname != self.open[-1][0]:
                    self.fail('mismatched tag', name_at)
                self.pos = _SPACE.match(text, self.pos).end()
                if not text.startswith('>', self.pos):
                    self.fail('not well-formed (invalid token)')
                self.pos += 1
                _, tag, declarations = self.open.pop()
                self.scopes.pop()
                self.emit('end', tag)
                for prefix, _ in reversed(declarations):
                    self.emit('end-ns', prefix)
                if not self.open:
                    return False
            elif text.startswith('<!--', lt):
                self.comment()
            elif text.startswith('<![CDATA[', lt):
                end = text.find(']]>', lt)
                if end < 0:
                    self.fail('unclosed token', lt)
                self.emit('data', text[lt + 9:end])
                self.pos = end + 3
            elif text.startswith('<?', lt):
                self.pi()
            else:
                return True

    def references(self, chunk, base):
        """chunk with &entity; and &#n; replaced; base is chunk's position in the text."""
        if '&' not in chunk:
            return chunk
        out = []
        i = 0
        while True:
            amp = chunk.find('&', i)
            if amp < 0:
                out.append(chunk[i:])
                return ''.join(out)
            out.append(chunk[i:amp])
            if chunk[amp + 1:amp + 2] == '#':
                hexa = chunk[amp + 2:amp + 3] == 'x'
                digits_at = amp + 3 if hexa else amp + 2
                allowed = '0123456789abcdefABCDEF' if hexa else '0123456789'
                semi = digits_at
                while semi < len(chunk) and chunk[semi] in allowed:
                    semi += 1
                if semi == digits_at or chunk[semi:semi + 1] != ';':
                    self.fail('not well-formed (invalid token)', base + semi)
                number = int(chunk[digits_at:semi], 16 if hexa else 10)
                if (number < 32 and number not in (9, 10, 13)) or \
                        0xD800 <= number <= 0xDFFF or number in (0xFFFE, 0xFFFF) or \
                        number > 0x10FFFF:
                    self.fail('reference to invalid character number', base + amp)
                out.append(chr(number))
            else:
                m = _NAME.match(chunk, amp + 1)
                semi = m.end() if m else amp + 1
                if chunk[semi:semi + 1] != ';':
                    self.fail('not well-formed (invalid token)', base + semi)
                name = chunk[amp + 1:semi]
                if name in _ENTITIES:
                    out.append(_ENTITIES[name])
                elif name in self.parser.entity:
                    out.append(self.parser.entity[name])
                else:
                    self.fail('undefined entity', base + amp)
            i = semi + 1


def XML(text, parser=None):
    """Parse a document from a string; return its root element."""
    parser = parser or XMLParser(target=TreeBuilder())
    parser.feed(text)
    return parser.close()


fromstring = XML


def fromstringlist(sequence, parser=None):
    parser = parser or XMLParser(target=TreeBuilder())
    for text in sequence:
        parser.feed(text)
    return parser.close()


def XMLID(text, parser=None):
    """(root, {id attribute value: element})."""
    root = XML(text, parser)
    return root, {e.get('id'): e for e in root.iter() if e.get('id') is not None}


def _read_source(source):
    if hasattr(source, 'read'):
        return source.read(), False
    with open(source, 'rb') as f:
        return f.read(), True


def parse(source, parser=None):
    """Parse a file (a name or a file object) into an ElementTree."""
    tree = ElementTree()
    tree.parse(source, parser)
    return tree


class XMLPullParser:
    """A parser fed by the caller whose events are read with read_events()."""

    def __init__(self, events=None, *, _parser=None):
        self._events = []
        self._parser = _parser or XMLParser(target=TreeBuilder())
        wanted = set(events or ('end',))
        self._parser._events = (self._events, wanted)
        self._closed = False

    def feed(self, data):
        if data:
            try:
                self._parser.feed(data)
            except SyntaxError as error:
                self._events.append(error)    # raised by read_events() when it gets there

    def close(self):
        self._root = self._parser.close()

    def read_events(self):
        events = self._events
        while events:
            item = events.pop(0)
            if isinstance(item, Exception):
                raise item
            yield item


class _IterParseIterator:
    def __init__(self, source, events, parser):
        self._owns = not hasattr(source, 'read')
        self._source = open(source, 'rb') if self._owns else source
        self._pull = XMLPullParser(events, _parser=parser)
        self.root = None
        self._started = False

    def __iter__(self):
        return self

    def __next__(self):
        if not self._started:
            self._started = True
            try:
                self._pull.feed(self._source.read())
                self._pull.close()
                self.root = self._pull._root
            finally:
                if self._owns:
                    self._source.close()
        for event in self._pull.read_events():
            return event
        raise StopIteration


def iterparse(source, events=None, parser=None):
    """(event, element) pairs of a document: 'end' by default; 'start', 'comment', 'pi'.

    pygen reads the whole source when iteration starts, then hands out the events."""
    return _IterParseIterator(source, events, parser)


# --- the ElementTree wrapper ---------------------------------------------------------------------

class ElementTree:
    """A whole document: a root element, with file parsing and writing."""

    def __init__(self, element=None, file=None):
        self._root = element
        if file:
            self.parse(file)

    def getroot(self):
        return self._root

    def _setroot(self, element):
        self._root = element

    def parse(self, source, parser=None):
        data, _ = _read_source(source)
        parser = parser or XMLParser(target=TreeBuilder())
        parser.feed(data)
        self._root = parser.close()
        return self._root

    def iter(self, tag=None):
        return self._root.iter(tag)

    def _relative(self, path):
        if path[:1] == '/':
            import warnings
            warnings.warn("This search is broken in 1.3 and earlier, and will be fixed in a "
                          "future version.  If you rely on the current behaviour, change it "
                          "to %r" % ('.' + path), FutureWarning, stacklevel=3)
            path = '.' + path
        return path

    def find(self, path, namespaces=None):
        return self._root.find(self._relative(path), namespaces)

    def findtext(self, path, default=None, namespaces=None):
        return self._root.findtext(self._relative(path), default, namespaces)

    def findall(self, path, namespaces=None):
        return self._root.findall(self._relative(path), namespaces)

    def iterfind(self, path, namespaces=None):
        return self._root.iterfind(self._relative(path), namespaces)

    def write(self, file_or_filename, encoding=None, xml_declaration=None,
              default_namespace=None, method=None, *, short_empty_elements=True):
        text = _serialize(self._root, encoding, xml_declaration, default_namespace,
                          method or 'xml', short_empty_elements)
        if hasattr(file_or_filename, 'write'):
            file_or_filename.write(text)
        else:
            mode = 'w' if isinstance(text, str) else 'wb'
            with open(file_or_filename, mode, **({'encoding': 'utf-8'} if mode == 'w' else {})) as f:
                f.write(text)

    def write_c14n(self, file):
        return self.write(file, method='c14n')


# --- serialisation -----------------------------------------------------------------------------------

_namespace_map = {
    "http://www.w3.org/XML/1998/namespace": "xml",
    "http://www.w3.org/1999/xhtml": "html",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#": "rdf",
    "http://schemas.xmlsoap.org/wsdl/": "wsdl",
    "http://www.w3.org/2001/XMLSchema": "xs",
    "http://www.w3.org/2001/XMLSchema-instance": "xsi",
    "http://purl.org/dc/elements/1.1/": "dc",
}


def register_namespace(prefix, uri):
    """Use prefix for uri when serialising (replacing any earlier prefix of uri)."""
    if re.match(r"ns\d+$", prefix):
        raise ValueError("Prefix format reserved for internal use")
    for known_uri, known_prefix in list(_namespace_map.items()):
        if known_uri == uri or known_prefix == prefix:
            del _namespace_map[known_uri]
    _namespace_map[uri] = prefix


def _escape_text(text):
    return text.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')


def _escape_attrib(text):
    text = _escape_text(text).replace('"', '&quot;')
    return text.replace('\r', '&#13;').replace('\n', '&#10;').replace('\t', '&#09;')


_HTML_EMPTY = {"area", "base", "basefont", "br", "col", "embed", "frame", "hr", "img", "input",
               "isindex", "link", "meta", "param", "source", "track", "wbr"}


def _serialize(root, encoding, xml_declaration, default_namespace, method,
               short_empty_elements):
    if method not in ('xml', 'html', 'text', 'c14n'):
        raise ValueError("unknown method %r" % method)
    if encoding is None:
        encoding = 'utf-8' if method == 'c14n' else 'us-ascii'
    unicode_out = encoding.lower() == 'unicode'
    parts = []
    if method == 'text':
        parts.extend(root.itertext())
    else:
        prefixes = {}           # uri -> prefix, in order of first use
        if default_namespace:
            prefixes[default_namespace] = ''

        def qualify(name, is_attr=False):
            if isinstance(name, QName):
                name = name.text
            if name[:1] != '{':
                if default_namespace and not is_attr:
                    raise ValueError("cannot use non-qualified names with default_namespace "
                                     "option")
                return name
            uri, _, local = name[1:].partition('}')
            if uri not in prefixes:
                prefix = _namespace_map.get(uri)
                if prefix is None or prefix in prefixes.values():
                    prefix = 'ns%d' % len(prefixes)
                prefixes[uri] = prefix
            prefix = prefixes[uri]
            return '%s:%s' % (prefix, local) if prefix else local

        body = []
        _write_element(root, body, qualify, method, short_empty_elements, prefixes, True)
        parts = body
    text = ''.join(parts)
    if unicode_out:
        if xml_declaration:
            text = "<?xml version='1.0' encoding='utf-8'?>\n" + text
        return text
    declare = xml_declaration or (xml_declaration is None and method == 'xml' and
                                  encoding.lower() not in ('utf-8', 'us-ascii', 'utf8'))
    if declare:
        text = "<?xml version='1.0' encoding='%s'?>\n" % encoding + text
    return text.encode(encoding, 'xmlcharrefreplace')


def _write_element(elem, out, qualify, method, short, prefixes, is_root):
    tag = elem.tag
    if tag is Comment:
        out.append('<!--%s-->' % elem.text)
    elif tag is ProcessingInstruction:
        out.append('<?%s?>' % elem.text)
    elif tag is None:
        if elem.text:
            out.append(_escape_text(elem.text))
        for child in elem:
            _write_element(child, out, qualify, method, short, prefixes, False)
    else:
        name = qualify(tag)
        attrs = []
        for key, value in elem.items():
            if isinstance(value, QName):
                value = qualify(value.text)
            attrs.append((qualify(key, True), value))
        start = len(out)
        pieces = []
        if elem.text or len(elem) or not short or (method == 'html' and tag not in _HTML_EMPTY):
            if elem.text:
                if method == 'html' and tag.lower() in ('script', 'style'):
                    pieces.append(elem.text)
                else:
                    pieces.append(_escape_text(elem.text))
            for child in elem:
                _write_element(child, pieces, qualify, method, short, prefixes, False)
            if method == 'html' and tag.lower() in _HTML_EMPTY:
                closing = ''        # HTML's empty elements never have an end tag
            else:
                closing = '</%s>' % name
            opening_end = '>'
        else:
            closing = ''
            opening_end = ' />' if method == 'xml' else '>'
        # Namespace declarations go on the root, after everything under it was named.
        declarations = ''
        if is_root:
            declarations = ''.join(
                ' xmlns%s="%s"' % (':' + p if p else '', _escape_attrib(u))
                for u, p in sorted(prefixes.items(), key=lambda item: item[1])
                if p != 'xml')      # the xml prefix is bound by definition
        attr_text = ''.join(' %s="%s"' % (k, _escape_attrib(str(v))) for k, v in attrs)
        out.insert(start, '<%s%s%s%s' % (name, declarations, attr_text, opening_end))
        out.extend(pieces)
        out.append(closing)
    if elem.tail and not is_root:
        out.append(_escape_text(elem.tail))


def tostring(element, encoding=None, method=None, *, xml_declaration=None,
             default_namespace=None, short_empty_elements=True):
    """The element and its subtree as bytes (or str, with encoding='unicode')."""
    return _serialize(element, encoding, xml_declaration, default_namespace, method or 'xml',
                      short_empty_elements)


def tostringlist(element, encoding=None, method=None, *, xml_declaration=None,
                 default_namespace=None, short_empty_elements=True):
    return [tostring(element, encoding, method, xml_declaration=xml_declaration,
                     default_namespace=default_namespace,
                     short_empty_elements=short_empty_elements)]


def dump(elem):
    """Write elem (an Element or ElementTree) to standard output, for debugging."""
    if not isinstance(elem, ElementTree):
        elem = ElementTree(elem)
    elem.write(sys.stdout, encoding='unicode')
    tail = elem.getroot().tail
    if not tail or tail[-1] != '\n':
        sys.stdout.write('\n')


def indent(tree, space="  ", level=0):
    """Indent the subtree in place: each element on its own line, nested by space."""
    if isinstance(tree, ElementTree):
        tree = tree.getroot()
    if level < 0:
        raise ValueError(f"Initial indentation level must be >= 0, got {level}")
    if not len(tree):
        return

    def walk(elem, depth):
        inner = '\n' + space * (depth + 1)
        if not elem.text or not elem.text.strip():
            elem.text = inner
        for child in elem:
            if len(child):
                walk(child, depth + 1)
            if not child.tail or not child.tail.strip():
                child.tail = inner
        if not child.tail.strip():
            child.tail = '\n' + space * depth

    walk(tree, level)


def canonicalize(xml_data=None, *, out=None, from_file=None, **options):
    raise NotImplementedError("canonicalize (C14N 2.0) is not available in pygen")


class C14NWriterTarget:
    def __init__(self, write, **options):
        raise NotImplementedError("C14NWriterTarget (C14N 2.0) is not available in pygen")
