# optparse: parsing (long/short, clusters, attached values, abbreviations, '--', nargs, every
# action and type, callbacks, defaults), help layout (groups, wrapping, %default, version,
# TitledHelpFormatter) and the errors, both Option definition errors and command-line ones.
import io
import optparse as o
import os
import sys

os.environ['COLUMNS'] = '80'
p = o.OptionParser(usage='%prog [options] file', version='%prog 1.0', prog='tool',
                   description='A tool that does things with files, quite a long description '
                               'to wrap around the line width for sure.', epilog='The end.')
p.add_option('-v', '--verbose', action='store_true', dest='verbose', help='be chatty')
p.add_option('-q', '--quiet', action='store_false', dest='verbose')
p.add_option('-n', '--num', type='int', default=3, metavar='N',
             help='number of things [default: %default]')
p.add_option('--mode', choices=['a', 'b'], help='a very long help text that will need to be '
             'wrapped because it is longer than the available width in the help column')
p.add_option('--ratio', type='float', default='0.5', help='ratio (%default)')
p.add_option('-I', '--include', action='append', dest='paths', help='add a path')
p.add_option('--const', action='store_const', const=42)
p.add_option('--tag', action='append_const', const='t', dest='tags')
p.add_option('--point', type='int', nargs=2)
p.add_option('--complex', type='complex')
p.add_option('--a-very-long-option-name-indeed', help='pushes the help down')
p.add_option('--secret', help=o.SUPPRESS_HELP)
seen = []
p.add_option('--cb', action='callback', callback=lambda opt, s, v, parser, *a, **k:
             seen.append((s, v, a, k, parser.values.num)), type='string',
             callback_args=(1,), callback_kwargs={'k': 2})
g = o.OptionGroup(p, 'Extra', 'Group description.')
g.add_option('-x', action='count')
p.add_option_group(g)
g2 = p.add_option_group('Second')
g2.add_option('--yes', action='store_true', help='in the second group')
p.print_help()
print(p.format_usage() if hasattr(p, 'format_usage') else p.get_usage(), end='')
for argv in (['-vn5', 'f', '--mode=b', '-xx'], ['--verb', '--num', '0x10', '-I', 'a', '-Ib'],
             ['-q', '--', '-v', 'rest'], ['--point', '1', '2', '--const', '--tag', '--tag'],
             ['--complex', '1+2j', '--ratio=2.5', '--cb', 'val', '-n', '010'],
             ['f1', '-n', '0b101', 'f2'], []):
    values, args = p.parse_args(argv)
    print(sorted(vars(values).items(), key=str), args)
print(seen)
values = p.get_default_values()
print(values == {k: v for k, v in vars(values).items()}, str(o.Values({'a': 1})),
      o.Values({'a': 1}) == o.Values({'a': 1}), repr(o.Values())[:8])
p.disable_interspersed_args()
print(p.parse_args(['a', '-v'])[1])
p.enable_interspersed_args()
p.set_defaults(num=7)
p.set_default('verbose', True)
print(p.parse_args([])[0].num, p.parse_args([])[0].verbose, p.get_option('-n').dest,
      p.has_option('--mode'), p.has_option('--nope'), p.get_option_group('-x').title,
      p.get_option_group('-v'), p.get_prog_name(), p.get_version())
p.remove_option('--const')
print(p.has_option('--const'))
for argv in (['--nope'], ['-z'], ['--ver'], ['-n'], ['--num', 'abc'], ['--mode', 'c'],
             ['--verbose=1'], ['--point', '1'], ['--ratio', 'x'], ['--complex', 'zz']):
    sys.stderr = io.StringIO()
    try:
        p.parse_args(argv)
    except SystemExit as e:
        print(argv, e.code, repr(sys.stderr.getvalue()))
    sys.stderr = sys.__stderr__
out = io.StringIO()
sys.stdout, saved = out, sys.stdout
try:
    p.parse_args(['--version'])
except SystemExit as e:
    sys.stdout = saved
    print('version exit', e.code, repr(out.getvalue()))
for args, kwargs in [(('x',), {}), (('-xy',), {}), (('---x',), {}), (('--x',), {'action': 'bad'}),
                     (('--x',), {'type': 'bad'}), (('--x',), {'action': 'count', 'type': 'int'}),
                     (('--x',), {'type': 'choice'}), (('--x',), {'choices': 'ab', 'type': 'choice'}),
                     (('--x',), {'const': 1}), (('--x',), {'action': 'callback'}),
                     (('--x',), {'bogus': 1, 'other': 2}), (('--x',), {'nargs': 2, 'action': 'count'}),
                     (('--x',), {'callback': len})]:
    try:
        o.Option(*args, **kwargs)
    except o.OptionError as e:
        print(type(e).__name__, e)
try:
    o.Option()
except TypeError as e:
    print('TypeError', e)
try:
    p.add_option('-v')
except o.OptionConflictError as e:
    print('OptionConflictError', e)
r = o.OptionParser(conflict_handler='resolve', add_help_option=False, prog='r')
r.add_option('-a', '--alpha', help='first')
r.add_option('-a', help='second')
r.print_help()
t = o.OptionParser(prog='titled', formatter=o.TitledHelpFormatter(), usage=o.SUPPRESS_USAGE)
t.add_option('-f', '--file', help='input file')
t.print_help()
print(o.OptionParser(usage='usage: %prog x', prog='u').get_usage(), end='')
print(o.BadOptionError('-q'), o.OptionValueError('bad'), o.AmbiguousOptionError('--v', ['--va', '--vb']),
      o.make_option is o.Option, issubclass(o.OptionConflictError, o.OptionError))
