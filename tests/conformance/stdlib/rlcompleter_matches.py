# rlcompleter.Completer: keyword endings, namespace before builtins, callables with "(",
# attribute completion with private names hidden until asked for, the state protocol.
import rlcompleter


class Thing:
    value = 3
    _private = 4
    __very = 5

    def method(self):
        pass

    def takes(self, x):
        pass

    @property
    def prop(self):
        raise RuntimeError('properties are not evaluated')


ns = {'thing': Thing(), 'tally': 1, 'tuple': 'shadowed', 'Thing': Thing}
c = rlcompleter.Completer(ns)


def all_of(text):
    out = []
    state = 0
    while True:
        item = c.complete(text, state)
        if item is None:
            return out
        out.append(item)
        state += 1


for text in ('t', 'tr', 'fin', 'Tr', 'pas', 'el', 'is', 'thing.', 'thing._', 'thing.__v', 'thing.m', 'Thing.va',
             'thing.zz', 'nothere.x', '1.x', 'ma', 'thing.prop', 'thing.pr'):
    print(repr(text), all_of(text)[:12])
print(sorted(all_of('_'))[:3])   # builtins' own order differs between interpreters
print(c.complete('   ', 1), c.complete('thing.value.real', 0))
for bad in ([], [1], 'x'):
    try:
        print(rlcompleter.Completer(bad).use_main_ns)
    except TypeError as e:
        print('TypeError:', e)
print(rlcompleter.get_class_members(bool)[:3], len(rlcompleter.get_class_members(bool)) > len(dir(bool)))
main_c = rlcompleter.Completer()
print(main_c.complete('rlcomp', 0), main_c.complete('all_o', 0))
