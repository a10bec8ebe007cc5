# stringio_lines: io.StringIO as a line buffer: write 5,000 formatted lines, getvalue, then read
# them back by iteration, by readline and by read/seek; the checksum sums the lengths.
import io
import sys

SIZE = int(sys.argv[1]) if len(sys.argv) > 1 else 20


def main():
    total = 0
    for r in range(SIZE):
        buf = io.StringIO()
        for i in range(5000):
            buf.write("line %d of round %d\n" % (i, r))
        text = buf.getvalue()
        total += len(text)
        buf.seek(0)
        for line in buf:
            total += len(line)
        src = io.StringIO(text)
        while True:
            line = src.readline()
            if not line:
                break
            total += 1
        src.seek(0)
        total += len(src.read(100)) + src.tell()
    print(total)


main()
