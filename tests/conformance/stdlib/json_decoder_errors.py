# json.decoder: JSONDecodeError's position fields and message for errors on several lines,
# with the C scanner and with the pure-Python one (py_make_scanner), raw_decode, hooks.
import json
from json import decoder, scanner

docs = ['', '  ', '[1, 2', '{"a" 1}', '{"a": 1,}', '[1,]', '{1: 2}', '[1] x', '\n\n  [1,\n 2,,]', '{"a":\n\n  }', '"abc',
        '"a\\qb"', '"\\u12"', 'nul', '[1, 2]', '{"k": [true, null, -1.5e3, "\\u00e9\\ud83d\\ude00"]}', '-', '[NaN, -Infinity]']
for py in (False, True):
    dec = json.JSONDecoder()
    if py:
        dec.scan_once = scanner.py_make_scanner(dec)
    for doc in docs:
        try:
            print(py, repr(doc), repr(dec.decode(doc)))
        except json.JSONDecodeError as e:
            print(py, repr(doc), e.msg, e.pos, e.lineno, e.colno, str(e), e.doc == doc)
    print(dec.raw_decode('[1] tail'), dec.raw_decode('xx {"a": 2}', 3))
    try:
        dec.raw_decode('  1')
    except json.JSONDecodeError as e:
        print('raw_decode', e)
err = json.JSONDecodeError('msg', 'a\nbc', 3)
print(err.lineno, err.colno, err.args, type(err.__reduce__()[0]).__name__, err.__reduce__()[1])
d2 = json.JSONDecoder(object_pairs_hook=list, parse_int=float)
d2.scan_once = scanner.py_make_scanner(d2)
print(d2.decode('{"b": 1, "a": {"c": 2}}'), decoder.scanstring('"x\\ny"', 1), decoder.py_scanstring('"q\\u0041"', 1))
