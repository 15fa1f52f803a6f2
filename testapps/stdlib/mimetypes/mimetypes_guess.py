# mimetypes: the built-in tables (MimeTypes() reads no system file), suffix and compression
# extensions, data: URLs, strict and non-strict types, add_type, mime.types files, and the
# module-level functions (which also read the system's knownfiles: asked here only about types
# whose answer the usual system files do not change).
import mimetypes
import os
import pathlib
import tempfile

db = mimetypes.MimeTypes()
for url in ["a.txt", "A.TXT", "page.html", "x.tar.gz", "x.TGZ", "a.tgz", "x.svgz", "a.tar.Z", "a.tar.br",
            "a.tbz2", "a.txz", "a.z", "a.txt.GZ", "a.json", "a.md", "a.py", "a.js", "a.mjs", "a.xul", "a.XUL",
            "a.rtf", "a.jpg", "a.pict", "a.mid", "noext", "a.", "dir/.bashrc", "dir.d/file",
            "data:text/html;base64,xx", "data:,hi", "data:foo", "data:a=b,x", "DATA:image/png,1",
            "data:;base64,AA", "http://h/a.html?x=1", "http://h/a.html", "C:\\a.txt", "file:///tmp/x.pdf",
            "/abs/path/archive.zip", pathlib.Path("x/y.png"), "a.gz", "a.Z", "a.bz2", "a.xz", "a.br"]:
    print(repr(url), db.guess_type(url), db.guess_type(url, strict=False))
try:
    db.guess_type(5)
except TypeError as e:
    print("TypeError", e)

for kind in ["text/html", "TEXT/HTML", "image/jpeg", "image/jpg", "text/plain", "application/javascript",
             "application/octet-stream", "text/xul", "application/x-nothing", "audio/mpeg", "video/mp4"]:
    print(kind, db.guess_all_extensions(kind), db.guess_all_extensions(kind, strict=False),
          db.guess_extension(kind), db.guess_extension(kind, False))

db.add_type("application/x-pypack", ".pyp")
db.add_type("application/x-pypack", ".pyp")
db.add_type("application/x-pypack", ".pyz")
db.add_type("text/x-loose", ".loose", strict=False)
db.add_type("text/plain", ".TXT2")
print(db.guess_type("f.pyp"), db.guess_all_extensions("application/x-pypack"), db.guess_type("f.loose"),
      db.guess_type("f.loose", False), db.guess_type("f.txt2"), db.guess_extension("text/x-loose", False))
print(sorted(db.encodings_map.items()), sorted(db.suffix_map.items()))
print(len(db.types_map[True]), len(db.types_map[False]), list(db.types_map[True])[:8], list(db.types_map[False]))
print(sorted(db.types_map_inv[False].items()))

home = tempfile.mkdtemp()
table = os.path.join(home, "my.types")
with open(table, "w", encoding="utf-8") as f:
    f.write("# a comment line\n\napplication/x-one one uno  # trailing comment\ntext/x-two\ttwo\n"
            "text/x-hash  a#b c\nimage/x-three three # not an extension\n")
print(sorted(mimetypes.read_mime_types(table).items())[:3], len(mimetypes.read_mime_types(table)))
print(mimetypes.read_mime_types(os.path.join(home, "missing.types")))
own = mimetypes.MimeTypes([table])
print(own.guess_type("x.uno"), own.guess_type("x.a#b"), own.guess_type("x.c"), own.guess_type("x.three"))
loose = mimetypes.MimeTypes([table], strict=False)
print(loose.guess_type("x.uno"), loose.guess_type("x.uno", strict=False))
with open(table, encoding="utf-8") as f:
    own.readfp(f, strict=False)
print(own.guess_all_extensions("text/x-two", strict=False))
try:
    own.read(os.path.join(home, "missing.types"))
except OSError as e:
    print(type(e).__name__, e.strerror)
own.read_windows_registry()

print(mimetypes.guess_type("report.pdf"), mimetypes.guess_type("photo.JPG"), mimetypes.guess_type("a.tar.gz"))
print(mimetypes.guess_extension("application/pdf"), mimetypes.guess_extension("image/png"),
      mimetypes.guess_extension("application/x-nothing"))
print(mimetypes.inited, mimetypes.types_map[".pdf"], mimetypes.encodings_map[".gz"], mimetypes.suffix_map[".tgz"])
mimetypes.add_type("application/x-mine", ".mine")
print(mimetypes.guess_type("a.mine"), mimetypes.guess_all_extensions("application/x-mine"), mimetypes.types_map[".mine"])
mimetypes.init([table])
print(mimetypes.guess_type("a.mine"), mimetypes.guess_type("a.uno"))
mimetypes.init()
print(mimetypes.guess_type("a.mine"), mimetypes.guess_type("a.uno"), mimetypes.common_types[".jpg"])
print(mimetypes.__all__)
os.remove(table)
os.rmdir(home)
