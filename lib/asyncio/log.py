# The "asyncio" logger. With no logging package configured, CPython's messages reach stderr
# through logging.lastResort (level WARNING, bare "%(message)s" plus the traceback); the
# fallback below writes the same text. CPython counterpart: asyncio/log.py.

import sys

try:
    import logging
except ImportError:
    logging = None

from . import format_helpers


class _StderrLogger:
    """The subset of logging.Logger asyncio uses, behaving like an unconfigured logger."""

    name = "asyncio"

    def _log(self, msg, args, exc_info):
        if args:
            msg = msg % args
        text = str(msg)
        if exc_info:
            if exc_info is True:
                exc_info = sys.exc_info()
            if isinstance(exc_info, BaseException):
                exc = exc_info
            else:
                exc = exc_info[1]
            if exc is not None:
                text += "\n" + format_helpers.format_exception(exc).rstrip("\n")
        sys.stderr.write(text + "\n")

    def debug(self, msg, *args, exc_info=None, **kwargs):
        pass

    def info(self, msg, *args, exc_info=None, **kwargs):
        pass

    def warning(self, msg, *args, exc_info=None, **kwargs):
        self._log(msg, args, exc_info)

    def error(self, msg, *args, exc_info=None, **kwargs):
        self._log(msg, args, exc_info)

    def exception(self, msg, *args, exc_info=True, **kwargs):
        self._log(msg, args, exc_info)

    def critical(self, msg, *args, exc_info=None, **kwargs):
        self._log(msg, args, exc_info)

    def isEnabledFor(self, level):
        return level >= 30


if logging is not None:
    logger = logging.getLogger(__package__)
else:
    logger = _StderrLogger()
