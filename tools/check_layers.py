#!/usr/bin/env python3
"""Checks the pipeline's layering: the front end (src/lexer, src/parser) includes only its own
headers and the standard library's.

The front end is a library of its own (pygen_frontend) and the WebAssembly build compiles it
without the runtime's third-party headers (GMP, mimalloc), so a front-end file that includes an
objects/ or vm/ header builds natively and breaks only there. Run from anywhere; exits 1 and names
each offending include.
"""
import os
import re
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FRONT_END = ('lexer', 'parser')
INCLUDE = re.compile(r'^\s*#\s*include\s+"([^"]+)"')


def main():
    bad = []
    for layer in FRONT_END:
        top = os.path.join(ROOT, 'src', layer)
        for folder, _, files in os.walk(top):
            for name in sorted(files):
                path = os.path.join(folder, name)
                with open(path, encoding='utf-8') as f:
                    for lineno, line in enumerate(f, 1):
                        m = INCLUDE.match(line)
                        if m and m.group(1).split('/')[0] not in FRONT_END:
                            bad.append('%s:%d: front end includes "%s"'
                                       % (os.path.relpath(path, ROOT), lineno, m.group(1)))
    for line in bad:
        print(line)
    if bad:
        print('the front end (src/lexer, src/parser) may include only its own headers: '
              'declare what it needs from the runtime where it is used')
        return 1
    print('layers: the front end includes only its own headers')
    return 0


if __name__ == '__main__':
    sys.exit(main())
