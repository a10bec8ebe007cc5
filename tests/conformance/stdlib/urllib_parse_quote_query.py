# urllib.parse: quote/quote_plus/unquote on random text, urlencode, parse_qs/parse_qsl and
# their errors, result types (bytes and str), urlunsplit/urlunparse.
import urllib.parse as P
import random
random.seed(5)
chars = ''.join(chr(i) for i in range(0, 0x80)) + 'é€𝄞 '
for i in range(120):
    s = ''.join(random.choice(chars) for _ in range(random.randint(0, 8)))
    for safe in ('/', '', ':@'):
        print(repr(P.quote(s, safe)), repr(P.quote_plus(s, safe)))
    q = P.quote(s)
    print(P.unquote(q) == s, repr(P.unquote(s)), repr(P.unquote_plus(s)), P.unquote_to_bytes(s))
print(P.unquote('%E2%82%ACx%zz%4'), P.unquote('%E2%82'), P.unquote('%E2%82', errors='strict') if False else '', P.unquote(b'%41'))
print(P.urlencode({'a': 1, 'b': 'x y', 'c': b'\xff', 'd': [1, 2]}), P.urlencode([('a', [1, 2]), ('b', 'z'), ('c', (3,))], doseq=True))
print(P.urlencode({'k': '/é'}, safe='/', quote_via=P.quote))
for qs in ['a=1&b=2&a=3', 'a=&b', 'a+b=c+d&e=%20', '', '&&', 'x=1;y=2', b'a=1&b=%41']:
    print(P.parse_qs(qs), P.parse_qsl(qs, keep_blank_values=True), P.parse_qs(qs, separator=';'))
for args in [(('a',), {'strict_parsing': True}), (('a=1&b=2',), {'max_num_fields': 1}), (('a=1',), {'separator': ''})]:
    try: P.parse_qsl(*args[0], **args[1])
    except ValueError as e: print('ValueError', e)
for bad in [lambda: P.urlencode('abc'), lambda: P.urlencode(5), lambda: P.quote(b'x', encoding='u'), lambda: P.quote(b'x', errors='u'), lambda: P.quote_from_bytes('x'), lambda: P.urljoin('http://a', b'b'), lambda: P.unquote(None), lambda: P.unquote_to_bytes(None), lambda: P.quote(None)]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
r = P.urlparse('http://a/b')
print(repr(r), r._replace(path='/z').geturl(), r.encode(), r.encode().decode(), P.urlsplit(b'http://x').decode())
print(P.urlunsplit(('http','','a','','')), P.urlunsplit(('','','//a','','')), P.urlunsplit(('http','','','','')), P.urlunsplit(('x','','/a','q','f')), P.urlunparse(('http','h','/p','pa','q','f')), P.urlunparse([b'http', b'h', b'', b'', b'', b'']))
print(P.unwrap('<URL:http://x/>'), P.urlsplit('http://h').port, P.SplitResult.__mro__[1:3], P.ParseResult._fields)
print(P.urldefrag(b'http://x/#f'), P.DefragResult('u', '').geturl())
