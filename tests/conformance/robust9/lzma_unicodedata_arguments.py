# lzma's int arguments overflow with the message of the converter CPython uses for each (the "i"
# format for LZMACompressor's format/check, Clinic's int for LZMADecompressor's format and
# is_check_supported); unicodedata.lookup reads a str name as UTF-8, so a lone surrogate is a
# UnicodeEncodeError rather than an unknown name.
import lzma
import unicodedata

cases = [
    lambda: lzma.LZMACompressor(format=1 << 40),
    lambda: lzma.LZMACompressor(check=1 << 40),
    lambda: lzma.LZMACompressor(format=-(1 << 40)),
    lambda: lzma.LZMACompressor(format=1 << 70),
    lambda: lzma.LZMADecompressor(format=1 << 40),
    lambda: lzma.LZMADecompressor(format=1 << 70),
    lambda: lzma.is_check_supported(1 << 40),
    lambda: lzma.is_check_supported(1 << 70),
    lambda: lzma.is_check_supported(-(1 << 40)),
    lambda: unicodedata.lookup("\ud800"),
    lambda: unicodedata.lookup("LATIN SMALL LETTER A\udc80"),
    lambda: unicodedata.lookup("NO SUCH NAME"),
    lambda: unicodedata.ucd_3_2_0.lookup("\udfff"),
    lambda: unicodedata.lookup(b"LATIN SMALL LETTER B"),
]
for i, f in enumerate(cases):
    try:
        print(i, repr(f()))
    except Exception as e:
        print(i, type(e).__name__, e)
