# xml.sax's exception classes. Written for pygen from the 3.11 documentation.

__all__ = ['SAXException', 'SAXParseException', 'SAXNotRecognizedException',
           'SAXNotSupportedException', 'SAXReaderNotAvailable']


class SAXException(Exception):
    """An XML error or warning; it may wrap another exception."""

    def __init__(self, msg, exception=None):
        Exception.__init__(self, msg)
        self._msg = msg
        self._exception = exception

    def getMessage(self):
        return self._msg

    def getException(self):
        return self._exception

    def __str__(self):
        return self._msg

    def __getitem__(self, ix):
        raise AttributeError("__getitem__")


class SAXParseException(SAXException):
    """A parse error, with where it happened (taken from the locator when it is made)."""

    def __init__(self, msg, exception, locator):
        super().__init__(msg, exception)
        self._locator = locator
        self._systemId = locator.getSystemId()
        self._colnum = locator.getColumnNumber()
        self._linenum = locator.getLineNumber()

    def getColumnNumber(self):
        return self._colnum

    def getLineNumber(self):
        return self._linenum

    def getPublicId(self):
        where = self._locator
        return where.getPublicId()

    def getSystemId(self):
        return self._systemId

    def __str__(self):
        where = self.getSystemId() or "<unknown>"
        return "%s:%s:%s: %s" % (where, self.getLineNumber(), self.getColumnNumber(), self._msg)


class SAXNotRecognizedException(SAXException):
    """A feature or property name the reader does not know."""


class SAXNotSupportedException(SAXException):
    """A feature or property the reader knows but cannot provide."""


class SAXReaderNotAvailable(SAXNotSupportedException):
    """No parser could be made."""
