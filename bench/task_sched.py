# task_sched: a task scheduler over a dependency graph: dataclass tasks with
# priorities, a topological order (Kahn), a ready queue kept sorted with key=,
# workers as classes with properties and a small class hierarchy (super()),
# keyword-argument construction, enum-like class constants, string reports.
import sys
from dataclasses import dataclass, field


@dataclass(order=False)
class Task:
    tid: int
    cost: int
    priority: int = 0
    deps: list = field(default_factory=list)
    tags: tuple = ()
    started: int = -1
    finished: int = -1

    @property
    def done(self):
        return self.finished >= 0


class Worker:
    speed = 1

    def __init__(self, name, *, capacity=1):
        self.name = name
        self.capacity = capacity
        self.current = []
        self.log = []

    @property
    def idle(self):
        return len(self.current) < self.capacity

    def take(self, task, now):
        task.started = now
        self.current.append([task, task.cost])
        self.log.append(task.tid)

    def tick(self, now):
        finished = []
        for slot in self.current:
            slot[1] -= self.speed
            if slot[1] <= 0:
                slot[0].finished = now
                finished.append(slot[0])
        if finished:
            self.current = [s for s in self.current if s[1] > 0]
        return finished


class FastWorker(Worker):
    speed = 2

    def __init__(self, name, **kw):
        super().__init__(name, **kw)
        self.bonus = 0

    def take(self, task, now):
        super().take(task, now)
        if "urgent" in task.tags:
            self.bonus += 1


def make_tasks(n, seed):
    tasks = []
    s = seed
    for i in range(n):
        s = (s * 69069 + 1) & 0xFFFFFFFF
        ndeps = s % 4 if i > 4 else 0
        deps = sorted({(s >> (4 + 3 * k)) % i for k in range(ndeps)}) if i else []
        tags = ("urgent",) if s % 7 == 0 else ("io", "cpu")[s % 2:s % 2 + 1]
        tasks.append(Task(tid=i, cost=1 + (s >> 9) % 6, priority=(s >> 13) % 10, deps=deps, tags=tags))
    return tasks


def topo_order(tasks):
    indeg = {t.tid: len(t.deps) for t in tasks}
    users = {t.tid: [] for t in tasks}
    for t in tasks:
        for d in t.deps:
            users[d].append(t.tid)
    ready = [tid for tid, k in indeg.items() if k == 0]
    order = []
    while ready:
        tid = ready.pop()
        order.append(tid)
        for u in users[tid]:
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
    return order, users


def run(tasks, workers):
    by_id = {t.tid: t for t in tasks}
    order, users = topo_order(tasks)
    waiting = {t.tid: len(t.deps) for t in tasks}
    ready = [by_id[tid] for tid in order if waiting[tid] == 0]
    now = 0
    done = 0
    while done < len(tasks):
        ready.sort(key=lambda t: (-t.priority, t.cost, t.tid))
        for w in workers:
            while w.idle and ready:
                w.take(ready.pop(0), now)
        now += 1
        for w in workers:
            for t in w.tick(now):
                done += 1
                for u in users[t.tid]:
                    waiting[u] -= 1
                    if waiting[u] == 0:
                        ready.append(by_id[u])
    return now


def main(n):
    digest = 0
    total_time = 0
    for r in range(n):
        tasks = make_tasks(600, r + 1)
        workers = [Worker(f"w{i}", capacity=2) for i in range(3)] + [FastWorker("fast", capacity=1)]
        t = run(tasks, workers)
        total_time += t
        lat = sum(task.finished - task.started for task in tasks if task.done)
        report = ", ".join("%s:%d" % (w.name, len(w.log)) for w in workers)
        digest = (digest * 33 + lat + len(report) + workers[-1].bonus) % 1000000007
    return total_time, digest


n = int(sys.argv[1]) if len(sys.argv) > 1 else 60
print("task_sched", n, *main(n))
