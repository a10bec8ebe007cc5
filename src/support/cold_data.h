// PYGEN_COLD: places a large constant table that only some programs read (the embedded lib/*.py
// sources, the unicodedata database) in a section of its own, after all other read-only data.
//
// Why: the kernel maps a file-backed page together with its neighbours (fault-around, and whole
// large folios of the page cache), so every read of a small hot constant also maps the nearby
// bytes of whatever table lies beside it. Interleaved with the hot constants, 4 MB of cold tables
// added about 1 MiB to the peak RSS of every run; kept apart they are mapped only when read.
#pragma once

#if defined(__ELF__)
#define PYGEN_COLD __attribute__((section("pygen_cold_data")))
#else
#define PYGEN_COLD
#endif
