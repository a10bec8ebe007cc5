# open() in text mode: write, append, read, readline, iteration, with-statement, and missing files.
import os
name = "builtins_open_text.tmp"
with open(name, "w") as f:
    print(f.write("first line\n"), f.write("second\n"), f.closed, f.mode, f.name)
print(f.closed)
with open(name, "a") as f:
    print("third", file=f)
with open(name) as f:
    print(repr(f.readline()), repr(f.read()))
with open(name, "r") as f:
    print([line.rstrip("\n") for line in f])
with open(name) as f:
    print(f.readlines())
os.remove(name)
try:
    open("no_such_file_here.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.errno, e.strerror, e.filename)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
