# timeout: 180
# A real client and server across interpreters: an asyncio echo server and a line-protocol
# key-value server run under the interpreter being tested (sys.executable) and are driven by
# clients running under python3 (CPython's asyncio); then the same clients run under the tested
# interpreter against python3's servers. 100 concurrent connections and 10,000 requests per
# run, every reply checked; then connections that send garbage bytes, an overlong line, half a
# request before closing, and a reset in mid-request each get an error (or nothing) on that
# connection only, and the server keeps serving. Only 127.0.0.1; the server stops on SIGTERM and
# reports what it saw. Under --regen python3 plays both parts, which gives the expectations.
import signal
import subprocess
import sys

SERVER = r'''
import asyncio, os, signal, sys
kind = sys.argv[1]
stats = dict(connections=0, clean_close=0, aborted=0, errors=0, requests=0)
store = {}

def kv_answer(text):
    parts = text.split(' ')
    if parts[0] == 'SET' and len(parts) == 3:
        store[parts[1]] = parts[2]
        return 'OK'
    if parts[0] == 'GET' and len(parts) == 2:
        value = store.get(parts[1])
        return 'MISSING' if value is None else 'VALUE ' + value
    if parts[0] == 'DEL' and len(parts) == 2:
        return 'DELETED' if store.pop(parts[1], None) is not None else 'MISSING'
    return None

async def refuse(writer, why):
    stats['errors'] += 1
    writer.write(b'ERROR ' + why + b'\n')
    await writer.drain()

async def serve_one(reader, writer):
    while True:
        try:
            line = await reader.readuntil(b'\n')
        except asyncio.IncompleteReadError as e:
            stats['aborted' if e.partial else 'clean_close'] += 1
            return
        except asyncio.LimitOverrunError:
            # Swallow the rest of the line so closing sends FIN, not RST, after the reply.
            while b'\n' not in await reader.read(65536):
                pass
            await refuse(writer, b'line too long')
            return
        try:
            text = line[:-1].decode('utf-8')
        except UnicodeDecodeError:
            await refuse(writer, b'not utf-8')
            return
        reply = text if kind == 'echo' else kv_answer(text)
        if reply is None:
            await refuse(writer, b'unknown command')
            return
        writer.write(reply.encode() + b'\n')
        await writer.drain()
        stats['requests'] += 1

async def handle(reader, writer):
    stats['connections'] += 1
    try:
        await serve_one(reader, writer)
    except ConnectionError:
        stats['aborted'] += 1
    finally:
        writer.close()
        try:
            await writer.wait_closed()
        except ConnectionError:
            pass

async def main():
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    # Our stdin is a pipe from the driver: its end means the driver is gone (killed on a
    # timeout, say), and the server must not outlive it.
    def on_stdin():
        if not os.read(0, 100):
            loop.remove_reader(0)
            stop.set()
    loop.add_reader(0, on_stdin)
    server = await asyncio.start_server(handle, '127.0.0.1', 0, backlog=200)
    print('PORT', server.sockets[0].getsockname()[1], flush=True)
    async with server:
        await stop.wait()
    print(sorted(stats.items()))

asyncio.run(main())
'''

CLIENT = r'''
import asyncio, socket, struct, sys
kind, port = sys.argv[1], int(sys.argv[2])
CONNS, PER, BATCH = 100, 100, 5

async def echo_session(i):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    ok = 0
    for j in range(0, PER, BATCH):
        msgs = [('%d:%d:' % (i, j + b) + 'x' * ((i + j + b) % 70) + '\u00e9').encode() + b'\n'
                for b in range(BATCH)]
        writer.write(b''.join(msgs))        # pipelined: BATCH requests, then their replies
        await writer.drain()
        for msg in msgs:
            ok += await reader.readline() == msg
    writer.close()
    await writer.wait_closed()
    return ok

async def kv_session(i):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    model = {}
    ok = 0
    for j in range(PER):
        key = 'k%d_%d' % (i, (j * 7) % 13)
        op = j % 4
        if op == 0 or key not in model and op != 3:
            line, model[key], expect = 'SET %s v%d_%d' % (key, i, j), 'v%d_%d' % (i, j), 'OK'
        elif op == 1 or op == 3:
            line = 'GET ' + key
            expect = 'VALUE ' + model[key] if key in model else 'MISSING'
        else:
            line = 'DEL ' + key
            expect = 'DELETED' if model.pop(key, None) is not None else 'MISSING'
        writer.write(line.encode() + b'\n')
        await writer.drain()
        ok += (await reader.readline()).decode() == expect + '\n'
    writer.close()
    await writer.wait_closed()
    return ok

async def misbehave(what):
    reader, writer = await asyncio.open_connection('127.0.0.1', port)
    if what == 'garbage':
        writer.write(b'\xff\xfe\x00\x01garbage\n')
    elif what == 'unknown':
        writer.write(b'FROB x y z\n' if kind == 'kv' else b'\xc3\x28\n')
    elif what == 'overlong':
        writer.write(b'A' * 100000 + b'\n')
    elif what == 'half':
        writer.write(b'SET half')
        writer.write_eof()
    elif what == 'reset':
        writer.write(b'GET k')
        await writer.drain()
        await asyncio.sleep(0.1)
        sock = writer.get_extra_info('socket')
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack('ii', 1, 0))
        writer.transport.abort()
        return 'reset sent'
    await writer.drain()
    reply = await reader.read()
    writer.close()
    await writer.wait_closed()
    return reply

async def main():
    session = echo_session if kind == 'echo' else kv_session
    results = await asyncio.gather(*(session(i) for i in range(CONNS)))
    print(kind, 'replies ok:', sum(results), 'of', CONNS * PER)
    for what in ('garbage', 'unknown', 'overlong', 'half', 'reset'):
        print(what, '->', await misbehave(what))
    print('still serving:', await session(CONNS) == PER)

asyncio.run(main())
'''


def run_pair(server_cmd, client_cmd, kind):
    server = subprocess.Popen(server_cmd + ['-c', SERVER, kind], stdin=subprocess.PIPE,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        port = server.stdout.readline().split()[1]
        client = subprocess.run(client_cmd + ['-c', CLIENT, kind, port], capture_output=True,
                                text=True, timeout=120)
        print(client.stdout, end='')
        if client.returncode or client.stderr:
            print('client failed:', client.returncode, client.stderr.strip().split('\n')[-1])
    finally:
        server.send_signal(signal.SIGTERM)
        out, err = server.communicate(timeout=30)
    print('server saw:', out.strip())
    print('server exit:', server.returncode, 'stderr:', err.strip() or 'none')


tested = [sys.executable]
cpython = ['python3']
for server_cmd, client_cmd, label in ((tested, cpython, 'tested server, python3 clients'),
                                      (cpython, tested, 'python3 server, tested clients')):
    for kind in ('echo', 'kv'):
        print(f'== {kind}: {label}')
        run_pair(server_cmd, client_cmd, kind)
