# contextvars: the C++ types of _contextvars (src/modules/contextvars), exported under their
# public names. CPython counterpart: Lib/contextvars.py.
__all__ = ('Context', 'ContextVar', 'Token', 'copy_context')

from _contextvars import Context, ContextVar, Token, copy_context
