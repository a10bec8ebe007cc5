# getopt (getopt, gnu_getopt, prefixes, errors) and shlex (split in posix and non-posix modes,
# quotes, escapes, comments, punctuation_chars, quote/join, errors).
import getopt, shlex
argv = ["-a", "-b", "val", "-cfoo", "--long", "--with=1", "--wi", "2", "file", "-x"]
print(getopt.getopt(argv, "ab:c:x", ["long", "with="]))
print(getopt.gnu_getopt(argv, "ab:c:x", ["long", "with="]))
print(getopt.gnu_getopt(["f", "-a", "--", "-b"], "ab"), getopt.gnu_getopt(["f", "-a"], "+a"), getopt.getopt(["-a", "-", "x"], "a"))
for args, short, longs in [(["-z"], "a", []), (["-b"], "b:", []), (["--lo"], "", ["long", "loud"]), (["--long=1"], "", ["long"]),
                           (["--with"], "", ["with="]), (["--nope"], "", ["long"])]:
    try:
        getopt.getopt(args, short, longs)
    except getopt.GetoptError as e:
        print("GetoptError:", e, "|", e.opt, "|", e.msg)
print(getopt.error is getopt.GetoptError)
for s in ['a b  c', 'echo "hello world" \'single q\' esc\\ aped', 'a"b c"d', '"a\\"b" \'c\\\'', 'x # comment', 'path/to/file.txt --opt=1',
          'a && b || c; d > out', '']:
    print(repr(s), shlex.split(s))
print(shlex.split("x # comment y", comments=True), shlex.split("'a b' c", posix=False))
print(list(shlex.shlex("a && b; c(d)", punctuation_chars=True)), list(shlex.shlex("foo bar 'baz qux'")))
lex = shlex.shlex("a=1 b='two words'", posix=True)
lex.whitespace_split = True
print(list(lex))
lex = shlex.shlex("one two\nthree")
print(lex.get_token(), lex.get_token(), lex.get_token(), lex.lineno, repr(lex.get_token()))
for bad in ['"unterminated', "it's", "trailing\\"]:
    try:
        shlex.split(bad)
    except ValueError as e:
        print("ValueError:", e)
print([shlex.quote(s) for s in ["", "safe-name_1.txt", "has space", "it's", "$HOME", "a@b%c+d=e:f,g"]])
print(shlex.join(["ls", "-l", "my file", "x'y"]))
