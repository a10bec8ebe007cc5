# unittest.IsolatedAsyncioTestCase: async setUp/tearDown/tests/cleanups on a fresh loop per test,
# failures inside coroutines reported like any other, enterAsyncContext.
import asyncio
import sys
import unittest

events = []


class Resource:
    async def __aenter__(self):
        events.append('aenter')
        return 'res'

    async def __aexit__(self, *exc):
        events.append('aexit')


class AsyncTests(unittest.IsolatedAsyncioTestCase):
    def setUp(self):
        events.append('setUp')

    async def asyncSetUp(self):
        await asyncio.sleep(0)
        events.append('asyncSetUp')
        self.addAsyncCleanup(self.on_cleanup)

    async def on_cleanup(self):
        events.append('async cleanup')

    async def asyncTearDown(self):
        events.append('asyncTearDown')

    def tearDown(self):
        events.append('tearDown')

    async def test_await(self):
        value = await asyncio.sleep(0, result=42)
        self.assertEqual(value, 42)
        events.append('test_await')

    async def test_fails(self):
        await asyncio.sleep(0)
        self.assertEqual(1, 2)

    async def test_context(self):
        res = await self.enterAsyncContext(Resource())
        self.assertEqual(res, 'res')

    def test_sync(self):
        events.append('test_sync')


suite = unittest.TestLoader().loadTestsFromTestCase(AsyncTests)
result = unittest.TestResult()
suite.run(result)
print(result.testsRun, len(result.failures), len(result.errors))
print(result.failures[0][0], result.failures[0][1].splitlines()[-1])
print(events)
