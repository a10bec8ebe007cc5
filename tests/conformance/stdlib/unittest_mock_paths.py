# unittest.mock: how calls are named along chains of children and return values, reprs,
# spec/spec_set/autospec errors, magic method defaults, patch forms, mock_open, seal, AsyncMock.
import asyncio
import copy
import inspect
import pickle
import re
import sys
import types
from unittest import mock
from unittest.mock import (ANY, DEFAULT, AsyncMock, MagicMock, Mock, NonCallableMagicMock,
                           NonCallableMock, PropertyMock, call, create_autospec, mock_open,
                           patch, seal, sentinel)


def show(label, value):
    print(label, re.sub(r"id='\d+'", "id=ID", repr(value)))


def attempt(label, func):
    try:
        result = func()
    except Exception as exc:
        print(label, type(exc).__name__ + ':', re.sub(r"id='\d+'", "id=ID", str(exc)))
    else:
        show(label, result)


# names along chains
root = Mock()
root.a.b(1)
root.a().c.d(2)
root()()(3)
root.x().y()(4)
show('mock_calls', root.mock_calls)
show('method_calls', root.method_calls)
show('a.mock_calls', root.a.mock_calls)
show('a().mock_calls', root.a().mock_calls)
for child in (root.a.b, root.a().c.d, root()(), root.x().y(), root.x().y()()):
    show('repr', child)
named = Mock(name='top')
show('named child', named.one().two)
print(named.one().two._extract_mock_name())

# attach_mock, configure_mock, reset_mock
parent = MagicMock()
loose = Mock(return_value=3)
parent.attach_mock(loose, 'child')
parent.child(9)
show('attached calls', parent.mock_calls)
cfg = Mock()
cfg.configure_mock(**{'method.return_value': 5, 'other.side_effect': KeyError, 'plain': 1})
print(cfg.method(), cfg.plain)
attempt('side_effect', cfg.other)
cfg.method(1)
cfg.reset_mock(return_value=True)
print(cfg.method.call_count, isinstance(cfg.method(), Mock), cfg.plain)
rv = Mock(return_value=Mock())
rv()()
rv.reset_mock()
print(rv.return_value.call_count)

# side_effect forms, wraps
seq = Mock(side_effect=[1, DEFAULT, ValueError('third')])
seq.return_value = 'dflt'
print(seq(), seq())
attempt('third', seq)
attempt('exhausted', seq)
wrapper = Mock(wraps=lambda a, b=2: a + b)
print(wrapper(1), wrapper(1, b=5), wrapper.call_args_list)
wrapped_obj = Mock(wraps=[3, 1, 2])
print(wrapped_obj.count(1), wrapped_obj.index(2))

# spec, spec_set, deletion, dir
class Shape:
    sides = 4

    def area(self, scale):
        return scale

    @classmethod
    def build(cls, n):
        return cls()

    @staticmethod
    def kind(x, y=1):
        return 'shape'

    async def draw(self, where):
        return where


sp = Mock(spec=Shape)
print(isinstance(sp, Shape), sp.__class__.__name__, type(sp.draw).__name__)
attempt('missing', lambda: sp.volume)
strict = Mock(spec_set=Shape)
attempt('spec_set', lambda: setattr(strict, 'volume', 1))
strict.sides = 3
print(strict.sides)
free = Mock()
del free.gone
attempt('deleted', lambda: free.gone)
attempt('deleted twice', lambda: delattr(free, 'gone'))
free.kept = 1
print([n for n in dir(free) if not n.startswith('_')][:6], 'kept' in dir(free))
attempt('assert typo', lambda: Mock().assret_called_once())
attempt('assert typo unsafe', lambda: type(Mock(unsafe=True).assert_thing).__name__)
attempt('spec a mock', lambda: Mock(spec=Mock()))
attempt('unsupported magic', lambda: setattr(Mock(), '__getattr__', 1))
listed = MagicMock(spec=['__len__', 'go'])
print(len(listed))
attempt('no iter', lambda: iter(listed))

# magic method defaults
mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), float(mm), complex(mm), 5 in mm, mm.__index__())
print(mm == mm, mm != mm, mm == 3, mm != 3, hash(mm) == object.__hash__(mm))
print(str(mm) == object.__str__(mm), sys.getsizeof(mm) > 0)
print(re.sub(r'\d+', 'N', mm.__fspath__()))
attempt('lt', lambda: mm < 3)
mm.__lt__.return_value = True
print(mm < 3)
mm.__eq__.return_value = False
print(mm == mm)
type(mm).__str__.return_value = 'text'
print(str(mm))
mm.__iter__.return_value = iter([1, 2])
print(list(mm), list(mm))
mm.__getitem__ = lambda self, key: key * 2
print(mm[21])
del mm.__getitem__
attempt('deleted magic', lambda: mm[1])
nc = NonCallableMagicMock()
attempt('non callable', nc)
print(type(nc.attr).__name__, type(MagicMock().__aenter__).__name__)

# call objects
print(call(1, a=2) == ((1,), {'a': 2}), call.f(1) == ('f', (1,)), call.f(1) == ('g', (1,)))
print(call(1) == (1,), call() == (), call(a=1) == ({'a': 1},), call == 'x' if False else '')
show('call list', call(1).method(2).other(3).call_list())
show('call attrs', (call.count, call.index(1), call(1, x=2).args, call(1, x=2).kwargs))
attempt('ANY hash', lambda: hash(ANY))
print(call(ANY, 2) == call(7, 2), [call(1), call(2)] == [call(1), call(ANY)])
print(pickle.loads(pickle.dumps(sentinel.marker)) is sentinel.marker,
      copy.deepcopy(sentinel.marker) is sentinel.marker, repr(sentinel.marker))

# assertion messages
m = Mock(name='m')
m(1)
m.x(2)
for check in (lambda: m.assert_called_with(2), lambda: m.assert_called_once_with(2, z=1),
              lambda: m.assert_not_called(), lambda: m.x.assert_called_once(),
              lambda: m.assert_has_calls([call(1), call.y(3)]),
              lambda: m.assert_has_calls([call.y(3)], any_order=True),
              lambda: m.assert_any_call(5), lambda: Mock().assert_called_with(),
              lambda: Mock().assert_called_once()):
    attempt('assert', check)
m.assert_has_calls([call(1), call.x(2)])

# autospec
auto = create_autospec(Shape)
inst = auto(1) if False else auto()
attempt('class call', lambda: auto(1, 2))
inst.area(3)
attempt('method sig', lambda: inst.area())
attempt('classmethod sig', lambda: auto.build())
print(auto.build(1) is auto.build.return_value, auto.kind(1, y=2) is not None)
attempt('staticmethod sig', lambda: auto.kind())
inst.area.assert_called_with(scale=3)
attempt('missing attr', lambda: auto.nothing)
print(type(auto).__name__, type(inst).__name__, type(inst.draw).__name__)


def plain(a, b, *, c=1):
    return a


fake = create_autospec(plain, return_value=7)
print(fake(1, 2), type(fake).__name__, fake.__name__, inspect.signature(fake))
attempt('func sig', lambda: fake(1))
fake.assert_called_once_with(1, b=2)
fake.reset_mock()
print(fake.called, fake.mock.call_count)


async def coro_func(x):
    return x


afake = create_autospec(coro_func)
print(asyncio.run(afake(1)).__class__.__name__, afake.await_count)
attempt('async instance', lambda: create_autospec(coro_func, instance=True))
attempt('autospec a mock', lambda: create_autospec(Mock()))

# patch
target = types.ModuleType('patch_target')
target.value = 1
target.func = plain
sys.modules['patch_target'] = target
with patch('patch_target.value', 2) as new:
    print(target.value, new)
print(target.value)
with patch('patch_target.func', autospec=True) as f:
    target.func(1, 2)
    attempt('patched sig', lambda: target.func())
    print(f.call_args)
with patch.object(target, 'missing', create=True, new=5):
    print(target.missing)
print(hasattr(target, 'missing'))
attempt('no attr', lambda: patch('patch_target.missing').start())
attempt('bad target', lambda: patch('nodots'))
attempt('spec and autospec', lambda: patch('patch_target.value', spec=int, autospec=True).start())
attempt('new and new_callable', lambda: patch('patch_target.value', 1, new_callable=Mock))
attempt('str object', lambda: patch.object('patch_target', 'value'))
attempt('typo', lambda: patch('patch_target.value', autospect=True))
with patch.multiple('patch_target', value=DEFAULT, func=DEFAULT) as made:
    print(sorted(made), type(made['value']).__name__)


@patch('patch_target.value', 10)
@patch.object(target, 'func')
def decorated(fn_mock, extra):
    return target.value, type(fn_mock).__name__, extra


show('decorated', decorated('arg'))
print(len(decorated.patchings))
data = {'a': 1}
with patch.dict(data, {'b': 2}, c=3):
    print(sorted(data.items()))
print(data)
with patch.dict(data, clear=True):
    print(data)
print(data)
p1 = patch('patch_target.value', 99)
p2 = patch.dict(data, {'z': 0})
p1.start()
p2.start()
print(target.value, sorted(data))
patch.stopall()
print(target.value, sorted(data), p1.stop())


class WithProp:
    @property
    def size(self):
        return 1


with patch.object(WithProp, 'size', new_callable=PropertyMock) as prop:
    prop.return_value = 42
    obj = WithProp()
    print(obj.size)
    obj.size = 5
    print(prop.mock_calls)

# mock_open
opener = mock_open(read_data='line1\nline2\nline3\n')
with patch('builtins.open', opener):
    with open('x') as fh:
        print(repr(fh.readline()), list(fh))
    with open('x') as fh:
        print(fh.read())
    with open('x') as fh:
        print(fh.readlines())
    with open('y', 'w') as fh:
        fh.write('out')
print(opener.call_args_list)
opener.return_value.write.assert_called_once_with('out')
binary = mock_open(read_data=b'\x00\x01')
print(binary().read())

# seal
sealed = Mock()
sealed.known.value = 1
seal(sealed)
print(sealed.known.value)
attempt('sealed new', lambda: sealed.unknown)
attempt('sealed child', lambda: sealed.known.other)
attempt('sealed call', lambda: sealed.known())

# AsyncMock


async def use_async():
    am = AsyncMock(return_value=5)
    print(await am(1), am.await_count, am.await_args, asyncio.iscoroutinefunction(am))
    am.assert_awaited_once_with(1)
    for check in (lambda: am.assert_awaited_with(2), lambda: am.assert_not_awaited(),
                  lambda: am.assert_any_await(3), lambda: am.assert_has_awaits([call(9)]),
                  lambda: AsyncMock().assert_awaited(), lambda: AsyncMock().assert_awaited_with(1),
                  lambda: am.assert_has_awaits([call(9)], any_order=True)):
        attempt('await assert', check)
    effects = AsyncMock(side_effect=[1, 2])
    print(await effects(), await effects())
    try:
        await effects()
    except StopAsyncIteration:
        print('StopAsyncIteration')
    async with MagicMock() as cm:
        print(type(cm).__name__)
    it = MagicMock()
    it.__aiter__.return_value = [1, 2, 3]
    print([x async for x in it])
    print(inspect.signature(am))


asyncio.run(use_async())
