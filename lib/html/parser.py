# html.parser: HTMLParser, a tolerant push parser for HTML that reports start/end tags, text,
# character and entity references, comments, declarations and processing instructions to
# handler methods. Behaviour follows python3.11 as Debian ships it (with the 2025 tokenizer
# fixes: HTML5 tag-name and attribute rules, unterminated constructs flushed by close()).
# CPython counterpart: Lib/html/parser.py.
import re
import _markupbase
from html import unescape

__all__ = ['HTMLParser']

# HTML's whitespace (no \v): the tokenizer's separators.
_WS = r'\t\n\r\f '
_NAME = rf'[a-zA-Z][^{_WS}/>]*'
_ATTR_NAME = rf'(?<=[\'"{_WS}/])[^{_WS}/>][^{_WS}/=>]*'
_ATTR_VALUE = rf'\'[^\']*\'|"[^"]*"|(?![\'"])[^>{_WS}]*'

# The tag name, then what separates it from the attributes.
_TAG_NAME = re.compile(rf'({_NAME})(?:[{_WS}]|/(?!>))*')
# One attribute: name, then optionally '=' and the value (group 3, quotes still on).
_ATTRIBUTE = re.compile(rf'({_ATTR_NAME})([{_WS}]*=[{_WS}]*({_ATTR_VALUE}))?(?:[{_WS}]|/(?!>))*')
# A whole tag after its '<' (or '</'); it is complete only if the match ends with '>'.
_TAG_BODY = re.compile(
    rf'{_NAME}[{_WS}/]*(?:{_ATTR_NAME}(?:[{_WS}]*=[{_WS}]*(?:{_ATTR_VALUE}))?[{_WS}/]*)*>?')

_MARKUP_OR_REF = re.compile('[&<]')
_START_TAG_OPEN = re.compile('<[a-zA-Z]')
_END_TAG_OPEN = re.compile('</[a-zA-Z]')
_CHARREF = re.compile('&#(?:[0-9]+|[xX][0-9a-fA-F]+)[^0-9a-fA-F]')
_ENTITYREF = re.compile('&([a-zA-Z][-.a-zA-Z0-9]*)[^a-zA-Z0-9]')
_REF_START = re.compile('&[a-zA-Z#]')
_REF_END = re.compile(rf'[{_WS};]')


class HTMLParser(_markupbase.ParserBase):
    """Feed it HTML text in pieces (feed), then close(); it calls handle_starttag,
    handle_endtag, handle_startendtag, handle_data, handle_comment, handle_decl, handle_pi,
    unknown_decl and, with convert_charrefs=False, handle_charref and handle_entityref.
    With convert_charrefs (the default) references in text are replaced by their characters
    and a run of text reaches handle_data in one piece."""

    CDATA_CONTENT_ELEMENTS = ("script", "style")

    def __init__(self, *, convert_charrefs=True):
        self.convert_charrefs = convert_charrefs
        self.reset()

    def reset(self):
        """Forgets everything fed and not yet handled."""
        self.rawdata = ''
        self.lasttag = '???'
        self.interesting = _MARKUP_OR_REF
        self.cdata_elem = None
        # Small pieces are gathered until they add up to more than what is still waiting, so
        # feeding one character at a time does not rescan the same text over and over.
        self._pending = []
        self._pending_len = 0
        self._parse_threshold = 1
        _markupbase.ParserBase.reset(self)

    def feed(self, data):
        """Adds text; whatever is complete is handled now, the rest waits for more."""
        self._pending_len += len(data)
        self._pending.append(data)
        if self._pending_len < self._parse_threshold:
            return
        self.rawdata += ''.join(self._pending)
        self._pending.clear()
        self._pending_len = 0
        before = len(self.rawdata)
        self.goahead(0)
        self._parse_threshold = 1 if len(self.rawdata) < before else len(self.rawdata)

    def close(self):
        """Handles everything still buffered, incomplete constructs included."""
        if self._pending:
            self.rawdata += ''.join(self._pending)
            self._pending.clear()
            self._pending_len = 0
        self.goahead(1)

    _starttag_text = None

    def get_starttag_text(self):
        """The source text of the last start tag handled."""
        return self._starttag_text

    def set_cdata_mode(self, elem):
        self.cdata_elem = elem.lower()
        self.interesting = re.compile(rf'</{self.cdata_elem}(?=[{_WS}/>])', re.I | re.A)

    def clear_cdata_mode(self):
        self.interesting = _MARKUP_OR_REF
        self.cdata_elem = None

    def _text(self, text):
        if self.convert_charrefs and not self.cdata_elem:
            text = unescape(text)
        self.handle_data(text)

    def goahead(self, end):
        """Handles rawdata from its start; at end (close), incomplete constructs too."""
        raw = self.rawdata
        i = 0
        n = len(raw)
        while i < n:
            if self.convert_charrefs and not self.cdata_elem:
                j = raw.find('<', i)
                if j < 0:
                    # A trailing '&name' may still grow into a reference: wait for more.
                    amp = raw.rfind('&', max(i, n - 34))
                    if amp >= 0 and not _REF_END.search(raw, amp):
                        break
                    j = n
            else:
                found = self.interesting.search(raw, i)
                if found:
                    j = found.start()
                elif self.cdata_elem:
                    break
                else:
                    j = n
            if i < j:
                self._text(raw[i:j])
            i = self.updatepos(i, j)
            if i == n:
                break
            if raw.startswith('<', i):
                k = self._markup(raw, i, n, end)
                if k is None:
                    break
                i = self.updatepos(i, k)
            elif raw.startswith('&#', i):
                ref = _CHARREF.match(raw, i)
                if ref is None:
                    if ';' in raw[i:]:
                        # Not a reference after all: the '&#' is text.
                        self.handle_data(raw[i:i + 2])
                        i = self.updatepos(i, i + 2)
                    break
                self.handle_charref(ref.group()[2:-1])
                k = ref.end()
                if raw[k - 1] != ';':
                    k -= 1
                i = self.updatepos(i, k)
            elif raw.startswith('&', i):
                ref = _ENTITYREF.match(raw, i)
                if ref is not None:
                    self.handle_entityref(ref.group(1))
                    k = ref.end()
                    if raw[k - 1] != ';':
                        k -= 1
                    i = self.updatepos(i, k)
                    continue
                partial = _REF_START.match(raw, i)
                if partial is not None:
                    if end and partial.group() == raw[i:]:
                        i = self.updatepos(i, i + 1)
                    break
                if i + 1 < n:
                    self.handle_data('&')
                    i = self.updatepos(i, i + 1)
                else:
                    break
            else:
                raise AssertionError("interesting.search() lied")
        if end and i < n:
            self._text(raw[i:n])
            i = self.updatepos(i, n)
        self.rawdata = raw[i:]

    def _markup(self, raw, i, n, end):
        """Handles the construct starting with '<' at i: the index after it, or None to wait."""
        if _START_TAG_OPEN.match(raw, i):
            k = self.parse_starttag(i)
        elif raw.startswith('</', i):
            k = self.parse_endtag(i)
        elif raw.startswith('<!--', i):
            k = self.parse_comment(i)
        elif raw.startswith('<?', i):
            k = self.parse_pi(i)
        elif raw.startswith('<!', i):
            k = self.parse_html_declaration(i)
        elif i + 1 < n or end:
            self.handle_data('<')
            k = i + 1
        else:
            return None
        if k >= 0:
            return k
        if not end:
            return None
        self._flush_unterminated(raw, i, n)
        return n

    def _flush_unterminated(self, raw, i, n):
        """At close(), reports a construct that never ended as what it had begun to be."""
        if _START_TAG_OPEN.match(raw, i):
            return                    # an unfinished tag is dropped
        if raw.startswith('</', i):
            if i + 2 == n:
                self.handle_data('</')
            elif not _END_TAG_OPEN.match(raw, i):
                self.handle_comment(raw[i + 2:])
        elif raw.startswith('<!--', i):
            stop = n
            for tail in ('--!', '--', '-'):
                if raw.endswith(tail, i + 4):
                    stop -= len(tail)
                    break
            self.handle_comment(raw[i + 4:stop])
        elif raw.startswith('<![CDATA[', i):
            self.unknown_decl(raw[i + 3:])
        elif raw[i:i + 9].lower() == '<!doctype':
            self.handle_decl(raw[i + 2:])
        elif raw.startswith('<!', i):
            self.handle_comment(raw[i + 2:])
        elif raw.startswith('<?', i):
            self.handle_pi(raw[i + 2:])
        else:
            raise AssertionError("we should not get here!")

    def parse_html_declaration(self, i):
        """'<!' at i: a comment, a CDATA section, a doctype or a bogus comment."""
        raw = self.rawdata
        assert raw[i:i + 2] == '<!', 'unexpected call to parse_html_declaration()'
        if raw.startswith('<!--', i):
            return self.parse_comment(i)
        if raw.startswith('<![CDATA[', i):
            return self.parse_marked_section(i)
        if raw[i:i + 9].lower() == '<!doctype':
            close = raw.find('>', i + 9)
            if close < 0:
                return -1
            self.handle_decl(raw[i + 2:close])
            return close + 1
        return self.parse_bogus_comment(i)

    def parse_bogus_comment(self, i, report=1):
        """'<!' or '</' followed by anything up to '>' is reported as a comment."""
        raw = self.rawdata
        assert raw[i:i + 2] in ('<!', '</'), 'unexpected call to parse_bogus_comment()'
        close = raw.find('>', i + 2)
        if close < 0:
            return -1
        if report:
            self.handle_comment(raw[i + 2:close])
        return close + 1

    def parse_pi(self, i):
        """'<?...>' at i: handle_pi gets what lies between."""
        raw = self.rawdata
        assert raw[i:i + 2] == '<?', 'unexpected call to parse_pi()'
        close = raw.find('>', i + 2)
        if close < 0:
            return -1
        self.handle_pi(raw[i + 2:close])
        return close + 1

    def parse_starttag(self, i):
        """A start tag at i: the index after it, or -1 if it is not complete yet."""
        self._starttag_text = None
        stop = self.check_for_whole_start_tag(i)
        if stop < 0:
            return stop
        raw = self.rawdata
        self._starttag_text = raw[i:stop]
        name = _TAG_NAME.match(raw, i + 1)
        assert name, 'unexpected call to parse_starttag()'
        self.lasttag = tag = name.group(1).lower()
        attrs = []
        k = name.end()
        while k < stop:
            attr = _ATTRIBUTE.match(raw, k)
            if attr is None:
                break
            key, has_value, value = attr.group(1, 2, 3)
            if not has_value:
                value = None
            elif len(value) >= 2 and value[0] == value[-1] and value[0] in '\'"':
                value = value[1:-1]
            if value:
                value = unescape(value)
            attrs.append((key.lower(), value))
            k = attr.end()
        closing = raw[k:stop].strip()
        if closing not in ('>', '/>'):
            self.handle_data(raw[i:stop])
            return stop
        if closing == '/>':
            self.handle_startendtag(tag, attrs)
        else:
            self.handle_starttag(tag, attrs)
            if tag in self.CDATA_CONTENT_ELEMENTS:
                self.set_cdata_mode(tag)
        return stop

    def check_for_whole_start_tag(self, i):
        """The index after the start tag at i, or -1 while its '>' has not arrived."""
        raw = self.rawdata
        body = _TAG_BODY.match(raw, i + 1)
        assert body
        stop = body.end()
        return stop if raw[stop - 1] == '>' else -1

    def parse_endtag(self, i):
        """An end tag (or '</' junk) at i: the index after it, or -1 if not complete yet."""
        raw = self.rawdata
        assert raw[i:i + 2] == '</', 'unexpected call to parse_endtag'
        if raw.find('>', i + 2) < 0:
            return -1
        if not _END_TAG_OPEN.match(raw, i):
            if raw[i + 2:i + 3] == '>':
                return i + 3          # '</>' is dropped
            return self.parse_bogus_comment(i)
        body = _TAG_BODY.match(raw, i + 2)
        assert body
        stop = body.end()
        if raw[stop - 1] != '>':
            return -1
        self.handle_endtag(_TAG_NAME.match(raw, i + 2).group(1).lower())
        self.clear_cdata_mode()
        return stop

    # ---- Handlers: override these; by default they ignore what they are given ----

    def handle_startendtag(self, tag, attrs):
        """An XHTML-style empty tag '<tag ... />': a start tag and its end tag."""
        self.handle_starttag(tag, attrs)
        self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        pass

    def handle_endtag(self, tag):
        pass

    def handle_charref(self, name):
        pass

    def handle_entityref(self, name):
        pass

    def handle_data(self, data):
        pass

    def handle_comment(self, data):
        pass

    def handle_decl(self, decl):
        pass

    def handle_pi(self, data):
        pass

    def unknown_decl(self, data):
        pass
