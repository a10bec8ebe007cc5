# urllib.parse: urljoin over RFC 3986's examples and more, urlsplit/urlparse/urldefrag with
# hostname, port, username, password and their errors, geturl.
import urllib.parse as P
import random
random.seed(5)
bases = ['http://a/b/c/d;p?q', 'http://a/b/c/d;p?q#f', 'https://example.com', 'file:///tmp/x/', 'ftp://u:p@h:21/a/b', 'mailto:x@y', '', 'svn+ssh://h/r/', 'http://a/b/', 'g:h', 'http://[::1]:8/x']
rels = ['g:h','g','./g','g/','/g','//g','?y','g?y','#s','g#s','g?y#s',';x','g;x','g;x?y#s','','.','./','..','../','../g','../..','../../','../../g','../../../g','/./g','/../g','g.','.g','g..','..g','./../g','./g/.','g/./h','g/../h','g;x=1/./y','g;x=1/../y','g?y/./x','g#s/../x','http:g','http://x/y/../z','a//b/../c','//h:80/p?q','mailto:z','tel:123',' http://sp.ace/','\thttp://t\nab/','HTTP://CASE/Path','x:y:z','1a:b', 'a+b-c.d:e', '//u@h', '../../../../']
for b in bases:
    for r in rels:
        try: out = P.urljoin(b, r)
        except Exception as e: out = (type(e).__name__, str(e))
        print(repr(b), repr(r), repr(out))
urls = bases + rels + ['http://user:pw@Host.COM:8080/p/a/t/h;par?query=1&b=2#frag', 'http://[FE80::1%eth0]:99/', 'http://[::1', 'http://::1]/', 'http://h:abc/', 'http://h:99999/', 'http://h:/', 'http://[v1.fe]/', 'http://[1.2.3.4]/', 'http://[zz]/', 'http://[::ffff:1.2.3.4]/', 'http://[1:2:3:4:5:6:7:8]/', 'http://[1:2:3:4:5:6:7:8:9]/', 'http://@h', 'http://a@b@c:1/', 'foo://bar', 'path;p', '/p;a/b;c', b'http://bytes/x;y?z#w', 'http://h/%7Euser/']
for u in urls:
    for f in (P.urlsplit, P.urlparse, P.urldefrag):
        try:
            r = f(u)
            extra = ''
            if hasattr(r, 'hostname'):
                try: extra = (r.hostname, r.port, r.username, r.password)
                except Exception as e: extra = (type(e).__name__, str(e))
            print(f.__name__, repr(u), r, r.geturl(), extra)
        except Exception as e:
            print(f.__name__, repr(u), type(e).__name__, e)
for b in ['http:x', 'http:x/y', 'http:', 'http://h', 'http://h/', 'file:a', 'ftp:a/b/c']:
    for r in ['g', '../g', './', '', '..', 'g/..', '//x']:
        print(repr(b), repr(r), P.urljoin(b, r))
