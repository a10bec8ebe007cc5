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

}  // namespace

BENCHMARK_MAIN();
