# event_sim: a discrete-event simulation of a bank of servers: a heap of event
# objects ordered by __lt__, callbacks as closures and bound methods, customers
# as __slots__ objects, statistics kept in dicts, keyword-argument calls.
import heapq
import sys


class Rng:
    __slots__ = ("state",)

    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 6364136223846793005 + 1442695040888963407) & 0xFFFFFFFFFFFFFFFF
        return self.state >> 33

    def uniform(self, lo, hi):
        return lo + (hi - lo) * (self.next() / 2147483648.0)


class Event:
    __slots__ = ("time", "seq", "action", "payload")

    def __init__(self, time, seq, action, payload=None):
        self.time = time
        self.seq = seq
        self.action = action
        self.payload = payload

    def __lt__(self, other):
        if self.time != other.time:
            return self.time < other.time
        return self.seq < other.seq


class Customer:
    __slots__ = ("cid", "arrived", "kind", "service")

    def __init__(self, cid, arrived, kind, service):
        self.cid = cid
        self.arrived = arrived
        self.kind = kind
        self.service = service


class Stats:
    def __init__(self):
        self.waits = {}
        self.served = {}
        self.max_queue = 0

    def record(self, kind, wait, *, served=True):
        self.waits[kind] = self.waits.get(kind, 0.0) + wait
        if served:
            self.served[kind] = self.served.get(kind, 0) + 1


class Simulation:
    def __init__(self, servers, seed=1):
        self.now = 0.0
        self.queue = []
        self.seq = 0
        self.rng = Rng(seed)
        self.free = servers
        self.waiting = []
        self.stats = Stats()
        self.log = []

    def schedule(self, delay, action, payload=None):
        self.seq += 1
        heapq.heappush(self.queue, Event(self.now + delay, self.seq, action, payload))

    def run(self, until):
        while self.queue:
            ev = heapq.heappop(self.queue)
            if ev.time > until:
                break
            self.now = ev.time
            ev.action(ev.payload)

    def arrival(self, cid):
        kind = ("small", "medium", "large")[self.rng.next() % 3]
        service = {"small": 1.0, "medium": 2.5, "large": 4.0}[kind] * self.rng.uniform(0.5, 1.5)
        cust = Customer(cid, self.now, kind, service)
        if self.free > 0:
            self.start(cust)
        else:
            self.waiting.append(cust)
            if len(self.waiting) > self.stats.max_queue:
                self.stats.max_queue = len(self.waiting)
        self.schedule(self.rng.uniform(0.1, 1.0), self.arrival, cid + 1)

    def start(self, cust):
        self.free -= 1
        self.stats.record(cust.kind, self.now - cust.arrived, served=False)

        def done(_):
            self.free += 1
            self.stats.record(cust.kind, 0.0, served=True)
            if len(self.log) < 5000:
                self.log.append("{:>6} {:<6} {:8.3f}".format(cust.cid, cust.kind, self.now))
            if self.waiting:
                self.start(self.waiting.pop(0))

        self.schedule(cust.service, done)


def main(n):
    sim = Simulation(servers=5, seed=42)
    sim.schedule(0.0, sim.arrival, 0)
    sim.run(until=n)
    waits = sorted(sim.stats.waits.items(), key=lambda kv: kv[1])
    served = sum(sim.stats.served.values())
    text = "|".join(f"{k}:{v:.2f}" for k, v in waits)
    return served, sim.stats.max_queue, len(text), sum(len(s) for s in sim.log), round(sim.now, 3)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 50000
print("event_sim", n, *main(n))
