# platform: uname and its accessors against os.uname, platform() strings, architecture,
# libc_ver, os-release, version helpers, the other systems' defaults and _platform's cleanup.
import os
import platform
import sys

u = platform.uname()
print(u._fields, len(u), type(u).__name__, tuple(u)[:5] == tuple(os.uname()))
print(u.system == platform.system() == os.uname().sysname, platform.node() == os.uname().nodename,
      platform.release() == os.uname().release, platform.version() == os.uname().version,
      platform.machine() == os.uname().machine, isinstance(platform.processor(), str))
print(repr(u).startswith("uname_result(system='Linux', node="), u[0], u[-2] == u.machine)
lib, ver = platform.libc_ver()
print(lib, ver.count('.') >= 1)
expected = '-'.join([u.system, u.release, u.machine, 'with', lib + ver])
print(platform.platform() == expected, platform.platform(terse=True) == expected,
      platform.platform(aliased=True) == expected)
print(platform.architecture(), platform.architecture('/nonexistent'))
print(platform.python_version() == '%d.%d.%d' % sys.version_info[:3],
      platform.python_version_tuple() == tuple(map(str, sys.version_info[:3])),
      platform.python_implementation() in ('CPython', 'pygen'))
print(type(platform.python_build()), len(platform.python_build()),
      isinstance(platform.python_compiler(), str), repr(platform.python_branch()),
      repr(platform.python_revision()))
info = platform.freedesktop_os_release()
print(sorted(k for k in ('NAME', 'ID', 'PRETTY_NAME') if k in info), info is not
      platform.freedesktop_os_release())
print(platform._parse_os_release(['NAME="Deb \\"x\\""', "ID=deb", 'bad line', 'VERSION_ID=\'12\'',
                                  'EMPTY=']))
print(platform.mac_ver(), platform.win32_ver(), platform.java_ver(), platform.win32_edition(),
      platform.win32_is_iot())
print(platform.system_alias('Linux', '5', 'x'), platform.system_alias('SunOS', '5.11', 'v'),
      platform.system_alias('win32', '10', 'x'))
print(platform._platform('Linux', 'a b', 'c/d:e;f"g(h)', 'unknown', '', 'x--y-'))
print(platform.uname_result('a', 'b', 'c', 'd', 'e')[:5], platform.uname() is platform.uname())
