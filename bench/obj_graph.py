# obj_graph: allocation- and cycle-heavy code: many short-lived objects that
# point at each other (parent/child back references, doubly linked lists,
# observers holding bound methods), dicts and lists of them created and
# dropped per round so the cycle collector has real work; some survive.
import sys


class Observer:
    def __init__(self, subject):
        self.subject = subject
        self.seen = 0
        subject.listeners.append(self.notify)

    def notify(self, value):
        self.seen += value


class Subject:
    def __init__(self, name):
        self.name = name
        self.listeners = []

    def emit(self, value):
        for cb in self.listeners:
            cb(value)


class Link:
    __slots__ = ("value", "prev", "next")

    def __init__(self, value):
        self.value = value
        self.prev = None
        self.next = None


class DList:
    def __init__(self):
        self.head = None
        self.tail = None
        self.size = 0

    def push(self, value):
        node = Link(value)
        if self.tail is None:
            self.head = self.tail = node
        else:
            node.prev = self.tail
            self.tail.next = node
            self.tail = node
        self.size += 1

    def total(self):
        s = 0
        node = self.head
        while node is not None:
            s += node.value
            node = node.next
        return s


class TreeNode:
    def __init__(self, key, parent=None):
        self.key = key
        self.parent = parent
        self.children = {}
        self.meta = {"key": key, "depth": 0 if parent is None else parent.meta["depth"] + 1}


def build_tree(seed, n):
    root = TreeNode(seed)
    nodes = [root]
    s = seed
    for i in range(n):
        s = (s * 1103515245 + 12345) & 0x7FFFFFFF
        parent = nodes[s % len(nodes)]
        child = TreeNode(i, parent)
        parent.children[i] = child
        nodes.append(child)
    return root, nodes


def main(n):
    keep = []
    checksum = 0
    for r in range(n):
        root, nodes = build_tree(r, 400)
        checksum += sum(nd.meta["depth"] for nd in nodes) % 1000
        dl = DList()
        for i in range(300):
            dl.push(i ^ r)
        checksum += dl.total()
        subj = Subject(f"s{r}")
        obs = [Observer(subj) for _ in range(20)]
        for v in range(10):
            subj.emit(v)
        checksum += sum(o.seen for o in obs)
        pairs = [(i, [i, str(i)]) for i in range(100)]
        checksum += len({k: v for k, v in pairs})
        if r % 50 == 0:
            keep.append(nodes[r % len(nodes)])
    return checksum, len(keep)


n = int(sys.argv[1]) if len(sys.argv) > 1 else 350
print("obj_graph", n, *main(n))
