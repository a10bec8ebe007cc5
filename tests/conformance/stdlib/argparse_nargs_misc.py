# argparse: nargs REMAINDER/PARSER/'*'/'?' splitting among positionals, intermixed parsing,
# parse_known_args, fromfile-less prefix chars, allow_abbrev, conflict handling, exit_on_error,
# BooleanOptionalAction, custom actions, repr of parsers/actions/namespaces, error() override.
import argparse, sys, io, os
os.environ["COLUMNS"] = "72"

def run(parser, args, how="parse_args"):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = getattr(parser, how)(args)
    except SystemExit as e:
        result = "exit %s" % e.code
    except Exception as e:
        result = "%s: %s" % (type(e).__name__, e)
    finally:
        sys.stdout, sys.stderr = old
    print(args, "->", result)
    if out.getvalue():
        print("stdout:", out.getvalue(), end="")
    if err.getvalue():
        print("stderr:", err.getvalue(), end="")

p = argparse.ArgumentParser(prog="split")
p.add_argument("a", nargs="*")
p.add_argument("b", nargs="?")
p.add_argument("c", nargs=2)
p.add_argument("-x")
for args in [["1", "2"], ["1", "2", "3"], ["1", "2", "3", "4", "5"], ["1", "-x", "X", "2", "3"], ["1"]]:
    run(p, args)

r = argparse.ArgumentParser(prog="rem")
r.add_argument("--flag", action="store_true")
r.add_argument("cmd")
r.add_argument("rest", nargs=argparse.REMAINDER)
r.print_help()
for args in [["run", "--flag", "-z", "q"], ["--flag", "go"], ["go", "--", "x"]]:
    run(r, args)

i = argparse.ArgumentParser(prog="mix")
i.add_argument("--foo")
i.add_argument("cmd")
i.add_argument("rest", nargs="*", type=int)
for args in [["doit", "1", "--foo", "bar", "2", "3"], ["--foo", "b", "x"]]:
    run(i, args, "parse_intermixed_args")
    run(i, args)
run(i, ["x", "1", "--zzz", "2"], "parse_known_args")
run(i, ["x", "1", "--zzz", "2"], "parse_known_intermixed_args")

pl = argparse.ArgumentParser(prog="plus", prefix_chars="+-")
pl.add_argument("+f", action="store_true")
pl.add_argument("++bar")
pl.add_argument("-m", type=int)
pl.print_help()
for args in [["+f"], ["++bar", "x", "-m", "3"], ["++ba=y"]]:
    run(pl, args)

na = argparse.ArgumentParser(prog="noabbrev", allow_abbrev=False)
na.add_argument("--verbose", action="store_true")
na.add_argument("--value")
for args in [["--verb"], ["--verbose"], ["--value=3"]]:
    run(na, args)

amb = argparse.ArgumentParser(prog="amb")
amb.add_argument("--alpha")
amb.add_argument("--alps")
amb.add_argument("-n", type=int)
amb.add_argument("num", nargs="?", type=float)
for args in [["--al", "1"], ["--alp", "2"], ["--alph", "3"], ["-n", "-1"], ["-5"], ["-n", "-x"], ["--", "-2.5"]]:
    run(amb, args)
neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("-1", dest="one", action="store_true")
neg.add_argument("x", nargs="?")
for args in [["-1"], ["-2"], ["--", "-2"]]:
    run(neg, args)

res = argparse.ArgumentParser(prog="res", conflict_handler="resolve")
res.add_argument("-a", "--all", help="old")
res.add_argument("-a", help="new")
res.print_help()
try:
    err = argparse.ArgumentParser(prog="err")
    err.add_argument("--dup")
    err.add_argument("--dup")
except argparse.ArgumentError as e:
    print("ArgumentError:", e, "|", e.argument_name, "|", e.message)

ne = argparse.ArgumentParser(prog="noexit", exit_on_error=False)
ne.add_argument("--n", type=int)
ne.add_argument("--c", choices="abc")
for args in [["--n", "x"], ["--c", "z"]]:
    run(ne, args)

b = argparse.ArgumentParser(prog="bool")
b.add_argument("--color", action=argparse.BooleanOptionalAction, default=True, help="use color")
b.add_argument("--fancy", action=argparse.BooleanOptionalAction)
b.print_help()
for args in [[], ["--no-color"], ["--color", "--fancy"], ["--no-fancy"]]:
    run(b, args)

class Upper(argparse.Action):
    def __init__(self, option_strings, dest, nargs=None, **kwargs):
        super().__init__(option_strings, dest, nargs=nargs, **kwargs)
    def __call__(self, parser, namespace, values, option_string=None):
        setattr(namespace, self.dest, [v.upper() for v in values] if isinstance(values, list) else values.upper())
c = argparse.ArgumentParser(prog="custom")
act = c.add_argument("--name", action=Upper, nargs="+", help="names")
print(repr(act))
print(repr(c))
run(c, ["--name", "ab", "cd"])
ns = argparse.Namespace(a=1, b="x")
print(ns, ns == argparse.Namespace(b="x", a=1), "a" in ns, vars(ns))
print(repr(argparse.FileType("w", encoding="utf-8")), repr(argparse.FileType()))

class Quiet(argparse.ArgumentParser):
    def error(self, message):
        raise ValueError("custom: " + message)
q = Quiet(prog="quiet")
q.add_argument("--n", type=int, required=True)
run(q, [])
run(q, ["--n", "z"])

t = argparse.ArgumentParser(prog="types")
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is not even" % s)
    return v
t.add_argument("--e", type=even)
t.add_argument("--f", type=open)
t.add_argument("--d", default="12", type=int)
t.add_argument("--l", nargs=2, type=int, default=[0, 0])
for args in [["--e", "4"], ["--e", "3"], ["--f", "/nonexistent/zzz"], ["--l", "1", "x"]]:
    run(t, args)
t.set_defaults(d="7", extra=True)
run(t, [])
print(t.get_default("d"), t.get_default("extra"), t.get_default("missing"))

ver = argparse.ArgumentParser(prog="ver")
ver.add_argument("-V", action="version", version="%(prog)s 9.9")
ver.add_argument("--count", "-c", action="count")
run(ver, ["-ccc"])
run(ver, ["-V"])
run(ver, ["-h"])
