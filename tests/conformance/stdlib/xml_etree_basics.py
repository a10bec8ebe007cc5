# xml.etree.ElementTree: parsing (entities, CDATA, comments, namespaces, declarations), the
# Element API, find/findall/findtext paths, tostring in its encodings and methods,
# namespaces on output, indent, iterparse, TreeBuilder targets, and ParseError positions.
import io
import re
import xml.etree.ElementTree as ET


def r(obj):
    return re.sub(r'0x[0-9a-f]+', '0x...', repr(obj))


doc = '''<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE catalog [ <!ELEMENT catalog ANY> ]>
<!-- leading comment -->
<catalog xmlns:x="urn:extra" lang="en">
  <book id="b1" x:kind="novel">
    <title>Dune &amp; more</title>
    <price currency="EUR">9.99</price>
    <tags><tag>sf</tag><tag>classic</tag></tags>
  </book>
  <book id="b2">
    <title><![CDATA[<raw> & stuff]]></title>
    <price currency="USD">&#36;5 &#x263A;</price>
    <?render fast?>
  </book>
  <x:note attr='single &quot;q&quot;'>tail test<br/>after</x:note>
</catalog>
'''
root = ET.fromstring(doc)
print(r(root), root.tag, root.attrib, len(root), repr(root.text))
for book in root.findall('book'):
    print(book.get('id'), book.attrib, book.findtext('title'), book.find('price').get('currency'),
          repr(book.find('price').text))
note = root.find('{urn:extra}note')
print(note.tag, note.attrib, note.text, note[0].tag, repr(note[0].tail), repr(note.tail))
print([e.tag for e in root.iter()][:8], [e.text for e in root.iter('tag')])
print(list(root.find('book').itertext())[:4], ''.join(note.itertext()))
print([b.get('id') for b in root.findall(".//book[@id]")], root.findall(".//book[@id='b2']")[0].get('id'),
      [t.text for t in root.findall('.//tag')], root.find('.//tags/tag[2]').text,
      root.find('.//tags/tag[last()]').text, [b.get('id') for b in root.findall("book[title='Dune & more']")],
      [e.tag for e in root.findall('*')], root.findtext('missing', 'default'),
      root.find('book/tags/..').get('id'), [e.tag for e in root.findall('./book/price')],
      [e.tag for e in root.findall('x:note', {'x': 'urn:extra'})], len(root.findall('{*}note')),
      [p.text for p in root.iterfind('.//price')], root.findall('.//book[tags]')[0].get('id'))

e = ET.Element('item', {'a': '1'}, b='2')
e.text = 'hello'
sub = ET.SubElement(e, 'child', name='c1')
sub.tail = ' after '
ET.SubElement(e, 'child', name='c2').text = 'x < y & z'
e.append(ET.Comment(' note '))
e.insert(0, ET.Element('first'))
print(len(e), [c.tag for c in e][:3], e.get('a'), e.get('zz', '-'), sorted(e.keys()), sorted(e.items()))
e.set('c', 'quote"and\nnewline')
print(ET.tostring(e))
print(ET.tostring(e, encoding='unicode'))
print(ET.tostring(e, encoding='utf-8', short_empty_elements=False))
print(ET.tostring(ET.fromstring('<p>caf\u00e9 \u2603</p>')), ET.tostring(ET.fromstring('<p>caf\u00e9</p>'), encoding='latin-1'))
print(ET.tostring(e, method='text'), ET.tostring(ET.Element('a'), xml_declaration=True),
      ET.tostring(ET.Element('a'), encoding='unicode', xml_declaration=True))
print(ET.tostring(ET.fromstring('<br><img/></br>'), method='html'))
del e[0]
e.remove(sub)
try:
    e.remove(sub)
except ValueError as err:
    print('ValueError', err)
print(ET.tostring(e, encoding='unicode'))
for call in (lambda: e.append('text'), lambda: e.insert(0, 'x'), lambda: e.extend(['x']),
             lambda: ET.SubElement('x', 'y')):
    try:
        call()
    except TypeError as err:
        print('TypeError', err)
e.clear()
print(ET.tostring(e), e.attrib, e.text)

ns = ET.fromstring('<a xmlns="urn:d" xmlns:p="urn:p"><p:b p:c="1" d="2"/><c/></a>')
print([x.tag for x in ns.iter()], ns[0].attrib)
print(ET.tostring(ns))
print(ET.tostring(ns[1], default_namespace='urn:d'))
ET.register_namespace('pp', 'urn:p')
print(ET.tostring(ns))
try:
    ET.register_namespace('ns3', 'urn:q')
except ValueError as err:
    print('ValueError', err)
print(ET.tostring(ET.Element('{http://www.w3.org/2001/XMLSchema-instance}t')))
q = ET.QName('urn:x', 'local')
print(q, r(q), q == '{urn:x}local', ET.tostring(ET.Element(q)))

tree = ET.fromstring('<r><a><b>1</b><b>2</b></a><c/></r>')
ET.indent(tree)
print(ET.tostring(tree, encoding='unicode'))
ET.indent(tree, space='\t', level=1)
print(repr(ET.tostring(tree, encoding='unicode')))

events = [(ev, el.tag) for ev, el in ET.iterparse(io.BytesIO(b'<a><b>x</b><c/></a>'), ('start', 'end'))]
print(events)
it = ET.iterparse(io.StringIO('<a><b/></a>'))
print([(ev, el.tag) for ev, el in it], it.root.tag)
parser = ET.XMLPullParser(['start', 'end'])
parser.feed('<x><y>')
parser.feed('</y></x>')
parser.close()
print([(ev, el.tag) for ev, el in parser.read_events()])


class Target:
    def __init__(self):
        self.log = []

    def start(self, tag, attrib):
        self.log.append(('start', tag, attrib))

    def end(self, tag):
        self.log.append(('end', tag))

    def data(self, text):
        self.log.append(('data', text))

    def comment(self, text):
        self.log.append(('comment', text))

    def close(self):
        return self.log


p = ET.XMLParser(target=Target())
p.feed('<a k="v">t<!--c--><b/></a>')
print(p.close())
tb = ET.TreeBuilder(insert_comments=True, insert_pis=True)
tb.start('root', {})
tb.data('x')
tb.comment('hi')
tb.pi('tgt', 'data')
tb.end('root')
built = tb.close()
print(ET.tostring(built), built[0].tag is ET.Comment, built[1].tag is ET.PI)
root2, ids = ET.XMLID('<a><b id="one"/><c id="two"/></a>')
print(sorted(ids), ids['two'].tag)
t = ET.ElementTree(ET.fromstring('<a><b>t</b></a>'))
out = io.BytesIO()
t.write(out, encoding='utf-8', xml_declaration=True)
print(out.getvalue(), t.getroot().tag, t.findtext('b'), t.find('b').text)
print(ET.parse(io.BytesIO(b'<z>1</z>')).getroot().text, ET.iselement(root), ET.iselement('x'))
ET.dump(ET.fromstring('<d>dump</d>'))

for bad in ['<a>', '<a></b>', '<a/><b/>', '<a>&foo;</a>', '', '<a b=1/>', '<a><b></a>', 'x',
            '<a b="1" b="2"/>', '<?xml version="1.0"?>', '<a>\n<b>&#0;</b></a>', '<p:a/>',
            '<a>text', '  <a/>\n  junk']:
    try:
        ET.fromstring(bad)
    except ET.ParseError as err:
        print(repr(bad), '->', err, err.code, err.position)
print(ET.ParseError.__mro__[1])
