# getopt/gnu_getopt: clustered short options with attached or separate arguments, long
# options with =value or a separate value, unique prefixes, "--" and "-", intermixed operands
# (gnu), '+' and POSIXLY_CORRECT, every error, the helper functions CPython exposes.
import getopt
import os

print(getopt.getopt(['-a', '-bval', '-c', 'x', '--alpha', '--beta=1', '--gamma', '2', 'rest', '-a'], 'ab:c:', ['alpha', 'beta=', 'gamma=']))
print(getopt.getopt(['-abx', '--', '-a'], 'ab:'), getopt.getopt(['-', '-a'], 'a'), getopt.getopt(['--al'], '', 'alpha'))
print(getopt.gnu_getopt(['op1', '-a', 'op2', '--beta', 'v', 'op3', '--', '-a'], 'a', ['beta=']))
print(getopt.gnu_getopt(['op1', '-a'], '+a'), getopt.gnu_getopt(['-', '-a'], 'a'))
os.environ['POSIXLY_CORRECT'] = '1'
print(getopt.gnu_getopt(['op1', '-a'], 'a'))
del os.environ['POSIXLY_CORRECT']
for call in (lambda: getopt.getopt(['-x'], 'a'), lambda: getopt.getopt(['-b'], 'b:'), lambda: getopt.getopt(['--zz'], '', ['alpha']),
             lambda: getopt.getopt(['--alpha=1'], '', ['alpha']), lambda: getopt.getopt(['--beta'], '', ['beta=']),
             lambda: getopt.getopt(['--al'], '', ['alpha', 'also']), lambda: getopt.getopt(['-:'], 'a:')):
    try:
        call()
    except getopt.GetoptError as e:
        print('GetoptError:', e, repr(e.opt), e.msg == str(e), e.args)
print(getopt.getopt(['--al'], '', ['al', 'also']), getopt.getopt(['--al', 'v'], '', ['al=', 'also']), getopt.getopt(['--a=', 'x'], '', ['a=']))
print(getopt.short_has_arg('a', 'a:'), getopt.long_has_args('abc', ['abc=']), getopt.do_shorts([], 'ab', 'ab', []),
      getopt.do_longs([], 'abc=1', ['abc='], []), getopt.error is getopt.GetoptError)
