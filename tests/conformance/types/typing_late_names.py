# typing: __all__, the Supports* protocols, IO/TextIO/BinaryIO, Required/NotRequired in
# TypedDict, assert_never, reveal_type, assert_type, dataclass_transform, Never/Self/LiteralString.
import io
import sys
import typing
from typing import (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs, SupportsRound,
                    SupportsBytes, SupportsComplex, IO, TextIO, BinaryIO, TypedDict, Required,
                    NotRequired, assert_never, reveal_type, assert_type, dataclass_transform)

print(len(typing.__all__), sorted(typing.__all__)[:12], 'override' in typing.__all__)
print([n for n in typing.__all__ if not hasattr(typing, n)])
for proto, ok, bad in [(SupportsInt, 3.5, 'x'), (SupportsFloat, 2, 'x'), (SupportsIndex, 1, 1.0),
                       (SupportsAbs, -1, 'x'), (SupportsRound, 1.5, []),
                       (SupportsBytes, b'', 1), (SupportsComplex, 1j, 1)]:
    print(proto.__name__, isinstance(ok, proto), isinstance(bad, proto), proto.__module__)
print(SupportsAbs[int], SupportsRound[float], IO[str], IO, TextIO, BinaryIO)
print(issubclass(TextIO, IO), issubclass(BinaryIO, IO), TextIO.__mro__[1:2],
      isinstance(io.StringIO(), TextIO))
print(sorted(n for n in ('read', 'write', 'buffer', 'encoding', 'mode', 'name', 'closed',
                         'fileno', 'readlines', '__enter__') if hasattr(TextIO, n)))


class Movie(TypedDict, total=False):
    title: Required[str]
    year: int
    rating: NotRequired[float]


print(sorted(Movie.__required_keys__), sorted(Movie.__optional_keys__))
print(Required[int], NotRequired[str], typing.get_type_hints(Movie)['title'],
      typing.get_type_hints(Movie, include_extras=True)['title'])
try:
    Required[int, str]
except TypeError as e:
    print('TypeError', e)
try:
    assert_never(42)
except AssertionError as e:
    print('AssertionError', e)
print(reveal_type(3.5), assert_type([1], list[int]))
sys.stderr.flush()


@dataclass_transform(kw_only_default=True, field_specifiers=(int,))
def model(cls):
    return cls


print(model.__dataclass_transform__)
print(typing.Never, typing.Self, typing.LiteralString, typing.NoReturn)
try:
    typing.Never()
except TypeError as e:
    print('TypeError', e)
