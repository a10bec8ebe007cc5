# argparse help and usage text as 3.11 formats it: sections, groups, metavars, choices, wrapping
# of long usage and help, formatter classes, subparsers, version, %(prog)s and %(default)s.
import argparse, sys, io, os
os.environ["COLUMNS"] = "80"

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

p = argparse.ArgumentParser(prog="tool", description="A tool that does things with files and is described at some length so that the description wraps over more than one line.",
                            epilog="See %(prog)s docs.")
p.add_argument("infile", help="input file")
p.add_argument("outfiles", nargs="*", help="outputs")
p.add_argument("--level", type=int, choices=range(1, 4), default=2, help="level %(choices)s, default %(default)s")
p.add_argument("-o", "--output-directory-with-a-very-long-name", metavar="DIR", help="where results go; this help is long enough that it has to be wrapped onto a second line")
p.add_argument("--flag", action="store_true", help=argparse.SUPPRESS)
p.add_argument("--opt", nargs="?", const="c")
p.add_argument("--plus", nargs="+")
p.add_argument("--version", action="version", version="%(prog)s 1.2")
grp = p.add_argument_group("extra", "Extra options for experts.")
grp.add_argument("--x1", help="first")
grp.add_argument("--x2", type=float, help="second")
mx = p.add_mutually_exclusive_group()
mx.add_argument("--fast", action="store_true")
mx.add_argument("--slow", action="store_true")
p.print_help()
print(repr(p.format_usage()))
run(p, ["--version"])
run(p, ["in", "--fast", "--slow"])
run(p, [])

q = argparse.ArgumentParser(prog="raw", formatter_class=argparse.RawDescriptionHelpFormatter,
                            description="line one\n  indented line\n\nafter blank")
q.add_argument("--keep", help="kept\n  as is")
q.print_help()
r = argparse.ArgumentParser(prog="rawtext", formatter_class=argparse.RawTextHelpFormatter)
r.add_argument("--keep", help="kept\n  as is")
r.print_help()
a = argparse.ArgumentParser(prog="defaults", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
a.add_argument("--n", type=int, default=3, help="number")
a.add_argument("pos", nargs="?", default="p", help="positional")
a.add_argument("--no-help", default=1)
a.print_help()

s = argparse.ArgumentParser(prog="git")
s.add_argument("--debug", action="store_true")
sub = s.add_subparsers(dest="command", help="sub-command help")
c = sub.add_parser("commit", help="record changes", aliases=["ci"])
c.add_argument("-m", "--message", required=True)
c.add_argument("paths", nargs="*")
pu = sub.add_parser("push", help="send changes")
pu.add_argument("remote", nargs="?", default="origin")
pu.set_defaults(func="push-func")
s.print_help()
c.print_help()
for args in [["commit", "-m", "msg", "a.py"], ["ci", "-m", "x"], ["--debug", "push"], ["push", "up"], ["commit"], ["pull"], [], ["push", "a", "b"]]:
    run(s, args)
t = argparse.ArgumentParser(prog="t2")
sp = t.add_subparsers(title="commands", description="valid commands", dest="cmd", required=True, metavar="CMD")
sp.add_parser("a", help="do a")
sp.add_parser("b")
t.print_help()
run(t, [])

long = argparse.ArgumentParser(prog="a-program-with-a-long-name")
for i in range(8):
    long.add_argument("--option-number-%d" % i, metavar="VALUE%d" % i)
long.add_argument("first_positional")
long.add_argument("second_positional", nargs="+")
long.print_usage()
verylong = argparse.ArgumentParser(prog="p" * 70)
verylong.add_argument("--aaa")
verylong.add_argument("--bbb")
verylong.add_argument("ccc")
verylong.print_usage()
req = argparse.ArgumentParser(prog="req")
m = req.add_mutually_exclusive_group(required=True)
m.add_argument("-a", action="store_true")
m.add_argument("-b", type=int)
req.add_argument("--must", required=True)
req.print_usage()
run(req, [])
run(req, ["-a", "--must", "1"])
noh = argparse.ArgumentParser(prog="noh", add_help=False, usage="%(prog)s [stuff]")
noh.add_argument("x")
noh.print_help()
parent = argparse.ArgumentParser(add_help=False)
parent.add_argument("--shared", default="s")
child = argparse.ArgumentParser(prog="child", parents=[parent])
child.add_argument("z")
child.print_help()
print(child.parse_args(["q"]))
