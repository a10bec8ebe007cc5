# graphlib: TopologicalSorter (static_order, and prepare/get_ready/done for processing nodes as
# they become ready) and CycleError carrying the cycle found. Kahn's algorithm over per-node
# predecessor counts; cycles found by an iterative depth-first search at prepare().
# CPython counterpart: Lib/graphlib.py (same interface and messages, own implementation).

__all__ = ["TopologicalSorter", "CycleError"]


_END = object()   # marks an exhausted successor iterator (None may be a node)


class CycleError(ValueError):
    """Raised by prepare() when the graph has a cycle; args[1] lists it (first node repeated last)."""


class TopologicalSorter:
    """Provides functionality to topologically sort a graph of hashable nodes"""

    _WAITING, _OUT, _DONE = 0, 1, 2

    def __init__(self, graph=None):
        self._preds = {}        # node -> number of predecessors not yet done
        self._succs = {}        # node -> successors, in insertion order
        self._state = {}
        self._ready = None      # None until prepare()
        self._out = 0
        self._finished = 0
        if graph is not None:
            for node, predecessors in graph.items():
                self.add(node, *predecessors)

    def _ensure(self, node):
        if node not in self._preds:
            self._preds[node] = 0
            self._succs[node] = []
            self._state[node] = self._WAITING

    def add(self, node, *predecessors):
        if self._ready is not None:
            raise ValueError("Nodes cannot be added after a call to prepare()")
        self._ensure(node)
        self._preds[node] += len(predecessors)
        for p in predecessors:
            self._ensure(p)
            self._succs[p].append(node)

    def prepare(self):
        if self._ready is not None:
            raise ValueError("cannot prepare() more than once")
        self._ready = [n for n, count in self._preds.items() if count == 0]
        cycle = self._cycle()
        if cycle:
            raise CycleError("nodes are in a cycle", cycle)

    def _check_prepared(self):
        if self._ready is None:
            raise ValueError("prepare() must be called first")

    def get_ready(self):
        self._check_prepared()
        batch = tuple(self._ready)
        for n in batch:
            self._state[n] = self._OUT
        self._ready = []
        self._out += len(batch)
        return batch

    def is_active(self):
        self._check_prepared()
        return self._finished < self._out or bool(self._ready)

    def __bool__(self):
        return self.is_active()

    def done(self, *nodes):
        self._check_prepared()
        for node in nodes:
            state = self._state.get(node)
            if state is None:
                raise ValueError(f"node {node!r} was not added using add()")
            if state == self._WAITING:
                raise ValueError(f"node {node!r} was not passed out (still not ready)")
            if state == self._DONE:
                raise ValueError(f"node {node!r} was already marked done")
            self._state[node] = self._DONE
            for s in self._succs[node]:
                self._preds[s] -= 1
                if self._preds[s] == 0:
                    self._ready.append(s)
            self._finished += 1

    def _cycle(self):
        # Colours: absent = unvisited, 1 = on the current path, 2 = finished.
        colour = {}
        for start in self._succs:
            if start in colour:
                continue
            path = [start]
            iters = [iter(self._succs[start])]
            colour[start] = 1
            while iters:
                nxt = next(iters[-1], _END)
                if nxt is _END:
                    colour[path.pop()] = 2
                    iters.pop()
                    continue
                c = colour.get(nxt)
                if c == 1:
                    return path[path.index(nxt):] + [nxt]
                if c is None:
                    colour[nxt] = 1
                    path.append(nxt)
                    iters.append(iter(self._succs[nxt]))
        return None

    def static_order(self):
        self.prepare()
        while self.is_active():
            batch = self.get_ready()
            yield from batch
            self.done(*batch)

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)
