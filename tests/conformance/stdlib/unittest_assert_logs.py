# TestCase.assertLogs / assertNoLogs: captured records and output, the failure messages, and the
# logger restored afterwards.
import io
import logging
import unittest


class Logs(unittest.TestCase):
    def test_captures(self):
        with self.assertLogs('app', level='INFO') as cm:
            logging.getLogger('app').info('first')
            logging.getLogger('app.db').warning('second %d', 2)
            logging.getLogger('app').debug('not captured')
        print(cm.output)
        print([r.getMessage() for r in cm.records])

    def test_root_default(self):
        with self.assertLogs() as cm:
            logging.getLogger('x').error('boom')
        print(cm.output)

    def test_nothing_logged(self):
        with self.assertLogs('quiet', level=logging.WARNING):
            logging.getLogger('quiet').info('too low')

    def test_no_logs_fails(self):
        with self.assertNoLogs('loud'):
            logging.getLogger('loud').warning('oops')

    def test_no_logs_passes(self):
        with self.assertNoLogs('loud', level='ERROR') as cm:
            logging.getLogger('loud').warning('below error')
        print(cm)

    def test_restored(self):
        log = logging.getLogger('restore')
        handler = logging.StreamHandler(io.StringIO())
        log.addHandler(handler)
        log.setLevel(logging.CRITICAL)
        with self.assertLogs(log, 'DEBUG'):
            log.debug('x')
        print(log.handlers == [handler], log.level, log.propagate)


stream = io.StringIO()
result = unittest.TextTestRunner(stream=stream, verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromTestCase(Logs))
for test, text in result.failures:
    print(test.id().rsplit('.', 1)[1], '->', text.strip().splitlines()[-1])
print(result.testsRun, len(result.failures), len(result.errors))
