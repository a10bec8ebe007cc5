# xml.etree: ElementTree.
