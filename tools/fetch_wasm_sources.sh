#!/usr/bin/env bash
# Fetches the C sources the WebAssembly build compiles with emcc, from Debian's source packages
# (the only network the build machines reach besides npm): GMP's mini-gmp (a portable one-file
# subset of GMP, same API, for pygen's big ints) and zlib (zlib and binascii.crc32).
# Usage: tools/fetch_wasm_sources.sh DESTDIR   -> DESTDIR/mini-gmp/, DESTDIR/zlib/
# apt runs with its own private configuration under DESTDIR/apt: the system's apt sources, lists
# and caches are not touched, and no deb-src line is added to the machine.
set -euo pipefail
dest=$(realpath -m "${1:?usage: $0 DESTDIR}")
if [[ -f $dest/mini-gmp/mini-gmp.c && -f $dest/zlib/inflate.c ]]; then
    exit 0
fi
suite=$(. /etc/os-release && echo "${VERSION_CODENAME:-bookworm}")
apt_dir=$dest/apt
mkdir -p "$apt_dir/lists/partial" "$apt_dir/cache/archives/partial" "$apt_dir/src"
echo "deb-src http://deb.debian.org/debian $suite main" > "$apt_dir/sources.list"
apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=$apt_dir/none"
          -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::Cache=$apt_dir/cache"
          -o "APT::Sandbox::User=root" -q)
apt-get "${apt_opts[@]}" update > "$apt_dir/update.log"
cd "$apt_dir/src"
apt-get "${apt_opts[@]}" source --download-only gmp zlib > "$apt_dir/source.log"

gmp_tar=$(ls gmp_*.orig.tar.* | head -1)
rm -rf "$dest/mini-gmp" && mkdir -p "$dest/mini-gmp"
tar -xf "$gmp_tar" --wildcards --strip-components=2 -C "$dest/mini-gmp" '*/mini-gmp/mini-gmp.[ch]' '*/mini-gmp/mini-mpq.[ch]'

zlib_tar=$(ls zlib_*.orig.tar.* | head -1)
rm -rf "$dest/zlib" && mkdir -p "$dest/zlib"
tar -xf "$zlib_tar" --strip-components=1 -C "$dest/zlib"
echo "wasm sources: $(basename "$gmp_tar") (mini-gmp), $(basename "$zlib_tar") in $dest"
