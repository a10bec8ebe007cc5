# xml.sax.saxutils: escaping helpers (escape, unescape, quoteattr), XMLGenerator (a
# ContentHandler that writes the document back out), XMLFilterBase and prepare_input_source.
# Written for pygen from the 3.11 documentation.

import io
import os
import urllib.parse
from . import handler, xmlreader


def _replace_all(text, table):
    for old, new in table:
        text = text.replace(old, new)
    return text


def escape(data, entities={}):
    """&, < and > as entity references, then the extra replacements of `entities`."""
    return _replace_all(data, [("&", "&amp;"), (">", "&gt;"), ("<", "&lt;")] + list(entities.items()))


def unescape(data, entities={}):
    """The reverse of escape(): &lt;, &gt;, the `entities` given, and &amp; last."""
    table = [("&lt;", "<"), ("&gt;", ">")] + list(entities.items()) + [("&amp;", "&")]
    return _replace_all(data, table)


def quoteattr(data, entities={}):
    """data escaped and quoted for use as an attribute value (double quotes unless the value
    holds some and no single quotes)."""
    extra = {'\n': '&#10;', '\r': '&#13;', '\t': '&#9;'}
    extra.update(entities)
    data = escape(data, extra)
    if '"' not in data:
        return '"%s"' % data
    if "'" not in data:
        return "'%s'" % data
    return '"%s"' % data.replace('"', "&quot;")


def _text_writer(out, encoding):
    # XMLGenerator writes str: byte streams get a TextIOWrapper that leaves the stream open.
    if out is None:
        import sys
        return sys.stdout
    if isinstance(out, io.TextIOBase):
        return out      # already a text stream
    if isinstance(out, (io.BufferedIOBase, io.RawIOBase)):
        class _Kept(io.TextIOWrapper):
            def close(self):
                self.flush()
        writer = _Kept(out, encoding=encoding, errors='xmlcharrefreplace', newline='',
                       write_through=True)
        return writer
    return out


class XMLGenerator(handler.ContentHandler):
    """Writes the events it receives as an XML document."""

    def __init__(self, out=None, encoding="iso-8859-1", short_empty_elements=False):
        super().__init__()
        stream = _text_writer(out, encoding)
        self._write = stream.write
        self._flush = getattr(stream, 'flush', None) or (lambda: None)
        self._encoding = encoding
        self._short = short_empty_elements
        self._unclosed = False           # a start tag written without its '>' yet
        self._prefixes = {}              # namespace uri -> prefix in effect
        self._saved_prefixes = []        # the mappings that startPrefixMapping replaced
        self._new_declarations = []      # (prefix, uri) to declare on the next start tag

    def _as_text(self, content):
        return content if isinstance(content, str) else str(content, self._encoding)

    def _close_start_tag(self):
        if self._unclosed:
            self._unclosed = False
            self._write('>')

    def _qname(self, name):
        uri, local = name
        prefix = self._prefixes.get(uri) if uri else None
        return prefix + ":" + local if prefix else local

    def startDocument(self):
        self._write('<?xml version="1.0" encoding="%s"?>\n' % self._encoding)

    def endDocument(self):
        self._flush()

    def startPrefixMapping(self, prefix, uri):
        self._saved_prefixes.append(dict(self._prefixes))
        self._prefixes[uri] = prefix
        self._new_declarations.append((prefix, uri))

    def endPrefixMapping(self, prefix):
        self._prefixes = self._saved_prefixes.pop()

    def _start_tag(self, tag, attributes):
        self._close_start_tag()
        pieces = ['<', tag]
        for name, value in attributes:
            pieces += [' ', name, '=', quoteattr(value)]
        self._write(''.join(pieces))
        if self._short:
            self._unclosed = True
        else:
            self._write('>')

    def _end_tag(self, tag):
        if self._unclosed:
            self._unclosed = False
            self._write('/>')
            return
        self._write('</' + tag + '>')

    def startElement(self, name, attrs):
        self._start_tag(name, attrs.items())

    def endElement(self, name):
        self._end_tag(name)

    def startElementNS(self, name, qname, attrs):
        pending, self._new_declarations = self._new_declarations, []
        items = [('xmlns:' + p if p else 'xmlns', uri) for p, uri in pending]
        items += [(self._qname(key), value) for key, value in attrs.items()]
        self._start_tag(self._qname(name), items)

    def endElementNS(self, name, qname):
        self._end_tag(self._qname(name))

    def characters(self, content):
        if content:
            self._close_start_tag()
            self._write(escape(self._as_text(content)))

    def ignorableWhitespace(self, content):
        if content:
            self._close_start_tag()
            self._write(self._as_text(content))

    def processingInstruction(self, target, data):
        self._close_start_tag()
        self._write('<?' + target + ' ' + data + '?>')


def _forwarder(holder, method):
    # XMLFilterBase's pass-through: the same call on the handler stored in attribute `holder`.
    def forward(self, *args):
        return getattr(getattr(self, holder), method)(*args)
    forward.__name__ = forward.__qualname__ = method
    return forward


class XMLFilterBase(xmlreader.XMLReader):
    """A reader between a parent reader and the handlers: every event is passed on unchanged
    (subclasses override those they change)."""

    def __init__(self, parent=None):
        super().__init__()
        self._parent = parent

    for _holder, _methods in (
            ('_errors', ('error', 'fatalError', 'warning')),
            ('_content', ('setDocumentLocator', 'startDocument', 'endDocument',
                          'startPrefixMapping', 'endPrefixMapping', 'startElement', 'endElement',
                          'startElementNS', 'endElementNS', 'characters', 'ignorableWhitespace',
                          'processingInstruction', 'skippedEntity')),
            ('_dtd', ('notationDecl', 'unparsedEntityDecl')),
            ('_resolver', ('resolveEntity',)),
            ('_parent', ('setLocale', 'getFeature', 'setFeature', 'getProperty', 'setProperty'))):
        for _method in _methods:
            locals()[_method] = _forwarder(_holder, _method)
    del _holder, _methods, _method

    def parse(self, source):
        upstream = self._parent
        for setter in (upstream.setContentHandler, upstream.setErrorHandler,
                       upstream.setEntityResolver, upstream.setDTDHandler):
            setter(self)
        upstream.parse(source)

    def getParent(self):
        return self._parent

    def setParent(self, parent):
        self._parent = parent


def prepare_input_source(source, base=""):
    """An InputSource for a system id (path or URL), a path-like, a file object or an
    InputSource; files named by path are opened here."""
    if isinstance(source, (str, os.PathLike)):
        source = xmlreader.InputSource(os.fspath(source))
    elif hasattr(source, "read"):
        stream, source = source, xmlreader.InputSource()
        if isinstance(stream.read(0), str):
            source.setCharacterStream(stream)
        else:
            source.setByteStream(stream)
        name = getattr(stream, "name", None)
        if isinstance(name, str):
            source.setSystemId(name)
    if not (source.getCharacterStream() or source.getByteStream()):
        sysid = source.getSystemId()
        path = os.path.join(os.path.dirname(base), sysid)
        if os.path.isfile(path):
            source.setSystemId(path)
            stream = open(path, "rb")
        else:
            sysid = urllib.parse.urljoin(base, sysid)
            source.setSystemId(sysid)
            import urllib.request
            stream = urllib.request.urlopen(source.getSystemId())
        source.setByteStream(stream)
        source._pygen_opened = True
    return source
