# unittest.mock: Mock/MagicMock/AsyncMock/PropertyMock behaviour, call objects, assertion messages,
# patch in its forms, create_autospec, mock_open, seal.
from unittest import mock
from unittest.mock import Mock, MagicMock, call, ANY, sentinel, patch, DEFAULT, AsyncMock, PropertyMock, create_autospec, mock_open
import asyncio, os, json, inspect
m = Mock(name="m")
m(1, 2, a=3)
m.method("x")
m.method.inner(5)
m().chained(7)
print(m.called, m.call_count, m.call_args, m.call_args.args, m.call_args.kwargs)
print(m.call_args_list)
print(m.mock_calls)
print(m.method_calls)
print(m.mock_calls == [call(1, 2, a=3), call.method("x"), call.method.inner(5), call(), call().chained(7)])
print(call(1).foo(2).call_list(), repr(call), repr(call.a.b), call(1, x=ANY) == call(1, x=5))
m.assert_called_with()
m.method.assert_called_once_with("x")
m.assert_any_call(1, 2, a=3)
m.assert_has_calls([call.method("x"), call.method.inner(5)])
m.assert_has_calls([call(), call.method("x")], any_order=True)
for bad in [lambda: m.assert_called_with(9), lambda: m.assert_called_once(), lambda: m.method.assert_not_called(),
            lambda: Mock().assert_called(), lambda: m.assert_has_calls([call(9)]), lambda: m.assert_any_call(8),
            lambda: Mock(name="n").assert_called_with(1), lambda: m.assert_has_calls([call(9)], any_order=True),
            lambda: m.assret_called()]:
    try: bad(); print("no error")
    except (AssertionError, AttributeError) as e: print(type(e).__name__ + ":", e)
import re
print([re.sub(r"id=.[0-9]+.", "ID", repr(x)) for x in (m.method.inner, m(), Mock(), MagicMock(spec=dict), mm_ if False else m.method())])
r = Mock(return_value=5); print(r(), r.return_value)
s = Mock(side_effect=[1, 2, ValueError("third")]); print(s(), s())
try: s()
except ValueError as e: print("VE", e)
try: s()
except StopIteration: print("StopIteration")
s2 = Mock(side_effect=KeyError); 
try: s2()
except KeyError: print("KeyError raised")
s3 = Mock(side_effect=lambda x: x * 2); print(s3(21))
s4 = Mock(side_effect=lambda: DEFAULT, return_value=9); print(s4())
mm = MagicMock()
print(len(mm), list(mm), bool(mm), int(mm), 3 in mm, mm == mm, mm != mm, mm < 1 if False else "skip")
mm.__len__.return_value = 4; mm.__iter__.return_value = [1, 2]; mm.__getitem__.side_effect = lambda k: k * 10
print(len(mm), list(mm), list(mm), mm[3], mm["a"] if False else "")
with mm as entered: print(entered is mm.__enter__.return_value)
mm.__str__.return_value = "hello"; print(str(mm))
mm2 = MagicMock(); mm2.__len__ = lambda self: 7; print(len(mm2))
sp = Mock(spec=["a", "b"]); sp.a(); 
try: sp.c
except AttributeError as e: print("AttributeError:", e)
class Thing:
    x = 1
    def meth(self, a, b=2): return a
    async def ameth(self): return 1
st = Mock(spec=Thing); print(isinstance(st, Thing), st.meth(1)._mock_name, type(st.ameth).__name__)
try: Mock(spec_set=Thing).y = 5
except AttributeError as e: print("AttributeError:", e)
m.reset_mock(); print(m.call_count, m.mock_calls, m.method.called)
m.configure_mock(**{"method.return_value": 3, "other.side_effect": KeyError}); print(m.method())
print(sentinel.foo is sentinel.foo, sentinel.foo, DEFAULT)
w = Mock(wraps=lambda a: a + 1); print(w(1), w.call_args)
parent = Mock(); child = Mock(); parent.attach_mock(child, "kid"); child(1); print(parent.mock_calls)
with patch("os.getcwd", return_value="/fake") as p:
    print(os.getcwd(), p.called)
print(os.getcwd() != "/fake")
@patch("json.dumps")
@patch("json.loads")
def f(loads, dumps, extra=0):
    loads.return_value = {"a": 1}
    return json.loads("x"), dumps is json.dumps, loads.call_args
print(f())
with patch.object(Thing, "meth", return_value=42):
    print(Thing().meth())
print(Thing().meth(5))
d = {"a": 1}
with patch.dict(d, {"b": 2}, clear=True): print(d)
print(d)
with patch.dict("os.environ", {"PYGEN_TEST_VAR": "1"}): print(os.environ["PYGEN_TEST_VAR"])
print("PYGEN_TEST_VAR" in os.environ)
with patch.multiple("json", dumps=DEFAULT, loads=DEFAULT) as vals: print(sorted(vals))
pt = patch("json.dumps", new=lambda o: "patched"); pt.start(); print(json.dumps(1)); pt.stop(); print(json.dumps(1))
try: patch("nodots")
except TypeError as e: print("TypeError:", e)
try:
    with patch.object(Thing, "nonexistent"): pass
except AttributeError as e: print("AttributeError:", e)
am = AsyncMock(return_value=3)
async def main():
    print(await am(1), am.await_count, am.await_args)
    am.assert_awaited_once_with(1)
    mm3 = MagicMock()
    async with mm3 as x: print(type(x).__name__)
    amm = AsyncMock(side_effect=[1, ValueError("x")])
    print(await amm())
    try: await amm()
    except ValueError as e: print("async VE", e)
asyncio.run(main())
print(inspect.iscoroutinefunction(am), asyncio.iscoroutinefunction(am), inspect.iscoroutinefunction(Mock()))
class P:
    @property
    def val(self): return 1
with patch.object(P, "val", new_callable=PropertyMock) as pm:
    pm.return_value = 99
    print(P().val, pm.call_count)
def func(a, b, *, c=1): return a
af = create_autospec(func, return_value=3)
print(af(1, 2, c=3))
try: af(1)
except TypeError as e: print("TypeError:", e)
af.assert_called_once_with(1, 2, c=3)
AC = create_autospec(Thing)
inst = AC(); inst.meth(1)
try: inst.meth()
except TypeError as e: print("TypeError:", e)
inst.meth.assert_called_with(1)
print(isinstance(inst, Thing))
mo = mock_open(read_data="line1\nline2\n")
with patch("builtins.open", mo):
    with open("whatever") as fh:
        print(fh.read())
    with open("again") as fh:
        print(list(fh), fh.readline())
mo.assert_called_with("again")
print(mo.call_count)
print(dir(Mock(spec=["x"]))[:3] if False else "dir ok", "assert_called_with" in dir(Mock()))
n = Mock(); del n.gone
try: n.gone
except AttributeError: print("deleted attr raises")
mock.seal(n); 
try: n.newattr
except AttributeError as e: print("sealed:", e)
print(call.count(), m.call_args_list.__class__.__name__)
