# xml.sax.expatreader: the default SAX reader. CPython's drives the expat library; pygen's
# drives the XML parser of xml.etree.ElementTree with a target that turns its calls into
# ContentHandler events (qualified names, or (uri, local) pairs with the namespaces feature).
# Written for pygen from the 3.11 documentation.

from xml.etree import ElementTree as _ET
from . import handler, xmlreader, saxutils
from ._exceptions import (SAXParseException, SAXNotRecognizedException,
                          SAXNotSupportedException)

version = "0.20"
from .xmlreader import AttributesImpl, AttributesNSImpl


class _Where(xmlreader.Locator):
    def __init__(self, reader):
        self._reader = reader

    def getColumnNumber(self):
        return self._reader._column

    def getLineNumber(self):
        return self._reader._line

    def getPublicId(self):
        source = self._reader._source
        return source.getPublicId() if source is not None else None

    def getSystemId(self):
        source = self._reader._source
        return source.getSystemId() if source is not None else None


class _Events:
    """The ElementTree parser's target: forwards to the reader's content handler."""

    def __init__(self, reader):
        self.reader = reader

    def _split(self, tag):
        if tag[:1] == '{':
            uri, _, local = tag[1:].partition('}')
            return uri, local
        return None, tag

    def start(self, tag, attrib):
        r = self.reader
        h = r._content
        if r._namespaces:
            names = {self._split(k): v for k, v in attrib.items()}
            qnames = {self._split(k): k.rpartition('}')[2] for k in attrib}
            h.startElementNS(self._split(tag), None, AttributesNSImpl(names, qnames))
        else:
            h.startElement(tag, AttributesImpl(attrib))

    def end(self, tag):
        r = self.reader
        if r._namespaces:
            r._content.endElementNS(self._split(tag), None)
        else:
            r._content.endElement(tag)

    def data(self, text):
        # expat reports a line break as a piece of its own.
        characters = self.reader._content.characters
        for piece in text.splitlines(keepends=True):
            if piece.endswith('\n') and len(piece) > 1:
                characters(piece[:-1])
                characters('\n')
            else:
                characters(piece)

    def pi(self, target, data):
        self.reader._content.processingInstruction(target, data)

    def comment(self, text):
        lexical = self.reader._lex_handler
        if lexical is not None:
            lexical.comment(text)

    def close(self):
        return None


class ExpatParser(xmlreader.IncrementalParser, xmlreader.Locator):
    """The SAX reader (IncrementalParser): feed() pieces, close() to finish."""

    def __init__(self, namespaceHandling=0, bufsize=2 ** 16 - 20):
        super().__init__(bufsize)
        self._source, self._parser = xmlreader.InputSource(), None
        self._namespaces = namespaceHandling
        self._lex_handler = None
        self._parsing = False
        self._line, self._column = 1, 0

    def parse(self, source):
        self._source = saxutils.prepare_input_source(source)
        try:
            self.reset()
            self._content.setDocumentLocator(_Where(self))
            super().parse(self._source)
        finally:
            self._close_source()

    def prepareParser(self, source):
        if source.getSystemId():
            self._source = source

    def getFeature(self, name):
        if name == handler.feature_namespaces:
            return self._namespaces
        if name in (handler.feature_string_interning, handler.feature_validation,
                    handler.feature_external_pes, handler.feature_namespace_prefixes,
                    handler.feature_external_ges):
            return 0
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        if self._parsing:
            raise SAXNotSupportedException("Cannot set features while parsing")
        if name == handler.feature_namespaces:
            self._namespaces = state
        elif name in handler.all_features:
            if state:
                raise SAXNotSupportedException("expat does not support %s" % name)
        else:
            raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        if name != handler.property_lexical_handler:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)
        return self._lex_handler

    def setProperty(self, name, value):
        if name != handler.property_lexical_handler:
            raise SAXNotRecognizedException("Property '%s' not recognized" % name)
        self._lex_handler = value

    def feed(self, data, isFinal=False):
        if not self._parsing:
            if self._parser is None:
                self.reset()
            self._parsing = True
            content = self._content
            content.startDocument()
        if data:
            self._parser.feed(data)
        if isFinal:
            self._finish()

    def _finish(self):
        try:
            self._parser.close()
        except _ET.ParseError as e:
            self._line, self._column = e.position
            message = str(e).rsplit(': line ', 1)[0]
            # expat meets an error inside the document during the feed() that holds it and
            # reports it again when closed; one at the end of the input is reported once.
            times = 1 if message in ('no element found', 'unclosed token') else 2
            for _ in range(times):
                self._errors.fatalError(SAXParseException(message, None, self))
            return
        finally:
            self._parsing = False
        content = self._content
        content.endDocument()

    def close(self):
        if self._parser is None:
            return
        try:
            self.feed("", isFinal=True)
        finally:
            self._parser = None
            self._close_source()

    def _close_source(self):
        source = self._source
        if source is None:
            return
        for stream in (source.getCharacterStream(), source.getByteStream()):
            if stream is not None and getattr(source, '_pygen_opened', False):
                stream.close()

    def reset(self):
        parser = _ET.XMLParser(target=_Events(self))
        parser._raw_names = not self._namespaces
        self._parser = parser
        self._parsing = False
        self._line, self._column = 1, 0

    def getColumnNumber(self):
        return self._column

    def getLineNumber(self):
        return self._line

    def getPublicId(self):
        return _Where(self).getPublicId()

    def getSystemId(self):
        return _Where(self).getSystemId()


def create_parser(*args, **kwargs):
    """A new reader; the arguments are ExpatParser's."""
    parser = ExpatParser(*args, **kwargs)
    return parser
