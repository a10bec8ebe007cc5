# html.parser: the handler calls HTMLParser makes for ordinary, odd and unfinished markup, fed
# whole and a character at a time, with and without convert_charrefs; html.entities tables.
from html.parser import HTMLParser
import html
import html.entities


class Log(HTMLParser):
    def __init__(self, **kw):
        super().__init__(**kw)
        self.events = []

    def handle_starttag(self, tag, attrs):
        self.events.append(('start', tag, attrs, self.get_starttag_text(), self.getpos()))

    def handle_endtag(self, tag):
        self.events.append(('end', tag))

    def handle_startendtag(self, tag, attrs):
        self.events.append(('startend', tag, attrs))

    def handle_data(self, data):
        if self.events and self.events[-1][0] == 'data':
            self.events[-1] = ('data', self.events[-1][1] + data)
        else:
            self.events.append(('data', data))

    def handle_comment(self, data):
        self.events.append(('comment', data))

    def handle_decl(self, decl):
        self.events.append(('decl', decl))

    def handle_pi(self, data):
        self.events.append(('pi', data))

    def handle_charref(self, name):
        self.events.append(('charref', name))

    def handle_entityref(self, name):
        self.events.append(('entityref', name))

    def unknown_decl(self, data):
        self.events.append(('unknown_decl', data))


DOCS = [
    '<!DOCTYPE html><html lang="en"><head><title>A &amp; B</title></head>\n<body class=main id=\'x\'>'
    '<p>Hello<br/>world &copy; 2024 &#169; &#xA9; &notit; &amp</p><img src="a.png" alt=\'\' hidden></body></html>',
    '<script>if (a < b && c > d) { x = "</p>"; }</script><style>p > a { }</style>after',
    '<a href="?a=1&b=2&amp;c=3" TITLE="T&lt;">link</a><input value=unquoted/>',
    '<!-- a comment --><!--x--!><!---><?xml version="1.0"?><![CDATA[raw <b>]]><!bogus thing>',
    '</> </ p> </3> <3 a < b & c &#; &#x; text',
    '<div\nclass="multi\nline"\n>\n<span>x</span\n></div>',
    '<p>unfinished <b attr="val',
    '<!-- never closed',
    '<p>trailing &am',
    '<a b c=d e = "f" g=\'h\' i="j"k/>',
    '<tag a="1" a="2" UPPER=Yes>',
    'text </div junk> more',
    '<title>&lt;not a tag&gt;</title><textarea><b></textarea>',
]

for doc in DOCS:
    for convert in (True, False):
        whole = Log(convert_charrefs=convert)
        whole.feed(doc)
        whole.close()
        pieces = Log(convert_charrefs=convert)
        for ch in doc:
            pieces.feed(ch)
        pieces.close()
        print(convert, whole.events)
        if pieces.events != whole.events:
            print('  fed one character at a time:', pieces.events)

p = Log()
p.feed('<a>')
p.reset()
p.feed('<b>x')
print(p.events, p.rawdata, p.getpos())
p.close()
print(p.events)

print(html.unescape('&amp; &lt;&gt; &notin; &notit; &ampx &AMP; &NotEqualTilde; &#0; &#x110000; &#128; &#1; &copy &frac34;x'))
print(len(html.entities.html5), len(html.entities.name2codepoint), html.entities.codepoint2name[169],
      html.entities.entitydefs['euro'], html.entities.html5['NotEqualTilde;'], html.entities.name2codepoint['hellip'])
print(HTMLParser.__mro__, HTMLParser.CDATA_CONTENT_ELEMENTS)
