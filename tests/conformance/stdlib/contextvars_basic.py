# contextvars (C++ _contextvars): ContextVar get/set/reset and Token errors, Context mapping API and
# run(), copy_context, and asyncio: each Task runs in its own copied context, call_soon(context=)
# and create_task(context=) are honoured, asyncio.run leaves the caller's context alone.
import contextvars as c
v=c.ContextVar('x', default=1); print(repr(v)[:30]); t=v.set(2); print(repr(t)[:30], repr(c.Token.MISSING), t.old_value, t.var is v)
ctx=c.copy_context(); print(type(ctx).__name__, len(ctx), list(ctx.items())[0][1], v in ctx, ctx[v], ctx.get(v), list(ctx.keys()) == [v], list(ctx.values()))
try: ctx.run(ctx.run, print)
except RuntimeError as e: print(str(e)[:40])
print(ctx.run(lambda: (v.set(5), v.get())[1]), v.get(), ctx[v])
try: v.reset(t); v.reset(t)
except RuntimeError as e: print(str(e)[:20], 'used once' in str(e))
w=c.ContextVar('w')
try: w.get()
except LookupError as e: print(type(e).__name__, e.args[0] is w)
print(w.get('dflt'))
try: c.ContextVar(1)
except TypeError as e: print(e)
try: ctx['a']
except Exception as e: print(type(e).__name__, e)
print(c.Context() == c.Context(), len(c.Context()), v.name)
t2 = w.set(1)

try: c.copy_context().run(w.reset, t2)
except ValueError as e: print('ValueError', 'different Context' in str(e))
try: v.reset(t2)
except ValueError as e: print('ValueError', 'different ContextVar' in str(e))
try: c.Token()
except RuntimeError as e: print(e)
try: hash(c.Context())
except TypeError as e: print(e)
import asyncio
req = c.ContextVar('req', default='none')
async def handler(i):
    req.set(f'r{i}')
    await asyncio.sleep(0)
    return req.get()
async def main():
    req.set('main')
    res = await asyncio.gather(*(handler(i) for i in range(3)))
    print(res, req.get())
    loop = asyncio.get_running_loop()
    ctx2 = c.copy_context(); ctx2.run(req.set, 'special')
    f = loop.create_future()
    loop.call_soon(lambda: (print('cb sees', req.get()), f.set_result(None)), context=ctx2)
    await f
    t = asyncio.create_task(handler(9), context=ctx2)
    print(await t, ctx2[req])
asyncio.run(main())
print(req.get())
