# binascii: hex with separators, base64 (lenient and strict), crc32, crc_hqx, binascii.Error.
import binascii as b

cases = [
    lambda: b.hexlify(b"\x01\xab"), lambda: b.hexlify(b"\x01\xab\x02", "-"), lambda: b.hexlify(b"\x01\xab\x02", b":", 2),
    lambda: b.hexlify(b"\x01\xab\x02\x03\x04", ":", -2), lambda: b.hexlify(b"\x01\xab\x02\x03\x04", ":", 2), lambda: b.b2a_hex(b"ab"),
    lambda: b.unhexlify("0aFF"), lambda: b.unhexlify(b"abc"), lambda: b.unhexlify("zz"), lambda: b.unhexlify("\xe91"),
    lambda: b.hexlify("ab"), lambda: b.b2a_base64(b"hello"), lambda: b.b2a_base64(b"hello", newline=False),
    lambda: b.b2a_base64(b""), lambda: b.b2a_base64(b"a"), lambda: b.b2a_base64(b"ab"), lambda: b.b2a_base64(bytes(range(256)))[:40],
    lambda: b.a2b_base64("aGVsbG8="), lambda: b.a2b_base64(b"aGVs\nbG8=\n"), lambda: b.a2b_base64("aGVsbG8"),
    lambda: b.a2b_base64("aGVsb"), lambda: b.a2b_base64("a!GVsbG8="), lambda: b.a2b_base64("a!GVsbG8=", strict_mode=True),
    lambda: b.a2b_base64("aGVsbG8=x", strict_mode=True), lambda: b.a2b_base64(""), lambda: b.a2b_base64("YQ=="),
    lambda: b.a2b_base64("YQ==YQ=="), lambda: b.a2b_base64("=abc"), lambda: b.a2b_base64("=YQ==", strict_mode=True),
    lambda: b.a2b_base64(b.b2a_base64(bytes(range(256)))) == bytes(range(256)),
    lambda: b.crc32(b"hello"), lambda: b.crc32(b"world", b.crc32(b"hello ")), lambda: b.crc32(b"", -1), lambda: b.crc32(b"a" * 1000),
    lambda: b.crc_hqx(b"hello", 0), lambda: b.crc_hqx(b"hello", 0xffff), lambda: b.crc_hqx(b"", 0x12345),
    lambda: b.b2a_hex(bytearray(b"x"), "-"), lambda: b.hexlify(b"ab", "xx"), lambda: b.a2b_hex("0"),
    lambda: b.b2a_base64("x"), lambda: [c.__name__ for c in b.Error.__mro__], lambda: issubclass(b.Incomplete, Exception),
]
for case in cases:
    try:
        print(repr(case()))
    except Exception as e:
        print(type(e).__module__, type(e).__name__, e)
