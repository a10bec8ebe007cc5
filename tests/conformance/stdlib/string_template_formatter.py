# string.Template (substitute/safe_substitute, escapes, braces, invalid placeholders with their
# line/column, subclasses with their own delimiter, idpattern, braceidpattern or pattern,
# is_valid/get_identifiers) and string.Formatter (auto/manual numbering, nested specs,
# conversions, attribute/index fields, overridden steps, errors); the constants and capwords.
import string
from string import Template, Formatter

t = Template('$who likes ${what}; $$5 $who')
print(t.substitute(who='tim', what='kung pao'), t.substitute({'who': 'a', 'what': 'b'}, what='kw'))
print(t.safe_substitute(who='x'), t.is_valid(), t.get_identifiers())
for text in ('ab $', 'line1\nline2 $ x', 'a\n$', 'x\r\ny $!', '$1', 'ok ${a'):
    tt = Template(text)
    try:
        tt.substitute(a=1)
    except ValueError as e:
        print(repr(text), 'ValueError:', e, tt.is_valid(), tt.safe_substitute(a=1), tt.get_identifiers())
try:
    Template('$missing').substitute()
except KeyError as e:
    print('KeyError:', e)


class Percent(Template):
    delimiter = '%'
    idpattern = '[a-z]+'
    braceidpattern = '[A-Z.]+'


print(Percent('%name %{A.B} %% %Name').safe_substitute(name=1, **{'A.B': 2}))


class Own(Template):
    pattern = r'@(?:(?P<escaped>@)|(?P<named>\w+)|<(?P<braced>\w+)>|(?P<invalid>))'


print(Own('@x @<y> @@ @').safe_substitute(x=1, y=2), Own('@a').get_identifiers())


class Broken(Template):
    pattern = r'[&](?:(?P<named>zz)|(?P<braced>yy)|(?P<escaped>[&])|(?P<invalid>!)|q)'


for call in (lambda: Broken('&q').substitute(), lambda: Broken('&q').is_valid(), lambda: Broken('&q').get_identifiers()):
    try:
        print(call())
    except ValueError as e:
        print('ValueError:', e.args[0])
f = Formatter()
print(f.format('{} {} {x}', 1, 2, x=3), f.format('{0:{1}} {0!r:>{2}}', 'ab', '>5', 6), f.format('{a.real} {b[1]} {b[0]}', a=3j, b='xy'))
print(f.format('{0[k]} {0[2]}', {'k': 'v', 2: 'two'}), f.format('{:{}}', 3.5, '.3f'), f.format('{{}} {}', 'lit'))
print(list(f.parse('a{0!s:^5}b{{c}}{x.y[1]}')), f.vformat('{0}{x}', (1,), {'x': 2}))
for fmt, args in (('{} {0}', (1, 2)), ('{0} {}', (1, 2)), ('{0!x}', (1,)), ('{', ()), ('}', ()), ('{0:{1:{2:{3}}}}', (1, 2, 3, 4)),
                  ('{0.}', (1,)), ('{0[}', (1,)), ('{0[0]x}', ([1],)), ('{!r}', ()), ('{5}', (1,)), ('{x}', ())):
    try:
        print(f.format(fmt, *args))
    except (ValueError, IndexError, KeyError) as e:
        print(fmt, type(e).__name__, e)


class Loud(Formatter):
    def get_value(self, key, args, kwargs):
        return str(super().get_value(key, args, kwargs)).upper()

    def check_unused_args(self, used, args, kwargs):
        print('used', sorted(map(str, used)))

    def convert_field(self, value, conversion):
        return value if conversion != 'q' else '"%s"' % value

    def format_field(self, value, spec):
        return '<' + super().format_field(value, spec) + '>'


print(Loud().format('{0} {name!q} {0:>4}', 'a', name='n'))
print(string.capwords(' hello   wORLD '), string.capwords('a-b-c', '-'), len(string.printable), string.hexdigits, string.octdigits)
