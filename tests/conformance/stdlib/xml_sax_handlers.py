# xml.sax: parseString/parse/make_parser with a ContentHandler (qualified names, attributes, text,
# CDATA, processing instructions), namespaces, parse errors and error handlers, XMLGenerator,
# XMLFilterBase, incremental feed, and saxutils' escape/unescape/quoteattr.
import xml.sax, io, tempfile, os
from xml.sax.saxutils import escape, unescape, quoteattr, XMLGenerator
from xml.sax.handler import feature_namespaces

print(escape("a < b & c > d"), escape("x'y\"", {"'": "&apos;", '"': "&quot;"}), unescape("&lt;&amp;&gt;&quot;", {"&quot;": '"'}))
print(quoteattr("plain"), quoteattr('say "hi"'), quoteattr("both ' and \""), quoteattr("tab\there\nnl"))

class H(xml.sax.ContentHandler):
    def __init__(self):
        super().__init__(); self.events = []; self.depth = 0; self.text = []
    def startDocument(self): self.events.append("startDocument")
    def endDocument(self): self.events.append("endDocument")
    def startElement(self, name, attrs):
        self.events.append(("start", name, dict(attrs), attrs.getNames(), attrs.get("id"), len(attrs), "id" in attrs))
        self.depth += 1
    def endElement(self, name):
        self.depth -= 1; self.events.append(("end", name, "".join(self.text).strip())); self.text = []
    def characters(self, c): self.text.append(c)
    def processingInstruction(self, t, d): self.events.append(("pi", t, d))

DOC = b"""<?xml version="1.0" encoding="utf-8"?>
<!-- library -->
<library xmlns:x="urn:x">
  <book id="1" lang="en"><title>Dune &amp; more</title><x:note>n</x:note></book>
  <book id="2"><title><![CDATA[<raw>]]></title></book>
  <?render fast?>
</library>"""
h = H(); xml.sax.parseString(DOC, h)
for e in h.events: print(e)
for bad in [b"<a><b></a>", b"<a>", b"", b"<a x='1' x='2'/>", b"<a>&bogus;</a>", b"<a/><b/>"]:
    try:
        xml.sax.parseString(bad, H())
        print("ok?", bad)
    except xml.sax.SAXParseException as e:
        print("SAXParseException", e, e.getLineNumber(), e.getColumnNumber(), repr(e.getMessage()))

class NS(xml.sax.ContentHandler):
    def startElementNS(self, name, qname, attrs): print("startNS", name, dict(attrs.items()))
    def endElementNS(self, name, qname): print("endNS", name)
p = xml.sax.make_parser(); p.setFeature(feature_namespaces, True); p.setContentHandler(NS())
p.parse(io.BytesIO(b'<r xmlns="urn:d" xmlns:p="urn:p"><p:c p:a="1" b="2"/></r>'))
print(p.getFeature(feature_namespaces))

out = io.StringIO()
g = XMLGenerator(out, encoding="utf-8")
xml.sax.parseString(b"<a x='1 &amp; 2'><b>t&lt;</b><c/></a>", g)
print(out.getvalue())
out = io.StringIO(); g = XMLGenerator(out, short_empty_elements=True)
g.startDocument(); g.startElement("r", {"k": "v"}); g.startElement("e", {}); g.endElement("e"); g.characters("x&y"); g.endElement("r"); g.endDocument()
print(out.getvalue())
bio = io.BytesIO(); g = XMLGenerator(bio, encoding="ascii"); g.startDocument(); g.startElement("t", {}); g.characters("é☃"); g.endElement("t"); g.endDocument(); print(bio.getvalue())

d = tempfile.mkdtemp(); fn = os.path.join(d, "f.xml")
with open(fn, "wb") as f: f.write(b"<root><item>1</item><item>2</item></root>")
class Sum(xml.sax.ContentHandler):
    total = 0; cur = ""
    def characters(self, c): self.cur += c
    def endElement(self, n):
        if n == "item": Sum.total += int(self.cur)
        self.cur = ""
xml.sax.parse(fn, Sum()); print(Sum.total)
with open(fn, "rb") as f: xml.sax.parse(f, Sum()); print(Sum.total)
os.remove(fn); os.rmdir(d)
class Lenient(xml.sax.ErrorHandler):
    def fatalError(self, e): print("fatal:", e.getMessage())
xml.sax.parseString(b"<a><b></a>", H(), Lenient())
ip = xml.sax.make_parser(); ip.setContentHandler(H())
ip.feed(b"<a><b>te"); ip.feed(b"xt</b>"); ip.feed(b"</a>"); ip.close(); print(ip.getContentHandler().events[-2:])
from xml.sax.saxutils import XMLFilterBase
class Upper(XMLFilterBase):
    def startElement(self, name, attrs): super().startElement(name.upper(), attrs)
    def endElement(self, name): super().endElement(name.upper())
out = io.StringIO()
f = Upper(xml.sax.make_parser()); f.setContentHandler(XMLGenerator(out, "utf-8"))
f.parse(io.BytesIO(b"<a k='v'><b>text</b></a>")); print(out.getvalue())
print(XMLFilterBase.characters.__name__, f.getParent() is not None)
