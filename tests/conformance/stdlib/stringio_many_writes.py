# timeout: 10
# StringIO.write at the end must cost O(len(s)): logging into a StringIO (pyperformance's
# bm_logging writes 10^4..10^5 records) was quadratic, adding up every earlier chunk's length
# on each write. Also checks that the kept length stays right after overwrites and truncates.
import io

s = io.StringIO()
for i in range(300000):
    s.write("some important information to be logged\n")
v = s.getvalue()
print(len(v), s.tell(), v[:10], v.count("\n"))

# truncate then append, as the benchmark does between runs
s.seek(0)
s.truncate()
print(repr(s.getvalue()), s.tell())
for i in range(5):
    s.write("ab")
print(repr(s.getvalue()), s.tell())

# overwrite in the middle, then keep appending from there and at the end
s.seek(3)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.write("ZZZZZZZ")           # runs past the old end
s.write("!")
print(repr(s.getvalue()), s.tell())
s.seek(0, 2)
s.write("end")
print(repr(s.getvalue()), s.tell())

# a write past the end pads with NULs, then appends continue from there
s.seek(20)
s.write("far")
s.write("+")
print(repr(s.getvalue()), s.tell())
s.truncate(4)
print(repr(s.getvalue()), s.tell())
s.write("q")                 # position 24 > length 4: pads again
print(repr(s.getvalue()), s.tell())

t = io.StringIO("initial")
t.write("AB")
print(repr(t.getvalue()), t.tell())
t.seek(0, 2)
t.write("CD")
print(repr(t.getvalue()), t.tell())
u = io.StringIO("x\r\ny", newline=None)
u.seek(0, 2)
u.write("\rz")
print(repr(u.getvalue()), u.tell(), u.newlines)
