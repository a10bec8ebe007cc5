// The coding cookie is found on raw bytes, before any decoding, so that a file in latin-1 can say
// so in its first line. CPython counterpart: Parser/tokenizer.c (check_coding_spec, get_normal_name).
#include "lexer/coding_cookie.h"

#include <cctype>

namespace pygen {

namespace {

std::string_view line_at(std::string_view s, size_t* pos) {
    size_t start = *pos;
    size_t nl = s.find('\n', start);
    size_t end = nl == std::string_view::npos ? s.size() : nl;
    *pos = nl == std::string_view::npos ? s.size() : nl + 1;
    return s.substr(start, end - start);
}

bool is_name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.';
}

// The regular expression of PEP 263, by hand: ^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)
bool cookie_in_line(std::string_view line, std::string* name) {
    size_t i = 0;
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\f')) ++i;
    if (i >= line.size() || line[i] != '#') return false;
    for (size_t at = line.find("coding", i); at != std::string_view::npos; at = line.find("coding", at + 1)) {
        size_t j = at + 6;
        if (j >= line.size() || (line[j] != ':' && line[j] != '=')) continue;
        ++j;
        while (j < line.size() && (line[j] == ' ' || line[j] == '\t')) ++j;
        size_t start = j;
        while (j < line.size() && is_name_char(line[j])) ++j;
        if (j == start) continue;
        *name = std::string(line.substr(start, j - start));
        return true;
    }
    return false;
}

// Blank lines and comment-only lines let the second line carry the cookie.
bool blank_or_comment(std::string_view line) {
    for (char c : line) {
        if (c == ' ' || c == '\t' || c == '\f' || c == '\r') continue;
        return c == '#';
    }
    return true;
}

}  // namespace

bool find_coding_cookie(std::string_view source, std::string* name) {
    if (source.substr(0, 3) == "\xEF\xBB\xBF") source.remove_prefix(3);
    size_t pos = 0;
    std::string_view first = line_at(source, &pos);
    if (cookie_in_line(first, name)) return true;
    if (!blank_or_comment(first) || pos >= source.size()) return false;
    return cookie_in_line(line_at(source, &pos), name);
}

std::string normal_encoding_name(std::string_view name) {
    // Only the first 12 characters take part, lower case, '_' read as '-'.
    std::string b;
    for (size_t i = 0; i < name.size() && i < 12; ++i) {
        char c = static_cast<char>(std::tolower(static_cast<unsigned char>(name[i])));
        b += c == '_' ? '-' : c;
    }
    auto is_or_prefixes = [&](std::string_view base) {
        return b == base || (b.size() > base.size() && b.compare(0, base.size(), base) == 0 && b[base.size()] == '-');
    };
    if (is_or_prefixes("utf-8")) return "utf-8";
    if (is_or_prefixes("latin-1") || is_or_prefixes("iso-8859-1") || is_or_prefixes("iso-latin-1"))
        return "iso-8859-1";
    return std::string(name);
}

}  // namespace pygen
