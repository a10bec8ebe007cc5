# platform for pygen, written from the CPython 3.11 documentation.
#
# What the machine, the operating system and the interpreter are, from os.uname(), the ELF
# header of the executable, the C library mapped into this process and /etc/os-release; no
# command is run except `uname -p`, once, when processor() is first asked for (as CPython).
# The interpreter is pygen: python_implementation() says 'pygen' (sys.implementation.name),
# python_version() gives the language version pygen implements.

import os
import re
import sys

__version__ = '1.0.8'


def _version_key(text):
    """'2.36' -> (2, 36), so versions compare number by number."""
    return tuple(int(part) if part.isdigit() else 0 for part in re.split(r'[._-]', text))


def _mapped_libc():
    """The path of the C library mapped into this process, or None."""
    try:
        with open('/proc/self/maps') as maps:
            for line in maps:
                path = line[line.find('/'):].strip() if '/' in line else ''
                if re.search(r'/libc(\.so|-[\d.]+\.so)', path):
                    return path
    except OSError:
        pass
    return None


# What identifies a C library inside a binary: glibc's versioned symbols (GLIBC_2.36), a
# libc.so name with a version after it, or the __libc_init of other C libraries.
_LIBC_MARKS = re.compile(rb'GLIBC_(\d[\d.]*\d|\d)|libc(_\w+)?\.so(?:\.(\d[\d.]*))?|__libc_init',
                         re.ASCII)


def libc_ver(executable=None, lib='', version='', chunksize=16384):
    """(library name, version) of the C library the executable links against.

    Without an executable, the C library of this process is read (pygen links the C library
    dynamically, so its own symbol versions say what it needs, not what the system has)."""
    if executable is None:
        try:
            answer = os.confstr('CS_GNU_LIBC_VERSION').split(maxsplit=1)
        except (AttributeError, ValueError, OSError):
            answer = []
        if len(answer) == 2:
            return answer[0], answer[1]
        executable = _mapped_libc() or sys.executable
        if not executable:
            return lib, version
    glibc_versions, so_versions, plain_libc = [], [], False
    with open(os.path.realpath(executable), 'rb') as binary:
        tail = b''
        while True:
            chunk = binary.read(chunksize)
            # Keep the end of the previous chunk: a mark may straddle two reads.
            data = tail + chunk
            for found in _LIBC_MARKS.finditer(data):
                if found.group(1):
                    glibc_versions.append(found.group(1).decode('latin-1'))
                elif found.group(0).startswith(b'libc'):
                    threads = (found.group(2) or b'').decode('latin-1')
                    number = (found.group(3) or b'').decode('latin-1')
                    so_versions.append((number, threads))
                else:
                    plain_libc = True
            if not chunk:
                break
            tail = chunk[-64:]
            # Marks wholly inside the kept tail were seen already; drop them from the next scan.
            cut = max((m.end() for m in _LIBC_MARKS.finditer(tail)), default=0)
            tail = tail[cut:]
    if glibc_versions:
        return 'glibc', max(glibc_versions + ([version] if lib == 'glibc' and version else []),
                            key=_version_key)
    if so_versions:
        best = version
        for number, threads in so_versions:
            if number and (not best or _version_key(number) > _version_key(best)):
                best = number
            if threads and not best.endswith(threads):
                best += threads
        return 'libc', best
    if plain_libc and not lib:
        return 'libc', version
    return lib, version


def system_alias(system, release, version):
    """(system, release, version) under their marketing names (SunOS 5.x is Solaris 2.x)."""
    if system == 'SunOS' and release >= '5':
        major, dot, rest = release.partition('.')
        if major.isdigit():
            release = str(int(major) - 3) + dot + rest
        system = 'Solaris'
    elif system in ('win32', 'win16'):
        system = 'Windows'
    return system, release, version


_UNSAFE_IN_PLATFORM = str.maketrans({' ': '_', '/': '-', '\\': '-', ':': '-', ';': '-',
                                     '"': '-', '(': '-', ')': '-'})


def _platform(*parts):
    """Join the non-empty parts with '-' into something usable in a file name."""
    text = '-'.join(p.strip() for p in parts if p).translate(_UNSAFE_IN_PLATFORM)
    text = re.sub('-+', '-', text.replace('unknown', ''))
    return text[:-1] if text.endswith('-') else text


def _executable_format(executable):
    """('64bit', 'ELF') read from an ELF header (what `file` reports), or None."""
    try:
        with open(executable, 'rb') as f:
            head = f.read(5)
    except OSError:
        return None
    if len(head) < 5 or head[:4] != b'\x7fELF':
        return None
    return {1: '32bit', 2: '64bit'}.get(head[4], ''), 'ELF'


def architecture(executable=sys.executable, bits='', linkage=''):
    """(bit architecture, linkage format) of the executable, e.g. ('64bit', 'ELF')."""
    if not bits:
        import struct
        bits = '%dbit' % (8 * struct.calcsize('P'))
    found = _executable_format(executable) if executable else None
    if found is not None:
        return found[0] or bits, found[1]
    defaults = {'win32': ('', 'WindowsPE'), 'win16': ('', 'Windows'), 'dos': ('', 'MSDOS')}
    default_bits, default_linkage = defaults.get(sys.platform, ('', ''))
    return default_bits or bits, default_linkage or linkage


_processor_answer = None


def _blank_unknown(value):
    return '' if value == 'unknown' else value


def _uname_processor():
    """`uname -p`, asked once ('unknown', which Debian says, counts as nothing)."""
    global _processor_answer
    if _processor_answer is None:
        try:
            import subprocess
            out = subprocess.run(['uname', '-p'], stdout=subprocess.PIPE,
                                 stderr=subprocess.DEVNULL).stdout
            _processor_answer = _blank_unknown(out.decode('utf-8', 'replace').strip())
        except Exception:
            _processor_answer = ''
    return _processor_answer


class uname_result(tuple):
    """uname_result(system, node, release, version, machine): a named 5-tuple whose sixth
    item, processor, is looked up only when used (it may run a command)."""

    __slots__ = ()
    _fields = ('system', 'node', 'release', 'version', 'machine', 'processor')

    def __new__(cls, system, node, release, version, machine):
        return tuple.__new__(cls, (system, node, release, version, machine))

    system = property(lambda self: tuple.__getitem__(self, 0))
    node = property(lambda self: tuple.__getitem__(self, 1))
    release = property(lambda self: tuple.__getitem__(self, 2))
    version = property(lambda self: tuple.__getitem__(self, 3))
    machine = property(lambda self: tuple.__getitem__(self, 4))

    @property
    def processor(self):
        return _uname_processor()

    def __iter__(self):
        yield from tuple.__iter__(self)
        yield self.processor

    def __len__(self):
        return 6

    def __getitem__(self, key):
        return tuple(self)[key]

    def __repr__(self):
        return 'uname_result(%s)' % ', '.join(
            '%s=%r' % pair for pair in zip(self._fields, tuple.__iter__(self)))

    def _asdict(self):
        return dict(zip(self._fields, self))

    def _replace(self, **changes):
        values = dict(zip(self._fields[:5], tuple.__iter__(self)))
        values.update(changes)
        return uname_result(**values)

    @classmethod
    def _make(cls, iterable):
        items = tuple(iterable)
        if len(items) != 5:
            raise TypeError(f'Expected 5 arguments, got {len(items)}')
        return cls(*items)

    def __reduce__(self):
        return uname_result, tuple(tuple.__iter__(self))


_uname_cache = None


def uname():
    """(system, node, release, version, machine, processor) as a named tuple."""
    global _uname_cache
    if _uname_cache is None:
        try:
            parts = list(os.uname())
        except AttributeError:
            import socket
            parts = [sys.platform, socket.gethostname(), '', '', '']
        if parts[0] == 'Microsoft' and parts[2] == 'Windows':
            parts[0], parts[2] = 'Windows', '10'
        elif parts[0].startswith('CYGWIN'):
            parts[0], parts[2] = 'CYGWIN', parts[0]
        _uname_cache = uname_result(*[_blank_unknown(p) for p in parts])
    return _uname_cache


def system():
    """'Linux', 'Darwin', 'Java', 'Windows', ... or ''."""
    return uname().system


def node():
    """The computer's network name (may not be fully qualified), or ''."""
    return uname().node


def release():
    """The system's release, e.g. '6.1.0', or ''."""
    return uname().release


def version():
    """The system's release version, e.g. '#1 SMP ...', or ''."""
    return uname().version


def machine():
    """The machine type, e.g. 'x86_64', or ''."""
    return uname().machine


def processor():
    """The processor name, e.g. 'x86_64', or '' (Debian's uname says 'unknown')."""
    return uname().processor


def python_implementation():
    """The interpreter's implementation: 'pygen' (CPython says 'CPython')."""
    return sys.implementation.name


def python_version():
    """The Python version as 'major.minor.patchlevel'."""
    return '%d.%d.%d' % sys.version_info[:3]


def python_version_tuple():
    """The Python version as a tuple of strings (major, minor, patchlevel)."""
    return tuple(str(x) for x in sys.version_info[:3])


def _sys_version_parts():
    """The build part and compiler part of sys.version: '3.11.7 (main, date) [GCC]'."""
    build = re.search(r'\(([^)]*)\)', sys.version)
    compiler = re.search(r'\[([^\]]*)\]', sys.version)
    return (build.group(1) if build else ''), (compiler.group(1) if compiler else '')


def python_branch():
    """The source branch the interpreter was built from ('' when unknown)."""
    return getattr(sys, '_git', ('', '', ''))[1]


def python_revision():
    """The source revision the interpreter was built from ('' when unknown)."""
    return getattr(sys, '_git', ('', '', ''))[2]


def python_build():
    """(build number, build date) from sys.version."""
    number, _, date = _sys_version_parts()[0].partition(',')
    return number.strip(), date.strip()


def python_compiler():
    """The compiler the interpreter was built with, from sys.version ('' when unknown)."""
    return _sys_version_parts()[1]


def mac_ver(release='', versioninfo=('', '', ''), machine=''):
    """macOS version information; on other systems the arguments come back."""
    return release, versioninfo, machine


def win32_ver(release='', version='', csd='', ptype=''):
    """Windows version information; on other systems the arguments come back."""
    return release, version, csd, ptype


def win32_edition():
    return None


def win32_is_iot():
    return False


def java_ver(release='', vendor='', vminfo=('', '', ''), osinfo=('', '', '')):
    """Version information of a Java VM (pygen never runs on one): the arguments back."""
    return release, vendor, vminfo, osinfo


_platform_strings = {}


def platform(aliased=False, terse=False):
    """One string naming the platform, e.g. 'Linux-6.1.0-x86_64-with-glibc2.36'."""
    key = (bool(aliased), bool(terse))
    if key not in _platform_strings:
        u = uname()
        sysname, rel, ver = u.system, u.release, u.version
        cpu = '' if u.processor == u.machine else u.processor
        if aliased:
            sysname, rel, ver = system_alias(sysname, rel, ver)
        if sysname == 'Linux':
            # Linux names its C library whatever terse says.
            text = _platform(sysname, rel, u.machine, cpu, 'with', ''.join(libc_ver()))
        elif terse:
            text = _platform(sysname, rel)
        elif sysname == 'Windows':
            text = _platform(sysname, rel, ver, win32_ver(ver)[2])
        else:
            text = _platform(sysname, rel, u.machine, cpu, *architecture(sys.executable))
        _platform_strings[key] = text
    return _platform_strings[key]


_OS_RELEASE_FILES = ('/etc/os-release', '/usr/lib/os-release')
_os_release = None


def _parse_os_release(lines):
    """KEY=value lines (values optionally quoted, backslash escapes inside) to a dict."""
    info = {'NAME': 'Linux', 'ID': 'linux', 'PRETTY_NAME': 'Linux'}
    for line in lines:
        line = line.rstrip('\n')
        key, eq, value = line.partition('=')
        if not eq or not re.fullmatch(r'[A-Za-z0-9_]+', key):
            continue
        if len(value) >= 2 and value[0] == value[-1] and value[0] in '"\'':
            value = value[1:-1]
        elif value[:1] in ('"', "'"):
            continue        # an unclosed quote: not a valid line
        info[key] = re.sub(r'\\([\\$"\'`])', lambda m: m.group(1), value)
    return info


def freedesktop_os_release():
    """The operating system's identification from /etc/os-release, as a dict."""
    global _os_release
    if _os_release is None:
        last_errno = None
        for path in _OS_RELEASE_FILES:
            try:
                with open(path, encoding='utf-8') as f:
                    _os_release = _parse_os_release(f)
                break
            except OSError as e:
                last_errno = e.errno
        else:
            raise OSError(last_errno, 'Unable to read files ' + ', '.join(_OS_RELEASE_FILES))
    return dict(_os_release)


if __name__ == '__main__':
    args = sys.argv[1:]
    print(platform(aliased='nonaliased' not in args and '--nonaliased' not in args,
                   terse='terse' in args or '--terse' in args))
