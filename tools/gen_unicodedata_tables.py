#!/usr/bin/env python3
"""Writes src/modules/unicodedata/unicodedata_tables.cpp, the data behind pygen's unicodedata
module for Unicode 14.0 (unicodedata) and Unicode 3.2 (unicodedata.ucd_3_2_0), and
src/support/unicode_name_tables.cpp, the character names (also used by the parser's \\N{...}), as
CPython 3.11 answers for them.

Run it with CPython 3.11 (the oracle). Every property is read through python3's unicodedata one
code point at a time, so the tables say what python3 says. The named aliases and named sequences,
which python3 can look up but not list, are taken from perl's copy of the Unicode 14.0 name list
(/usr/share/perl/5.36.0/unicore/Name.pl) and kept only where python3's lookup() agrees. Usage,
from the repository's root:
    python3 tools/gen_unicodedata_tables.py

Layout (see unicodedata_tables.h): per database, runs of code points sharing one property
record; the decomposition() text as a tag plus code points (3.2 reuses 14.0's); the few characters
whose normal forms are not their decomposition applied recursively; the composition pairs. Names are stored once (3.2 names are the 14.0 names
of the characters 3.2 assigns): a word dictionary and, per name, word indices (one byte for the
128 most frequent words, two bytes otherwise).
"""
import os
import re
import unicodedata

assert unicodedata.unidata_version == "14.0.0", "run with CPython 3.11 (Unicode 14.0)"

MAX = 0x110000
NAME_PL = "/usr/share/perl/5.36.0/unicore/Name.pl"
NAME_BLOCK = 32   # names per entry of kNameBlockOffsets


ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TABLES = os.path.join(ROOT, "src", "modules", "unicodedata", "unicodedata_tables.cpp")
NAME_TABLES = os.path.join(ROOT, "src", "support", "unicode_name_tables.cpp")
_target = []   # the file being written
_COLD_ARRAY = re.compile(r"const (u?int\d+_t|char|unsigned char|double|PropertyRecord|NormOverride|CompositionPair|CodeRange) k\w+\[\] =")


def out(s):
    # Arrays without pointers go to the cold section (support/cold_data.h): only programs that
    # ask for a character's properties or name read them. (Arrays of pointers need relocation,
    # which a read-only section of their own cannot take.)
    if _COLD_ARRAY.match(s):
        s = "PYGEN_COLD " + s
    _target[-1].write(s)


def emit_ints(ctype, name, values, per_line=16, fmt="%d"):
    out("const %s %s[] = {\n" % (ctype, name))
    for i in range(0, len(values), per_line):
        out("    " + ", ".join(fmt % v for v in values[i:i + per_line]) + ",\n")
    if not values:
        out("    0,\n")
    out("};\n")


def c_string(data):
    """A C string literal for bytes, split over lines; octal escapes are always three digits so a
    following digit cannot extend them."""
    pieces = []
    line = ""
    for b in data:
        c = chr(b)
        if c == '"' or c == "\\":
            piece = "\\" + c
        elif 32 <= b < 127 and c != "?":
            piece = c
        else:
            piece = "\\%03o" % b
        line += piece
        if len(line) >= 100:
            pieces.append('"%s"' % line)
            line = ""
    if line or not pieces:
        pieces.append('"%s"' % line)
    return "\n    ".join(pieces)


def value_table(values):
    index = {}
    order = []
    for v in values:
        if v not in index:
            index[v] = len(order)
            order.append(v)
    return index, order


def full_decomposition(db, cp, compat):
    """cp's decomposition() applied recursively (compatibility ones only when compat), before
    canonical ordering: what unicodedata_normalize.cpp computes at run time."""
    if 0xAC00 <= cp <= 0xD7A3:
        return [ord(x) for x in unicodedata.normalize("NFD", chr(cp))]
    parts = db.decomposition(chr(cp)).split()
    if parts and (not parts[0].startswith("<") or compat):
        out = []
        for p in parts[1:] if parts[0].startswith("<") else parts:
            out += full_decomposition(db, int(p, 16), compat)
        return out
    return [cp]


def canonical_order(cps):
    """Stable sort of each run of non-starters by the 14.0 combining class (CPython uses 14.0's
    classes under ucd_3_2_0 too)."""
    cps = list(cps)
    i = 0
    while i < len(cps):
        if unicodedata.combining(chr(cps[i])) == 0:
            i += 1
            continue
        j = i
        while j < len(cps) and unicodedata.combining(chr(cps[j])):
            j += 1
        cps[i:j] = sorted(cps[i:j], key=lambda c: unicodedata.combining(chr(c)))
        i = j
    return cps


def gen_database(db, tag, categories, bidis, widths, tags, numerics):
    """Emits the property runs, decompositions, normalization overrides and composition pairs of
    one database; `tag` is the C++ name suffix (14 or 32). The 3.2 database has no decomposition
    table of its own: its decomposition() is 14.0's for every character 3.2 assigns (checked)."""
    own_decompositions = db is unicodedata
    records = {}
    record_list = []
    runs = []
    decomp_cps = []    # code points with a non-empty decomposition()
    decomp_data = []   # per entry: header (tag << 8 | count) then the code points
    decomp_offsets = []
    overrides = []     # (cp, nfd, nfkd) where recursive decomposition is not what db answers
    pairs = []
    for cp in range(MAX):
        c = chr(cp)
        cat = db.category(c)
        rec = (categories[cat], bidis[db.bidirectional(c)], widths[db.east_asian_width(c)],
               db.combining(c), db.mirrored(c), db.decimal(c, -1), db.digit(c, -1),
               numerics[db.numeric(c, None)])
        if rec not in records:
            records[rec] = len(record_list)
            record_list.append(rec)
        r = records[rec]
        if not runs or runs[-1][1] != r:
            runs.append((cp, r))
        d = db.decomposition(c)
        if not own_decompositions:
            assert d == (unicodedata.decomposition(c) if cat != "Cn" else ""), hex(cp)
        if d:
            parts = d.split()
            t = 0
            if parts[0].startswith("<"):
                t = tags[parts[0]]
                parts = parts[1:]
            cps = [int(p, 16) for p in parts]
            # The text must come back exactly from tag and code points.
            again = " ".join(([d.split()[0]] if t else []) + ["%04X" % x for x in cps])
            assert again == d, (hex(cp), d, again)
            if own_decompositions:
                decomp_cps.append(cp)
                decomp_offsets.append(len(decomp_data))
                decomp_data.append(t << 8 | len(cps))
                decomp_data.extend(cps)
            if t == 0 and len(cps) == 2 and db.normalize("NFC", chr(cps[0]) + chr(cps[1])) == c:
                pairs.append((cps[0], cps[1], cp))
        if 0xD800 <= cp <= 0xDFFF:
            continue   # a lone surrogate stays
        nfd = db.normalize("NFD", c)
        nfkd = db.normalize("NFKD", c)
        if ("".join(map(chr, canonical_order(full_decomposition(db, cp, False)))) != nfd or
                "".join(map(chr, canonical_order(full_decomposition(db, cp, True)))) != nfkd):
            overrides.append((cp, nfd, nfkd))
    # Only the five CJK compatibility ideographs that Unicode corrected after 3.2 (Corrigendum 4).
    assert len(overrides) <= 8, overrides
    pairs.sort()
    out("\n// ---- Unicode %s database ----\n\n" % db.unidata_version)
    emit_ints("uint32_t", "kRunStarts%s" % tag, [s for s, _ in runs], 12, "0x%X")
    emit_ints("uint16_t", "kRunRecords%s" % tag, [r for _, r in runs], 20)
    out("const PropertyRecord kRecords%s[] = {\n" % tag)
    for rec in record_list:
        out("    {%d, %d, %d, %d, %d, %d, %d, %d},\n" % (rec[0], rec[1], rec[2], rec[3], int(rec[4]), rec[5], rec[6], rec[7]))
    out("};\n")
    if own_decompositions:
        emit_ints("uint32_t", "kDecompCodes%s" % tag, decomp_cps, 12, "0x%X")
        emit_ints("uint16_t", "kDecompOffsets%s" % tag, decomp_offsets, 16)
        emit_ints("uint32_t", "kDecompData%s" % tag, decomp_data, 12, "0x%X")
        assert len(decomp_data) < 65536
    pool = []
    out("const NormOverride kNormOverrides%s[] = {\n" % tag)
    for cp, nfd, nfkd in overrides:
        out("    {0x%X, %d, %d, %d, %d},\n" % (cp, len(pool), len(nfd), len(pool) + len(nfd), len(nfkd)))
        pool.extend(ord(x) for x in nfd + nfkd)
    if not overrides:
        out("    {0, 0, 0, 0, 0},   // none: keeps the array non-empty\n")
    out("};\n")
    emit_ints("uint32_t", "kNormPool%s" % tag, pool, 12, "0x%X")
    out("const CompositionPair kPairs%s[] = {\n" % tag)
    for a, b, c in pairs:
        out("    {0x%X, 0x%X, 0x%X},\n" % (a, b, c))
    out("};\n")
    decomp = ("kDecompCodes%(t)s, kDecompOffsets%(t)s, kDecompData%(t)s, %(n)d" % dict(t=tag, n=len(decomp_cps))
              if own_decompositions else "nullptr, nullptr, nullptr, 0")
    out("""
const Database kDatabase%(t)s = {
    "%(v)s",
    kRunStarts%(t)s, kRunRecords%(t)s, %(nruns)d, kRecords%(t)s,
    %(decomp)s,
    kNormOverrides%(t)s, kNormPool%(t)s, %(nover)d,
    kPairs%(t)s, %(npairs)d,
};
""" % dict(t=tag, v=db.unidata_version, nruns=len(runs), decomp=decomp, nover=len(overrides),
           npairs=len(pairs)))


def read_perl_names():
    text = open(NAME_PL, encoding="ascii").read()
    body = text[text.index("<<'END';") + len("<<'END';"):text.index("\nEND\n")]
    aliases = []
    sequences = []
    for entry in body.strip("\n").split("\n\n"):
        if "\n" not in entry:
            continue
        codes, name = entry.split("\n", 1)
        cps = [int(x, 16) for x in codes.split()]
        try:
            found = unicodedata.lookup(name)
        except KeyError:
            continue
        if found != "".join(map(chr, cps)):
            continue
        if len(cps) > 1:
            sequences.append((name, cps))
        elif unicodedata.name(chr(cps[0]), None) != name:
            aliases.append((name, cps[0]))
    return sorted(set(aliases)), sorted(set((n, tuple(c)) for n, c in sequences))


def gen_names():
    names = []      # (cp, words, hex_suffix)
    cjk = []        # ranges named CJK UNIFIED IDEOGRAPH-XXXX
    for cp in range(MAX):
        n = unicodedata.name(chr(cp), None)
        if n is None:
            continue
        if n == "CJK UNIFIED IDEOGRAPH-%X" % cp:
            if cjk and cjk[-1][1] == cp - 1:
                cjk[-1][1] = cp
            else:
                cjk.append([cp, cp])
            continue
        if 0xAC00 <= cp <= 0xD7A3:
            assert n.startswith("HANGUL SYLLABLE ")
            continue
        suffix = "-%04X" % cp
        if n.endswith(suffix):
            names.append((cp, n[:-len(suffix)].split(" "), True))
        else:
            names.append((cp, n.split(" "), False))
    freq = {}
    for _, words, _ in names:
        for w in words:
            freq[w] = freq.get(w, 0) + 1
    words = sorted(freq, key=lambda w: (-freq[w], w))
    assert len(words) < 0x8000
    word_index = {w: i for i, w in enumerate(words)}
    stream = bytearray()
    block_offsets = []
    ranges = []     # (first cp, count, first name index)
    for i, (cp, ws, hexed) in enumerate(names):
        if i % NAME_BLOCK == 0:
            block_offsets.append(len(stream))
        assert len(ws) < 128
        stream.append(len(ws) | (0x80 if hexed else 0))
        for w in ws:
            k = word_index[w]
            if k < 0x80:
                stream.append(k)
            else:
                stream.append(0x80 | k >> 8)
                stream.append(k & 0xFF)
        if ranges and ranges[-1][0] + ranges[-1][1] == cp:
            ranges[-1][1] += 1
        else:
            ranges.append([cp, 1, i])
    # Names spelled out in full, sorted, for lookup() by binary search; names ending in their
    # own code point are found by reading the code point back instead.
    full = sorted((" ".join(ws), i) for i, (cp, ws, hexed) in enumerate(names) if not hexed)
    word_bytes = "".join(words).encode("ascii")
    word_offsets = [0]
    for w in words:
        word_offsets.append(word_offsets[-1] + len(w))
    aliases, sequences = read_perl_names()

    out("\n")
    out("const char kWordText[] =\n    %s;\n" % c_string(word_bytes))
    emit_ints("uint32_t", "kWordOffsets", word_offsets, 16)
    out("const size_t kWordCount = %d;\n" % len(words))
    out("const unsigned char kNameStream[] = {\n")
    for i in range(0, len(stream), 24):
        out("    " + ",".join(str(b) for b in stream[i:i + 24]) + ",\n")
    out("};\n")
    emit_ints("uint32_t", "kNameBlockOffsets", block_offsets, 12)
    emit_ints("uint32_t", "kNameRangeStarts", [r[0] for r in ranges], 12, "0x%X")
    emit_ints("uint16_t", "kNameRangeCounts", [r[1] for r in ranges], 16)
    emit_ints("uint16_t", "kNameRangeFirst", [r[2] for r in ranges], 16)
    out("const size_t kNameRangeCount = %d;\n" % len(ranges))
    out("const size_t kNameCount = %d;\n" % len(names))
    emit_ints("uint16_t", "kSortedNames", [i for _, i in full], 16)
    out("const size_t kSortedNameCount = %d;\n" % len(full))
    out("const CodeRange kCjkRanges[] = {\n")
    for a, b in cjk:
        out("    {0x%X, 0x%X},\n" % (a, b))
    out("};\nconst size_t kCjkRangeCount = %d;\n" % len(cjk))
    out("const Alias kAliases[] = {\n")
    for n, cp in aliases:
        out('    {"%s", 0x%X},\n' % (n, cp))
    out("};\nconst size_t kAliasCount = %d;\n" % len(aliases))
    seq_pool = []
    out("const NamedSequence kSequences[] = {\n")
    for n, cps in sequences:
        out('    {"%s", %d, %d},\n' % (n, len(seq_pool), len(cps)))
        seq_pool.extend(cps)
    out("};\nconst size_t kSequenceCount = %d;\n" % len(sequences))
    emit_ints("uint32_t", "kSequencePool", seq_pool, 12, "0x%X")


def main():
    old = unicodedata.ucd_3_2_0
    cats = set()
    bidis = set()
    widths = set()
    tags = set()
    nums = set()
    for db in (unicodedata, old):
        for cp in range(MAX):
            c = chr(cp)
            cats.add(db.category(c))
            bidis.add(db.bidirectional(c))
            widths.add(db.east_asian_width(c))
            d = db.decomposition(c)
            if d.startswith("<"):
                tags.add(d.split()[0])
            nums.add(db.numeric(c, None))
    categories, cat_list = value_table(sorted(cats))
    bidi_index, bidi_list = value_table(sorted(bidis))
    width_index, width_list = value_table(sorted(widths))
    tag_index, tag_list = value_table([""] + sorted(tags))
    nums.discard(None)
    num_list = sorted(nums)
    numerics = {v: i for i, v in enumerate(num_list)}
    numerics[None] = -1

    _target.append(open(TABLES, "w", encoding="ascii"))
    out("// Generated by tools/gen_unicodedata_tables.py from CPython 3.11's unicodedata (Unicode 14.0.0\n"
        "// and 3.2.0); do not edit.\n")
    out('#include "modules/unicodedata/unicodedata_tables.h"\n\n#include "support/cold_data.h"\n\n'
        'namespace pygen::unicodedata {\n\n')
    for n, lst in (("kCategoryNames", cat_list), ("kBidiNames", bidi_list), ("kWidthNames", width_list),
                   ("kDecompTags", tag_list)):
        out("const char* const %s[] = {%s};\n" % (n, ", ".join('"%s"' % s for s in lst)))
    out("const uint8_t kUnassignedCategory = %d;\n" % categories["Cn"])
    out("const double kNumericValues[] = {\n")
    for i in range(0, len(num_list), 6):
        out("    " + ", ".join(repr(float(v)) for v in num_list[i:i + 6]) + ",\n")
    out("};\n")
    gen_database(unicodedata, "14", categories, bidi_index, width_index, tag_index, numerics)
    gen_database(old, "32", categories, bidi_index, width_index, tag_index, numerics)
    out("\n}  // namespace pygen::unicodedata\n")
    _target.pop().close()
    _target.append(open(NAME_TABLES, "w", encoding="ascii"))
    out("// Generated by tools/gen_unicodedata_tables.py from CPython 3.11's unicodedata (Unicode 14.0.0)\n"
        "// and the Unicode 14.0 alias and named-sequence lists; do not edit.\n")
    out('#include "support/unicode_name_tables.h"\n\n#include "support/cold_data.h"\n\n'
        'namespace pygen::unicode_names {\n')
    gen_names()
    out("\n}  // namespace pygen::unicode_names\n")
    _target.pop().close()


if __name__ == "__main__":
    main()
