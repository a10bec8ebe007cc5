# Realistic program: an argparse command line with subcommands, help and errors, and logging with handlers, filters and formats.
import argparse
import logging
import sys
import io

def build_parser():
    p = argparse.ArgumentParser(prog="tool", description="A sample tool that does things.",
                                epilog="See docs for more.", formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("-v", "--verbose", action="count", default=0, help="more output")
    p.add_argument("--version", action="version", version="%(prog)s 1.2.3")
    p.add_argument("-c", "--config", metavar="FILE", help="config file (default: %(default)s)", default="tool.ini")
    sub = p.add_subparsers(dest="cmd", required=True, title="commands")
    a = sub.add_parser("add", help="add numbers")
    a.add_argument("nums", nargs="+", type=float)
    a.add_argument("--round", type=int, choices=range(0, 5), default=2)
    s = sub.add_parser("search", aliases=["s"], help="search text")
    s.add_argument("pattern")
    s.add_argument("files", nargs="*", default=["-"])
    s.add_argument("-i", "--ignore-case", action="store_true")
    s.add_argument("-n", "--max", type=int, default=None)
    g = s.add_mutually_exclusive_group()
    g.add_argument("--count", action="store_true")
    g.add_argument("--list", action="store_true")
    k = sub.add_parser("kv")
    k.add_argument("-D", dest="defs", action="append", default=[], metavar="K=V")
    k.add_argument("--mode", choices=["fast", "slow"], default="fast")
    k.add_argument("--flag", action=argparse.BooleanOptionalAction, default=True)
    k.add_argument("--const", action="store_const", const=42)
    k.add_argument("rest", nargs=argparse.REMAINDER)
    return p

def run(argv):
    p = build_parser()
    out = io.StringIO()
    old = sys.stdout, sys.stderr
    sys.stdout = sys.stderr = out
    code = 0
    try:
        ns = p.parse_args(argv)
        print(sorted(vars(ns).items(), key=lambda kv: kv[0]))
    except SystemExit as e:
        code = e.code
    finally:
        sys.stdout, sys.stderr = old
    print(f"$ tool {' '.join(argv)}  -> exit {code}")
    print(out.getvalue().rstrip())

for argv in [["add", "1", "2.5", "--round", "3"], ["-vv", "s", "foo", "a.txt", "b.txt", "-i", "--count"],
             ["search", "x", "--count", "--list"], ["add"], ["kv", "-D", "a=1", "-Db=2", "--no-flag", "--const", "--", "x", "-y"],
             ["--help"], ["add", "--help"], ["kv", "--mode", "medium"], ["--version"], ["bogus"], ["add", "1", "--round", "9"],
             ["add", "one"], ["-c", "x.ini", "s", "pat", "-n", "3"]]:
    run(argv)

p2 = argparse.ArgumentParser(prog="p2", add_help=False)
p2.add_argument("--x", type=int)
p2.add_argument("pos")
ns, extra = p2.parse_known_args(["--x", "3", "a", "--unknown", "b"])
print(ns, extra)
print(p2.format_usage().strip())
ns = argparse.Namespace(a=1)
print(ns, "a" in ns, ns == argparse.Namespace(a=1))
p3 = argparse.ArgumentParser(prog="p3", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
p3.add_argument("--size", type=int, default=10, help="the size")
p3.add_argument("--name", default="bob", help="the name")
grp = p3.add_argument_group("extra", "extra options")
grp.add_argument("--deep", action="store_true", help="go deep")
print(p3.format_help())
p3.set_defaults(func=len)
print(p3.parse_args([]).func)

# logging
logger = logging.getLogger("app")
logger.setLevel(logging.DEBUG)
stream = io.StringIO()
h = logging.StreamHandler(stream)
h.setFormatter(logging.Formatter("%(levelname)-8s %(name)s:%(funcName)s:%(lineno)d %(message)s"))
logger.addHandler(h)
child = logging.getLogger("app.db")
child.setLevel(logging.WARNING)

class OnlyOdd(logging.Filter):
    def filter(self, rec):
        return getattr(rec, "n", 1) % 2 == 1

def work():
    logger.debug("debug %d", 1)
    logger.info("info %s", "two")
    child.info("suppressed")
    child.warning("db warn %r", {"k": 1})
    try:
        1 / 0
    except ZeroDivisionError:
        logger.exception("failed op")
    logger.log(25, "custom level")
    h.addFilter(OnlyOdd())
    for n in range(4):
        logger.info("n=%d", n, extra={"n": n})
    h.removeFilter(h.filters[0])
    adapter = logging.LoggerAdapter(logger, {"user": "ann"})
    adapter.warning("adapted")
work()
text = stream.getvalue()
lines = text.splitlines()
for l in lines:
    if l.startswith("  File"):
        l = l.split(",")[0].rsplit("/", 1)[-1]
    print(l)
logging.addLevelName(25, "NOTICE")
print(logging.getLevelName(25), logging.getLevelName("NOTICE"), logging.getLevelName(10), logging.getLevelName(33))
print(logger.isEnabledFor(logging.DEBUG), child.getEffectiveLevel(), logging.getLogger("app.db.x").getEffectiveLevel())
print(child.parent is logger, logging.getLogger().name, logger.hasHandlers())
logging.basicConfig(stream=sys.stdout, level=logging.INFO, format="[%(levelname)s] %(message)s")
logging.info("root info")
logging.debug("root debug hidden")
logging.getLogger("other").warning("propagated %s", "up")
rec = logging.makeLogRecord({"msg": "hi %s", "args": ("there",), "levelno": 30})
print(rec.getMessage(), rec.levelno)
fmt = logging.Formatter("{levelname}|{message}", style="{")
print(fmt.format(logging.makeLogRecord({"msg": "brace", "levelname": "X"})))
fmt = logging.Formatter("$levelname/$message", style="$")
print(fmt.format(logging.makeLogRecord({"msg": "dollar", "levelname": "Y"})))
logging.disable(logging.CRITICAL)
logging.critical("never")
logging.disable(logging.NOTSET)
logging.warning("back")
