#!/usr/bin/env python3
"""Run CPython 3.11's own test files, unmodified, under pygen.

The files come from Debian's libpython3.11-testsuite package (/usr/lib/python3.11/test). They are
copied, with the test package's __init__ and its support/ folder, into a scratch folder made for
this run (never into the repository), and each file runs in its own pygen process with only that
folder on PYTHONPATH, loaded and run by pygen's own unittest (and doctest, for the docstring tests
test_generators collects with DocTestSuite). A small driver module, written into the scratch
folder too, records each test's outcome by test id.

The same files run once under python3 to find the tests CPython passes; the pass rate is pygen's
passes among those. Every test CPython passes that pygen does not must be listed, with its
reason, in known_failures.txt; the run fails on an unlisted failure and also on a listed test that
now passes or no longer exists, so the list stays honest. A test whose reason starts with 'flaky'
(a timing bound the machine's load decides) may pass or fail.

Usage: run_cpython_tests.py --interp build/pygen [--known FILE] [--source DIR] [--timeout S]
                            [--list-failures] [-v] [FILE ...]
"""

import argparse
import glob
import os
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))

TEST_FILES = [
    'test_generators', 'test_coroutines', 'test_asyncgen', 'test_yield_from',
    'test_generator_stop', 'test_contextlib', 'test_contextlib_async',
    # The core language and built-in types; each runs in under a second (test_set: 3 s).
    'test_exceptions', 'test_iter', 'test_set', 'test_list', 'test_tuple', 'test_dict',
    'test_bool', 'test_int', 'test_float', 'test_string', 'test_range', 'test_enumerate',
    'test_with', 'test_scope', 'test_class', 'test_raise', 'test_augassign', 'test_unpack',
    'test_keywordonlyarg', 'test_funcattrs', 'test_dictviews', 'test_sort', 'test_deque',
    'test_defaultdict', 'test_types', 'test_opcodes', 'test_dictcomps', 'test_string_literals',
    'test_property',
    # More of the language and its types; each well under a second.
    'test_unary', 'test_global', 'test_compare', 'test_pow', 'test_binop', 'test_slice',
    'test_super', 'test_baseexception', 'test_exception_group', 'test_except_star',
    'test_exception_variations', 'test_genexps', 'test_listcomps', 'test_setcomps',
    'test_named_expressions', 'test_patma', 'test_positional_only_arg', 'test_print',
    'test_richcmp', 'test_contains', 'test_index', 'test_int_literal', 'test_isinstance',
    'test_keyword', 'test_typechecks', 'test_iterlen', 'test_eof', 'test_dynamic',
    'test_decorators', 'test_grammar', 'test_fstring', 'test_complex', 'test_fractions',
    'test_strtod', 'test_utf8source', 'test_userdict', 'test_userlist', 'test_userstring',
    'test_copy', 'test_fnmatch', 'test_textwrap', 'test_shlex', 'test_getopt',
    # Modules with a C++ core (the csv reader, writer and dialects).
    'test_csv',
    # The standard library real programs use, and more of the builtins; each a few seconds at most
    # (test_datetime: about 40 s, most of it the tz database's zones, one test each).
    'test_re', 'test_collections', 'test_datetime', 'test_bisect', 'test_heapq', 'test_math',
    'test_cmath', 'test_pprint', 'test_dataclasses', 'test_argparse', 'test_graphlib',
    'test_exception_hierarchy', 'test_secrets', 'test_strftime', 'test_glob', 'test_long',
    'test_frame', 'test_genericclass', 'test_opcache', 'test_sched', 'test_calendar', 'test_random',
    'test_bytes', 'test_linecache', 'test_module', 'test_format', 'test_pathlib', 'test_tempfile',
    'test_syntax', 'test_ast', 'test_struct', 'test_builtin', 'test_memoryview',
    'test_structseq', 'test_reprlib', 'test_base64', 'test_binascii', 'test_hmac', 'test_stat',
    'test_strptime', 'test_future', 'test_array', 'test_pickle', 'test_statistics',
    # Weak references and the weak containers.
    'test_weakref',
    # difflib, HtmlDiff included (its page compared with test_difflib_expect.html).
    'test_difflib',
    # Compression on the system's libraries (opened with dlopen): bz2 on libbz2, lzma on liblzma;
    # zlib on zlib.
    'test_bz2', 'test_lzma', 'test_zlib',
    # zoneinfo (PEP 615), a test package: its zones are built inside the tests, plus the system's
    # tz database (tzdata).
    'test_zoneinfo',
    # itertools, all of it C++ (src/modules/itertools).
    'test_itertools',
    # functools and operator, each tested in its C++ form and in its plain-Python one (loaded
    # with _functools or _operator blocked).
    'test_functools', 'test_operator',
    # json (with json.tool run as `-m json.tool` in subprocesses, and the doctests of json's
    # docstrings) and gzip.
    'test_json', 'test_gzip',
    # Standard modules written for #8 (real programs' imports); each runs in a second or two.
    'test_ipaddress', 'test_pstats', 'test_mimetypes', 'test_colorsys', 'test_fileinput',
    'test_filecmp',
]

# Files with a test that needs more than the default limits even under CPython: (per test, per
# file) in seconds. test_lzma's test_decompressor_bigmem compresses 10 MiB of random bytes at
# preset 6, about 22 s of CPU for python3 and pygen alike on a loaded 2-core machine.
SLOW_FILES = {'test_lzma': (120, 400)}

# Runs inside the interpreter under test (pygen or python3): loads one test module with unittest
# and appends one line per event to the results file, flushed at once, so the outcomes before a
# hang or a crash survive. A per-test alarm turns a hang into an error of that test.
DRIVER = r'''
import sys, unittest

name, results_path, per_test = sys.argv[1], sys.argv[2], int(sys.argv[3])
out = open(results_path, 'a')

def note(status, test):
    out.write('%s %s\n' % (status, test.id()))
    out.flush()

try:
    import signal
    class _TestTimeout(Exception):
        pass
    def _on_alarm(signum, frame):
        raise _TestTimeout('test took more than %d s' % per_test)
    signal.signal(signal.SIGALRM, _on_alarm)
    alarm = signal.alarm
except (ImportError, AttributeError, ValueError, OSError):
    alarm = None

class Result(unittest.TextTestResult):
    def startTest(self, test):
        note('START', test)
        if alarm:
            alarm(per_test)
        super().startTest(test)
    def stopTest(self, test):
        if alarm:
            alarm(0)
        super().stopTest(test)
        note('DONE', test)
    def addSuccess(self, test):
        super().addSuccess(test)
        note('ok', test)
    def addFailure(self, test, err):
        super().addFailure(test, err)
        note('FAIL', test)
    def addError(self, test, err):
        super().addError(test, err)
        note('ERROR', test)
    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        note('skip', test)
    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        note('ok', test)
    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        note('FAIL', test)
    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            note('FAIL' if issubclass(err[0], test.failureException) else 'ERROR', test)

suite = unittest.defaultTestLoader.loadTestsFromName(name)
runner = unittest.TextTestRunner(stream=sys.stderr, verbosity=2, resultclass=Result)
runner.run(suite)
'''

BAD = ('FAIL', 'ERROR')

# Modules of the test package some files import (test.list_tests, test.seq_tests, ...) and data
# files read beside the test file (glob patterns); copied into the scratch folder when they exist.
HELPERS = [
    'list_tests.py', 'seq_tests.py', 'mapping_tests.py', 'string_tests.py', 'test_grammar.py', 'ann_module.py', 'ann_module2.py',
    'floating_points.txt', 'formatfloat_testcases.txt', 'exception_hierarchy.txt',
    'ieee754.txt', 'math_testcases.txt', 'cmath_testcases.txt', 'datetimetester.py', 'test_set.py',
    're_tests.py', 'future_test*.py', 'badsyntax_future*.py', 'dataclass_module_*.py',
    'dataclass_textanno.py', 'good_getattr.py', 'bad_getattr*.py', 'final_a.py', 'final_b.py',
    'pickletester.py', 'test_difflib_expect.html', 'profilee.py', 'test_profile.py', 'pstats.pck',
    'testtar.tar', 'testtar.tar.xz', 'recursion.tar',
]


def copy_tests(source, scratch, files):
    """The test package with support/, data/ and the chosen files, in scratch/test."""
    dest = os.path.join(scratch, 'test')
    os.makedirs(dest)
    shutil.copy(os.path.join(source, '__init__.py'), dest)
    shutil.copytree(os.path.join(source, 'support'), os.path.join(dest, 'support'),
                    ignore=shutil.ignore_patterns('__pycache__'))
    # test_contextlib's TestChdir changes into test/data and test/ziptestdata.
    for folder in ('data', 'ziptestdata'):
        shutil.copytree(os.path.join(source, folder), os.path.join(dest, folder),
                        ignore=shutil.ignore_patterns('__pycache__'))
    for pattern in HELPERS:
        for path in glob.glob(os.path.join(source, pattern)):
            shutil.copy(path, dest)
    for name in files:
        # A test package (test_zoneinfo/) is copied whole; `test.NAME` then imports its __init__.
        if os.path.isdir(os.path.join(source, name)):
            shutil.copytree(os.path.join(source, name), os.path.join(dest, name),
                            ignore=shutil.ignore_patterns('__pycache__'))
        else:
            shutil.copy(os.path.join(source, name + '.py'), dest)
    with open(os.path.join(scratch, '_cpython_test_driver.py'), 'w') as f:
        f.write(DRIVER)


def run_file(interp, scratch, name, timeout, per_test, log, dev_lib=None):
    """{test id: status} for one test file, and the process's exit description."""
    results_path = os.path.join(scratch, name + '.results')
    env = dict(os.environ)
    env['PYTHONPATH'] = scratch if dev_lib is None else dev_lib + os.pathsep + scratch
    env.pop('PYTHONHOME', None)
    env['PYTHONDONTWRITEBYTECODE'] = '1'
    cmd = interp + ['-m', '_cpython_test_driver', 'test.' + name, results_path, str(per_test)]
    start = time.monotonic()
    how = ''
    try:
        proc = subprocess.run(cmd, cwd=scratch, env=env, stdin=subprocess.DEVNULL,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=timeout)
        output = proc.stdout.decode('utf-8', 'replace')
        if proc.returncode < 0:
            how = 'killed by signal %d' % -proc.returncode
        elif proc.returncode not in (0, 1):
            how = 'exited with status %d' % proc.returncode
    except subprocess.TimeoutExpired as e:
        output = (e.stdout or b'').decode('utf-8', 'replace')
        how = 'timed out after %d s' % timeout
    elapsed = time.monotonic() - start
    if log is not None:
        with open(log, 'a') as f:
            f.write('==== %s %s (%.1f s)\n%s\n' % (' '.join(cmd), how, elapsed, output))
    statuses = {}
    started = last_start = None
    if os.path.exists(results_path):
        with open(results_path) as f:
            for line in f:
                status, _, test_id = line.rstrip('\n').partition(' ')
                if status == 'START':
                    started = last_start = test_id
                elif status == 'DONE':
                    started = None
                elif status in BAD or test_id not in statuses:
                    # A failed subtest marks the test failed whatever it reports later.
                    if statuses.get(test_id) not in BAD:
                        statuses[test_id] = status
    if started is not None:
        # The process died or hung inside this test.
        statuses[started] = 'ERROR'
    if not statuses and how == '':
        how = 'no test ran'
    return statuses, how, elapsed, output, last_start


def tail_of(output, lines=12):
    return '\n'.join('    | ' + l for l in output.rstrip().splitlines()[-lines:])


def read_known(path):
    known = {}
    if not os.path.exists(path):
        return known
    with open(path) as f:
        for line in f:
            line = line.strip()
            if not line or line.startswith('#'):
                continue
            test_id, _, reason = line.partition('#')
            known[test_id.strip()] = reason.strip()
    return known


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--interp', required=True, help='interpreter command (split on spaces)')
    ap.add_argument('--oracle', default='python3', help='CPython 3.11 command')
    ap.add_argument('--known', default=os.path.join(HERE, 'known_failures.txt'))
    ap.add_argument('--source', default='/usr/lib/python3.11/test')
    ap.add_argument('--timeout', type=int, default=150, help='limit per test file, seconds')
    # Generous: the alarm exists to turn a hang into an error, and a shared CI machine has run
    # pygen up to 20 times slower than this one (test_statistics' 60,000-root test took over 30 s).
    ap.add_argument('--per-test', type=int, default=120, help='limit per test, seconds')
    ap.add_argument('--list-failures', action='store_true',
                    help="print pygen's failures in known_failures.txt form and exit 0")
    ap.add_argument('--log', help='append each run\'s output to this file')
    ap.add_argument('--dev-lib', help="development only: pygen's lib/ folder, put before the "
                    "scratch folder on PYTHONPATH to try library changes without a rebuild")
    ap.add_argument('-v', '--verbose', action='store_true')
    ap.add_argument('files', nargs='*', help='test file names (default: TEST_FILES)')
    args = ap.parse_args()

    files = args.files or TEST_FILES
    if not os.path.isdir(os.path.join(args.source, 'support')):
        print('cpython tests: %s is missing: install the libpython3.11-testsuite package'
              % args.source)
        return 1
    interp = args.interp.split()
    if os.sep in interp[0]:
        interp[0] = os.path.abspath(interp[0])  # the tests run in the scratch folder
    oracle = args.oracle.split()
    known = read_known(args.known)

    scratch = tempfile.mkdtemp(prefix='pygen-cpython-tests-')
    try:
        copy_tests(args.source, scratch, files)
        rows = []
        problems = []
        failures_now = {}
        flaky_passed = set()
        total_cpy = total_pg = 0
        for name in files:
            per_test, timeout = SLOW_FILES.get(name, (args.per_test, args.timeout))
            per_test, timeout = max(per_test, args.per_test), max(timeout, args.timeout)
            cpy, cpy_how, _, _, _ = run_file(oracle, scratch, name, timeout, per_test, None)
            os.remove(os.path.join(scratch, name + '.results'))
            pg, pg_how, elapsed, output, pg_last = run_file(interp, scratch, name, timeout,
                                                   per_test, args.log, args.dev_lib)
            cpy_passed = sorted(t for t, s in cpy.items() if s == 'ok')
            pg_passed = [t for t in cpy_passed if pg.get(t) == 'ok']
            total_cpy += len(cpy_passed)
            total_pg += len(pg_passed)
            rows.append((name, len(pg_passed), len(cpy_passed), len(cpy), elapsed, pg_how))
            if cpy_how:
                problems.append('%s: python3 %s' % (name, cpy_how))
            # In the sanitizer build a report fails the run even when every test passed.
            for marker in ('ERROR: AddressSanitizer', 'ERROR: LeakSanitizer', 'runtime error:'):
                if marker in output:
                    problems.append('%s: sanitizer report (%s)' % (name, marker))
            not_run = [t for t in cpy_passed if t not in pg and t not in known]
            if not_run:
                # The process ended early: say how, once, with the end of its output, and count
                # the tests it never reached instead of listing each.
                problems.append('%s: %d tests not run (%s; last test started: %s); its output '
                                'ended with:\n%s' % (name, len(not_run), pg_how or 'exited early',
                                                      pg_last, tail_of(output)))
            for test_id in cpy_passed:
                status = pg.get(test_id, 'not run')
                if status == 'not run' and test_id not in known:
                    failures_now[test_id] = status
                    continue
                if status == 'ok':
                    # A test listed as flaky (its reason starts with 'flaky') may pass or fail.
                    if test_id in known and known[test_id].startswith('flaky'):
                        flaky_passed.add(test_id)
                    elif test_id in known:
                        problems.append('%s passes now: take it off %s'
                                        % (test_id, os.path.basename(args.known)))
                    continue
                failures_now[test_id] = status
                if test_id not in known:
                    problems.append('%s: %s (not in %s)'
                                    % (test_id, status, os.path.basename(args.known)))
            if args.verbose and pg_how:
                print(output[-3000:])
        for test_id in known:
            if test_id in flaky_passed:
                continue
            if test_id not in failures_now and not any(p.startswith(test_id + ' passes')
                                                       for p in problems):
                if any(test_id.startswith('test.' + f + '.') for f in files):
                    problems.append('%s is listed but CPython does not pass it or it no longer '
                                    'exists: take it off the list' % test_id)

        if args.list_failures:
            for test_id in sorted(failures_now):
                reason = known.get(test_id, failures_now[test_id])
                print('%s  # %s' % (test_id, reason))
            return 0

        print('%-24s %8s %8s %6s %7s' % ('file', 'pygen', 'cpython', 'total', 'time'))
        for name, npg, ncpy, ntotal, elapsed, how in rows:
            print('%-24s %8d %8d %6d %6.1fs %s' % (name, npg, ncpy, ntotal, elapsed, how))
        pct = 100.0 * total_pg / total_cpy if total_cpy else 0.0
        print('%-24s %8d %8d' % ('all', total_pg, total_cpy))
        print('cpython tests: pygen passes %d of the %d tests CPython passes (%.1f%%); '
              '%d listed as known failures' % (total_pg, total_cpy, pct, len(failures_now)))
        for p in problems:
            print('cpython tests: ' + p)
        if problems:
            print('cpython tests: FAILED (%d problems)' % len(problems))
            return 1
        print('cpython tests: OK')
        return 0
    finally:
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == '__main__':
    sys.exit(main())
