#!/usr/bin/env python3
"""Seed corpus for the libFuzzer harnesses: every conformance case (ours and the shared stages),
copied as one file each into OUTDIR, named by content hash so reruns add nothing twice. Cases
that use real processes, sockets or signals (tests/io_conformance) are left out.

    make_corpus.py OUTDIR DIR...
"""
import hashlib
import os
import sys


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    out = sys.argv[1]
    os.makedirs(out, exist_ok=True)
    count = 0
    for top in sys.argv[2:]:
        for root, dirs, files in os.walk(top):
            dirs.sort()
            for name in sorted(files):
                if not name.endswith(".py"):
                    continue
                with open(os.path.join(root, name), "rb") as fh:
                    data = fh.read()
                digest = hashlib.sha1(data).hexdigest()
                with open(os.path.join(out, digest), "wb") as fh:
                    fh.write(data)
                count += 1
    print(f"make_corpus: {count} cases in {out}")


if __name__ == "__main__":
    main()
