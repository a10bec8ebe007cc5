# timeout: 180
# The RecursionError of too-deep data, worded as CPython's C code words it: json encoding and
# decoding (array or object, the innermost construct), pickling, repr and str.
import json
import pickle


def nested_list(n):
    top = cur = []
    for _ in range(n):
        nxt = []
        cur.append(nxt)
        cur = nxt
    return top


def nested_dict(n):
    top = cur = {}
    for _ in range(n):
        cur['k'] = {}
        cur = cur['k']
    return top


CASES = [
    ('json.dumps list', lambda: json.dumps(nested_list(50000))),
    ('json.dumps dict', lambda: json.dumps(nested_dict(50000))),
    ('json.loads array', lambda: json.loads('[' * 50000 + ']' * 50000)),
    ('json.loads object', lambda: json.loads('{"a":' * 50000 + '1' + '}' * 50000)),
    ('pickle.dumps', lambda: pickle.dumps(nested_list(50000))),
    ('repr', lambda: repr(nested_list(50000))),
    ('str', lambda: str(nested_dict(50000))),
    ('json shallow', lambda: json.loads(json.dumps(nested_list(100)))[0][0] == []),
]
for name, run in CASES:
    try:
        print(name, 'ok', run())
    except RecursionError as e:
        print(name, 'RecursionError:', e)
