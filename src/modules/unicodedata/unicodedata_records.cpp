// Reads a character's property record and decomposition() out of the generated tables
// (unicodedata_tables.cpp). Both are binary searches over sorted constant arrays: nothing is
// built at start-up. CPython counterpart: Modules/unicodedata.c, _getrecord_ex (layout is ours).
#include <algorithm>

#include "modules/unicodedata/unicodedata_tables.h"

namespace pygen::unicodedata {

const PropertyRecord& record(const Database& db, uint32_t cp) {
    // The run containing cp is the last one starting at or before it; run 0 starts at 0.
    const uint32_t* end = db.run_starts + db.run_count;
    const uint32_t* it = std::upper_bound(db.run_starts, end, cp);
    size_t run = static_cast<size_t>(it - db.run_starts) - 1;
    return db.records[db.run_records[run]];
}

size_t decomposition(const Database& db, uint32_t cp, unsigned* tag, const uint32_t** codes) {
    if (!db.decomp_codes) {
        // 3.2: 14.0's decomposition of the characters it assigns.
        if (record(db, cp).category == kUnassignedCategory) return 0;
        return decomposition(kDatabase14, cp, tag, codes);
    }
    const uint32_t* end = db.decomp_codes + db.decomp_count;
    const uint32_t* it = std::lower_bound(db.decomp_codes, end, cp);
    if (it == end || *it != cp) return 0;
    const uint32_t* data = db.decomp_data + db.decomp_offsets[it - db.decomp_codes];
    *tag = data[0] >> 8;
    *codes = data + 1;
    return data[0] & 0xFF;
}

}  // namespace pygen::unicodedata
