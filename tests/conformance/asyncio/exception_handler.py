# Custom exception handlers: errors in callbacks, never-retrieved future exceptions on
# destruction, the default handler's context keys.
import asyncio
import gc


def clean(text):
    # CPython's script paths are absolute: keep only the file name.
    folder = __file__.rpartition("/")[0]
    return text.replace(folder + "/", "") if folder else text


def faulty(x):
    raise ZeroDivisionError(f"callback {x}")


def handler(loop, context):
    keys = sorted(context)
    print("handler:", clean(context["message"]), "|", keys, "|", repr(context.get("exception")))


loop = asyncio.new_event_loop()
print(loop.get_exception_handler())
loop.set_exception_handler(handler)
print(loop.get_exception_handler() is handler)
loop.call_soon(faulty, 1)
loop.call_soon(print, "next callback still runs")
loop.run_until_complete(asyncio.sleep(0.001))


async def boom():
    raise KeyError("lost")


t = loop.create_task(boom())
loop.run_until_complete(asyncio.sleep(0.001))
print("task done:", t.done())
del t
gc.collect()
f = loop.create_future()
f.set_exception(ValueError("future lost"))
del f
gc.collect()
loop.call_exception_handler({"message": "custom", "extra": 1})
try:
    loop.set_exception_handler(5)
except TypeError as e:
    print("TypeError:", e)


def bad_handler(loop, context):
    raise RuntimeError("handler broke")


loop.set_exception_handler(None)
loop.close()
print("end")
