# configparser: reading INI text (comments, continuations, DEFAULT), typed getters, the mapping
# protocol, basic and extended interpolation, write(), converters, files, and the errors' messages.
import configparser, io, sys

INI = """
# global comment
[DEFAULT]
ServerAliveInterval = 45
Compression = yes
CompressionLevel = 9
home = /home/%(user)s
user = nobody

[bitbucket.org]
User = hg
path = %(home)s/repos

[topsecret.server.com]
Port = 50022
ForwardX11 = no
description = first line
    second line

    after blank
; a comment line
empty =
colon: value with = sign
  indented continuation

[paths]
percent = 100%%
"""
cp = configparser.ConfigParser()
cp.read_string(INI)
print(cp.sections(), cp.defaults())
print(cp["bitbucket.org"]["user"], cp["bitbucket.org"]["path"], cp.get("bitbucket.org", "Compression"))
top = cp["topsecret.server.com"]
print(top.getint("port"), top.getboolean("forwardx11"), repr(top["description"]), repr(top["empty"]), repr(top["colon"]))
print(cp.getfloat("DEFAULT", "compressionlevel"), cp.getboolean("bitbucket.org", "compression"), cp["paths"]["percent"])
print(list(top), len(top), "port" in top, "nope" in top, top.get("nope"), top.get("nope", "fb"), cp.get("x", "y", fallback=3))
print(cp.items("bitbucket.org"))
print(cp.items("bitbucket.org", raw=True))
print([(k, v.name) for k, v in cp.items()])
print(cp.has_section("paths"), cp.has_option("paths", "user"), cp.options("paths"), "paths" in cp, len(cp), list(cp))
print(cp.get("bitbucket.org", "path", vars={"home": "/srv"}), cp.get("bitbucket.org", "path", raw=True))
for call in [lambda: cp.get("nosuch", "x"), lambda: cp.get("paths", "nope"), lambda: cp["nosuch"], lambda: top.getint("description"),
             lambda: cp.getboolean("topsecret.server.com", "port"), lambda: cp.add_section("paths"), lambda: cp.add_section("DEFAULT"),
             lambda: cp.set("paths", "x", 5), lambda: cp.set("paths", "bad", "50%"), lambda: cp.set("nosec", "a", "b"), lambda: top["missing"]]:
    try:
        print("ok", call())
    except Exception as e:
        print(type(e).__name__, e)
cp.set("paths", "new", "v1")
cp["newsec"] = {"a": "1", "b": "two", "c": "%(a)s+%(b)s"}
print(cp["newsec"]["c"], cp.remove_option("newsec", "b"), cp.remove_option("newsec", "zz"), cp.remove_section("nosuch"))
try:
    cp["newsec"]["c"]
except configparser.InterpolationMissingOptionError as e:
    print("missing:", e, e.reference)
del cp["newsec"]
buf = io.StringIO(); cp.write(buf); print(buf.getvalue())
buf = io.StringIO(); cp.write(buf, space_around_delimiters=False); print(buf.getvalue()[:80])

bad = ["[a]\nx=1\n[a]\n", "[a]\nx=1\nX=2\n", "x=1\n", "[a]\nno delimiter line\nalso bad\n", "[a]\nv = %(v)s\n", "[a]\nv = %z\n", "[a]\nv = %(w\n"]
for text in bad:
    p = configparser.ConfigParser()
    try:
        p.read_string(text)
        print("read ok", [p.get("a", o) for o in p.options("a")])
    except configparser.Error as e:
        print(type(e).__name__, "|", e, "|", e.args)

p = configparser.ConfigParser(allow_no_value=True, delimiters=("=",), comment_prefixes=("#",), inline_comment_prefixes=(";",), strict=False)
p.read_string("[mysqld]\nskip-external-locking\nkey_buffer = 16M ; inline comment\nurl = http://x;y\n[mysqld]\nmore = 1\n")
print(p.items("mysqld"), p.get("mysqld", "skip-external-locking"))
buf = io.StringIO(); p.write(buf); print(buf.getvalue())

e = configparser.ConfigParser(interpolation=configparser.ExtendedInterpolation())
e.read_string("""
[Common]
home_dir: /Users
library_dir: /Library
system_dir: /System
macports_dir: /opt/local
[Frameworks]
Python: 3.2
path: ${Common:system_dir}/Library/Frameworks/
[Arthur]
nickname: Two Sheds
last_name: Jackson
my_dir: ${Common:home_dir}/twosheds
my_pictures: ${my_dir}/Pictures
python_dir: ${Frameworks:path}/Python/Versions/${Frameworks:Python}
cost: $$5
""")
print(e["Arthur"]["my_pictures"], e["Arthur"]["python_dir"], e["Arthur"]["cost"])
r = configparser.RawConfigParser()
r.read_string("[s]\na = %(b)s\n")
r.set("s", "n", 5)
print(r.get("s", "a"), r.get("s", "n"))
c = configparser.ConfigParser(converters={"list": lambda v: [x.strip() for x in v.split(",")]})
c.read_string("[s]\nitems = a, b ,c\n")
print(c.getlist("s", "items"), c["s"].getlist("items"), sorted(c.converters))
d = configparser.ConfigParser(defaults={"k": "v"}, default_section="common")
d.read_dict({"x": {"n": 1, "f": 2.5}, "y": {}})
print(d.sections(), d.items("x"), d["x"]["k"], d.default_section)
class Cased(configparser.ConfigParser):
    def optionxform(self, s): return s
cc = Cased(); cc.read_string("[S]\nMixedCase = 1\n"); print(cc.options("S"))
print(configparser.DEFAULTSECT, configparser.MAX_INTERPOLATION_DEPTH, repr(cp["paths"]))
deep = configparser.ConfigParser(); deep.read_string("[s]\na = %(a)s\n")
try:
    deep.get("s", "a")
except configparser.InterpolationDepthError as ex:
    print(ex)
import tempfile, os
with tempfile.TemporaryDirectory() as td:
    fn = os.path.join(td, "c.ini")
    with open(fn, "w") as f:
        f.write("[f]\nk = file value\n")
    rc = configparser.ConfigParser()
    print(rc.read([fn, os.path.join(td, "missing.ini")]) == [fn], rc["f"]["k"])
    with open(fn) as f:
        rc2 = configparser.ConfigParser(); rc2.read_file(f); print(rc2.sections())
