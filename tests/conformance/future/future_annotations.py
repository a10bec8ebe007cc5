from __future__ import annotations
# PEP 563: annotations are kept as their source text and never evaluated.
import sys


def f(a: List[int], b: "quoted" = 1, *args: Tuple[int, ...], k: dict[str, int | None], **kw: Any) -> Iterator[T]:
    pass


print(f.__annotations__)
print(f.__code__.co_flags)


class Node:
    value: int
    left: Optional[Node] = None
    __secret: Private
    (parenthesized): NotStored
    attr_target: lambda x, *, y=2: x + y

    def method(self, __hidden: Mangled) -> Node:
        pass


print(Node.__annotations__)
print(Node.method.__annotations__)
print(Node.left)

x: UndefinedName = 5
y: UndefinedToo
print(__annotations__, x)


def outer():
    captured = 1

    def inner(p: captured) -> captured:
        local: captured = 2
        return local
    return inner


inner = outer()
print(outer.__code__.co_cellvars, inner.__code__.co_freevars, inner.__annotations__, inner(0))


class Holder:
    pass


h = Holder()
h.attr: NeverEvaluated = 3
d = {}
d["key"]: AlsoNever = 4
print(h.attr, d)

# exec and eval inherit the feature from the code that calls them.
ns = {}
exec("def g(a: Foo) -> Bar: pass\nv: Baz", ns)
print(ns["g"].__annotations__, ns["__annotations__"])
print(compile("1", "<s>", "eval").co_flags, compile("1", "<s>", "eval", dont_inherit=True).co_flags)


async def coro(a: Awaitable[int]) -> None:
    pass


print(coro.__annotations__)
print((lambda: 0).__code__.co_flags & 0x1000000 != 0)
