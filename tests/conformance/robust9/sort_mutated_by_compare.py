# list.sort while a comparison or key function mutates the list: clear() of the list being sorted
# (which looks empty then) is no change, anything else is "list modified during sort" (#9).
def t(name, f):
    try: print(name, repr(f())[:100])
    except BaseException as e: print(name, type(e).__name__, str(e)[:100])

class C:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        l.clear()
        return s.v < o.v
    def __repr__(s): return "C(%d)" % s.v
l = [C(i) for i in (3, 1, 2)]
t("clear_in_lt", lambda: l.sort())
print(l)
class A:
    def __init__(s, v): s.v = v
    def __lt__(s, o):
        l.append(0)
        return s.v < o.v
    def __repr__(s): return "A(%d)" % s.v
l = [A(i) for i in (3, 1, 2)]
t("append_in_lt", lambda: l.sort())
print(l)
l = [3, 1, 2]
def key(x):
    l.clear()
    return x
t("clear_in_key", lambda: l.sort(key=key))
print(l)
l = [3, 1, 2]
def key2(x):
    l.extend([9, 9])
    l.clear()
    return x
t("extend_then_clear_in_key", lambda: l.sort(key=key2))
print(l)
