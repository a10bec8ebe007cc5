# constraint: a small constraint solver (backtracking with forward checking) over
# Variable/Constraint objects: domains as sets, constraints as subclasses with a
# satisfied() method and closures, most-constrained-variable choice with min(key=),
# undo trail as a list of tuples; solves map colouring and n-queens instances.
import sys


class Variable:
    __slots__ = ("name", "domain", "value")

    def __init__(self, name, domain):
        self.name = name
        self.domain = set(domain)
        self.value = None


class Constraint:
    def __init__(self, *variables):
        self.variables = variables

    def others(self, var):
        return [v for v in self.variables if v is not var]


class NotEqual(Constraint):
    def satisfied(self, a, va, b, vb):
        return va != vb


class NotAttacking(Constraint):
    def __init__(self, a, b, distance):
        super().__init__(a, b)
        self.distance = distance

    def satisfied(self, a, va, b, vb):
        return va != vb and abs(va - vb) != self.distance


class Predicate(Constraint):
    def __init__(self, a, b, fn):
        super().__init__(a, b)
        self.fn = fn

    def satisfied(self, a, va, b, vb):
        if a is self.variables[0]:
            return self.fn(va, vb)
        return self.fn(vb, va)


class Solver:
    def __init__(self, variables, constraints):
        self.variables = variables
        self.by_var = {v.name: [] for v in variables}
        for c in constraints:
            for v in c.variables:
                self.by_var[v.name].append(c)
        self.nodes = 0
        self.trail = []

    def prune(self, var, value):
        mark = len(self.trail)
        for c in self.by_var[var.name]:
            for other in c.others(var):
                if other.value is not None:
                    continue
                for ov in list(other.domain):
                    if not c.satisfied(var, value, other, ov):
                        other.domain.discard(ov)
                        self.trail.append((other, ov))
                if not other.domain:
                    return mark, False
        return mark, True

    def undo(self, mark):
        while len(self.trail) > mark:
            var, val = self.trail.pop()
            var.domain.add(val)

    def solve(self, limit=1):
        found = []
        self._search(found, limit)
        return found

    def _search(self, found, limit):
        unassigned = [v for v in self.variables if v.value is None]
        if not unassigned:
            found.append({v.name: v.value for v in self.variables})
            return len(found) >= limit
        var = min(unassigned, key=lambda v: (len(v.domain), v.name))
        for value in sorted(var.domain):
            self.nodes += 1
            var.value = value
            mark, ok = self.prune(var, value)
            if ok and self._search(found, limit):
                self.undo(mark)
                var.value = None
                return True
            self.undo(mark)
            var.value = None
        return False


def queens(n, limit):
    vs = [Variable(f"q{i}", range(n)) for i in range(n)]
    cs = [NotAttacking(vs[i], vs[j], j - i) for i in range(n) for j in range(i + 1, n)]
    return Solver(vs, cs), limit


def colouring(n, colours, limit):
    vs = [Variable(f"r{i:02d}", range(colours)) for i in range(n)]
    cs = []
    for i in range(n):
        for d in (1, 3, 7):
            j = (i + d) % n
            if i < j:
                cs.append(NotEqual(vs[i], vs[j]))
    cs.append(Predicate(vs[0], vs[1], lambda a, b: a < b))
    return Solver(vs, cs), limit


def main(n):
    digest = 0
    nodes = 0
    for k in range(n):
        for solver, limit in (queens(8 + k % 3, 4), colouring(18 + k % 5, 4, 3)):
            sols = solver.solve(limit)
            nodes += solver.nodes
            for s in sols:
                digest = (digest * 31 + sum(i * v for i, v in enumerate(s.values()))) % 1000000007
    return nodes, digest


n = int(sys.argv[1]) if len(sys.argv) > 1 else 120
print("constraint", n, *main(n))
