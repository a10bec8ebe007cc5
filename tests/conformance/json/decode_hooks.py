# json.loads with object_hook, object_pairs_hook (which wins over object_hook), parse_float,
# parse_int, parse_constant, strict=False, cls=; the order hooks are called in; errors from hooks.
import json
from collections import OrderedDict
from decimal import Decimal

calls = []
def hook(d):
    calls.append(sorted(d))
    return ('obj', sorted(d.items()))
print(json.loads('{"a": {"b": 1}, "c": [{}, {"d": 2}]}', object_hook=hook))
print(calls)
calls.clear()
def pairs(p):
    calls.append(p)
    return ('pairs', p)
print(json.loads('{"b": 1, "a": {"x": []}, "b": 3}', object_pairs_hook=pairs))
print(calls)
print(json.loads('{"z": 1, "y": 2}', object_pairs_hook=OrderedDict))
print(json.loads('{}', object_pairs_hook=pairs), json.loads('{}', object_hook=hook))
print(json.loads('{"a": 1}', object_hook=hook, object_pairs_hook=pairs))
print(json.loads('[1.10, 2, 3e1, -0.0]', parse_float=Decimal))
print(json.loads('[1.5, 2, -30]', parse_int=lambda s: 'I' + s, parse_float=lambda s: 'F' + s))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'C' + s))
print(json.loads('[1e5, 1E5, 1e-5]', parse_float=str))
print(json.loads('"a\x01b\tc\n"', strict=False) == 'a\x01b\tc\n')
print(json.loads('{"a\x1f": "\x00"}', strict=False) == {'a\x1f': '\x00'})
try:
    json.loads('"a\tb"')
except json.JSONDecodeError as e:
    print(e)

class MyDecoder(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=lambda d: {k.upper(): v for k, v in d.items()}, **kw)
print(json.loads('{"a": {"b": 1}}', cls=MyDecoder))
print(json.loads('[1]', cls=MyDecoder, parse_int=float))

def boom(d):
    raise KeyError('hook failed')
try:
    json.loads('[{"a": 1}]', object_hook=boom)
except KeyError as e:
    print('KeyError', e)
try:
    json.loads('[1.5]', parse_float=lambda s: 1 / 0)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
try:
    json.loads('NaN', parse_constant=None)
except KeyError as e:
    print('KeyError', e)
try:
    json.loads('[1]', bogus=1)
except TypeError as e:
    print(e)
d = json.JSONDecoder(strict=False)
print(d.strict, d.parse_float is float, d.parse_int is int, d.object_hook, d.decode('"\x02"') == '\x02')
