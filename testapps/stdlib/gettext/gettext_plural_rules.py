# The Plural-Forms expressions of .mo catalogs, as gettext.translation compiles them: the rules of
# real languages over many counts, and the messages of the malformed ones.
import gettext
import os
import struct
import tempfile

RULES = {
    "en": "nplurals=2; plural=(n != 1);",
    "fr": "nplurals=2; plural=(n > 1);",
    "ja": "nplurals=1; plural=0;",
    "pl": "nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "ru": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);",
    "ar": "nplurals=6; plural=(n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && n%100<=10 ? 3 : n%100>=11 ? 4 : 5);",
    "ga": "nplurals=5; plural=n==1 ? 0 : n==2 ? 1 : (n>2 && n<7) ? 2 :(n>6 && n<11) ? 3 : 4;",
    "odd": "nplurals=3; plural=(n/10 + n*2/3) % 3;",
}
BAD = ["n 1", "n > *", ")", "n ? 1 : ", "", "(n", "n)", "? 1 : 2", "n : 1", "-1", "n+1)*2", "n $ 1", "(n ? 1 : 2", "n ? (1 : 2)", "n ==", "a"]


def write_mo(path, rule):
    header = ("Content-Type: text/plain; charset=UTF-8\nPlural-Forms: %s\n" % rule).encode()
    items = [(b"", header), (b"file\x00files", b"\x00".join(b"form%d" % i for i in range(6)))]
    table_o = table_t = blob = b""
    data_at = 28 + 16 * len(items)
    for key, _ in items:
        table_o += struct.pack("<2I", len(key), data_at + len(blob))
        blob += key + b"\x00"
    for _, value in items:
        table_t += struct.pack("<2I", len(value), data_at + len(blob))
        blob += value + b"\x00"
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(struct.pack("<7I", 0x950412de, 0, len(items), 28, 28 + 8 * len(items), 0, 0) + table_o + table_t + blob)


with tempfile.TemporaryDirectory() as tmp:
    for lang, rule in RULES.items():
        write_mo(os.path.join(tmp, lang, "LC_MESSAGES", "app.mo"), rule)
        t = gettext.translation("app", tmp, [lang])
        counts = [0, 1, 2, 3, 5, 11, 12, 21, 22, 25, 101, 111, 1000]
        print(f"{lang:>5}", " ".join(t.ngettext("file", "files", n)[-1] for n in counts), t.gettext("file"))
    for i, rule in enumerate(BAD):
        write_mo(os.path.join(tmp, "bad%d" % i, "LC_MESSAGES", "app.mo"), "nplurals=2; plural=%s;" % rule)
        try:
            gettext.translation("app", tmp, ["bad%d" % i])
            print(repr(rule), "accepted")
        except ValueError as e:
            print(repr(rule), "ValueError:", e)
    t = gettext.translation("app", tmp, ["en"])
    for n in (2.0, 2.5, "3", None):
        try:
            print(repr(n), t.ngettext("file", "files", n))
        except TypeError as e:
            print(repr(n), "TypeError:", e)
