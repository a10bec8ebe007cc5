# exit and quit are _sitebuiltins.Quitter objects: CPython's repr, name and eof, a Python method's
# argument errors, sys.stdin closed on the way out, SystemExit with the code.
print(repr(exit), repr(quit), type(exit).__name__, type(exit).__module__, exit.name, quit.eof, callable(exit))
for call in (lambda: exit(1, 2), lambda: exit(x=1), lambda: exit(1, code=2)):
    try: call()
    except TypeError as e: print('TypeError', e)
import sys
try: quit(code=3)
except SystemExit as e: print('SystemExit', e.code, sys.stdin.closed)
try: exit()
except SystemExit as e: print('SystemExit', e.code)
exit('bye')
