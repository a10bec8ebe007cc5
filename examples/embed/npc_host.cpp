// A game loop driving 10,000 NPC scripts written as `async def` coroutines. Each script awaits
// host events (`await game.wait_frames(n)`); every frame the host completes the events due and
// resumes the scripts waiting on them. Each script has its own instruction budget, so the one
// script that loops forever is stopped without harming the others. Prints a checksum last.
#include <pygen/pygen.h>

#include <cstdint>
#include <iostream>
#include <vector>

namespace {

constexpr int kNpcs = 10000;
constexpr int kFrames = 40;
constexpr int64_t kStepsPerScript = 5000;   // instruction budget of one script, for its whole life

constexpr const char* kScripts = R"(
import game

async def npc(i):
    hp = 100 + i % 17
    x = 0
    for step in range(5):
        frame = await game.wait_frames(1 + (i + step) % 4)
        x += frame * (i % 7 + 1)
        hp -= step
    game.report(i, x + hp)
    return x

async def rogue():
    await game.wait_frames(2)
    while True:          # misbehaves: the budget stops it
        pass
)";

struct Script {
    pygen::Value coroutine;
    int64_t steps_left = kStepsPerScript;
    bool finished = false;
};

}  // namespace

int main() {
    pygen::Interpreter py;
    int64_t frame = 0;
    uint64_t checksum = 0;
    int reports = 0;

    pygen::Module game("game");
    game.def("wait_frames",
             [&](int64_t n) {
                 pygen::HostFuture f;
                 f.awaitable().set_attr("due", pygen::Value::from(frame + n));
                 return f.awaitable();
             })
        .def("report", [&](int64_t id, int64_t value) {
            checksum = checksum * 1000003u + static_cast<uint64_t>(id * 7919 + value);
            ++reports;
        });
    game.install();
    pygen::set_import_allowlist({"game"});
    py.exec(kScripts, "npcs.py");

    std::vector<Script> scripts;
    pygen::Value npc = py.get("npc");
    for (int i = 0; i < kNpcs; ++i) scripts.push_back(Script{npc(i)});
    scripts.push_back(Script{py.get("rogue")()});

    // waiting[f]: the scripts whose awaited event completes at frame f, and the event.
    std::vector<std::vector<std::pair<size_t, pygen::Value>>> waiting(kFrames + 8);
    int stopped = 0, raised = 0, returned = 0;
    auto run = [&](size_t id, const pygen::Value& sent) {
        Script& s = scripts[id];
        pygen::set_budget(s.steps_left);
        pygen::Resume r = pygen::resume(s.coroutine, sent);
        s.steps_left = pygen::budget_left();
        pygen::clear_budget();
        if (r.yielded()) {
            int64_t due = r.value.attr("due").to_int64();
            waiting.at(static_cast<size_t>(due)).push_back({id, r.value});
            return;
        }
        s.finished = true;
        if (r.returned()) {
            ++returned;
            checksum += static_cast<uint64_t>(r.value.to_int64());
        } else if (r.error().matches(pygen::budget_exceeded_type())) {
            ++stopped;
            std::cout << "script " << id << " stopped: " << r.error().what() << "\n";
        } else {
            ++raised;
            std::cout << "script " << id << " raised:\n" << r.error().traceback();
        }
    };

    for (size_t id = 0; id < scripts.size(); ++id) run(id, pygen::Value());
    for (frame = 1; frame < kFrames; ++frame) {
        auto due = std::move(waiting[static_cast<size_t>(frame)]);
        waiting[static_cast<size_t>(frame)].clear();
        for (auto& [id, event] : due) pygen::HostFuture(event).set_result(pygen::Value::from(frame));
        for (auto& [id, event] : due) run(id, pygen::Value());
    }

    std::cout << "npcs " << kNpcs << " returned " << returned << " stopped " << stopped << " raised " << raised
              << " reports " << reports << "\n";
    std::cout << "checksum " << checksum << "\n";
    return stopped == 1 && raised == 0 && returned == kNpcs ? 0 : 1;
}
