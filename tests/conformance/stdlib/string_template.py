# string.Template: substitute/safe_substitute, identifiers, validity, errors, subclasses; capwords.
from string import Template
t = Template('$who likes ${what} $$')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'), t.get_identifiers(), t.is_valid())
for bad in [lambda: t.substitute(who='a'), lambda: Template('$').substitute(), lambda: Template('${a').substitute(a=1), lambda: Template('a $ b').substitute()]:
    try: bad()
    except (KeyError, ValueError) as e: print(type(e).__name__, e)
class D(Template):
    delimiter = '%'
    idpattern = '[a-z]+'
print(D('%x %y').substitute(x=1, y=2), Template('$a').substitute({'a': 1}, a=2), Template.pattern.flags & 64 != 0)
print(Template('${bad-id}').is_valid(), Template('$a $b').get_identifiers(), repr(Template('x').template))
import string; print(string.capwords(' a  bc d '), string.ascii_letters, string.Formatter().format('{0}-{x}', 1, x=2))
