# xml.etree.ElementTree: parser edge cases (white space, attribute normalisation, nested default
# namespaces, xml:, entities and references, CDATA, comments/PIs between text, line ends,
# BOM and encodings, deep nesting) and the ParseError of each malformed input.
import xml.etree.ElementTree as ET
cases = ['<a  x = "1"\n y=\'2\' ></a >', '<a x="l1\nl2\tt&#10;"/>', '<a xmlns="u1"><b xmlns="u2"><c/></b><d xmlns=""/></a>',
 '<a xml:lang="en"/>', '<a>&lt;&gt;&amp;&apos;&quot;&#65;&#x42;</a>', '<a><![CDATA[]]]]><![CDATA[>]]></a>',
 '<a>one<!-- c -->two<?pi x?>three</a>', '<a>\r\nline\rx</a>', '\ufeff<a/>', '<a>' + '<b>' * 50 + '</b>' * 50 + '</a>',
 '<a b="&lt;"/>', '<é ü="ö">ß</é>', '<a:b xmlns:a="u"><a:c a:d="1"/></a:b>', '<a><b/>  <c/>\n</a>',
 '<a', '<a b="1', '<a>&#xZZ;</a>', '<a>&amp</a>', '<a></a><!-- after -->', '<a/>\n<?pi after?>', '<!-- only -->',
 '<a><b></b></a>extra', '<1a/>', '<a 1b="x"/>', '<a b"x"/>', '<a b=x/>', '<a b="<"/>']
for c in cases:
    try:
        e = ET.fromstring(c)
        print(repr(c[:30]), [(x.tag, x.attrib, x.text, x.tail) for x in e.iter()][:4], ET.tostring(e)[:80])
    except ET.ParseError as err:
        print(repr(c[:30]), 'ParseError', err, err.code, err.position)
for data in [b'<?xml version="1.0" encoding="latin-1"?><a>\xe9</a>', '<a>é</a>'.encode('utf-16'), b'\xef\xbb\xbf<a>\xc3\xa9</a>']:
    print(ET.fromstring(data).text)
