# A child interpreter inside asyncio.run gets SIGINT from its parent: its main task is cancelled,
# KeyboardInterrupt leaves asyncio.run uncaught, and the child ends by SIGINT (status -2), as
# CPython 3.11 does.
import signal
import subprocess
import sys

code = '''
import asyncio
async def main():
    print("ready", flush=True)
    try:
        await asyncio.sleep(30)
    except asyncio.CancelledError:
        print("cancelled", flush=True)
        raise
    finally:
        print("finally", flush=True)
asyncio.run(main())
'''
p = subprocess.Popen([sys.executable, '-c', code], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
print(p.stdout.readline())
p.send_signal(signal.SIGINT)
out, err = p.communicate(timeout=10)
print(out)
print(err.strip().split(b'\n')[-1])
print(p.returncode)
