#!/usr/bin/env python3
"""Seed corpus for the libFuzzer harnesses: every conformance case (ours and the shared stages),
copied as one file each into OUTDIR, named by content hash so reruns add nothing twice. Cases
that use real processes, sockets or signals (tests/io_conformance) are left out, and so are
the cases listed in the known-failure files given with --skip (a sanitizer report the seed run
would find again is not news).

    make_corpus.py [--skip LIST]... OUTDIR DIR...
"""
import hashlib
import os
import sys


def main():
    args = sys.argv[1:]
    skip = []
    while len(args) >= 2 and args[0] == "--skip":
        with open(args[1]) as fh:
            skip += [line.split("#", 1)[0].strip() for line in fh]
        args = args[2:]
    skip = [s for s in skip if s]
    if len(args) < 2:
        sys.exit(__doc__)
    out = args[0]
    os.makedirs(out, exist_ok=True)
    count = 0
    for top in args[1:]:
        for root, dirs, files in os.walk(top):
            dirs.sort()
            for name in sorted(files):
                path = os.path.join(root, name).replace(os.sep, "/")
                if not name.endswith(".py") or any(path.endswith("/" + s) for s in skip):
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
