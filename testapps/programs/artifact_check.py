# Release artifact checksums: build a small archive layout in memory, hash it with several
# algorithms, pack a binary manifest with struct, compress it with zlib, and verify it back,
# reporting corruption the way a release script would.
import base64
import binascii
import hashlib
import hmac
import io
import struct
import zlib

MAGIC = b"PKMF"
HEADER = struct.Struct("<4sHHI")  # magic, version, entry count, payload crc
ENTRY = struct.Struct("!H32sQd")   # name length, sha256, size, ratio


def make_files():
    files = {}
    for i, name in enumerate(["bin/tool", "lib/core.so", "share/doc/README", "share/empty", "etc/tool.toml"]):
        body = (name.encode() * (i * 37 + 1))[: i * 997 + 3] if i != 3 else b""
        files[name] = body + bytes(range(i * 7 % 256))
    return files


def digests(data):
    return {
        "md5": hashlib.md5(data).hexdigest(),
        "sha1": hashlib.sha1(data).hexdigest()[:16],
        "sha256": hashlib.sha256(data).hexdigest()[:24],
        "sha512": hashlib.new("sha512", data).hexdigest()[:16],
        "blake2b": hashlib.blake2b(data, digest_size=16).hexdigest(),
        "blake2s": hashlib.blake2s(data, key=b"k", person=b"pkg").hexdigest()[:16],
        "sha3_256": hashlib.sha3_256(data).hexdigest()[:16],
        "crc32": f"{zlib.crc32(data):08x}",
        "adler32": f"{zlib.adler32(data):08x}",
    }


def pack_manifest(files):
    entries = []
    for name, body in sorted(files.items()):
        packed = zlib.compress(body, 9)
        ratio = len(packed) / len(body) if body else 0.0
        raw = name.encode()
        entries.append(ENTRY.pack(len(raw), hashlib.sha256(body).digest(), len(body), ratio) + raw)
    payload = b"".join(entries)
    return HEADER.pack(MAGIC, 2, len(entries), zlib.crc32(payload)) + payload


def read_manifest(blob):
    magic, version, count, crc = HEADER.unpack_from(blob, 0)
    if magic != MAGIC:
        raise ValueError(f"bad magic {magic!r}")
    payload = blob[HEADER.size:]
    if zlib.crc32(payload) != crc:
        raise ValueError(f"crc mismatch: header {crc:#010x}, payload {zlib.crc32(payload):#010x}")
    offset, out = 0, []
    for _ in range(count):
        length, digest, size, ratio = ENTRY.unpack_from(payload, offset)
        offset += ENTRY.size
        name = payload[offset:offset + length].decode()
        offset += length
        out.append((name, digest.hex()[:12], size, round(ratio, 4)))
    return version, out


def main():
    files = make_files()
    for name, body in files.items():
        d = digests(body)
        print(f"{name:<18}{len(body):>6}  " + " ".join(f"{k}={v}" for k, v in d.items()))
    blob = pack_manifest(files)
    print("manifest:", len(blob), "bytes", HEADER.size, ENTRY.size, struct.calcsize("@iQ"), struct.calcsize("=iQ"))
    version, entries = read_manifest(blob)
    print("version", version)
    for e in entries:
        print("  ", e)
    stream = zlib.compressobj(level=6, wbits=-15)
    deflated = stream.compress(blob[:100]) + stream.compress(blob[100:]) + stream.flush()
    inflater = zlib.decompressobj(wbits=-15)
    restored = inflater.decompress(deflated[:50]) + inflater.decompress(deflated[50:]) + inflater.flush()
    print("raw deflate:", restored == blob, inflater.eof, len(inflater.unused_data))
    gz = zlib.compress(blob, 1)
    print("zlib header:", gz[:2].hex(), zlib.decompress(gz) == blob)
    tampered = bytearray(blob)
    tampered[HEADER.size + 5] ^= 0xFF
    for bad in (bytes(tampered), b"XXXX" + blob[4:], blob[:10]):
        try:
            read_manifest(bad)
        except (ValueError, struct.error) as e:
            print(type(e).__name__ + ":", e)
    try:
        zlib.decompress(b"not zlib data")
    except zlib.error as e:
        print("zlib.error:", e)
    token = base64.b64encode(hashlib.sha256(blob).digest())
    print(token, base64.urlsafe_b64encode(b"\xfb\xff\xfe"), base64.b32encode(b"pkg"), base64.b16encode(b"\x01\xab"))
    print(base64.b64decode(token)[:4], base64.b85encode(b"release"), base64.a85encode(b"release"))
    try:
        base64.b64decode("abc", validate=True)
    except binascii.Error as e:
        print("binascii.Error:", e)
    print(binascii.hexlify(b"\x00\x10\xff", "-"), binascii.unhexlify("cafe"), binascii.crc32(b"abc"), binascii.b2a_base64(b"x"))
    mac = hmac.new(b"secret", blob, hashlib.sha256)
    print(mac.hexdigest()[:20], hmac.compare_digest(mac.digest(), hmac.digest(b"secret", blob, "sha256")), mac.name, mac.digest_size)
    h = hashlib.sha256()
    for chunk in iter(io.BytesIO(blob).read, b""):
        h.update(chunk)
    c = h.copy()
    c.update(b"more")
    print(h.hexdigest() == hashlib.sha256(blob).hexdigest(), c.hexdigest()[:8], h.name, h.block_size, hashlib.file_digest(io.BytesIO(blob), "md5").hexdigest())
    print(struct.pack(">hHiIqQ", -2, 65535, -1, 2**32 - 1, -2**63, 2**64 - 1).hex())
    print(struct.unpack("<3s?xbBf", b"abc\x01\x00\xff\x80\x00\x00\x80\x3f"), struct.pack("e", 1.5), struct.unpack(">e", b"\x3c\x00"))
    for fmt, args in [(">h", (40000,)), ("<I", (-1,)), ("3s", (1,)), ("<i", ())]:
        try:
            struct.pack(fmt, *args)
        except struct.error as e:
            print("struct.error:", e)
    print(list(struct.iter_unpack("<HB", bytes(range(9)))), memoryview(blob).cast("B")[:3].tolist())
    print(int.from_bytes(b"\x01\x02", "big"), (258).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), bytes.fromhex("de ad"))


main()
