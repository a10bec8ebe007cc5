# OrderedDict iterators and views notice mutation as CPython 3.11: "mutated during iteration" for a
# key added, removed or moved (move_to_end of a key already at that end is no change), "changed size"
# (sticky) for clear(), nothing once the last key was handed out; odict_* types.
from collections import OrderedDict
def t(name, f):
    try:
        r = f()
        print(name, "ok", r)
    except Exception as e:
        print(name, type(e).__name__, e)

def add_during():
    od = OrderedDict.fromkeys('abc')
    for k in od:
        od['z'+k] = 1
def del_during():
    od = OrderedDict.fromkeys('abc')
    for k in od:
        del od[k]
def mte_during():
    od = OrderedDict.fromkeys('abcde')
    out = []
    for k in od:
        out.append(k)
        od.move_to_end('a')
    return out
def mte_first_during():
    od = OrderedDict.fromkeys('abcde')
    out = []
    for k in od:
        out.append(k)
        od.move_to_end(k, last=False)
    return out
def pop_during():
    od = OrderedDict.fromkeys('abcde')
    out = []
    for k in od:
        out.append(k)
        od.popitem()
        od['q'+k]=1
    return out
def popitem_first_during():
    od = OrderedDict.fromkeys('abcde')
    out = []
    for k in od:
        out.append(k)
        od.popitem(last=False)
    return out
def replace_during():
    od = OrderedDict.fromkeys('abcde')
    out = []
    for k in od:
        out.append(k)
        del od[k]; od[k] = 2
    return out
def values_during():
    od = OrderedDict.fromkeys('abc')
    for v in od.values():
        od['x'] = 1
def items_during():
    od = OrderedDict.fromkeys('abc')
    for v in od.items():
        del od['c']
def rev_during():
    od = OrderedDict.fromkeys('abc')
    for v in reversed(od):
        od['x'] = 1
def rev_del():
    od = OrderedDict.fromkeys('abc')
    out=[]
    for v in reversed(od):
        out.append(v); del od[v]
    return out
def clear_during():
    od = OrderedDict.fromkeys('abc')
    out=[]
    for v in od:
        out.append(v); od.clear()
    return out
def clear_refill():
    od = OrderedDict.fromkeys('abc')
    out=[]
    for v in od:
        out.append(v); od.clear(); od.update(dict.fromkeys('xyz'))
    return out
def same_size_change():
    od = OrderedDict.fromkeys('abc')
    out=[]
    for v in od:
        out.append(v); od.pop('c'); od['d']=1
    return out
def eq_mut():
    class K:
        def __init__(s, v): s.v=v
        def __hash__(s): return hash(s.v)
        def __eq__(s, o):
            od.clear(); return True
    od = OrderedDict()
    od[K(1)] = 1
    return od.get(K(1)), len(od)
def od_setdefault_mut():
    class K:
        def __hash__(s): return 1
        def __eq__(s, o):
            od.clear(); return False
    od = OrderedDict()
    od[K()] = 1
    return od.setdefault(K(), 5), len(od)
def od_eq_mut():
    a = OrderedDict.fromkeys('abc'); b = OrderedDict.fromkeys('abc')
    class V:
        def __eq__(s, o): a.clear(); return True
    a['a'] = V(); b['a']=V()
    return a == b
def next_after_exhaust():
    od = OrderedDict.fromkeys('ab')
    it = iter(od)
    list(it)
    od['c']=1
    return list(it)
def iter_then_mut():
    od = OrderedDict.fromkeys('ab')
    it = iter(od)
    next(it)
    od['c']=1
    del od['c']
    return list(it)
def iter_mte_keep():
    od = OrderedDict.fromkeys('abc')
    it = iter(od)
    next(it)
    od.move_to_end('b')
    return list(it)
def last_add():
    od = OrderedDict.fromkeys('abc'); out=[]
    for k in od:
        out.append(k)
        if k == 'c': od['d'] = 1
    return out, list(od)
def mte_same():
    od = OrderedDict.fromkeys('abc'); it = iter(od); next(it); od.move_to_end('c'); return list(it)
def mte_first_same():
    od = OrderedDict.fromkeys('abc'); it = iter(od); next(it); od.move_to_end('a', last=False); return list(it)
def clear_sticky():
    od = OrderedDict.fromkeys('abc'); it = iter(od); next(it); od.clear()
    r = []
    for i in range(2):
        try: next(it)
        except RuntimeError as e: r.append(str(e))
    od['x'] = 1
    try: next(it)
    except RuntimeError as e: r.append(str(e))
    try: r.append(next(it))
    except Exception as e: r.append(type(e).__name__)
    return r
def mutated_then():
    od = OrderedDict.fromkeys('abc'); it = iter(od); next(it); od['x']=1
    r=[]
    try: next(it)
    except RuntimeError as e: r.append(str(e))
    del od['x']
    try: r.append(next(it))
    except Exception as e: r.append(type(e).__name__)
    return r
def value_replace():
    od = OrderedDict.fromkeys('abc'); out=[]
    for k in od:
        od[k] = 5; out.append(k)
    return out, od
def types():
    od = OrderedDict.fromkeys('ab')
    return [type(x).__name__ for x in (iter(od), reversed(od), od.keys(), od.values(), od.items(), iter(od.keys()), iter(od.values()), iter(od.items()), reversed(od.items()), reversed(od.values()))]
def reprs():
    od = OrderedDict.fromkeys('ab')
    return repr(od.keys()), repr(od.values()), repr(od.items()), type(od.keys()).__mro__, isinstance(od.keys(), type({}.keys()))
def popitem_iter():
    od = OrderedDict.fromkeys('abc'); out=[]
    it = reversed(od)
    out.append(next(it)); od.popitem()
    try: next(it)
    except RuntimeError as e: out.append(str(e))
    return out
def dictview_on_od():
    od = OrderedDict.fromkeys('abc')
    it = iter(dict.keys(od)); next(it); od['x']=1
    return list(it)
def reset():
    od = OrderedDict.fromkeys('abc')
    it = iter(od); next(it); od.__init__({'a':2}); return list(it)
def update_existing():
    od = OrderedDict.fromkeys('abc')
    it = iter(od); next(it); od.update({'a':2}); return list(it)
def setdefault_existing():
    od = OrderedDict.fromkeys('abc')
    it = iter(od); next(it); od.setdefault('a',2); od.pop('zz', None); return list(it)
def items_values_mut():
    od = OrderedDict.fromkeys('abc')
    it = iter(od.items()); next(it); od['b'] = 9; return list(it)
def copy_ior():
    od = OrderedDict.fromkeys('abc')
    it = iter(od); next(it); od |= {'a': 3}; return list(it)
def reduce_hint():
    od = OrderedDict.fromkeys('abc'); it = iter(od); next(it)
    return it.__reduce__(), reversed(od.items()).__reduce__(), hasattr(it, '__length_hint__')
def setops():
    od = OrderedDict.fromkeys('ab')
    return od.keys() & {'a'}, len(od.items() | {1}), od.keys() == {'a','b'}, 'a' in od.keys(), ('a', None) in od.items(), len(od.values())
for n, f in list(globals().items()):
    if callable(f) and n not in ('t', 'OrderedDict'):
        t(n, f)
