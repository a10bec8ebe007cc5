# configparser parser options (inline comments, empty lines in values, allow_no_value, delimiters,
# strict), popitem/del/fallbacks, SectionProxy mutation, type checks and the error classes' fields.
import configparser, io
src = """[DEFAULT]
base = 1
[a]
x = 1 # not a comment without prefixes
y = 2;also
multi = l1

  l3
z : w
[b]
flag
"""
for kw in [{}, {"inline_comment_prefixes": ("#", ";")}, {"empty_lines_in_values": False}, {"allow_no_value": True}, {"comment_prefixes": ()}, {"delimiters": (":",)}, {"strict": False, "allow_no_value": True}]:
    p = configparser.RawConfigParser(**kw)
    try:
        p.read_string(src)
        print(kw, [(s, p.items(s)) for s in p.sections()])
    except configparser.Error as e:
        print(kw, type(e).__name__, e)
p = configparser.ConfigParser()
p.read_string("[s]\na = 1\nb = yes\n")
p["DEFAULT"] = {"d": "D"}
print(p.items("s"), p.items("s", vars={"A": "override"}), p.popitem()[0], p.sections(), len(p))
try: p.popitem()
except KeyError: print("KeyError popitem")
try: del p["DEFAULT"]
except ValueError as e: print(e)
try: del p["zz"]
except KeyError as e: print("KeyError", e)
print(p.getboolean("s", "nope", fallback=False), p.getint("zz", "q", fallback=-1), p.get("DEFAULT", "d"), p.has_option("", "d"), p.has_option("zz", "d"))
p.read_dict({"t": {"k": "v"}})
sec = p["t"]; sec["new"] = "n"; del sec["k"]
try: del sec["k"]
except KeyError as e: print("KeyError", e)
print(dict(sec), sec.name, sec.parser is p, list(p.keys()), "t" in p, p["t"].getint("missing", 5))
try: sec["n2"] = 3
except TypeError as e: print(e)
try: p.add_section(3)
except TypeError as e: print(e)
p2 = configparser.ConfigParser(defaults={"pct": "100%"})
print(p2.defaults())
try: configparser.ConfigParser(interpolation=5)
except TypeError as e: print(e)
try: configparser.ParsingError()
except ValueError as e: print(e)
e = configparser.ParsingError("src"); e.append(3, "'bad'"); print(repr(e), e.errors, e.args)
print(repr(configparser.NoSectionError("s")), configparser.NoOptionError("o", "s").args, configparser.DuplicateSectionError("s").message, configparser.DuplicateOptionError("s", "o").message)
print(isinstance(configparser.MissingSectionHeaderError("f", 1, "l"), configparser.ParsingError), configparser.MissingSectionHeaderError("f", 1, "l").args)
w = configparser.ConfigParser(allow_no_value=True); w.read_string("[x]\nk\nv = a\n  b\n"); out = io.StringIO(); w.write(out); print(repr(out.getvalue()))
