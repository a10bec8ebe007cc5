# python -m unittest: runs the tests named on the command line, or discovers them.
import sys

if sys.argv[0].endswith("__main__.py"):
    executable = sys.executable.replace('\\', '/').split('/')[-1] if sys.executable else 'python'
    sys.argv[0] = executable + " -m unittest"
    del executable

__unittest = True

from .main import main

main(module=None)
