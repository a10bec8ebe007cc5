# SETUP_ANNOTATIONS with a non-dict mapping as the namespace (exec with custom locals) goes
# through the mapping's __getitem__/__setitem__.
class M:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d[k]
    def __setitem__(self, k, v): print("set", k); self.d[k] = v
    def __contains__(self, k): return k in self.d
m = M()
exec("x: int", {}, m)
print(sorted(m.d))
exec("y: int = 3", {}, m)
print(m.d['__annotations__'], m.d['y'])
class Bad:
    def __getitem__(self, k): raise RuntimeError("boom")
    def __setitem__(self, k, v): pass
try:
    exec("z: int", {}, Bad())
except RuntimeError as e:
    print("RuntimeError:", e)
