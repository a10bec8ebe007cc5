# python -m unittest: runs the tests named on the command line, or discovers them.
import os
import sys

# Usage and help should name the program as it was typed, not this file.
if sys.argv[0].endswith('__main__.py'):
    interpreter = os.path.basename(sys.executable) if sys.executable else 'python'
    sys.argv[0] = '%s -m unittest' % interpreter
    del interpreter

__unittest = True

from .main import main

main(module=None)
