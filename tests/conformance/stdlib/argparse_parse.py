# argparse parsing: positionals/optionals, nargs, choices, type, default, every builtin action,
# abbreviations, '--', negative numbers, mutually exclusive groups, errors with exit status 2.
import argparse, sys, io

def run(parser, args):
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = out, err
    try:
        result = parser.parse_args(args)
    except SystemExit as e:
        result = "exit %s" % e.code
    finally:
        sys.stdout, sys.stderr = old
    print(args, "->", result)
    if out.getvalue():
        print("stdout:", out.getvalue(), end="")
    if err.getvalue():
        print("stderr:", err.getvalue(), end="")

p = argparse.ArgumentParser(prog="demo")
p.add_argument("src")
p.add_argument("dst", nargs="?", default="out")
p.add_argument("-n", "--count", type=int, default=1)
p.add_argument("-v", "--verbose", action="count", default=0)
p.add_argument("-q", action="store_true")
p.add_argument("--no-color", dest="color", action="store_false")
p.add_argument("--tag", action="append")
p.add_argument("--const", action="store_const", const=42)
p.add_argument("--mode", choices=["fast", "slow"], default="fast")
p.add_argument("--pair", nargs=2, metavar=("A", "B"))
p.add_argument("--many", nargs="*")
p.add_argument("--ext", action="extend", nargs="+")
p.add_argument("--ac", dest="tag", action="append_const", const="C")
p.add_argument("--ratio", type=float)
for args in [["a"], ["a", "b", "-n", "3"], ["-vvv", "a"], ["-n5", "a"], ["--count=7", "a"], ["--cou", "2", "a"],
             ["a", "--tag", "x", "--tag=y", "--ac"], ["a", "--mode", "slow", "-q", "--no-color", "--const"],
             ["a", "--pair", "1", "2", "--many"], ["a", "--many", "1", "2", "--ext", "p", "q", "--ext", "r"],
             ["--", "-a", "-b"], ["a", "--ratio", "-1.5"], ["-qv", "a"],
             [], ["a", "b", "c"], ["a", "-n", "x"], ["a", "--mode", "medium"], ["a", "--pair", "1"],
             ["a", "--bogus"], ["a", "-n"], ["a", "--ratio", "abc"], ["a", "-q=1"]]:
    run(p, args)

g = argparse.ArgumentParser(prog="mx")
grp = g.add_mutually_exclusive_group(required=True)
grp.add_argument("--on", action="store_true")
grp.add_argument("--off", action="store_true")
g.add_argument("nums", nargs="+", type=int)
for args in [["--on", "1", "2"], ["--on", "--off", "1"], ["1"], ["--off"], ["--o", "1"]]:
    run(g, args)

r = argparse.ArgumentParser(prog="rest")
r.add_argument("cmd")
r.add_argument("rest", nargs=argparse.REMAINDER)
r.add_argument("-x", type=int, default="5")
run(r, ["run", "-x", "1", "--foo"])
run(r, ["run"])
neg = argparse.ArgumentParser(prog="neg")
neg.add_argument("x", type=int)
neg.add_argument("-1", dest="one", action="store_true")
run(neg, ["-1", "5"])
ns, extras = p.parse_known_args(["a", "--zzz", "b", "--count", "2", "extra"])
print(ns, extras)
print(argparse.Namespace(a=1, b="x") == argparse.Namespace(b="x", a=1), "a" in argparse.Namespace(a=1))
print(repr(p._actions[2]))
d = argparse.ArgumentParser(prog="def")
d.add_argument("--x", type=int)
d.set_defaults(x=3, y="why")
print(d.parse_args([]), d.get_default("x"), d.get_default("y"))
ne = argparse.ArgumentParser(prog="ne", exit_on_error=False)
ne.add_argument("--n", type=int)
try:
    ne.parse_args(["--n", "q"])
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
def even(s):
    v = int(s)
    if v % 2:
        raise argparse.ArgumentTypeError("%r is odd" % s)
    return v
t = argparse.ArgumentParser(prog="typ")
t.add_argument("n", type=even)
run(t, ["4"])
run(t, ["3"])
try:
    t.add_argument("--n", "--n")
    t.add_argument("--n")
except argparse.ArgumentError as e:
    print("ArgumentError:", e)
for bad in [dict(action="store", nargs=0), dict(action="bogus"), dict(type="int")]:
    try:
        argparse.ArgumentParser().add_argument("--z", **bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
b = argparse.ArgumentParser(prog="bool")
b.add_argument("--feature", action=argparse.BooleanOptionalAction, default=True, help="toggle")
run(b, ["--no-feature"])
run(b, ["-h"])
