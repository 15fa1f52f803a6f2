# A content-addressed blob store with a binary index, like a tiny git/restic: records packed
# with struct (native and network order, Struct objects, iter_unpack, pack_into a bytearray,
# memoryview slices), zlib streams (compressobj/decompressobj, crc32/adler32 running sums),
# hashlib (sha1/sha256/md5/blake2b with key and digest_size), hmac signatures checked with
# compare_digest, base64 flavours, int.to_bytes/from_bytes (also on an int subclass), gzip
# files opened by a bytes path, and an os.pipe used to stream a pack between two file objects.
import base64
import binascii
import gzip
import hashlib
import hmac
import io
import os
import struct
import sys
import tempfile
import zlib

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1

MAGIC = b"BLOB"
HEADER = struct.Struct(">4sHHI")          # magic, version, flags, count
ENTRY = struct.Struct(">20sQII")          # sha1, offset, packed size, crc32
KEY = b"signing-key-0123456789"


class ObjectId(int):
    """An int that prints as hex; from_bytes must give back an ObjectId."""

    def __repr__(self):
        return f"ObjectId({self:#x})"

    @property
    def short(self):
        return f"{self:040x}"[:10]


def make_payloads(n):
    out = []
    for i in range(n):
        kind = i % 4
        if kind == 0:
            data = (f"file {i}: " + "lorem ipsum dolor sit amet " * (i % 7 + 1)).encode()
        elif kind == 1:
            data = bytes((j * 37 + i) % 256 for j in range(64 + i * 3))
        elif kind == 2:
            data = struct.pack(f"<{i % 5 + 2}d", *[k / 3 for k in range(i % 5 + 2)])
        else:
            data = "ünïcödé ✓ €".encode("utf-8") * (i % 3 + 1)
        out.append(data)
    return out


def pack(payloads):
    body = bytearray()
    entries = []
    for data in payloads:
        sha = hashlib.sha1(b"blob %d\0" % len(data) + data).digest()
        comp = zlib.compressobj(level=6, wbits=-15)
        packed = comp.compress(data) + comp.flush()
        entries.append((sha, len(body), len(packed), zlib.crc32(data)))
        body += packed
    index = bytearray(HEADER.size + ENTRY.size * len(entries))
    HEADER.pack_into(index, 0, MAGIC, 2, 0x8001, len(entries))
    for i, e in enumerate(entries):
        ENTRY.pack_into(index, HEADER.size + i * ENTRY.size, *e)
    blob = bytes(index) + bytes(body)
    sig = hmac.new(KEY, blob, hashlib.sha256).digest()
    return blob + sig


def unpack(blob):
    blob, sig = blob[:-32], blob[-32:]
    if not hmac.compare_digest(sig, hmac.new(KEY, blob, "sha256").digest()):
        raise ValueError("bad signature")
    view = memoryview(blob)
    magic, version, flags, count = HEADER.unpack_from(view, 0)
    assert magic == MAGIC, magic
    base = HEADER.size + ENTRY.size * count
    result = []
    for sha, off, size, crc in ENTRY.iter_unpack(view[HEADER.size:base]):
        d = zlib.decompressobj(wbits=-15)
        data = d.decompress(view[base + off:base + off + size]) + d.flush()
        if zlib.crc32(data) != crc:
            raise ValueError("crc mismatch")
        result.append((ObjectId.from_bytes(sha, "big"), data))
    return version, flags, result


def main():
    payloads = make_payloads(12 * SCALE)
    blob = pack(payloads)
    version, flags, objects = unpack(blob)
    # (the deflate streams' sizes are zlib's choice: only the index size is printed)
    print(f"pack index: {HEADER.size + ENTRY.size * len(objects)} bytes, version {version}, "
          f"flags {flags:#06x}, {len(objects)} objects")
    print("round trip:", [d for _, d in objects] == payloads)
    for oid, data in objects[:6]:
        print(f"  {oid.short} {type(oid).__name__} {len(data):4d} bytes "
              f"adler={zlib.adler32(data):08x} md5={hashlib.md5(data).hexdigest()[:8]}")
    print(repr(objects[0][0])[:20], objects[0][0] > 0, isinstance(objects[0][0], int))

    tampered = bytearray(blob)
    tampered[10] ^= 1
    try:
        unpack(bytes(tampered))
    except ValueError as e:
        print("tampered:", e)

    # running checksums equal one-shot checksums
    crc = adler = 0
    for data in payloads:
        crc = zlib.crc32(data, crc)
        adler = zlib.adler32(data, adler) if adler else zlib.adler32(data)
    joined = b"".join(payloads)
    print("crc32 running:", crc == zlib.crc32(joined), "adler:", adler == zlib.adler32(joined),
          f"{binascii.crc32(joined):08x}")

    # hashes
    h = hashlib.sha256()
    for data in payloads:
        h.update(data)
    c = h.copy()
    c.update(b"more")
    print("sha256:", h.hexdigest()[:16], c.hexdigest()[:16], h.name, h.digest_size, h.block_size)
    b2 = hashlib.blake2b(joined, digest_size=16, key=b"k", person=b"blobstore")
    print("blake2b:", b2.hexdigest(), b2.digest_size)
    print("sha1 of empty:", hashlib.new("sha1").hexdigest(), "md5 'abc':", hashlib.md5(b"abc").hexdigest())
    print("pbkdf2:", hashlib.pbkdf2_hmac("sha256", b"password", b"salt", 1000, dklen=16).hex())
    mac = hmac.new(KEY, digestmod="sha1")
    mac.update(b"part1")
    mac.update(b"part2")
    print("hmac:", mac.hexdigest(), mac.name, hmac.digest(KEY, b"part1part2", "sha1") == mac.digest())

    # base64 family
    sample = payloads[1][:20]
    for name in ("b64encode", "urlsafe_b64encode", "b32encode", "b16encode", "b85encode", "a85encode"):
        enc = getattr(base64, name)(sample)
        dec = getattr(base64, name.replace("encode", "decode"))(enc)
        print(f"  {name:<18} {enc.decode():<40} ok={dec == sample}")
    print(base64.encodebytes(payloads[0][:80]).decode(), end="")
    try:
        base64.b64decode(b"abc", validate=True)
    except binascii.Error as e:
        print("binascii.Error:", e)
    print(base64.b64decode("YWJj\n", validate=False), binascii.hexlify(b"\x00\xff", "-"),
          binascii.unhexlify("cafe"))

    # int <-> bytes
    for n in (0, 1, 255, 256, -1, -129, 2**64 - 1, -(2**63)):
        size = max(1, (n.bit_length() + 8) // 8)
        raw = n.to_bytes(size, "little", signed=True)
        back = int.from_bytes(raw, "little", signed=True)
        print(f"  {n:>22} {raw.hex():<20} {back == n}")
    oid = ObjectId.from_bytes(b"\x01\x02", "big")
    print(type(oid).__name__, oid, repr(oid), ObjectId.from_bytes([255], "little"))
    print(int.from_bytes(b"\xff\xfe", "big", signed=True), (1024).to_bytes(2, "big"))
    try:
        (256).to_bytes(1, "big")
    except OverflowError as e:
        print("OverflowError:", e)

    # struct details
    rec = struct.pack("<hHiIqQ?xcf", -2, 65535, -3, 2**32 - 1, -4, 2**64 - 1, True, b"z", 1.5)
    print(struct.calcsize("<hHiIqQ?xcf"), struct.calcsize("@bi"), struct.calcsize("=bi"),
          struct.unpack("<hHiIqQ?xcf", rec))
    print(struct.pack(">3s5p", b"abcdef", b"xy"), struct.unpack("!e", struct.pack("!e", 0.1))[0])
    try:
        struct.pack(">H", 70000)
    except struct.error as e:
        print("struct.error:", e)

    with tempfile.TemporaryDirectory() as tmp:
        # gzip with a bytes path, then read back in text mode
        gz_path = os.fsencode(os.path.join(tmp, "index.txt.gz"))
        with gzip.GzipFile(gz_path, "wb", mtime=0) as f:
            for oid, data in objects:
                f.write(f"{oid.short} {len(data)}\n".encode())
        with gzip.open(gz_path, "rt", encoding="ascii") as f:
            lines = f.read().splitlines()
        print("gzip lines:", len(lines), lines[0], lines[-1])
        with open(gz_path, "rb") as f:
            raw = f.read()
        print("gzip header:", raw[:4].hex(), "decompress ok:",
              gzip.decompress(raw).count(b"\n") == len(objects))

        # stream the pack through an OS pipe in chunks
        r, w = os.pipe()
        print("pipe fds distinct:", r != w, "inheritable:", os.get_inheritable(r))
        chunks = [blob[i:i + 4096] for i in range(0, len(blob), 4096)]
        received = bytearray()
        with os.fdopen(w, "wb", buffering=0) as wf, os.fdopen(r, "rb", buffering=0) as rf:
            for chunk in chunks:
                wf.write(chunk)
                while len(received) < sum(map(len, chunks[:chunks.index(chunk) + 1])):
                    received += rf.read(65536)
        print("piped:", len(received) == len(blob), bytes(received) == blob)

    buf = io.BytesIO()
    buf.write(zlib.compress(joined, 9))
    print("zlib level 9 smaller than 1:", len(buf.getvalue()) <= len(zlib.compress(joined, 1)),
          zlib.decompress(buf.getvalue()) == joined)


main()
