"""Summarise an application log: counts per level and component, request latencies, error
details and an hourly histogram, as text or JSON.

    log_analyser.py sample.log
    log_analyser.py sample.log --since 09:00 --level WARN --json
    log_analyser.py sample.log --component web --slow 100
"""
import argparse
import json
import re
import sys
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

LEVELS = ["DEBUG", "INFO", "WARN", "ERROR", "CRITICAL"]

# "2024-03-01 08:00:01,114 INFO  [web] message..."
RECORD = re.compile(
    r"^(?P<stamp>\d{4}-\d\d-\d\d \d\d:\d\d:\d\d),(?P<ms>\d{3})\s+"
    r"(?P<level>[A-Z]+)\s+\[(?P<component>[\w-]+)\]\s+(?P<message>.*)$")
# A web request inside a message: method, path, status and duration.
REQUEST = re.compile(r"\b(?P<method>GET|POST|PUT|DELETE)\s+(?P<path>/\S*)\s+"
                     r"(?P<status>\d{3})\s+(?P<ms>\d+)ms")
KEY_VALUE = re.compile(r"(\w+)=([\w-]+)")


@dataclass
class Record:
    when: datetime
    level: str
    component: str
    message: str
    fields: dict = field(default_factory=dict)

    @property
    def severity(self):
        return LEVELS.index(self.level) if self.level in LEVELS else -1


def parse_line(line):
    m = RECORD.match(line.rstrip("\n"))
    if m is None:
        return None
    when = datetime.strptime(m["stamp"], "%Y-%m-%d %H:%M:%S")
    when += timedelta(milliseconds=int(m["ms"]))
    fields = dict(KEY_VALUE.findall(m["message"]))
    return Record(when, m["level"], m["component"], m["message"], fields)


def read_records(path):
    records, rejected = [], []
    with open(path, encoding="utf-8") as f:
        for number, line in enumerate(f, 1):
            if not line.strip():
                continue
            record = parse_line(line)
            if record is None:
                rejected.append(number)
            else:
                records.append(record)
    return records, rejected


def parse_clock(text):
    """'09:30' or '09:30:15' -> datetime.time; argparse reports the ValueError."""
    for fmt in ("%H:%M:%S", "%H:%M"):
        try:
            return datetime.strptime(text, fmt).time()
        except ValueError:
            pass
    raise argparse.ArgumentTypeError(f"not a time of day: {text!r}")


def select(records, args):
    threshold = LEVELS.index(args.level)
    for r in records:
        if r.severity < threshold:
            continue
        if args.since and r.when.time() < args.since:
            continue
        if args.until and r.when.time() > args.until:
            continue
        if args.component and r.component not in args.component:
            continue
        yield r


def percentile(values, p):
    if not values:
        return None
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return round(ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo), 1)


def summarise(records, slow_ms):
    levels = Counter(r.level for r in records)
    components = Counter(r.component for r in records)
    hours = Counter(r.when.strftime("%H:00") for r in records)
    latencies = defaultdict(list)
    slow, errors, statuses = [], [], Counter()
    for r in records:
        req = REQUEST.search(r.message)
        if req:
            ms = int(req["ms"])
            latencies[req["method"]].append(ms)
            statuses[req["status"][0] + "xx"] += 1
            if ms >= slow_ms:
                slow.append({"at": r.when.isoformat(timespec="milliseconds"),
                             "request": f"{req['method']} {req['path']}", "ms": ms})
        if r.severity >= LEVELS.index("ERROR"):
            errors.append({"at": r.when.strftime("%H:%M:%S"), "level": r.level,
                           "component": r.component, "message": r.message})
    span = (records[-1].when - records[0].when) if records else timedelta(0)
    return {
        "records": len(records),
        "first": records[0].when.isoformat(sep=" ") if records else None,
        "span": str(span),
        "levels": dict(sorted(levels.items(), key=lambda kv: LEVELS.index(kv[0]))),
        "components": dict(components.most_common()),
        "statuses": dict(sorted(statuses.items())),
        "latency": {method: {"count": len(v), "p50": percentile(v, 50),
                             "p90": percentile(v, 90), "max": max(v)}
                    for method, v in sorted(latencies.items())},
        "hourly": dict(sorted(hours.items())),
        "slow": sorted(slow, key=lambda s: -s["ms"]),
        "errors": errors,
        "users": sorted({r.fields["user"] for r in records if "user" in r.fields}),
    }


def print_text(summary, rejected):
    print(f"{summary['records']} records from {summary['first']} spanning {summary['span']}")
    if rejected:
        print(f"skipped unparsable lines: {', '.join(map(str, rejected))}")
    print("\nby level:")
    width = max((len(k) for k in summary["levels"]), default=0)
    for level, n in summary["levels"].items():
        print(f"  {level:<{width}} {n:>3} {'#' * n}")
    print("\nby component:")
    for comp, n in summary["components"].items():
        print(f"  {comp:<10}{n:>3}")
    if summary["latency"]:
        print("\nlatency (ms):")
        print(f"  {'method':<7}{'n':>3}{'p50':>8}{'p90':>8}{'max':>6}")
        for method, s in summary["latency"].items():
            print(f"  {method:<7}{s['count']:>3}{s['p50']:>8}{s['p90']:>8}{s['max']:>6}")
        print("  statuses: " + ", ".join(f"{k}={v}" for k, v in summary["statuses"].items()))
    print("\nper hour:")
    for hour, n in summary["hourly"].items():
        print(f"  {hour} {'*' * n}")
    if summary["slow"]:
        print("\nslow requests:")
        for s in summary["slow"]:
            print(f"  {s['ms']:>6}ms  {s['request']}  at {s['at']}")
    if summary["errors"]:
        print("\nerrors:")
        for e in summary["errors"]:
            print(f"  {e['at']} {e['level']:<8} [{e['component']}] {e['message']}")
    print("\nusers: " + (", ".join(summary["users"]) or "-"))


def build_parser():
    p = argparse.ArgumentParser(prog="log_analyser", description="Summarise an application log.")
    p.add_argument("logfile", help="log file to read")
    p.add_argument("--level", choices=LEVELS, default="DEBUG", help="lowest level kept")
    p.add_argument("--since", type=parse_clock, help="keep records at or after HH:MM[:SS]")
    p.add_argument("--until", type=parse_clock, help="keep records at or before HH:MM[:SS]")
    p.add_argument("--component", action="append", help="keep only this component (repeatable)")
    p.add_argument("--slow", type=int, default=1000, metavar="MS",
                   help="requests at least this slow are listed (default: %(default)s)")
    p.add_argument("--json", action="store_true", help="print the summary as JSON")
    return p


def main(argv=None):
    args = build_parser().parse_args(argv)
    records, rejected = read_records(args.logfile)
    chosen = list(select(records, args))
    summary = summarise(chosen, args.slow)
    if args.json:
        summary["rejected_lines"] = rejected
        print(json.dumps(summary, indent=2))
    else:
        print_text(summary, rejected)
    return 0 if chosen else 1


if __name__ == "__main__":
    sys.exit(main())
