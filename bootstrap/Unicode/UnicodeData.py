"""Generates UnicodeData.g.cs: the Unicode 14.0 character database as CPython 3.11's unicodedata
answers it, for the unicodedata module, str's \\N{...} escapes and NFKC of identifiers.
Run with CPython 3.11: python3 UnicodeData.py

Every table is text lines, zlib-deflated and base64 encoded (decompressed on first use):
- Names: "delta-hex NAME" for every named code point, except the names unicodedata computes
  (CJK UNIFIED IDEOGRAPH-XXXX, HANGUL SYLLABLE XXX: UnicodeNames.cs computes them too);
- Aliases: "NAME;hex" for the formal name aliases lookup() and \\N{} accept, and
  NamedSequences: "NAME;hex hex..." for the sequences only lookup() accepts. CPython cannot list
  them, so the candidate names come from the Unicode 14.0 files Debian's perl ships; each is kept
  only if CPython's lookup() accepts it and is checked against what it returns;
- Records and Properties: "category bidirectional east_asian_width mirrored combining" records,
  and "delta-hex record-index" runs covering every code point;
- Numerics: "delta-hex decimal digit numeric" ("-" where there is none; numeric is float repr);
- Decompositions: "delta-hex mapping", the raw decomposition() text ("<compat> 0066 0069");
- Compositions: "first-hex second-hex composite-hex": every primary composite, found by asking
  NFC to recompose each two-code-point canonical decomposition (so exclusions are honoured).
"""
import base64
import sys
import unicodedata
import zlib

assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"
UNICORE = "/usr/share/perl/5.36.0/unicore"


def computed_name(name):
    return name.startswith("CJK UNIFIED IDEOGRAPH-") or name.startswith("HANGUL SYLLABLE ")


names, runs, records, numerics, decompositions, compositions = [], [], [], [], [], []
record_index = {}
prev_name = prev_run = prev_num = prev_dec = 0
last_record = None
for cp in range(0x110000):
    ch = chr(cp)
    name = unicodedata.name(ch, None)
    if name is not None and not computed_name(name):
        names.append("%x %s" % (cp - prev_name, name))
        prev_name = cp
    record = "%s %s %s %d %d" % (unicodedata.category(ch), unicodedata.bidirectional(ch) or "-",
                                 unicodedata.east_asian_width(ch), unicodedata.mirrored(ch),
                                 unicodedata.combining(ch))
    if record not in record_index:
        record_index[record] = len(records)
        records.append(record)
    if record != last_record:
        runs.append("%x %d" % (cp - prev_run, record_index[record]))
        prev_run = cp
        last_record = record
    numeric = unicodedata.numeric(ch, None)
    if numeric is not None:
        decimal = unicodedata.decimal(ch, None)
        digit = unicodedata.digit(ch, None)
        numerics.append("%x %s %s %r" % (cp - prev_num, "-" if decimal is None else decimal,
                                         "-" if digit is None else digit, numeric))
        prev_num = cp
    raw = unicodedata.decomposition(ch)
    if raw:
        decompositions.append("%x %s" % (cp - prev_dec, raw))
        prev_dec = cp
        if not raw.startswith("<"):
            parts = [int(p, 16) for p in raw.split()]
            if len(parts) == 2 and unicodedata.normalize("NFC", chr(parts[0]) + chr(parts[1])) == ch:
                compositions.append("%x %x %x" % (parts[0], parts[1], cp))


def checked(name, text):
    try:
        found = unicodedata.lookup(name)
    except KeyError:
        return None
    assert found == text, (name, found, text)
    return "%s;%s" % (name, " ".join("%x" % ord(c) for c in text))


aliases = []
with open(UNICORE + "/To/NameAlia.pl", encoding="utf-8") as f:
    body = f.read().split("<<'END';\n", 1)[1].split("\nEND\n", 1)[0]
for line in body.splitlines():
    fields = line.split("\t")  # "hex", "", "NAME: type"
    start, alias = fields[0], fields[-1].rsplit(": ", 1)[0]
    entry = checked(alias, chr(int(start, 16)))
    if entry is not None and alias != unicodedata.name(chr(int(start, 16)), None):
        aliases.append(entry)
sequences = []
with open(UNICORE + "/NamedSequences.txt", encoding="utf-8") as f:
    for line in f:
        if line.strip() and not line.startswith("#"):
            name, points = line.rstrip("\n").split(";")
            entry = checked(name, "".join(chr(int(p, 16)) for p in points.split()))
            assert entry is not None, name
            sequences.append(entry)


def pack(lines):
    data = base64.b64encode(zlib.compress("\n".join(lines).encode("ascii"), 9)).decode("ascii")
    chunks = [data[i:i + 120] for i in range(0, len(data), 120)]
    return "\n        + ".join('"%s"' % c for c in chunks)


tables = (
    ("Names", names, "\"delta-hex NAME\" lines: every name except the computed ones"),
    ("Aliases", aliases, "\"NAME;hex\" lines: formal name aliases"),
    ("NamedSequences", sequences, "\"NAME;hex hex...\" lines: named sequences (lookup() only)"),
    ("Records", records, "\"category bidirectional east_asian_width mirrored combining\" lines"),
    ("Properties", runs, "\"delta-hex record-index\" lines: runs of code points sharing a record"),
    ("Numerics", numerics, "\"delta-hex decimal digit numeric\" lines"),
    ("Decompositions", decompositions, "\"delta-hex mapping\" lines: decomposition() text"),
    ("Compositions", compositions, "\"first-hex second-hex composite-hex\" lines: primary composites"),
)
with open("UnicodeData.g.cs", "w") as f:
    f.write("// <auto-generated> by UnicodeData.py from CPython 3.11's unicodedata (Unicode %s). </auto-generated>\n"
            % unicodedata.unidata_version)
    f.write("namespace PyPack.Runtime.Unicode;\n\ninternal static class UnicodeData\n{\n")
    f.write("    public const string Version = \"%s\";\n" % unicodedata.unidata_version)
    for name, lines, doc in tables:
        f.write("\n    /// <summary>zlib-deflated %s, base64.</summary>\n" % doc)
        f.write("    public const string %s =\n        %s;\n" % (name, pack(lines)))
    f.write("}\n")
print({name: len(lines) for name, lines, _ in tables})
