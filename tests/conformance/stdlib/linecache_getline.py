# linecache: lines of this file and of a missing one, getlines, the cache and clearcache.
import linecache

name = 'linecache_getline.py'
print(repr(linecache.getline(name, 1)))
print(repr(linecache.getline(name, 2)))
print(repr(linecache.getline(name, 0)), repr(linecache.getline(name, 10000)))
lines = linecache.getlines(name)
print(len(lines) > 5, lines[-1].endswith('\n'))
print(name in linecache.cache, len(linecache.cache[name]), linecache.cache[name][2] is lines)
print(linecache.getlines('no_such_file_here.py'), linecache.getline('<string>', 1) == '')
linecache.checkcache(name)
print(name in linecache.cache)
linecache.checkcache()
linecache.clearcache()
print(linecache.cache)
print(linecache.getline(name, 3).strip())
print(linecache.updatecache(name)[0].startswith('# linecache'))


class Loader:
    def get_source(self, modname):
        return 'first = 1\nsecond = 2'


g = {'__name__': 'fakemod', '__loader__': Loader()}
print(linecache.lazycache('fakemod.py', g), linecache.lazycache('fakemod.py', g))
print(repr(linecache.getline('fakemod.py', 2, g)))
print(linecache.lazycache('<stdin>', g), linecache.lazycache('other.py', {}))
# the last line, without a newline at the end of the file
# last line without newline