# xml.sax.xmlreader: the reader interface (XMLReader, IncrementalParser), Locator, InputSource
# and the attribute mappings handed to startElement/startElementNS. Written for pygen from the
# 3.11 documentation.

from . import handler
from ._exceptions import SAXNotSupportedException, SAXNotRecognizedException


class XMLReader:
    """A SAX parser: parse() a source, calling the registered handlers."""

    def __init__(self):
        self._content, self._dtd = handler.ContentHandler(), handler.DTDHandler()
        self._resolver, self._errors = handler.EntityResolver(), handler.ErrorHandler()

    def parse(self, source):
        raise NotImplementedError("This method must be implemented!")

    def getContentHandler(self):
        return self._content

    def setContentHandler(self, handler):
        self._content = handler

    def getDTDHandler(self):
        return self._dtd

    def setDTDHandler(self, handler):
        self._dtd = handler

    def getEntityResolver(self):
        return self._resolver

    def setEntityResolver(self, resolver):
        self._resolver = resolver

    def getErrorHandler(self):
        return self._errors

    def setErrorHandler(self, handler):
        self._errors = handler

    def setLocale(self, locale):
        raise SAXNotSupportedException("Locale support not implemented")

    def getFeature(self, name):
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def setFeature(self, name, state):
        raise SAXNotRecognizedException("Feature '%s' not recognized" % name)

    def getProperty(self, name):
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)

    def setProperty(self, name, value):
        raise SAXNotRecognizedException("Property '%s' not recognized" % name)


class IncrementalParser(XMLReader):
    """A reader that can also be fed the document piece by piece (feed, close, reset)."""

    def __init__(self, bufsize=2 ** 16):
        self._bufsize = bufsize
        XMLReader.__init__(self)

    def parse(self, source):
        from .saxutils import prepare_input_source
        source = prepare_input_source(source)
        self.prepareParser(source)
        stream = source.getCharacterStream() or source.getByteStream()
        while True:
            chunk = stream.read(self._bufsize)
            if not chunk:
                break
            self.feed(chunk)
        self.close()

    def feed(self, data):
        raise NotImplementedError("This method must be implemented!")

    def prepareParser(self, source):
        raise NotImplementedError("prepareParser must be overridden!")

    def close(self):
        raise NotImplementedError("This method must be implemented!")

    def reset(self):
        raise NotImplementedError("This method must be implemented!")


class Locator:
    """Where the reader is in the document."""

    def getColumnNumber(self):
        return -1

    def getLineNumber(self):
        return -1

    def getPublicId(self):
        return None

    def getSystemId(self):
        return None


class InputSource:
    """A document to read: a system id, and/or a byte or character stream."""

    def __init__(self, system_id=None):
        self.__system_id = system_id
        self.__public_id = None
        self.__encoding = None
        self.__bytefile = None
        self.__charfile = None

    def setPublicId(self, public_id):
        self.__public_id = public_id

    def getPublicId(self):
        return self.__public_id

    def setSystemId(self, system_id):
        self.__system_id = system_id

    def getSystemId(self):
        return self.__system_id

    def setEncoding(self, encoding):
        self.__encoding = encoding

    def getEncoding(self):
        return self.__encoding

    def setByteStream(self, bytefile):
        self.__bytefile = bytefile

    def getByteStream(self):
        return self.__bytefile

    def setCharacterStream(self, charfile):
        self.__charfile = charfile

    def getCharacterStream(self):
        return self.__charfile


class AttributesImpl:
    """The attributes of an element, by qualified name (a read-only mapping)."""

    def __init__(self, attrs):
        self._attrs = attrs

    def getLength(self):
        return len(self._attrs)

    def getType(self, name):
        return "CDATA"

    def getValue(self, name):
        return self._attrs[name]

    def getValueByQName(self, name):
        return self._attrs[name]

    def getNameByQName(self, name):
        if name not in self._attrs:
            raise KeyError(name)
        return name

    def getQNameByName(self, name):
        if name not in self._attrs:
            raise KeyError(name)
        return name

    def getNames(self):
        return list(self._attrs)

    def getQNames(self):
        return list(self._attrs)

    def __len__(self):
        return len(self._attrs)

    def __getitem__(self, name):
        return self._attrs[name]

    def keys(self):
        return list(self._attrs)

    def __contains__(self, name):
        return name in self._attrs

    def get(self, name, alternative=None):
        return self._attrs[name] if name in self._attrs else alternative

    def copy(self):
        return type(self)(self._attrs)

    def items(self):
        return [(name, self._attrs[name]) for name in self._attrs]

    def values(self):
        return [self._attrs[name] for name in self._attrs]


class AttributesNSImpl(AttributesImpl):
    """Attributes keyed by (namespace uri, local name), with their qualified names."""

    def __init__(self, attrs, qnames):
        self._attrs = attrs
        self._qnames = qnames

    def getValueByQName(self, name):
        for key, qname in self._qnames.items():
            if qname == name:
                return self._attrs[key]
        raise KeyError(name)

    def getNameByQName(self, name):
        for key, qname in self._qnames.items():
            if qname == name:
                return key
        raise KeyError(name)

    def getQNameByName(self, name):
        return self._qnames[name]

    def getQNames(self):
        return [self._qnames[key] for key in self._qnames]

    def copy(self):
        return type(self)(self._attrs, self._qnames)
