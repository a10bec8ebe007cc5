# ElementTree incremental parsing: XMLPullParser events as each piece is fed (cut tags, comments,
# references, CRLF, multi-byte UTF-8), start-ns/end-ns, errors through read_events, targets'
# start_ns/end_ns, iterparse.
import xml.etree.ElementTree as ET, io
p = ET.XMLPullParser(["start", "end", "comment", "pi", "start-ns", "end-ns"])
pieces = ['<?xml version="1.0"?>\r', '\n<root xmlns:a="urn:a"><!-- c', 'om --><item n="1">te', 'xt &am', 'p; more</item>', '<a:item n=', '"2"/><?pi da', 'ta?>', 'tail\r', '\n</ro', 'ot>']
for piece in pieces:
    p.feed(piece)
    evs = []
    for ev, el in p.read_events():
        if ev in ("start", "end"):
            evs.append((ev, el.tag, el.get("n"), el.text))
        elif ev in ("start-ns",):
            evs.append((ev, el))
        elif ev == "end-ns":
            evs.append((ev, el))
        else:
            evs.append((ev, el.text if hasattr(el, "text") else el))
    print(repr(piece), evs)
p.close()
print(list(p.read_events()))
b = ET.XMLPullParser()
for chunk in [b"<?xml version='1.0' encoding='utf-8'?><r>", "é".encode()[:1], "é".encode()[1:] + b"</r>"]:
    b.feed(chunk); print([(e, x.tag, x.text) for e, x in b.read_events()])
b.close(); print([(e, x.tag, x.text) for e, x in b.read_events()])
bad = ET.XMLPullParser()
try:
    bad.feed("<a><b></a>")
except ET.ParseError as e:
    print("ParseError at feed:", e)
bad2 = ET.XMLPullParser()
bad2.feed("<a>")
try:
    bad2.close()
except ET.ParseError as e:
    print("ParseError at close:", e)
src = io.BytesIO(b"<log><e id='1'/><e id='2'>x</e></log>")
for ev, el in ET.iterparse(src, events=("start", "end")):
    print(ev, el.tag, el.attrib)
try:
    print(list(bad.read_events()))
except ET.ParseError as e:
    print("ParseError from read_events:", e)
class NsTarget:
    def __init__(self): self.log = []
    def start_ns(self, prefix, uri): self.log.append(("start_ns", prefix, uri))
    def end_ns(self, prefix): self.log.append(("end_ns", prefix))
    def start(self, tag, attrib): self.log.append(("start", tag))
    def end(self, tag): self.log.append(("end", tag))
    def close(self): return self.log
parser = ET.XMLParser(target=NsTarget())
parser.feed('<r xmlns="urn:d" xmlns:p="urn:p"><p:c xmlns:q="urn:q"/></r>')
print(parser.close())
for ev, x in ET.iterparse(io.BytesIO(b'<r xmlns:p="urn:p"><p:c/></r>'), events=("start-ns", "end-ns", "end")):
    print(ev, x if not hasattr(x, "tag") else x.tag)
