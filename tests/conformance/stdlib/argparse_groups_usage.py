# argparse usage of mutually exclusive groups: required groups, hidden members, parentheses in
# metavars and choices, adjacent groups, long wrapped usage with groups; exit() without stderr.
import argparse, sys, io, os
os.environ["COLUMNS"] = "60"

p = argparse.ArgumentParser(prog="PROG")
p.add_argument("positional", metavar="(example) positional")
p.add_argument("-p", "--optional", choices=["1 (option A)", "2 (option B)"])
p.print_help()

q = argparse.ArgumentParser(prog="req1")
g = q.add_mutually_exclusive_group(required=True)
g.add_argument("--only")
g.add_argument("--hidden", help=argparse.SUPPRESS)
q.print_usage()

r = argparse.ArgumentParser(prog="adjacent")
g1 = r.add_mutually_exclusive_group()
g1.add_argument("-a", action="store_true")
g1.add_argument("-b", action="store_true")
g2 = r.add_mutually_exclusive_group(required=True)
g2.add_argument("-c", action="store_true")
g2.add_argument("-d", action="store_true")
g2.add_argument("-e", action="store_true", help=argparse.SUPPRESS)
r.add_argument("files", nargs="*")
r.print_help()
for args in [["-c"], ["-a", "-b", "-c"], ["-a"], ["-c", "-d"], ["-e", "x"]]:
    err = io.StringIO()
    old, sys.stderr = sys.stderr, err
    try:
        print(args, r.parse_args(args))
    except SystemExit as e:
        print(args, "exit", e.code, err.getvalue().splitlines()[-1])
    finally:
        sys.stderr = old

w = argparse.ArgumentParser(prog="wrapping-program-name")
wg = w.add_mutually_exclusive_group()
for name in ["--first-choice", "--second-choice", "--third-choice"]:
    wg.add_argument(name, metavar="VALUE")
w.add_argument("--other", nargs="+", metavar=("X", "Y"))
w.add_argument("inputs", nargs="+")
w.add_argument("output", nargs="?")
w.print_usage()

pos = argparse.ArgumentParser(prog="posgroup")
pg = pos.add_mutually_exclusive_group()
pg.add_argument("--flag", action="store_true")
pg.add_argument("name", nargs="?", default="d")
pos.print_usage()
print(pos.parse_args([]), pos.parse_args(["n"]), pos.parse_args(["--flag"]))

old, sys.stderr = sys.stderr, None
try:
    argparse.ArgumentParser(prog="quiet").exit(0, "message nobody sees")
except SystemExit as e:
    sys.stderr = old
    print("exit", e.code)
