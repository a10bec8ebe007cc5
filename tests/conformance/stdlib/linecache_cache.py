# linecache: coding cookies, line bounds, pseudo files, checkcache after a change, lazy loader entries,
# relative names through sys.path, clearcache; tracebacks still find library lines.
import linecache, os, tempfile, sys
d = tempfile.mkdtemp()
p = os.path.join(d, 'm.py')
open(p, 'w').write('# -*- coding: latin-1 -*-\nx = 1\ny = "\xe9"')
print(repr(linecache.getline(p, 2)), repr(linecache.getline(p, 3)), repr(linecache.getline(p, 4)), repr(linecache.getline(p, 0)))
print(linecache.getlines('<stdin>'), linecache.getline('', 1) == '', len(linecache.cache[p]))
open(p, 'w').write('changed = 1\n')
os.utime(p, (1, 1))
linecache.checkcache(p)
print(p in linecache.cache, repr(linecache.getline(p, 1)))
linecache.checkcache()
class L:
    def get_source(self, name): return 'src line 1\nsrc line 2'
print(linecache.lazycache('virtual.py', {'__name__': 'virt', '__loader__': L()}), linecache.getline('virtual.py', 2))
print(linecache.lazycache('<x>', {'__name__': 'x'}), linecache.lazycache('v2.py', {}), linecache.lazycache('virtual.py', None))
sys.path.insert(0, d)
open(os.path.join(d, 'rel.py'), 'w').write('a\nb\n')
print(repr(linecache.getline('rel.py', 2)))
linecache.clearcache(); print(linecache.cache)
import json
try:
    json.loads('[')
except ValueError as e:
    import traceback
    print(len(traceback.format_exc().splitlines()) > 3)
