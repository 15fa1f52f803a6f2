"""mimetypes: file names and URLs to MIME types and back.

Written for PyPack from CPython 3.11's documentation and observed behaviour. The built-in tables
are CPython 3.11's defaults. Like CPython, the module-level functions (on first use, or init())
then read the system's mime.types files listed in knownfiles that exist: a packaged program
answers as CPython would on the machine it runs on (on this Debian-style system /etc/mime.types
makes, e.g., '.md' text/markdown and '.js' text/javascript). MimeTypes() objects start from the
built-in tables only, as CPython's do. There is no Windows registry to read.
"""

import os
import posixpath

__all__ = [
    "knownfiles", "inited", "MimeTypes",
    "guess_type", "guess_all_extensions", "guess_extension",
    "add_type", "init", "read_mime_types",
    "suffix_map", "encodings_map", "types_map", "common_types"
]

knownfiles = [
    "/etc/mime.types", "/etc/httpd/mime.types", "/etc/httpd/conf/mime.types",
    "/etc/apache/mime.types", "/etc/apache2/mime.types", "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/lib/netscape/mime.types", "/usr/local/etc/httpd/conf/mime.types",
    "/usr/local/etc/mime.types",
]  # CPython's list, duplicate included

inited = False
_db = None

# CPython 3.11's built-in tables, in mime.types layout ("type ext ext ..."), in CPython's order:
# the first extension listed for a type is the one guess_extension() gives.
_STRICT_TABLE = """
application/javascript                       js mjs
application/json                             json
application/manifest+json                    webmanifest
application/msword                           doc dot wiz
application/n-quads                          nq
application/n-triples                        nt
application/octet-stream                     bin a dll exe o obj so
application/oda                              oda
application/pdf                              pdf
application/pkcs7-mime                       p7c
application/postscript                       ps ai eps
application/trig                             trig
application/vnd.apple.mpegurl                m3u m3u8
application/vnd.ms-excel                     xls xlb
application/vnd.ms-powerpoint                ppt pot ppa pps pwz
application/wasm                             wasm
application/x-bcpio                          bcpio
application/x-cpio                           cpio
application/x-csh                            csh
application/x-dvi                            dvi
application/x-gtar                           gtar
application/x-hdf                            hdf
application/x-hdf5                           h5
application/x-latex                          latex
application/x-mif                            mif
application/x-netcdf                         cdf nc
application/x-pkcs12                         p12 pfx
application/x-pn-realaudio                   ram
application/x-python-code                    pyc pyo
application/x-sh                             sh
application/x-shar                           shar
application/x-shockwave-flash                swf
application/x-sv4cpio                        sv4cpio
application/x-sv4crc                         sv4crc
application/x-tar                            tar
application/x-tcl                            tcl
application/x-tex                            tex
application/x-texinfo                        texi texinfo
application/x-troff                          roff t tr
application/x-troff-man                      man
application/x-troff-me                       me
application/x-troff-ms                       ms
application/x-ustar                          ustar
application/x-wais-source                    src
application/xml                              xsl rdf wsdl xpdl
application/zip                              zip
audio/3gpp                                   3gp 3gpp
audio/3gpp2                                  3g2 3gpp2
audio/aac                                    aac adts loas ass
audio/basic                                  au snd
audio/mpeg                                   mp3 mp2
audio/opus                                   opus
audio/x-aiff                                 aif aifc aiff
audio/x-pn-realaudio                         ra
audio/x-wav                                  wav
image/avif                                   avif
image/bmp                                    bmp
image/gif                                    gif
image/ief                                    ief
image/jpeg                                   jpg jpe jpeg
image/heic                                   heic
image/heif                                   heif
image/png                                    png
image/svg+xml                                svg
image/tiff                                   tiff tif
image/vnd.microsoft.icon                     ico
image/x-cmu-raster                           ras
image/x-portable-anymap                      pnm
image/x-portable-bitmap                      pbm
image/x-portable-graymap                     pgm
image/x-portable-pixmap                      ppm
image/x-rgb                                  rgb
image/x-xbitmap                              xbm
image/x-xpixmap                              xpm
image/x-xwindowdump                          xwd
message/rfc822                               eml mht mhtml nws
text/css                                     css
text/csv                                     csv
text/html                                    html htm
text/n3                                      n3
text/plain                                   txt bat c h ksh pl srt
text/richtext                                rtx
text/tab-separated-values                    tsv
text/vtt                                     vtt
text/x-python                                py
text/x-setext                                etx
text/x-sgml                                  sgm sgml
text/x-vcard                                 vcf
text/xml                                     xml
video/mp4                                    mp4
video/mpeg                                   mpeg m1v mpa mpe mpg
video/quicktime                              mov qt
video/webm                                   webm
video/x-msvideo                              avi
video/x-sgi-movie                            movie
"""
_COMMON_TABLE = """
application/rtf                              rtf
audio/midi                                   midi mid
image/jpg                                    jpg
image/pict                                   pict pct pic
image/webp                                   webp
text/xul                                     xul
"""

# Extensions that stand for two (".tgz" is ".tar.gz"), and compressions that wrap another type.
_SUFFIXES = (("svgz", "svg.gz"), ("tgz", "tar.gz"), ("taz", "tar.gz"), ("tz", "tar.gz"),
             ("tbz2", "tar.bz2"), ("txz", "tar.xz"))
_COMPRESSIONS = (("gz", "gzip"), ("Z", "compress"), ("bz2", "bzip2"), ("xz", "xz"), ("br", "br"))


def _table_entries(lines):
    """(type, ".ext") pairs of mime.types text, in order; a word starting with '#' starts a comment."""
    for line in lines:
        words = []
        for word in line.split():
            if word.startswith("#"):
                break
            words.append(word)
        for extension in words[1:]:
            yield words[0], "." + extension


def _builtin_entries(official):
    return _table_entries((_STRICT_TABLE if official else _COMMON_TABLE).splitlines())


def _builtin_encodings():
    return {"." + ext: name for ext, name in _COMPRESSIONS}


def _builtin_suffixes():
    return {"." + short: "." + long for short, long in _SUFFIXES}


class MimeTypes:
    """A database of types: types_map[strict] maps an extension to its type, types_map_inv[strict]
    a type to its extensions (strict=True: the official types, False: common ones that are not)."""

    def __init__(self, filenames=(), strict=True):
        if not inited:
            init()
        self.encodings_map = _builtin_encodings()
        self.suffix_map = _builtin_suffixes()
        self.types_map = ({}, {})
        self.types_map_inv = ({}, {})
        for official in (True, False):
            for kind, extension in _builtin_entries(official):
                self.add_type(kind, extension, official)
        for name in filenames:
            self.read(name, strict)

    def add_type(self, type, ext, strict=True):
        """Maps ext (with its dot) to type; the type's extensions gain ext if they lack it."""
        self.types_map[strict][ext] = type
        known = self.types_map_inv[strict].setdefault(type, [])
        if ext not in known:
            known.append(ext)

    def guess_type(self, url, strict=True):
        """(type, encoding) for a file name, path or URL; either is None when unknown.

        A data: URL gives its media type. Otherwise the extension decides, after expanding
        suffix_map aliases and taking off a compression extension (the encoding)."""
        url = os.fspath(url)
        scheme, colon, rest = url.partition(":")
        if colon and scheme and "/" not in scheme and scheme.lower() == "data":
            return self._data_url_type(rest), None
        if colon and scheme and "/" not in scheme:
            url = rest
        stem, ext = posixpath.splitext(url)
        while ext.lower() in self.suffix_map:
            stem, ext = posixpath.splitext(stem + self.suffix_map[ext.lower()])
        encoding = self.encodings_map.get(ext)  # case matters here (".Z" is not ".z")
        if encoding is not None:
            stem, ext = posixpath.splitext(stem)
        tables = (self.types_map[True],) if strict else (self.types_map[True], self.types_map[False])
        for table in tables:
            for key in (ext, ext.lower()):
                if key in table:
                    return table[key], encoding
        return None, encoding

    @staticmethod
    def _data_url_type(rest):
        """The media type of "data:[type][;params],payload" (text/plain when left out)."""
        comma = rest.find(",")
        if comma < 0:
            return None
        kind = rest[:comma].split(";", 1)[0]
        if "=" in kind or "/" not in kind:
            return "text/plain"
        return kind

    def guess_all_extensions(self, type, strict=True):
        """Every extension known for type, official ones first (strict=False adds the others)."""
        type = type.lower()
        found = list(self.types_map_inv[True].get(type, ()))
        if not strict:
            found += [ext for ext in self.types_map_inv[False].get(type, ()) if ext not in found]
        return found

    def guess_extension(self, type, strict=True):
        """The first extension known for type, or None."""
        found = self.guess_all_extensions(type, strict)
        return found[0] if found else None

    def read(self, filename, strict=True):
        """Adds the types of a mime.types file."""
        with open(filename, encoding="utf-8") as stream:
            self.readfp(stream, strict)

    def readfp(self, fp, strict=True):
        """Adds the types of an open mime.types file: lines of "type ext ext ..."."""
        for kind, extension in _table_entries(fp):
            self.add_type(kind, extension, strict)

    def read_windows_registry(self, strict=True):
        """Nothing to read outside Windows."""


def _database():
    if _db is None:
        init()
    return _db


def guess_type(url, strict=True):
    """(type, encoding) for a file name, path or URL; see MimeTypes.guess_type."""
    return _database().guess_type(url, strict)


def guess_all_extensions(type, strict=True):
    """Every extension known for a MIME type."""
    return _database().guess_all_extensions(type, strict)


def guess_extension(type, strict=True):
    """The first extension known for a MIME type, or None."""
    return _database().guess_extension(type, strict)


def add_type(type, ext, strict=True):
    """Maps an extension to a type in the module's database."""
    return _database().add_type(type, ext, strict)


def init(files=None):
    """(Re)builds the module's database: the built-in tables plus the knownfiles that exist and
    then files; with files given once the database exists, only files are added to it."""
    global inited, _db, types_map, common_types, encodings_map, suffix_map
    inited = True  # MimeTypes() below must not call back here
    if files is not None and _db is not None:
        db, names = _db, list(files)
    else:
        db = MimeTypes()
        names = knownfiles + ([] if files is None else list(files))
    for name in names:
        if os.path.isfile(name):
            db.read(name)
    types_map, common_types = db.types_map[True], db.types_map[False]
    encodings_map, suffix_map = db.encodings_map, db.suffix_map
    _db = db


def read_mime_types(file):
    """The extension -> type map of one mime.types file, or None if it cannot be opened."""
    try:
        stream = open(file, encoding="utf-8")
    except OSError:
        return None
    with stream:
        db = MimeTypes()
        db.readfp(stream, True)
        return db.types_map[True]


# Before init() the module-level maps are the built-in tables alone.
types_map, common_types = ({ext: kind for kind, ext in _builtin_entries(official)} for official in (True, False))
encodings_map = _builtin_encodings()
suffix_map = _builtin_suffixes()
