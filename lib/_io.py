"""The names CPython's C module _io provides; pygen writes them in Python, in lib/io.py."""

from io import (DEFAULT_BUFFER_SIZE, BlockingIOError, UnsupportedOperation, open, open_code,
                text_encoding, FileIO, BytesIO, StringIO, BufferedReader, BufferedWriter,
                BufferedRWPair, BufferedRandom, TextIOWrapper, IncrementalNewlineDecoder)
from io import IOBase as _IOBase, RawIOBase as _RawIOBase, BufferedIOBase as _BufferedIOBase
from io import TextIOBase as _TextIOBase
