# gettext: messages pass through unchanged without a catalog; with .mo catalogs written here (a
# German one with plural forms and contexts, a fallback chain) they are translated.
import builtins
import gettext
import os
import struct
import tempfile


def write_mo(path, entries, headers, big_endian=False):
    """A GNU .mo file: the header entry (msgid "") and the messages, sorted by msgid."""
    items = sorted([(b"", headers.encode())] + [(k.encode(), v.encode()) for k, v in entries])
    order = ">" if big_endian else "<"
    count = len(items)
    originals_at = 28
    translations_at = originals_at + 8 * count
    data_at = translations_at + 8 * count
    blob, table_o, table_t = b"", b"", b""
    for key, _ in items:
        table_o += struct.pack(order + "2I", len(key), data_at + len(blob))
        blob += key + b"\x00"
    for _, value in items:
        table_t += struct.pack(order + "2I", len(value), data_at + len(blob))
        blob += value + b"\x00"
    header = struct.pack(order + "7I", 0x950412de, 0, count, originals_at, translations_at, 0, 0)
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(header + table_o + table_t + blob)


GERMAN = [
    ("Hello", "Hallo"),
    ("Save", "Speichern"),
    ("menu\x04Open", "Öffnen (Menü)"),
    ("%d file\x00%d files", "%d Datei\x00%d Dateien"),
    ("button\x04%d item\x00%d items", "%d Element\x00%d Elemente"),
]
POLISH_RULE = "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"
POLISH = [("%d file\x00%d files", "%d plik\x00%d pliki\x00%d plików"), ("Quit", "Zakończ")]


def main():
    os.environ.pop("LANGUAGE", None)
    print(gettext.gettext("Hello"), gettext.ngettext("%d file", "%d files", 1) % 1, gettext.ngettext("%d file", "%d files", 3) % 3)
    print(gettext.pgettext("menu", "Open"), gettext.npgettext("ctx", "one", "many", 2), gettext.textdomain())
    print(gettext.find("app", "/nonexistent", ["de"]), gettext.find("app", "/nonexistent", ["de"], all=True))
    try:
        gettext.translation("app", "/nonexistent", ["de"])
    except FileNotFoundError as e:
        print("FileNotFoundError:", e, e.errno, e.filename)
    null = gettext.translation("app", "/nonexistent", ["de"], fallback=True)
    print(type(null).__name__, null.gettext("Hi"), null.ngettext("a", "b", 2), null.info(), null.charset())
    with tempfile.TemporaryDirectory() as tmp:
        write_mo(os.path.join(tmp, "de", "LC_MESSAGES", "app.mo"), GERMAN,
                 "Project-Id-Version: app 1.0\nLast-Translator: Jürgen Groß\nX-Comment: first\n  continued\n#-#-#-#-#  x  #-#-#-#-#\nContent-Type: text/plain; charset=UTF-8\nPlural-Forms: nplurals=2; plural=(n != 1);\n")
        write_mo(os.path.join(tmp, "pl", "LC_MESSAGES", "app.mo"), POLISH,
                 "Content-Type: text/plain; charset=UTF-8\nPlural-Forms: " + POLISH_RULE + "\n", big_endian=True)
        print([os.path.relpath(p, tmp) for p in gettext.find("app", tmp, ["de_DE.UTF-8@euro", "pl", "fr"], all=True)])
        de = gettext.translation("app", tmp, ["de"])
        print(type(de).__name__, de.gettext("Hello"), de.gettext("Missing"), de.pgettext("menu", "Open"), de.pgettext("x", "Open"))
        print([de.ngettext("%d file", "%d files", n) % n for n in (0, 1, 2)], de.npgettext("button", "%d item", "%d items", 5) % 5)
        print(sorted(de.info().items()), de.charset())
        pl = gettext.translation("app", tmp, ["pl"])
        print([pl.ngettext("%d file", "%d files", n) % n for n in (1, 2, 4, 5, 12, 22, 25, 101, 104)], pl.gettext("Quit"))
        chain = gettext.translation("app", tmp, ["pl", "de"])
        print(chain.gettext("Hello"), chain.gettext("Quit"), chain.ngettext("%d file", "%d files", 3) % 3)
        gettext.bindtextdomain("app", tmp)
        print(gettext.bindtextdomain("app") == tmp, gettext.dgettext("app", "Hello"), gettext.dgettext("other", "Hello"))
        os.environ["LANGUAGE"] = "de"
        gettext.textdomain("app")
        print(gettext.gettext("Save"), gettext.ngettext("%d file", "%d files", 7) % 7, gettext.pgettext("menu", "Open"))
        gettext.install("app", tmp, names=["ngettext"])
        print(_("Hello"), builtins.ngettext("%d file", "%d files", 1) % 1)
        os.environ["LANGUAGE"] = "fr:C"
        print(gettext.gettext("Save"))
        del os.environ["LANGUAGE"]
        gettext.textdomain("messages")
    for bad in ("nplurals=2; plural=n $ 2;", "nplurals=2; plural=(n > 1;", "nplurals=2; plural=n > 1);", "nplurals=2; plural=n ? 1;"):
        try:
            with tempfile.TemporaryDirectory() as tmp:
                write_mo(os.path.join(tmp, "xx", "LC_MESSAGES", "bad.mo"), [("a", "b")], "Plural-Forms: " + bad + "\n")
                gettext.translation("bad", tmp, ["xx"])
        except ValueError as e:
            print("ValueError:", e)


main()
