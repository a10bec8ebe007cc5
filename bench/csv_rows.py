# csv_rows: csv.writer writes 20,000 rows of mixed fields (ints, floats, text needing quotes and
# doubled quotes) into a StringIO, then csv.reader parses them back; the checksum sums lengths.
import csv, io, sys
SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 20000
def main():
    out = io.StringIO()
    w = csv.writer(out)
    for i in range(SIZE):
        w.writerow([i, "name %d" % i, 'say "hi"', 3.5 * i, "a,b" if i % 3 == 0 else "plain"])
    text = out.getvalue()
    total = len(text)
    for row in csv.reader(io.StringIO(text)):
        total += len(row) + len(row[1])
    print(total)
main()
