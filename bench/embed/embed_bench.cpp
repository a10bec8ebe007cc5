// Host resume and host call, pygen against Lua 5.4: the cost a C++ host pays per resumption of a
// suspended generator/coroutine and per call of a small script function. Each side runs the same
// trivial body, so the numbers measure the boundary crossing, not the script.
#include <benchmark/benchmark.h>

extern "C" {
#include <lauxlib.h>
#include <lua.h>
#include <lualib.h>
}

#include <pygen/pygen.h>

namespace {

// ---- pygen ----

void PygenResumeGenerator(benchmark::State& state) {
    pygen::Interpreter py;
    py.exec("def g():\n    x = 0\n    while True:\n        x = yield x\n");
    pygen::Value gen = py.eval("g()");
    pygen::resume(gen);
    pygen::Value one = pygen::Value::from(1);
    for (auto _ : state) {
        pygen::Resume r = pygen::resume(gen, one);
        benchmark::DoNotOptimize(r.value.get());
    }
}
BENCHMARK(PygenResumeGenerator);

void PygenResumeCoroutine(benchmark::State& state) {
    // An `async def` awaiting a host future that never completes: each resume goes coroutine ->
    // Future.__await__ and yields the future back, the NPC loop's shape.
    pygen::Interpreter py;
    py.set("fut", pygen::HostFuture().awaitable());
    py.exec("async def npc():\n    await fut\n");
    pygen::Value co = py.eval("npc()");
    pygen::resume(co);
    for (auto _ : state) {
        pygen::Resume r = pygen::resume(co);
        benchmark::DoNotOptimize(r.value.get());
    }
}
BENCHMARK(PygenResumeCoroutine);

void PygenCallFunction(benchmark::State& state) {
    pygen::Interpreter py;
    py.exec("def add(a, b):\n    return a + b\n");
    pygen::Value f = py.get("add");
    pygen::Value args[2] = {pygen::Value::from(1), pygen::Value::from(2)};
    for (auto _ : state) {
        pygen::Value r = f.call(args, 2);
        benchmark::DoNotOptimize(r.get());
    }
}
BENCHMARK(PygenCallFunction);

void PygenCallFunctionConverted(benchmark::State& state) {
    pygen::Interpreter py;
    py.exec("def add(a, b):\n    return a + b\n");
    pygen::Value f = py.get("add");
    int64_t sum = 0;
    for (auto _ : state) sum += f(1, 2).to_int64();
    benchmark::DoNotOptimize(sum);
}
BENCHMARK(PygenCallFunctionConverted);

// Python calling a C++ host function: 1000 calls per iteration (a script loop), so the time per
// iteration / 1000 is one Python -> host crossing plus a loop step.
void PygenScriptCallsHost1000(benchmark::State& state) {
    pygen::Interpreter py;
    py.def("add", [](int64_t a, int64_t b) { return a + b; });
    py.exec("def loop(n):\n    f = add\n    s = 0\n    for i in range(n):\n        s = f(s, 1)\n    return s\n");
    pygen::Value loop = py.get("loop");
    pygen::Value n = pygen::Value::from(1000);
    for (auto _ : state) {
        pygen::Value r = loop.call(&n, 1);
        benchmark::DoNotOptimize(r.get());
    }
}
BENCHMARK(PygenScriptCallsHost1000);

// The same loop calling a Python function, to separate the loop's own cost from the crossing.
void PygenScriptCallsPython1000(benchmark::State& state) {
    pygen::Interpreter py;
    py.exec("def add(a, b):\n    return a + b\n"
            "def loop(n):\n    f = add\n    s = 0\n    for i in range(n):\n        s = f(s, 1)\n    return s\n");
    pygen::Value loop = py.get("loop");
    pygen::Value n = pygen::Value::from(1000);
    for (auto _ : state) {
        pygen::Value r = loop.call(&n, 1);
        benchmark::DoNotOptimize(r.get());
    }
}
BENCHMARK(PygenScriptCallsPython1000);

// ---- Lua 5.4 ----

void LuaResumeCoroutine(benchmark::State& state) {
    lua_State* L = luaL_newstate();
    luaL_openlibs(L);
    luaL_dostring(L, "function g() local x = 0 while true do x = coroutine.yield(x) end end");
    lua_State* co = lua_newthread(L);
    lua_getglobal(co, "g");
    int nres = 0;
    lua_resume(co, L, 0, &nres);
    lua_pop(co, nres);
    for (auto _ : state) {
        lua_pushinteger(co, 1);
        lua_resume(co, L, 1, &nres);
        benchmark::DoNotOptimize(lua_tointeger(co, -1));
        lua_pop(co, nres);
    }
    lua_close(L);
}
BENCHMARK(LuaResumeCoroutine);

void LuaCallFunction(benchmark::State& state) {
    lua_State* L = luaL_newstate();
    luaL_openlibs(L);
    luaL_dostring(L, "function add(a, b) return a + b end");
    lua_getglobal(L, "add");
    int ref = luaL_ref(L, LUA_REGISTRYINDEX);
    for (auto _ : state) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
        lua_pushinteger(L, 1);
        lua_pushinteger(L, 2);
        lua_call(L, 2, 1);
        benchmark::DoNotOptimize(lua_tointeger(L, -1));
        lua_pop(L, 1);
    }
    lua_close(L);
}
BENCHMARK(LuaCallFunction);

int lua_add(lua_State* L) {
    lua_Integer a = luaL_checkinteger(L, 1), b = luaL_checkinteger(L, 2);
    lua_pushinteger(L, a + b);
    return 1;
}

void LuaScriptCallsHost1000(benchmark::State& state) {
    lua_State* L = luaL_newstate();
    luaL_openlibs(L);
    lua_register(L, "add", lua_add);
    luaL_dostring(L, "function loop(n) local f = add local s = 0 for i = 1, n do s = f(s, 1) end return s end");
    lua_getglobal(L, "loop");
    int ref = luaL_ref(L, LUA_REGISTRYINDEX);
    for (auto _ : state) {
        lua_rawgeti(L, LUA_REGISTRYINDEX, ref);
        lua_pushinteger(L, 1000);
        lua_call(L, 1, 1);
        benchmark::DoNotOptimize(lua_tointeger(L, -1));
        lua_pop(L, 1);
    }
    lua_close(L);
}
BENCHMARK(LuaScriptCallsHost1000);

}  // namespace

BENCHMARK_MAIN();
