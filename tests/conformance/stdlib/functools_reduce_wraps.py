# reduce (with and without initial, empty error), wraps/update_wrapper and __wrapped__.
import functools
import operator

print(functools.reduce(operator.add, [1, 2, 3, 4]))
print(functools.reduce(lambda acc, x: acc + [x * 2], range(3), []))
print(functools.reduce(operator.mul, [], 7))
try:
    functools.reduce(operator.add, [])
except TypeError as e:
    print(e)


def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        """wrapper doc"""
        return func(*args, **kwargs) * 2
    return wrapper


@deco
def double_me(x: int) -> int:
    """Return x."""
    return x


double_me.__dict__["extra"] = 1
print(double_me(4), double_me.__name__, double_me.__doc__, double_me.__wrapped__(4))
print(double_me.__qualname__, double_me.__annotations__)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)


def other():
    pass


other.tag = "t"


def shell():
    pass


functools.update_wrapper(shell, other)
print(shell.__name__, shell.tag, shell.__wrapped__ is other)
