# difflib: junk and autojunk (popular items) in SequenceMatcher, longest-match extension over
# junk, grouped opcodes (and their trimming of the cached opcodes), ratios, close matches with
# ties, context/unified ranges for empty sides, diff_bytes, ndiff hint lines with tabs, restore.
import difflib

s = difflib.SequenceMatcher(lambda c: c == " ", "private Thread currentThread;",
                            "private volatile Thread currentThread;")
print(s.get_matching_blocks(), round(s.ratio(), 4), s.bjunk)
print(s.find_longest_match(0, 29, 0, 38), s.find_longest_match(alo=8, blo=8))
long_b = "ab" * 150 + "c"
m = difflib.SequenceMatcher(None, "xaby" * 3, long_b)
print(sorted(m.bpopular), len(m.b2j), m.get_matching_blocks()[:3])
m2 = difflib.SequenceMatcher(None, "xaby" * 3, long_b, autojunk=False)
print(m2.bpopular, m2.get_matching_blocks()[:3])
m3 = difflib.SequenceMatcher(None, "abcdefghij" * 3, "abcXefghijabcdefYhij" + "abcdefghij")
print(m3.get_opcodes())
print(list(m3.get_grouped_opcodes(1)))
print(m3.get_opcodes()[0], m3.get_opcodes()[-1])
print(round(m3.quick_ratio(), 4), round(m3.real_quick_ratio(), 4), difflib.SequenceMatcher(None, "", "").ratio())
print(list(difflib.SequenceMatcher(None, "", "").get_grouped_opcodes()))
print(difflib.get_close_matches("appel", ["ape", "apple", "peach", "puppy", "appel", "apply"]))
print(difflib.get_close_matches("ab", ["ab", "ba", "ab"], n=5, cutoff=0.0))
for bad in [dict(n=0), dict(cutoff=1.5)]:
    try:
        difflib.get_close_matches("x", ["y"], **bad)
    except ValueError as e:
        print("ValueError", e)
print("".join(difflib.context_diff([], ["a\n", "b\n"], "old", "new")), end="")
print("".join(difflib.unified_diff(["a\n", "b\n"], [], "old", "new", "d1", "d2", n=0)), end="")
print("".join(difflib.unified_diff(["x\n"] * 10 + ["y\n"], ["x\n"] * 10 + ["z\n"], n=2)), end="")
print(list(difflib.diff_bytes(difflib.unified_diff, [b"a\xff\n"], [b"b\n"], b"f1", b"f2")))
for args in [([1], ["a"]), (["a"], ["b"], 5)]:
    try:
        list(difflib.unified_diff(*args[:2], *args[2:]))
    except TypeError as e:
        print("TypeError", e)
try:
    list(difflib.diff_bytes(difflib.unified_diff, ["text"], [b"b"]))
except TypeError as e:
    print("TypeError", e)
delta = list(difflib.ndiff(["\tindented line one\n", "same\n", "gone\n"],
                           ["\tindentd line one!\n", "same\n", "new one\n", "extra\n"]))
print("".join(delta), end="")
print(list(difflib.restore(delta, 1)), list(difflib.restore(delta, 2)))
try:
    list(difflib.restore(delta, 3))
except ValueError as e:
    print("ValueError", e)
print(difflib.IS_LINE_JUNK("  # \n"), difflib.IS_LINE_JUNK("x\n"), difflib.IS_CHARACTER_JUNK("\t"))
print(list(difflib.Differ().compare(["one\n", "two\n", "three\n"], ["ore\n", "tree\n", "emu\n"])))
