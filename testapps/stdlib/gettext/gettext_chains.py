# gettext: fallback chains of three catalogs, damaged .mo files (bad magic, bad version, offsets past
# the end, an empty file), install() with names, and the domain functions without a catalog.
import builtins
import gettext
import io
import struct


def mo_bytes(entries, magic=0x950412de, version=0, order="<"):
    items = sorted([(b"", b"Content-Type: text/plain; charset=UTF-8\n")] +
                   [(k.encode(), v.encode()) for k, v in entries])
    n = len(items)
    data_at = 28 + 16 * n
    blob, originals, translations = b"", b"", b""
    for key, _ in items:
        originals += struct.pack(order + "2I", len(key), data_at + len(blob))
        blob += key + b"\x00"
    for _, value in items:
        translations += struct.pack(order + "2I", len(value), data_at + len(blob))
        blob += value + b"\x00"
    return struct.pack(order + "7I", magic, version, n, 28, 28 + 8 * n, 0, 0) + originals + translations + blob


def catalog(entries, **kw):
    return gettext.GNUTranslations(io.BytesIO(mo_bytes(entries, **kw)))


first = catalog([("a", "A1"), ("p\x04x", "PX1")])
second = catalog([("b", "B2"), ("%d c\x00%d cs", "%d C2\x00%d C2s")])
third = gettext.NullTranslations()
first.add_fallback(second)
first.add_fallback(third)
print(first._fallback is second, second._fallback is third, third._fallback)
for msg in ("a", "b", "zzz"):
    print(msg, first.gettext(msg))
for n in (1, 2):
    print(n, first.ngettext("%d c", "%d cs", n), first.ngettext("%d q", "%d qs", n))
print(first.pgettext("p", "x"), first.pgettext("p", "y"), first.npgettext("p", "s", "ss", 3))
print(catalog([("k", "K")], order=">", magic=0x950412de).gettext("k"))
print(catalog([("k", "K")], version=1 << 16).gettext("k"), first._get_versions(0x20003))

damaged = {
    "bad magic": mo_bytes([("k", "K")], magic=0x12345678),
    "bad version": mo_bytes([("k", "K")], version=5 << 16),
    "truncated": mo_bytes([("k", "K")])[:-3],
    "empty": b"",
}
for label, data in damaged.items():
    try:
        gettext.GNUTranslations(io.BytesIO(data))
        print(label, "read")
    except Exception as e:
        print(label, type(e).__name__, e)


class Named:
    name = "/tmp/x.mo"

    def __init__(self, data):
        self.data = data

    def read(self):
        return self.data


try:
    gettext.GNUTranslations(Named(mo_bytes([], magic=1)))
except OSError as e:
    print(e.errno, e.strerror, e.filename)

first.install(names=["ngettext", "pgettext", "nothing"])
print(_("a"), builtins.ngettext("%d c", "%d cs", 5), builtins.pgettext("p", "x"), hasattr(builtins, "nothing"))
first.install(names="gettext")
print(hasattr(builtins, "gettext"))  # a string is a set of letters here
print(gettext.dngettext("nodomain", "one", "many", 1), gettext.dnpgettext("nodomain", "c", "one", "many", 2))
print(gettext.bindtextdomain("nodomain", "/nonexistent"), gettext.bindtextdomain("nodomain"))
print(gettext.find("nodomain", "/nonexistent", ["de_DE.UTF-8@euro", "C", "fr"], all=True))
print(gettext.find("nodomain", "/nonexistent", ["de"]))
print(gettext.translation("nodomain", "/nonexistent", fallback=True).ngettext("x", "xs", 0))
try:
    gettext.translation("nodomain", "/nonexistent", languages=["de"])
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename)
