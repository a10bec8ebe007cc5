# io: StringIO, BytesIO, open() in text and binary modes (FileIO, BufferedReader/Writer/Random,
# TextIOWrapper with encodings, errors and newline translation) and io's errors.
import io, os
s = io.StringIO()
print(s.write("hello\nworld\n"), s.getvalue(), s.tell())
s.seek(0); print(repr(s.readline()), repr(s.read()), list(io.StringIO("a\nb\nc")))
b = io.BytesIO(b"abc\ndef")
print(b.read(2), b.readline(), b.read(), b.tell(), b.seek(1), b.write(b"ZZ"), b.getvalue())
name = "io_tmp_%d.txt" % os.getpid()
with open(name, "w") as f:
    print(type(f).__name__, f.write("line1\nline2\r\nline3é\n"), f.encoding, f.mode, f.name == name)
with open(name, "rb") as f:
    print(type(f).__name__, f.read())
with open(name) as f:
    print(f.readlines())
with open(name, newline="") as f:
    print(f.readlines())
with open(name, "r+b") as f:
    print(type(f).__name__, f.read(3), f.tell(), f.seek(0), f.write(b"LINE"), f.seek(0), f.read())
with open(name, "a", encoding="latin-1") as f:
    f.write("é")
with open(name, encoding="latin-1") as f:
    print(f.read()[-4:])
with open(name, "rb", buffering=0) as f:
    print(type(f).__name__, f.read(4), f.mode)
try:
    open(name, "rt", encoding="ascii").read()
except UnicodeDecodeError as e:
    print("UnicodeDecodeError", e.reason)
with open(name, "r", encoding="ascii", errors="replace") as f:
    print(f.read()[-5:])
f = open(name)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open(name, "r").write("x")
except io.UnsupportedOperation as e:
    print("UnsupportedOperation", e)
try:
    open(name, "rw")
except ValueError as e:
    print(e)
try:
    open("no/such/file")
except FileNotFoundError as e:
    print(e)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(isinstance(open(name), io.TextIOBase), isinstance(open(name, "rb"), io.BufferedIOBase), isinstance(io.BytesIO(), io.IOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
with open(name, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(name, "rb") as f:
    print(f.read())
with open(name) as f:
    print(repr(f.read()), f.newlines)
with open(name, "x") if False else open(name, "w") as f:
    pass
try:
    open(name, "x")
except FileExistsError as e:
    print("FileExistsError", e.errno)
with open(name, "w") as f:
    f.write("0123456789")
with open(name) as f:
    print(f.read(3), f.tell(), f.readline(), f.tell())
os.remove(name)
