"""The accelerator module name CPython's datetime imports from: pygen has one datetime, written in
Python (lib/datetime.py), and this module offers the same classes under the C module's name, so
code and tests that import _datetime directly (or block it to get the pure version) both work.
"""

from datetime import *
from datetime import __all__
