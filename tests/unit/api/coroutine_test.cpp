// Host-driven generators and coroutines: resume/throw/close, host futures, asyncio stepping, layout.
#include <gtest/gtest.h>

#include "../runtime_fixture.h"
#include "pygen/pygen.h"

namespace pygen {
namespace {

class ApiCoroutine : public test::RuntimeFixture {};

TEST_F(ApiCoroutine, ResumeGivesYieldedThenReturned) {
    Interpreter py;
    py.exec("def g():\n    x = yield 1\n    y = yield x + 1\n    return x + y\n");
    Value gen = py.eval("g()");
    Resume r = resume(gen);
    ASSERT_TRUE(r.yielded());
    EXPECT_EQ(r.value.to_int64(), 1);
    r = resume(gen, Value::from(10));
    ASSERT_TRUE(r.yielded());
    EXPECT_EQ(r.value.to_int64(), 11);
    r = resume(gen, Value::from(5));
    ASSERT_TRUE(r.returned());
    EXPECT_EQ(r.value.to_int64(), 15);
    EXPECT_TRUE(is_finished(gen));
    // gen_send_ex2 on an exhausted generator: Return None.
    r = resume(gen, Value::from(1));
    EXPECT_TRUE(r.returned());
    EXPECT_TRUE(r.value.is_none());
}

TEST_F(ApiCoroutine, RaisedExceptionComesBackAsRaised) {
    Interpreter py;
    py.exec("def g():\n    yield 1\n    raise ValueError('in script')\n");
    Value gen = py.eval("g()");
    EXPECT_TRUE(resume(gen).yielded());
    Resume r = resume(gen);
    ASSERT_TRUE(r.raised());
    EXPECT_EQ(r.error().type_name(), "ValueError");
    EXPECT_EQ(r.error().message(), "in script");
    EXPECT_NE(r.error().traceback().find("in g"), std::string::npos);
    EXPECT_TRUE(is_finished(gen));
}

TEST_F(ApiCoroutine, MisuseThrowsError) {
    Interpreter py;
    py.exec("def g():\n    yield 1\nasync def c():\n    return 3\n");
    EXPECT_THROW(resume(py.eval("g()"), Value::from(1)), Error);   // non-None into a fresh generator
    Value co = py.eval("c()");
    Resume r = resume(co);
    EXPECT_TRUE(r.returned());
    EXPECT_EQ(r.value.to_int64(), 3);
    try {
        resume(co);
        FAIL();
    } catch (const Error& e) {
        EXPECT_EQ(e.message(), "cannot reuse already awaited coroutine");
    }
    py.def("reenter", [](Value gen) { return resume(gen).value; });
    py.exec("def h():\n    yield reenter(me)\nme = h()\n");
    Resume inner = resume(py.get("me"));
    ASSERT_TRUE(inner.raised());
    EXPECT_EQ(inner.error().message(), "generator already executing");
}

TEST_F(ApiCoroutine, ThrowAndClose) {
    Interpreter py;
    py.exec(
        "log = []\n"
        "def g():\n    try:\n        yield 1\n    except KeyError:\n        yield 'caught'\n"
        "    finally:\n        log.append('closed')\n");
    Value gen = py.eval("g()");
    resume(gen);
    Resume r = throw_into(gen, builtins().attr("KeyError"));
    ASSERT_TRUE(r.yielded());
    EXPECT_EQ(r.value.str_view(), "caught");
    close(gen);
    EXPECT_TRUE(is_finished(gen));
    EXPECT_EQ(py.eval("log").repr(), "['closed']");
    Value g2 = py.eval("g()");
    resume(g2);
    r = throw_into(g2, py.eval("ValueError('x')"));
    EXPECT_TRUE(r.raised());
    EXPECT_EQ(r.error().type_name(), "ValueError");
}

TEST_F(ApiCoroutine, CoroutineAwaitsHostFuture) {
    Interpreter py;
    std::vector<HostFuture> pending;
    py.def("wait_frames", [&](int64_t n) {
        HostFuture f;
        f.awaitable().set_attr("frames", Value::from(n));
        pending.push_back(f);
        return f.awaitable();
    });
    py.exec("async def npc():\n    a = await wait_frames(3)\n    try:\n        await wait_frames(1)\n"
            "    except KeyError as e:\n        return a, repr(e)\n");
    Value co = py.eval("npc()");
    Resume r = resume(co);
    ASSERT_TRUE(r.yielded());
    ASSERT_TRUE(HostFuture::is_host_future(r.value));
    EXPECT_EQ(r.value.attr("frames").to_int64(), 3);
    // Resuming before completion suspends again on the same future.
    r = resume(co);
    ASSERT_TRUE(r.yielded());
    EXPECT_TRUE(r.value.is(pending[0].awaitable()));
    HostFuture(r.value).set_result(Value::from("ok"));
    r = resume(co);
    ASSERT_TRUE(r.yielded());
    pending[1].set_exception(py.eval("KeyError('gone')"));
    r = resume(co);
    ASSERT_TRUE(r.returned());
    EXPECT_EQ(r.value.repr(), "('ok', \"KeyError('gone')\")");
    EXPECT_THROW(pending[1].set_result(Value::none()), Error);
}

TEST_F(ApiCoroutine, AsyncioLoopSteppedByHost) {
    Interpreter py;
    Value loop = new_event_loop();
    py.set("loop", loop);
    py.exec(
        "import asyncio\nlog = []\n"
        "async def worker(n):\n    for i in range(n):\n        log.append(i)\n        await asyncio.sleep(0)\n"
        "task = loop.create_task(worker(3))\n");
    int steps = 0;
    while (!py.eval("task.done()").truthy() && steps < 20) {
        step_loop(loop);
        ++steps;
    }
    EXPECT_EQ(py.eval("log").repr(), "[0, 1, 2]");
    EXPECT_GE(steps, 3);
    loop.attr("close")();
}

TEST_F(ApiCoroutine, LayoutOfASuspendedGenerator) {
    Interpreter py;
    py.exec("def g(a):\n    b = a * 2\n    yield b\n");
    Value gen = py.eval("g(4)");
    EXPECT_EQ(layout(gen).item("frame_state").str_view(), "CREATED");
    resume(gen);
    Value lay = layout(gen);
    EXPECT_EQ(lay.item("frame_state").str_view(), "SUSPENDED");
    EXPECT_EQ(lay.item("locals").repr(), "{'a': 4, 'b': 8}");
    EXPECT_EQ(lay.item("f_lineno").to_int64(), 3);
}

}  // namespace
}  // namespace pygen
