# Deeply nested documents end in RecursionError, with CPython's messages: decoding names the JSON
# object or array being entered, encoding says "while encoding a JSON object".
import json

for doc in ['[' * 100000 + ']' * 100000, '{"a":' * 100000 + '1' + '}' * 100000]:
    try:
        json.loads(doc)
    except RecursionError as e:
        print('RecursionError', e)
deep = []
for _ in range(100000):
    deep = [deep]
try:
    json.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)
deep = {}
for _ in range(100000):
    deep = {'k': deep}
try:
    json.dumps(deep)
except RecursionError as e:
    print('RecursionError', e)
# Moderate nesting works.
print(len(json.dumps(json.loads('[' * 300 + ']' * 300))))
print(json.loads(json.dumps({'a': [[[[{'b': [[[1]]]}]]]]})))
