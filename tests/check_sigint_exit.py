#!/usr/bin/env python3
# Issue #9 item 12: a program ending in an uncaught KeyboardInterrupt (here from SIGINT it sends
# itself) must end as python3's does: the same traceback on stderr, then death by SIGINT, seen as
# status -2 by a parent and 130 by a shell. Usage: check_sigint_exit.py PYGEN
import os
import subprocess
import sys

CASE = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'io_conformance', 'signal',
                    'sigint_uncaught_exit.py')


def run(interp):
    direct = subprocess.run([interp, CASE], capture_output=True, timeout=30)
    shell = subprocess.run(['sh', '-c', '"$0" "$1" >/dev/null 2>&1; echo $?', interp, CASE],
                           capture_output=True, timeout=30)
    return direct.returncode, direct.stdout, direct.stderr, shell.stdout.strip()


want = run(sys.executable)
got = run(sys.argv[1])
print('python3:', want[0], want[3], 'pygen:', got[0], got[3])
ok = want == got and want[0] == -2 and want[3] == b'130'
if not ok:
    print('stderr expected:\n' + want[2].decode(errors='replace'))
    print('stderr got:\n' + got[2].decode(errors='replace'))
print('sigint exit:', 'ok' if ok else 'FAILED')
sys.exit(0 if ok else 1)
