# configparser interpolation: %(name)s and ${section:name} references, their syntax, missing-key
# and depth errors, and set()'s syntax check, for both interpolation classes.
import configparser
for interp in (configparser.BasicInterpolation(), configparser.ExtendedInterpolation()):
    for val in ["${a}", "${x:y}", "${a:b:c}", "$x", "${unclosed", "%(a)s", "%(missing)s", "%x", "%(unclosed", "$$ and %%", "${s2:deep}", "${zz:q}"]:
        p = configparser.ConfigParser(interpolation=interp)
        p.read_dict({"s": {"a": "A", "v": "placeholder"}, "s2": {"deep": "${s:a}-x", "other": "o"}}) if False else None
        p.add_section("s"); p.add_section("s2")
        p.set("s", "a", "A"); 
        p.set("s", "v", "x"); p._sections["s"]["v"] = val
        p._sections["s2"]["deep"] = "${s:a}-x" if isinstance(interp, configparser.ExtendedInterpolation) else "%(other)s-x"
        p._sections["s2"]["other"] = "o"
        try:
            print(type(interp).__name__, repr(val), "->", repr(p.get("s", "v")))
        except configparser.Error as e:
            print(type(interp).__name__, repr(val), "->", type(e).__name__, e)
        for bad in ["50%", "a$b", "%(ok)s", "${ok}"]:
            try:
                p.set("s", "w", bad); print("  set ok", bad)
            except ValueError as e:
                print("  ", e)
