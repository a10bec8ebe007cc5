# mimetypes: guessing a file's MIME type and encoding from its name or URL, and extensions from
# a type; a built-in table (python3.11's) completed by the system's mime.types files on the
# first use. CPython counterpart: Lib/mimetypes.py (there is no Windows registry to read here).
import os
import sys
import posixpath

__all__ = [
    "knownfiles", "inited", "MimeTypes", "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types", "suffix_map", "encodings_map", "types_map",
    "common_types",
]

knownfiles = [
    "/etc/mime.types", "/etc/httpd/mime.types", "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types", "/etc/apache2/mime.types", "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types", "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]

inited = False
_db = None

# The built-in tables, as python3.11 has them (insertion order matters: the first extension
# listed for a type is the one guess_extension gives).
_suffix_map_default = {
    '.svgz': '.svg.gz', '.tgz': '.tar.gz', '.taz': '.tar.gz', '.tz': '.tar.gz',
    '.tbz2': '.tar.bz2', '.txz': '.tar.xz',
}
_encodings_map_default = {
    '.gz': 'gzip', '.Z': 'compress', '.bz2': 'bzip2', '.xz': 'xz', '.br': 'br',
}
_types_map_default = {
    '.js': 'application/javascript', '.mjs': 'application/javascript',
    '.json': 'application/json', '.webmanifest': 'application/manifest+json',
    '.doc': 'application/msword', '.dot': 'application/msword', '.wiz': 'application/msword',
    '.nq': 'application/n-quads', '.nt': 'application/n-triples',
    '.bin': 'application/octet-stream', '.a': 'application/octet-stream',
    '.dll': 'application/octet-stream', '.exe': 'application/octet-stream',
    '.o': 'application/octet-stream', '.obj': 'application/octet-stream',
    '.so': 'application/octet-stream', '.oda': 'application/oda', '.pdf': 'application/pdf',
    '.p7c': 'application/pkcs7-mime', '.ps': 'application/postscript',
    '.ai': 'application/postscript', '.eps': 'application/postscript',
    '.trig': 'application/trig', '.m3u': 'application/vnd.apple.mpegurl',
    '.m3u8': 'application/vnd.apple.mpegurl', '.xls': 'application/vnd.ms-excel',
    '.xlb': 'application/vnd.ms-excel', '.ppt': 'application/vnd.ms-powerpoint',
    '.pot': 'application/vnd.ms-powerpoint', '.ppa': 'application/vnd.ms-powerpoint',
    '.pps': 'application/vnd.ms-powerpoint', '.pwz': 'application/vnd.ms-powerpoint',
    '.wasm': 'application/wasm', '.bcpio': 'application/x-bcpio', '.cpio': 'application/x-cpio',
    '.csh': 'application/x-csh', '.dvi': 'application/x-dvi', '.gtar': 'application/x-gtar',
    '.hdf': 'application/x-hdf', '.h5': 'application/x-hdf5', '.latex': 'application/x-latex',
    '.mif': 'application/x-mif', '.cdf': 'application/x-netcdf', '.nc': 'application/x-netcdf',
    '.p12': 'application/x-pkcs12', '.pfx': 'application/x-pkcs12',
    '.ram': 'application/x-pn-realaudio', '.pyc': 'application/x-python-code',
    '.pyo': 'application/x-python-code', '.sh': 'application/x-sh',
    '.shar': 'application/x-shar', '.swf': 'application/x-shockwave-flash',
    '.sv4cpio': 'application/x-sv4cpio', '.sv4crc': 'application/x-sv4crc',
    '.tar': 'application/x-tar', '.tcl': 'application/x-tcl', '.tex': 'application/x-tex',
    '.texi': 'application/x-texinfo', '.texinfo': 'application/x-texinfo',
    '.roff': 'application/x-troff', '.t': 'application/x-troff', '.tr': 'application/x-troff',
    '.man': 'application/x-troff-man', '.me': 'application/x-troff-me',
    '.ms': 'application/x-troff-ms', '.ustar': 'application/x-ustar',
    '.src': 'application/x-wais-source', '.xsl': 'application/xml', '.rdf': 'application/xml',
    '.wsdl': 'application/xml', '.xpdl': 'application/xml', '.zip': 'application/zip',
    '.3gp': 'audio/3gpp', '.3gpp': 'audio/3gpp', '.3g2': 'audio/3gpp2', '.3gpp2': 'audio/3gpp2',
    '.aac': 'audio/aac', '.adts': 'audio/aac', '.loas': 'audio/aac', '.ass': 'audio/aac',
    '.au': 'audio/basic', '.snd': 'audio/basic', '.mp3': 'audio/mpeg', '.mp2': 'audio/mpeg',
    '.opus': 'audio/opus', '.aif': 'audio/x-aiff', '.aifc': 'audio/x-aiff',
    '.aiff': 'audio/x-aiff', '.ra': 'audio/x-pn-realaudio', '.wav': 'audio/x-wav',
    '.avif': 'image/avif', '.bmp': 'image/bmp', '.gif': 'image/gif', '.ief': 'image/ief',
    '.jpg': 'image/jpeg', '.jpe': 'image/jpeg', '.jpeg': 'image/jpeg', '.heic': 'image/heic',
    '.heif': 'image/heif', '.png': 'image/png', '.svg': 'image/svg+xml', '.tiff': 'image/tiff',
    '.tif': 'image/tiff', '.ico': 'image/vnd.microsoft.icon', '.ras': 'image/x-cmu-raster',
    '.pnm': 'image/x-portable-anymap', '.pbm': 'image/x-portable-bitmap',
    '.pgm': 'image/x-portable-graymap', '.ppm': 'image/x-portable-pixmap',
    '.rgb': 'image/x-rgb', '.xbm': 'image/x-xbitmap', '.xpm': 'image/x-xpixmap',
    '.xwd': 'image/x-xwindowdump', '.eml': 'message/rfc822', '.mht': 'message/rfc822',
    '.mhtml': 'message/rfc822', '.nws': 'message/rfc822', '.css': 'text/css',
    '.csv': 'text/csv', '.html': 'text/html', '.htm': 'text/html', '.n3': 'text/n3',
    '.txt': 'text/plain', '.bat': 'text/plain', '.c': 'text/plain', '.h': 'text/plain',
    '.ksh': 'text/plain', '.pl': 'text/plain', '.srt': 'text/plain', '.rtx': 'text/richtext',
    '.tsv': 'text/tab-separated-values', '.vtt': 'text/vtt', '.py': 'text/x-python',
    '.etx': 'text/x-setext', '.sgm': 'text/x-sgml', '.sgml': 'text/x-sgml',
    '.vcf': 'text/x-vcard', '.xml': 'text/xml', '.mp4': 'video/mp4', '.mpeg': 'video/mpeg',
    '.m1v': 'video/mpeg', '.mpa': 'video/mpeg', '.mpe': 'video/mpeg', '.mpg': 'video/mpeg',
    '.mov': 'video/quicktime', '.qt': 'video/quicktime', '.webm': 'video/webm',
    '.avi': 'video/x-msvideo', '.movie': 'video/x-sgi-movie',
}
_common_types_default = {
    '.rtf': 'application/rtf', '.midi': 'audio/midi', '.mid': 'audio/midi', '.jpg': 'image/jpg',
    '.pict': 'image/pict', '.pct': 'image/pict', '.pic': 'image/pict', '.webp': 'image/webp',
    '.xul': 'text/xul',
}

_BUILT_IN = (_suffix_map_default, _encodings_map_default, _types_map_default, _common_types_default)


def _default_mime_types():
    """Puts the built-in tables back (fresh copies) and forgets the shared table."""
    global suffix_map, encodings_map, types_map, common_types, inited, _db
    global _suffix_map_default, _encodings_map_default, _types_map_default, _common_types_default
    suffix_map = _suffix_map_default = dict(_BUILT_IN[0])
    encodings_map = _encodings_map_default = dict(_BUILT_IN[1])
    types_map = _types_map_default = dict(_BUILT_IN[2])
    common_types = _common_types_default = dict(_BUILT_IN[3])
    inited = False
    _db = None


_default_mime_types()


def _split_scheme(url):
    """('scheme', rest) for 'scheme:rest' (scheme lower-cased), else (None, url)."""
    head, colon, rest = url.partition(':')
    if colon and head and '/' not in head:
        return head.lower(), rest
    return None, url


class MimeTypes:
    """A MIME type table: the built-in one plus the given files (one type and its extensions a
    line, as in /etc/mime.types). types_map is (strict table, lenient additions)."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _encodings_map_default.copy()
        self.suffix_map = _suffix_map_default.copy()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for ext, kind in _types_map_default.items():
            self.add_type(kind, ext, True)
        for ext, kind in _common_types_default.items():
            self.add_type(kind, ext, False)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Maps extension ext (with its dot) to type; strict picks the standard table."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) guessed from a file name or URL; None for what is unknown."""
        url = os.fspath(url)
        scheme, rest = _split_scheme(url)
        if scheme == 'data':
            # data:[<mediatype>][;base64],<data> -- the media type is spelled out.
            comma = rest.find(',')
            if comma < 0:
                return None, None
            semi = rest.find(';', 0, comma)
            kind = rest[:semi] if semi >= 0 else rest[:comma]
            if '=' in kind or '/' not in kind:
                kind = 'text/plain'
            return kind, None
        if scheme is not None:
            url = rest
        base, ext = posixpath.splitext(url)
        # '.tgz' and the like stand for two suffixes ('.tar.gz').
        while ext.lower() in self.suffix_map:
            base, ext = posixpath.splitext(base + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)      # case-sensitive, unlike the types
        if encoding is not None:
            base, ext = posixpath.splitext(base)
        ext = ext.lower()
        found = self.types_map[True].get(ext)
        if found is None and not strict:
            found = self.types_map[False].get(ext)
        return found, encoding

    def guess_all_extensions(self, type, strict=True):
        """Every extension known for type, the standard ones first."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, []))
        if not strict:
            found += [ext for ext in self.types_map_inv[False].get(type, []) if ext not in found]
        return found

    def guess_extension(self, type, strict=True):
        """The preferred extension for type, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Adds the types listed in a mime.types file."""
        with open(filename, encoding='utf-8') as fp:
            self.readfp(fp, strict)

    def readfp(self, fp, strict=True):
        """Adds the types listed in an open mime.types file ('#' starts a comment)."""
        for line in iter(fp.readline, ''):
            words = line.split()
            for index, word in enumerate(words):
                if word.startswith('#'):
                    words = words[:index]
                    break
            if words:
                for suffix in words[1:]:
                    self.add_type(words[0], '.' + suffix, strict)

    def read_windows_registry(self, strict=True):
        """Reads the types Windows records; there is no registry here, so it reads nothing."""
        return


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """(type, encoding) for a file name or URL, from the shared table."""
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """Every extension known for type, from the shared table."""
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The preferred extension for type, from the shared table."""
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Adds ext -> type to the shared table."""
    return _database().add_type(type, ext, strict)


def init(files=None):
    """(Re)builds the shared table from the built-in one and the mime.types files that exist
    (knownfiles, plus files); with files given after the first init, they are added to it."""
    global suffix_map, types_map, encodings_map, common_types, inited, _db
    inited = True
    if files is None or _db is None:
        db = MimeTypes()
        db.read_windows_registry()
        files = knownfiles if files is None else knownfiles + list(files)
    else:
        db = _db
    for name in files:
        if os.path.isfile(name):
            db.read(name)
    encodings_map = db.encodings_map
    suffix_map = db.suffix_map
    types_map = db.types_map[True]
    common_types = db.types_map[False]
    _db = db


def read_mime_types(file):
    """The extension -> type table of one mime.types file, or None if it cannot be opened."""
    try:
        fp = open(file, encoding='utf-8')
    except OSError:
        return None
    with fp:
        db = MimeTypes()
        db.readfp(fp, True)
        return db.types_map[True]


_USAGE = """\
Usage: mimetypes.py [options] type

Options:
    --help / -h       -- print this message and exit
    --lenient / -l    -- additionally search of some common, but non-standard
                         types.
    --extension / -e  -- guess extension instead of type

More than one type argument may be given.
"""


def _main():
    import getopt

    def usage(code, msg=''):
        print(_USAGE)
        if msg:
            print(msg)
        sys.exit(code)

    try:
        opts, args = getopt.getopt(sys.argv[1:], 'hle', ['help', 'lenient', 'extension'])
    except getopt.error as msg:
        usage(1, msg)
    strict = True
    want_extension = False
    for opt, _ in opts:
        if opt in ('-h', '--help'):
            usage(0)
        elif opt in ('-l', '--lenient'):
            strict = False
        elif opt in ('-e', '--extension'):
            want_extension = True
    for name in args:
        if want_extension:
            guess = guess_extension(name, strict)
            if guess:
                print(guess)
            else:
                print("I don't know anything about type", name)
        else:
            guess, encoding = guess_type(name, strict)
            if guess:
                print('type:', guess, 'encoding:', encoding)
            else:
                print("I don't know anything about type", name)


if __name__ == '__main__':
    _main()
