from string import Formatter as F, Template
import string
for s in ['a{{b', 'a}}b', '{0!r:>{1}}x', '{}', '{a.b[c]}', 'x{', 'x}', '{0!}', '{0!rr}', '{0[}', '{:{:{}}}','{a[}]}', '{!r}', '{0:}', 'ab', '', '{0!r}', '{[}', '{0:{{}}}', '{ 0 }',
          '{0!r', '{0:{', '{0:', '{0', '{0!', '{a{b}', '{0!r}}', '}}{{', '{0:}}']:
    try: print(repr(s), list(F().parse(s)))
    except Exception as e: print(repr(s), type(e).__name__, e)
class P:
    x = [10, 20]
print(F().format('{} {x}', 1, x=2))
print(F().format('{0.x[1]:>{1}} {0.x[0]!r}', P(), 6))
print(F().format('{a[k]} {b:{w}.{p}f}', a={'k': 'v'}, b=3.14159, w=8, p=2))
for fs, args in [('{0} {}', (1, 2)), ('{} {0}', (1, 2)), ('{!x}', (1,)), ('{0[]}', ([1],)), ('{0.}', (1,)),
                 ('{0[0]x}', ([1],)), ('{:{:{:{}}}}', (1, 2, 3, 4)), ('{2}', (1,)), ('{k}', ())]:
    try: print(F().format(fs, *args))
    except Exception as e: print(type(e).__name__, e)
class Upper(F):
    def format_field(self, value, spec):
        return super().format_field(value, spec).upper()
    def get_value(self, key, args, kwargs):
        if isinstance(key, str) and key not in kwargs: return '<' + key + '>'
        return super().get_value(key, args, kwargs)
    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)))
print(Upper().format('{0} {name} {missing}', 'abc', name='xyz', extra=1))
print(Upper().vformat('{0!r}', ('q',), {}))

t = Template('$who likes $what; $$5 ${who}s')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'a', 'what': 'b'}, what='c'))
print(t.safe_substitute(who='x'))
print(t.get_identifiers(), t.is_valid())
try: t.substitute(who='x')
except KeyError as e: print('KeyError', e)
for bad in ['$', 'a\nb $ c', 'x $1', '${x']:
    try: Template(bad).substitute(x=1)
    except ValueError as e: print('ValueError', e)
    print(repr(Template(bad).safe_substitute(x=1)), Template(bad).is_valid())
class Pct(Template):
    delimiter = '%'
print(Pct('%x and %% and %{x}y').substitute(x=5))
class Dotted(Template):
    idpattern = r'[a-z]+\.[a-z]+'
print(Dotted('$a.b and $c').safe_substitute({'a.b': 1}))
class Brace(Template):
    braceidpattern = r'[^}]+'
print(Brace('${a b} $c').substitute({'a b': 1, 'c': 2}))
class Custom(Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\w+)|<(?P<braced>\w+)>|(?P<invalid>))'
print(Custom('@a @<b> @@').substitute(a=1, b=2))
class Case(Template):
    flags = 0
    idpattern = '[a-z]+'
print(Case('$abc $ABC').safe_substitute(abc=1, ABC=2))
print(Template.delimiter, Template.idpattern, Template.pattern.pattern == Template('').pattern.pattern)
print(string.capwords(' hello   world '), string.capwords('a-b-c', '-'))
print(string.ascii_letters, string.punctuation, repr(string.whitespace), string.octdigits, string.hexdigits)
