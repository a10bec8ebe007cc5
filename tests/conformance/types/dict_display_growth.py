# Dict displays get tables sized for their items (1-4 entries); inserts past that grow them in
# place, deletes leave holes, merges/copies/updates of such dicts keep order and values (#6).
d = {"a": 1, "b": 2}
d["c"] = 3
d["d"] = 4
d["e"] = 5
d["f"] = 6
print(d, len(d), list(d.items())[-1])

e = {"x": 1}
del e["x"]
e["y"] = 2
e["z"] = 3
print(e, "x" in e, e.get("y"))

f = {1: 1, 1: 2, 2: 3}
print(f, {**f, 3: 4}, dict(f), f.copy(), f == {1: 2, 2: 3})

g = {}
g.update({"a": 1, "b": 2, "c": 3})
h = {"k": 1}
h.update({"a": 1, "b": 2, "c": 3, "d": 4, "e": 5, "f": 6})
print(g, h)

lit = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7}
lit[8] = 8
print(lit)

for n in range(1, 6):
    three = {"p": 1, "q": 2, "r": 3}
    for i in range(n):
        three[f"k{i}"] = i
    del three["q"]
    three["q"] = 9
    print(n, three, len(three), list(reversed(three)))

class Node:
    def __init__(self, v):
        self.meta = {"tag": v, "owner": self}

nodes = [Node(i) for i in range(50)]
for nd in nodes:
    nd.meta["extra"] = nd.meta["tag"] * 2
print(sum(nd.meta["extra"] for nd in nodes), nodes[7].meta["owner"] is nodes[7])
