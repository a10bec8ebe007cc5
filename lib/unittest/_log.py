# unittest._log: the context manager behind TestCase.assertLogs and assertNoLogs. While active it
# replaces the logger's handlers with one that records every record (and its formatted line),
# stops propagation and sets the level; on exit the logger is put back as it was.
# Kept out of case.py so that importing unittest does not import logging.
# Behaviour and messages as documented for CPython 3.11.

import collections
import logging

from .case import _BaseTestCaseContext

__unittest = True

# What `with assertLogs() as cm` gives: cm.records (LogRecords) and cm.output (formatted lines).
_LoggingWatcher = collections.namedtuple('_LoggingWatcher', ['records', 'output'])


class _CapturingHandler(logging.Handler):
    """Keeps each record it is handed, with its text, in self.watcher."""

    def __init__(self):
        super().__init__()
        self.watcher = _LoggingWatcher([], [])

    def flush(self):
        pass

    def emit(self, record):
        self.watcher.records.append(record)
        self.watcher.output.append(self.format(record))


class _AssertLogsContext(_BaseTestCaseContext):
    """assertLogs (no_logs=False) / assertNoLogs (no_logs=True) as a with-block."""

    LOGGING_FORMAT = '%(levelname)s:%(name)s:%(message)s'

    def __init__(self, test_case, logger_name, level, no_logs):
        super().__init__(test_case)
        self.logger_name = logger_name      # a name, a Logger, or None for the root logger
        # Level names are accepted too ('WARNING'); INFO unless told otherwise.
        self.level = logging._nameToLevel.get(level, level) if level else logging.INFO
        self.msg = None
        self.no_logs = no_logs

    def _target(self):
        if isinstance(self.logger_name, logging.Logger):
            return self.logger_name
        return logging.getLogger(self.logger_name)

    def __enter__(self):
        self.logger = logger = self._target()
        catcher = _CapturingHandler()
        catcher.setLevel(self.level)
        catcher.setFormatter(logging.Formatter(self.LOGGING_FORMAT))
        self.watcher = catcher.watcher
        # Saved to be restored in __exit__, whatever the block does.
        self.old_handlers = list(logger.handlers)
        self.old_level, self.old_propagate = logger.level, logger.propagate
        logger.handlers = [catcher]
        logger.setLevel(self.level)
        logger.propagate = False
        return None if self.no_logs else catcher.watcher

    def __exit__(self, exc_type, exc_value, tb):
        logger = self.logger
        logger.handlers = self.old_handlers
        logger.propagate = self.old_propagate
        logger.setLevel(self.old_level)
        if exc_type is not None:
            return False     # the block's own exception wins over any check
        seen = self.watcher.records
        if self.no_logs and seen:
            self._raiseFailure('Unexpected logs found: {!r}'.format(self.watcher.output))
        elif not self.no_logs and not seen:
            self._raiseFailure('no logs of level {} or higher triggered on {}'.format(
                logging.getLevelName(self.level), logger.name))
