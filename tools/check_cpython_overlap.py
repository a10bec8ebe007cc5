#!/usr/bin/env python3
"""Reports how much of each lib/ module repeats CPython's own Lib file line for line.

pygen's Python library is written here, from CPython's documentation and observed behaviour;
long lines identical to CPython's source are a sign of code carried over rather than written.
Lines that the API itself dictates are not counted: def/class headers, imports, __all__
entries, constants, return of a bare name, raise statements (their messages must match).

usage: tools/check_cpython_overlap.py [--cpython-lib DIR] [-v] [FILE ...]
       tools/check_cpython_overlap.py --check BASELINE     (the ctest lint.cpython_overlap)

With --check, a file listed in BASELINE may not repeat more lines than the count recorded
there (the list records modules written before this check existed, to be rewritten, and only
ever shrinks), and any other file may repeat at most NEW_FILE_LIMIT percent of its lines.
"""
import argparse
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
LIB = os.path.join(os.path.dirname(HERE), 'lib')
DICTATED = re.compile(r'^(def |async def |class |import |from |raise |return \w+$|@|"[\w.]+",?$|\'[\w.]+\',?$|except |elif |else:|try:|finally:|[A-Z_][A-Z0-9_]* = (\'[^\']*\'|"[^"]*"|-?\d+)$)')
NEW_FILE_LIMIT = 20.0   # percent; honest rewrites of an API land at 5-20
NEW_FILE_MIN_LINES = 8  # below this many identical lines a file is too small to judge


def substantive(line):
    s = line.strip()
    if len(s) < 30 or s.startswith('#') or DICTATED.match(s):
        return None
    return s


def share(ours, theirs):
    with open(theirs, encoding='utf-8', errors='replace') as f:
        known = {s for s in map(substantive, f) if s}
    with open(ours, encoding='utf-8', errors='replace') as f:
        lines = [s for s in map(substantive, f) if s]
    same = [s for s in lines if s in known]
    return len(lines), same


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument('--cpython-lib', default='/usr/lib/python3.11')
    ap.add_argument('--check', metavar='BASELINE', help='fail on growth over BASELINE or new copies')
    ap.add_argument('-v', '--verbose', action='store_true', help='print the identical lines')
    ap.add_argument('files', nargs='*')
    args = ap.parse_args()
    files = args.files or [os.path.join(d, n) for d, _, ns in os.walk(LIB) for n in ns if n.endswith('.py')]
    rows = []
    for path in files:
        full = os.path.abspath(path)
        rel = full.split(os.sep + 'lib' + os.sep, 1)[-1]
        theirs = os.path.join(args.cpython_lib, rel)
        if not os.path.exists(theirs):
            continue
        total, same = share(path, theirs)
        if total:
            rows.append((100.0 * len(same) / total, rel, total, same))
    rows.sort(reverse=True)
    if args.check:
        return check(rows, args.check)
    for pct, rel, total, same in rows:
        print(f'{pct:5.1f}%  {len(same):4d}/{total:<5d} {rel}')
        if args.verbose:
            for s in same:
                print('        ' + s)
    return 0


def check(rows, baseline_path):
    if not rows:
        print('no CPython Lib to compare with (is python3.11 installed?): nothing checked')
        return 0
    baseline = {}
    with open(baseline_path) as f:
        for line in f:
            if line.strip() and not line.startswith('#'):
                count, rel = line.split()
                baseline[rel] = int(count)
    failures = []
    for pct, rel, total, same in rows:
        if rel in baseline:
            if len(same) > baseline[rel]:
                failures.append(f'lib/{rel}: {len(same)} lines identical to CPython\'s Lib/{rel}, more than '
                                f'the {baseline[rel]} recorded in {baseline_path}')
        elif pct > NEW_FILE_LIMIT and len(same) >= NEW_FILE_MIN_LINES:
            failures.append(f'lib/{rel}: {len(same)} of {total} lines ({pct:.0f}%) identical to CPython\'s Lib/{rel}')
    for msg in failures:
        print(msg)
    if failures:
        print("pygen's library is written here, never carried over from CPython: write these lines in your "
              "own way (see them with tools/check_cpython_overlap.py -v FILE). The baseline records older "
              "modules awaiting a rewrite; never add to it or raise its counts.")
        return 1
    print(f'{len(rows)} modules checked against CPython\'s Lib')
    return 0


if __name__ == '__main__':
    sys.exit(main())
