# str case mappings and character classes follow Unicode 14.0 as CPython 3.11:
# multi-character mappings, the final sigma, titlecase letters, and the
# isalpha/isdigit/isnumeric/isprintable classes of non-ASCII characters.
words = ["ΣΑΣ", "ΟΔΟΣ ΟΔΟΣ.", "Σ", "AΣ", "AΣ'", "AΣ'b", "Σa", "A'Σ", "A\u0345Σ", "AΣ\u02b0",
         "ﬁsh ﬂow", "straße", "İstanbul", "ǅemal ǈudevit", "ǆ", "ŉ", "ΐ", "ᾳ ᾼ", "ﬃ",
         "hello wORLD ǲ", "µ", "ſ", "Ꭰ", "ꭰ", "ʼn", "1st ﬆ", "a\u0300b", "éÉ"]
for w in words:
    print(repr(w), [w.upper(), w.lower(), w.title(), w.capitalize(), w.swapcase(), w.casefold()],
          w.isupper(), w.islower(), w.istitle())

chars = "²³¹⁴₅①⑴⒈⓪❶➀½⅓Ⅻ〇一٣۵߃३০੩૬௭൯๓໔༣၄៦᠗᧚𝟎𝟘" + "ªºʰˇ\u0345\u05b0\u0600\u06dd\u200b\u00ad\u2028\u3000\ue000\U000e0001𐍈"
for c in chars:
    print("%04x" % ord(c), c.isalpha(), c.isdecimal(), c.isdigit(), c.isnumeric(), c.isprintable(),
          c.isalnum(), c.isidentifier(), c.isspace(), c.isupper(), c.islower())
print(repr("\u0600\u06dd\u200b\u00ad\u2028\ue000\U000e0001 é ✓ 𐍈"))
print(ascii("ΣΑΣ ﬁ"), "ΣΑΣ ﬁ".encode("utf-8"))
