# unittest: assertEqual's diffs for lists, tuples, dicts, sets and multi-line strings, the repr
# shortening of long values, maxDiff truncation, assertRegex, assertRaisesRegex, assertWarnsRegex.
import unittest
import warnings


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()


def show(fn, *args, **kw):
    try:
        fn(*args, **kw)
    except AssertionError as e:
        print('--- %s' % fn.__name__)
        print(e)
    else:
        print('--- %s passed' % fn.__name__)


show(t.assertEqual, [1, 2, 3], [1, 2, 4])
show(t.assertEqual, [1, 2, 3], [1, 2])
show(t.assertEqual, [1, 2], [1, 2, 3, 4])
show(t.assertEqual, (1, 'a'), (1, 'b'))
show(t.assertEqual, {'a': 1, 'b': 2}, {'a': 1, 'b': 3, 'c': 4})
show(t.assertEqual, {1, 2}, {1, 3})
show(t.assertEqual, 'hello\nworld\n', 'hello\nWorld\n')
show(t.assertEqual, 'one line', 'one lime')
show(t.assertEqual, list(range(100)), list(range(99)) + [1000])
t.maxDiff = None
show(t.assertEqual, list(range(30)), list(range(29)) + [1000])
t.maxDiff = 80 * 8
show(t.assertEqual, 'a' * 200, 'a' * 199 + 'b')
show(t.assertEqual, ['x' * 50, 'y'], ['x' * 50, 'z'])
show(t.assertListEqual, [1], (1,))
show(t.assertSequenceEqual, [1, 2], (1, 2))
show(t.assertSequenceEqual, [1, 2], (1, 3))
show(t.assertDictEqual, {}, [])
show(t.assertMultiLineEqual, 'a', 5)
show(t.assertRegex, 'hello', 'h.z')
show(t.assertNotRegex, 'hello', 'l+')
show(t.assertCountEqual, 'aab', 'abb')
show(t.assertEqual, [{'k': [1, 2] * 20}], [{'k': [1, 2] * 20 + [3]}])
try:
    with t.assertRaisesRegex(ValueError, r'in\w+'):
        int('x')
except AssertionError as e:
    print(e)
with t.assertRaisesRegex(ValueError, r'literal'):
    int('x')
with t.assertWarnsRegex(UserWarning, 'sp.m') as cm:
    warnings.warn('spam', UserWarning)
print(cm.warning, cm.lineno > 0)
try:
    with t.assertWarnsRegex(UserWarning, 'eggs'):
        warnings.warn('spam', UserWarning)
except AssertionError as e:
    print(e)
try:
    with t.assertRaises(KeyError):
        raise ValueError('not caught')
except ValueError as e:
    print('passes through:', e)
t.assertRaises(ZeroDivisionError, lambda: 1 / 0)
try:
    t.assertRaises(ValueError, lambda: 0, bogus=1)
except AssertionError as e:
    print(e)
try:
    t.assertRaises(ValueError, bogus=1)
except TypeError as e:
    print(e)
try:
    t.fail('explicit')
except AssertionError as e:
    print(e)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    t.assertEquals(1, 1)
    print(w[0].message, w[0].category.__name__)
