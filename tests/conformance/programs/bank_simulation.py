# Realistic program: a seeded discrete-event simulation with heapq and dataclasses, the game of life, a random walk.
# Discrete-event simulation of a bank with tellers, seeded random arrivals.
import heapq, random, statistics, itertools
from dataclasses import dataclass, field
from enum import Enum, auto
from collections import deque, defaultdict

class Kind(Enum):
    ARRIVE = auto()
    DEPART = auto()
    BREAK = auto()

@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: Kind = field(compare=False)
    cust: int = field(compare=False, default=-1)
    teller: int = field(compare=False, default=-1)

class Bank:
    def __init__(self, tellers, seed, rate=1.2, service=2.5):
        self.rng = random.Random(seed)
        self.rate, self.service = rate, service
        self.free = list(range(tellers))
        self.queue = deque()
        self.events = []
        self.seq = itertools.count()
        self.now = 0.0
        self.arrivals = {}
        self.waits = []
        self.busy = defaultdict(float)
        self.served = defaultdict(int)
        self.max_q = 0

    def schedule(self, t, kind, **kw):
        heapq.heappush(self.events, Event(t, next(self.seq), kind, **kw))

    def start_service(self, cust, teller):
        self.waits.append(self.now - self.arrivals[cust])
        dur = self.rng.expovariate(1 / self.service)
        self.busy[teller] += dur
        self.served[teller] += 1
        self.schedule(self.now + dur, Kind.DEPART, cust=cust, teller=teller)

    def run(self, until, ncust):
        t = 0.0
        for c in range(ncust):
            t += self.rng.expovariate(self.rate)
            self.schedule(t, Kind.ARRIVE, cust=c)
        self.schedule(until / 2, Kind.BREAK, teller=0)
        while self.events:
            ev = heapq.heappop(self.events)
            if ev.time > until:
                break
            self.now = ev.time
            if ev.kind is Kind.ARRIVE:
                self.arrivals[ev.cust] = self.now
                if self.free:
                    self.start_service(ev.cust, self.free.pop(0))
                else:
                    self.queue.append(ev.cust)
                    self.max_q = max(self.max_q, len(self.queue))
            elif ev.kind is Kind.DEPART:
                if self.queue:
                    self.start_service(self.queue.popleft(), ev.teller)
                else:
                    self.free.append(ev.teller)
                    self.free.sort()
            elif ev.kind is Kind.BREAK:
                if ev.teller in self.free:
                    self.free.remove(ev.teller)
                    self.schedule(self.now + 5, Kind.DEPART, teller=ev.teller)
        return self

    def report(self):
        w = self.waits
        print(f"served={len(w)} queue_left={len(self.queue)} max_q={self.max_q}")
        print(f"wait mean={statistics.mean(w):.4f} median={statistics.median(w):.4f} p90={statistics.quantiles(w, n=10)[-1]:.4f} max={max(w):.4f}")
        for t in sorted(self.busy):
            print(f"  teller {t}: served {self.served[t]:4d} busy {self.busy[t]:9.3f} util {self.busy[t] / self.now:.3f}")

for tellers, seed in [(2, 1), (3, 2), (4, 3)]:
    print(f"== tellers={tellers} seed={seed}")
    Bank(tellers, seed).run(until=2000, ncust=3000).report()

# Game of life on a torus, plus a random walk
def life(cells, w, h, steps):
    for _ in range(steps):
        counts = defaultdict(int)
        for (x, y) in cells:
            for dx in (-1, 0, 1):
                for dy in (-1, 0, 1):
                    if dx or dy:
                        counts[((x + dx) % w, (y + dy) % h)] += 1
        cells = {c for c, n in counts.items() if n == 3 or (n == 2 and c in cells)}
    return cells
rng = random.Random(7)
cells = {(rng.randrange(40), rng.randrange(20)) for _ in range(250)}
final = life(cells, 40, 20, 60)
print(len(final))
grid = [["#" if (x, y) in final else "." for x in range(40)] for y in range(20)]
print("\n".join("".join(r) for r in grid[:6]))
walk = list(itertools.accumulate(rng.choice((-1, 1)) for _ in range(10000)))
print(min(walk), max(walk), walk[-1], sum(1 for a, b in zip(walk, walk[1:]) if a == 0))
