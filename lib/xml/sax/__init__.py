# xml.sax: the Simple API for XML. make_parser() gives a reader; parse() and parseString()
# run one over a document, calling a ContentHandler. Written for pygen from the 3.11
# documentation.

from .xmlreader import InputSource
from .handler import ContentHandler, ErrorHandler
from ._exceptions import (SAXException, SAXNotRecognizedException, SAXParseException,
                          SAXNotSupportedException, SAXReaderNotAvailable)

__all__ = ['ContentHandler', 'ErrorHandler', 'InputSource', 'SAXException',
           'SAXNotRecognizedException', 'SAXNotSupportedException', 'SAXParseException',
           'SAXReaderNotAvailable', 'default_parser_list', 'make_parser', 'parse', 'parseString']

default_parser_list = ["xml.sax.expatreader"]


def make_parser(parser_list=()):
    """A new SAX reader from the first module of parser_list (then the defaults) that works."""
    for name in list(parser_list) + default_parser_list:
        try:
            module = __import__(name, fromlist=['create_parser'])
        except ImportError:
            continue
        return module.create_parser()
    raise SAXReaderNotAvailable("No parsers found", None)


def parse(source, handler, errorHandler=ErrorHandler()):
    reader = make_parser()
    reader.setContentHandler(handler)
    reader.setErrorHandler(errorHandler)
    reader.parse(source)


def parseString(string, handler, errorHandler=ErrorHandler()):
    import io
    if errorHandler is None:
        errorHandler = ErrorHandler()
    reader = make_parser()
    reader.setContentHandler(handler)
    reader.setErrorHandler(errorHandler)
    source = InputSource()
    if isinstance(string, str):
        source.setCharacterStream(io.StringIO(string))
    else:
        source.setByteStream(io.BytesIO(string))
    reader.parse(source)
