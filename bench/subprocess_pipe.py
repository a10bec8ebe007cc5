# subprocess_pipe: asyncio subprocesses. SIZE MiB streamed through `cat` in 64 KiB writes with
# drain() while a reader task collects the output, then 40 short `true` children started
# 8 at a time and waited for. Measures the pipe transports, the child watcher and fork/exec.
# Prints the byte count, a checksum of the output's end and the exit codes' sum.
import asyncio
import sys

CHUNK = 64 * 1024


async def stream_through_cat(mib):
    p = await asyncio.create_subprocess_exec('cat', stdin=asyncio.subprocess.PIPE,
                                             stdout=asyncio.subprocess.PIPE)
    chunk = bytes(i % 251 for i in range(CHUNK))

    async def feed():
        for _ in range(mib * 1024 * 1024 // CHUNK):
            p.stdin.write(chunk)
            await p.stdin.drain()
        p.stdin.close()

    async def collect():
        # Read sizes depend on timing: only the count and the last bytes are checked.
        total = 0
        tail = b''
        while True:
            data = await p.stdout.read(CHUNK)
            if not data:
                return total, sum(tail)
            total += len(data)
            tail = (tail + data[-64:])[-64:]

    _, (total, check) = await asyncio.gather(feed(), collect())
    await p.wait()
    return total, check


async def spawn_many(count, width):
    codes = 0
    for _ in range(count // width):
        procs = [await asyncio.create_subprocess_exec('true') for _ in range(width)]
        codes += sum(await asyncio.gather(*(p.wait() for p in procs)))
    return codes


async def main(mib):
    total, check = await stream_through_cat(mib)
    codes = await spawn_many(40, 8)
    return total, check, codes


n = int(sys.argv[1]) if len(sys.argv) > 1 else 50
print("subprocess_pipe", *asyncio.run(main(n)))
