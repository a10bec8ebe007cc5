# A coroutine that is never awaited, with the warning left to go to stderr: CPython adds the
# line suggesting tracemalloc (the warning's source is the coroutine), and that is the last line.
async def job():
    return 1


def start_and_forget():
    job()


start_and_forget()
print("still running")
