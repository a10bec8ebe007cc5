# Without PEP 563, annotations are evaluated: when, in which scope, and for which targets.
def trace(label):
    print("evaluated", label)
    return label


class Box:
    pass


box = Box()
box.a: trace("attribute annotation") = 1
(plain): trace("parenthesized name")
table = {}
table[trace("subscript key")]: trace("subscript annotation")
table[trace("slice lower"):trace("slice upper"), trace("other")]: trace("tuple subscript")
simple: trace("simple name") = 2
print(__annotations__)


def body():
    box.b: trace("never: function body")
    table[trace("key in function")]: trace("never either")
    local: trace("never") = 3
    return local


print(body())


def gen():
    x: (yield)


print(type(gen()).__name__)


def outer():
    y = 1

    def inner():
        z: y
    return inner


print(outer().__code__.co_freevars)


class K:
    __private: trace("private")

    def m(self, __arg: trace("argument")) -> trace("return"):
        pass


print(K.__annotations__, K.m.__annotations__)
