# except* SyntaxErrors as CPython 3.11 reports them (message and location), through compile().
cases = [
    "try:\n    pass\nexcept*:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\n    pass\nexcept TypeError:\n    pass\n",
    "try:\n    pass\nexcept ValueError:\n    pass\nexcept* TypeError:\n    pass\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return 1\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        return\n",
    "for x in y:\n    try:\n        pass\n    except* ValueError:\n        try:\n            pass\n        finally:\n            continue\n",
    "try:\n    pass\nexcept* ValueError, TypeError:\n    pass\n",
    "try:\n    pass\nexcept* ValueError:\npass\n",
    "try:\n    pass\nexcept* ValueError\n    pass\n",
    "try:\n    pass\nexcept *ValueError as e:\n    pass\nelse:\n    pass\nfinally:\n    pass\n",
    "def f():\n    try:\n        pass\n    except* ValueError:\n        def g():\n            return 1\n        for i in x:\n            break\n",
    "async def f():\n    try:\n        pass\n    except* ValueError:\n        async for i in x:\n            continue\n",
]
for src in cases:
    try:
        compile(src, "<case>", "exec")
        print("ok")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset)
