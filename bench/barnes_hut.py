# barnes_hut: a 2-D Barnes-Hut gravity simulation: a Vec class with operator
# methods (__add__, __sub__, __mul__) and __slots__, bodies as objects, a
# quadtree of Quad nodes rebuilt every step, recursive force evaluation,
# float arithmetic and attribute access throughout.
import math
import sys


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def norm2(self):
        return self.x * self.x + self.y * self.y


class Body:
    __slots__ = ("pos", "vel", "mass")

    def __init__(self, pos, vel, mass):
        self.pos = pos
        self.vel = vel
        self.mass = mass


class Quad:
    def __init__(self, cx, cy, half):
        self.cx = cx
        self.cy = cy
        self.half = half
        self.mass = 0.0
        self.com = Vec(0.0, 0.0)
        self.body = None
        self.kids = None

    def quadrant(self, p):
        return (1 if p.x >= self.cx else 0) + (2 if p.y >= self.cy else 0)

    def subdivide(self):
        h = self.half / 2
        self.kids = [Quad(self.cx + (h if i & 1 else -h), self.cy + (h if i & 2 else -h), h)
                     for i in range(4)]

    def insert(self, b, depth=0):
        if self.mass == 0.0 and self.kids is None:
            self.body = b
        else:
            if self.kids is None:
                if depth > 40:
                    self.mass += b.mass
                    return
                self.subdivide()
                old = self.body
                self.body = None
                self.kids[self.quadrant(old.pos)].insert(old, depth + 1)
            self.kids[self.quadrant(b.pos)].insert(b, depth + 1)
        total = self.mass + b.mass
        self.com = (self.com * self.mass + b.pos * b.mass) * (1.0 / total)
        self.mass = total

    def force_on(self, b, theta2, eps2):
        if self.mass == 0.0 or self.body is b:
            return Vec(0.0, 0.0)
        d = self.com - b.pos
        r2 = d.norm2() + eps2
        if self.kids is None or (4.0 * self.half * self.half) < theta2 * r2:
            return d * (self.mass / (r2 * math.sqrt(r2)))
        f = Vec(0.0, 0.0)
        for k in self.kids:
            if k.mass:
                f = f + k.force_on(b, theta2, eps2)
        return f


def make_bodies(n):
    bodies = []
    s = 7
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        a = (s % 10000) / 10000.0 * 2 * math.pi
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        r = 0.1 + (s % 10000) / 10000.0
        pos = Vec(r * math.cos(a), r * math.sin(a))
        vel = Vec(-math.sin(a) * 0.3, math.cos(a) * 0.3)
        bodies.append(Body(pos, vel, 1.0 / n))
    return bodies


def step(bodies, dt):
    root = Quad(0.0, 0.0, 4.0)
    for b in bodies:
        if abs(b.pos.x) < 4.0 and abs(b.pos.y) < 4.0:
            root.insert(b)
    for b in bodies:
        f = root.force_on(b, 0.25, 1e-4)
        b.vel = b.vel + f * dt
    for b in bodies:
        b.pos = b.pos + b.vel * dt
    return root.mass


def main(n, steps=6):
    bodies = make_bodies(n)
    m = 0.0
    for _ in range(steps):
        m += step(bodies, 0.01)
    e = sum(0.5 * b.mass * b.vel.norm2() for b in bodies)
    cx = sum(b.pos.x * b.mass for b in bodies)
    return "%.9f %.9f %.6f" % (e, cx, m)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 650
print("barnes_hut", n, main(n))
