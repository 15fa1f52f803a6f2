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
  NFC to recompose each two-code-point canonical decomposition (so exclusions are honoured);

It also writes CharFlagsData.g.cs: the CharFlags (UnicodeFlags.cs) of every code point as str's
methods see them, asked of CPython 3.11's own str methods, in runs. Every str predicate of a
non-ASCII character reads them, so they are plain arrays in the binary's data (no
decompression) searched in place.
"""
import base64
import sys
import unicodedata
import zlib

assert sys.version_info[:2] == (3, 11), "needs CPython 3.11"
UNICORE = "/usr/share/perl/5.36.0/unicore"


def computed_name(name):
    return name.startswith("CJK UNIFIED IDEOGRAPH-") or name.startswith("HANGUL SYLLABLE ")


# The CharFlags bits, in UnicodeFlags.cs's order.
FLAG_TESTS = [
    lambda c: c.isalpha(),
    lambda c: c.isdecimal(),
    lambda c: c.isdigit(),
    lambda c: c.isnumeric(),
    lambda c: c.isspace(),
    lambda c: c.isupper(),  # Unicode's Uppercase (Lu and Other_Uppercase)
    lambda c: c.islower(),  # Lowercase
    lambda c: unicodedata.category(c) == "Lt",
    lambda c: c.isprintable(),
    lambda c: c.isidentifier(),  # XID_Start, or "_"
    lambda c: ("a" + c).isidentifier(),  # XID_Continue
    lambda c: case_ignorable(c),
    lambda c: unicodedata.category(c) != "Cn",  # assigned
]


def cased(c):
    return c.isupper() or c.islower() or unicodedata.category(c) == "Lt"


def case_ignorable(c):
    # Read off lower()'s final-sigma rule: a capital sigma after a cased letter is final unless a
    # cased letter follows; case-ignorable characters are skipped on both sides.
    if cased(c):
        return ("A\u03a3" + c).lower()[1] == "\u03c2"
    return ("A" + c + "\u03a3").lower()[-1] == "\u03c2"


def flags_of(c):
    value = 0
    for bit, test in enumerate(FLAG_TESTS):
        if test(c):
            value |= 1 << bit
    assert c.istitle() == bool(value & (1 << 5 | 1 << 7)), hex(ord(c))  # no code point is both upper and lower
    return value


flag_runs = []
last_flags = None
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
    flags = flags_of(ch)
    if flags != last_flags:
        flag_runs.append((cp, flags))
        last_flags = flags
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


def numbers(values, per_line=16):
    rows = [", ".join(str(v) for v in values[i:i + per_line]) for i in range(0, len(values), per_line)]
    return ",\n        ".join(rows)


with open("CharFlagsData.g.cs", "w") as f:
    f.write("// <auto-generated> by UnicodeData.py from CPython 3.11's str methods (Unicode %s). </auto-generated>\n"
            % unicodedata.unidata_version)
    f.write("namespace PyPack.Runtime.Unicode;\n\ninternal static class CharFlagsData\n{\n")
    f.write("    /// <summary>The first code point of each run of code points that share their flags.</summary>\n")
    f.write("    public static ReadOnlySpan<int> RunStarts =>\n    [\n        %s,\n    ];\n\n" % numbers([cp for cp, _ in flag_runs]))
    f.write("    /// <summary>The CharFlags of each run.</summary>\n")
    f.write("    public static ReadOnlySpan<ushort> RunFlags =>\n    [\n        %s,\n    ];\n}\n" % numbers([fl for _, fl in flag_runs]))
print({name: len(lines) for name, lines, _ in tables}, "flag runs", len(flag_runs))
