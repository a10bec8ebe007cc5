# The xml package: xml.etree.ElementTree (the dom, sax and parsers.expat modules are not in pygen yet).
