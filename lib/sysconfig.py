"""sysconfig: what is known about how this interpreter was built.

pygen has no Makefile or pyconfig.h to read; the configuration variables
are the few that describe it, and every other name is None (as CPython
answers for a variable its build did not define)."""

import os
import sys

__all__ = ["get_config_var", "get_config_vars", "get_platform",
           "get_python_version", "is_python_build", "get_paths", "get_path",
           "get_path_names", "get_scheme_names", "get_default_scheme"]

_PATH_NAMES = ('stdlib', 'platstdlib', 'purelib', 'platlib', 'include',
               'scripts', 'data')

_config_vars = None


def _init_config_vars():
    prefix = os.path.normpath(sys.prefix) if getattr(sys, 'prefix', None) else '/usr'
    version = '%d.%d' % sys.version_info[:2]
    return {
        'prefix': prefix,
        'exec_prefix': prefix,
        'base': prefix,
        'platbase': prefix,
        'installed_base': prefix,
        'py_version': '%d.%d.%d' % sys.version_info[:3],
        'py_version_short': version,
        'py_version_nodot': version.replace('.', ''),
        'VERSION': version,
        'EXE': '',
        'EXT_SUFFIX': '.so',
        'SOABI': None,
        'CC': 'c++',
        'CFLAGS': '',
        'PY_CFLAGS': '',
        'CONFIG_ARGS': '',
        'WITH_DOC_STRINGS': 1,
        'Py_DEBUG': 0,
        'Py_ENABLE_SHARED': 0,
        'abiflags': '',
        'SIZEOF_VOID_P': 8,
        'HOST_GNU_TYPE': None,
        'MULTIARCH': None,
    }


def get_config_vars(*args):
    global _config_vars
    if _config_vars is None:
        _config_vars = _init_config_vars()
    if args:
        return [_config_vars.get(name) for name in args]
    return _config_vars


def get_config_var(name):
    return get_config_vars().get(name)


def get_platform():
    if sys.platform.startswith('linux'):
        machine = 'x86_64'
        try:
            machine = os.uname().machine
        except (AttributeError, OSError):
            pass
        return 'linux-' + machine
    return sys.platform


def get_python_version():
    return '%d.%d' % sys.version_info[:2]


def is_python_build(check_home=False):
    return False


def get_path_names():
    return _PATH_NAMES


def get_scheme_names():
    return ('posix_prefix',)


def get_default_scheme():
    return 'posix_prefix'


def get_paths(scheme='posix_prefix', vars=None, expand=True):
    prefix = get_config_var('prefix')
    lib = os.path.join(prefix, 'lib', 'python' + get_python_version())
    return {
        'stdlib': lib,
        'platstdlib': lib,
        'purelib': os.path.join(lib, 'site-packages'),
        'platlib': os.path.join(lib, 'site-packages'),
        'include': os.path.join(prefix, 'include', 'python' + get_python_version()),
        'scripts': os.path.join(prefix, 'bin'),
        'data': prefix,
    }


def get_path(name, scheme='posix_prefix', vars=None, expand=True):
    return get_paths(scheme, vars, expand)[name]
