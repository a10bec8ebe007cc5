# \N{...} in str literals and the unicode_escape codec read the whole Unicode 14.0 name table:
# names, aliases, names made by rule (as written), never a named sequence; CPython's error spans.
tests = [r"'\N{LATIN SMALL LETTER A}'", r"'\N{latin small letter a}'", r"'\N{TAMIL SYLLABLE KSSA}'", r"'\N{KEYCAP NUMBER SIGN}'",
         r"'\N{BEL}'", r"'\N{LATIN CAPITAL LETTER GHA}'", r"'\N{CJK UNIFIED IDEOGRAPH-4E00}'", r"'\N{cjk unified ideograph-4e00}'",
         r"'\N{HANGUL SYLLABLE GAGG}'", r"'\N{KHITAN SMALL SCRIPT CHARACTER-18B00}'", r"'\N{NO SUCH THING}'", r"'\N{}'",
         r"b'\N{SPACE}'", r"f'\N{SNOWMAN} {1}'", r"'\N{EM DASH}\N{BYTE ORDER MARK}'", r"'\N{ZWJ}'",
         r"'\N{SQUARED KATAKANA KOKO}'", r"'\N{TANGUT COMPONENT-001}'"]
for t in tests:
    try:
        print(t, ascii(eval(t)))
    except SyntaxError as e:
        print(t, 'SyntaxError', e.msg)
print(ascii(b'\\N{SNOWMAN} \\N{latin small letter a}'.decode('unicode_escape')))
try: b'\\N{KEYCAP NUMBER SIGN}'.decode('unicode_escape')
except UnicodeDecodeError as e: print('UDE', e)
print('\u00e9\u2603'.encode('ascii', 'namereplace'))
for raw in (b'\\N{KEYCAP NUMBER SIGN}', b'a\\N{}b', b'a\\N{SPACE', b'a\\N', b'\\Nx', b'\\N{BEL}\\N{nbsp}', b'\\N{CJK UNIFIED IDEOGRAPH-4E00}', b'\\N{no such}x'):
    for errors in ('strict', 'replace', 'ignore', 'backslashreplace'):
        try:
            print(raw, errors, ascii(raw.decode('unicode_escape', errors)))
        except UnicodeDecodeError as e:
            print(raw, errors, 'UnicodeDecodeError', e)
