"""python -m json.tool [infile [outfile]]: check JSON and print it again, indented.

Options as in CPython 3.11: --sort-keys, --no-ensure-ascii, --json-lines (one document per
input line), and one of --indent N (4 by default), --tab, --no-indent, --compact. A document
that does not parse ends the program with the decoder's message (status 1).
"""

import argparse
import json
import sys
from pathlib import Path


def _parser():
    parser = argparse.ArgumentParser(
        prog='python -m json.tool',
        description='Validate JSON documents and print them again, pretty-printed.')
    parser.add_argument('infile', nargs='?', type=argparse.FileType(encoding='utf-8'),
                        default=sys.stdin, help='the JSON file to read (standard input by default)')
    parser.add_argument('outfile', nargs='?', type=Path, default=None,
                        help='where to write the result (standard output by default)')
    parser.add_argument('--sort-keys', default=False, action='store_true',
                        help="print each object's keys in sorted order")
    parser.add_argument('--no-ensure-ascii', action='store_false', dest='ensure_ascii',
                        help='write non-ASCII characters as they are, not as \\u escapes')
    parser.add_argument('--json-lines', default=False, action='store_true',
                        help='read one JSON document per line (with --no-indent or --compact '
                             'the output is JSON Lines too)')
    layout = parser.add_mutually_exclusive_group()
    layout.add_argument('--indent', default=4, type=int,
                        help='one item per line, indented by this many spaces')
    layout.add_argument('--tab', action='store_const', dest='indent', const='\t',
                        help='one item per line, indented by tabs')
    layout.add_argument('--no-indent', action='store_const', dest='indent', const=None,
                        help='all on one line, items separated by spaces')
    layout.add_argument('--compact', action='store_true',
                        help='all on one line, without any spaces')
    return parser


def main():
    options = _parser().parse_args()
    dump_options = {'sort_keys': options.sort_keys, 'indent': options.indent,
                    'ensure_ascii': options.ensure_ascii}
    if options.compact:
        dump_options['indent'] = None
        dump_options['separators'] = (',', ':')
    source = options.infile
    with source:
        try:
            if options.json_lines:
                documents = (json.loads(line) for line in source)
            else:
                # Read whole before the output is opened: the output may be the input file.
                documents = [json.load(source)]
            out = (sys.stdout if options.outfile is None
                   else options.outfile.open('w', encoding='utf-8'))
            with out:
                for document in documents:
                    json.dump(document, out, **dump_options)
                    out.write('\n')
        except ValueError as e:
            raise SystemExit(e)


if __name__ == '__main__':
    try:
        main()
    except BrokenPipeError as e:
        sys.exit(e.errno)
