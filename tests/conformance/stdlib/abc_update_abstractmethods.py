# abc.update_abstractmethods recomputes __abstractmethods__ after a class changed (what dataclass
# and total_ordering rely on); functools re-exports abc.get_cache_token.
import abc, functools, dataclasses
class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...
    @abc.abstractmethod
    def stop(self): ...
class Half(Base):
    def run(self): return 1
print(sorted(Half.__abstractmethods__))
Half.stop = lambda self: 2
print(sorted(Half.__abstractmethods__), abc.update_abstractmethods(Half) is Half, sorted(Half.__abstractmethods__), Half().stop())
class Plain: pass
print(abc.update_abstractmethods(Plain) is Plain, hasattr(Plain, '__abstractmethods__'))
class Later(abc.ABC): pass
Later.extra = abc.abstractmethod(lambda self: 0)
print(sorted(abc.update_abstractmethods(Later).__abstractmethods__))
try: Later()
except TypeError as e: print(e)
print(functools.get_cache_token() is abc.get_cache_token(), isinstance(functools.get_cache_token(), object))
@dataclasses.dataclass
class P(abc.ABC):
    x: int
    @property
    @abc.abstractmethod
    def area(self): ...
class Q(P):
    area = 3
print(sorted(P.__abstractmethods__), sorted(Q.__abstractmethods__), Q(1))
