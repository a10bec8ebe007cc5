# datetime_ops: 30,000 steps of datetime + timedelta, isoformat, weekday, strftime, fromisoformat,
# comparison and datetime - datetime; the checksum sums lengths, weekdays and day counts.
import datetime, sys
SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 30000
def main():
    d = datetime.datetime(2020, 1, 1, 8, 30)
    step = datetime.timedelta(hours=7, minutes=13, seconds=5)
    total = 0
    for i in range(SIZE):
        d = d + step
        s = d.isoformat()
        total += d.weekday() + len(s)
        total += len(d.strftime("%Y-%m-%d %H:%M:%S"))
        e = datetime.datetime.fromisoformat(s)
        if e == d:
            total += 1
        total += (e - datetime.datetime(2020, 1, 1)).days
    print(total)
main()
