"""Build release artifacts in memory, sign them and verify a manifest."""
import base64
import binascii
import gzip
import hashlib
import hmac
import io
import json
import struct
import tarfile
import time
import uuid
import zipfile
import zlib
from dataclasses import dataclass, field, asdict, replace
from typing import NamedTuple

KEY = b"release-signing-key"
FILES = {
    "pkg/__init__.py": b"__version__ = '2.4.1'\n",
    "pkg/core.py": b"def run():\n    return 42\n" * 20,
    "README.md": "# Pkg\n\nUnicode: caf\u00e9 \u2713\n".encode(),
    "data/table.bin": struct.pack("<4sHHI", b"TBL1", 2, 3, 0xDEADBEEF) + bytes(range(32)),
}


class Digest(NamedTuple):
    name: str
    size: int
    sha256: str
    crc: int

    def short(self):
        return f"{self.name}:{self.sha256[:12]}"


@dataclass(frozen=True, order=True)
class Artifact:
    kind: str
    name: str
    size: int = 0
    digests: tuple = field(default=(), compare=False, repr=False)


def digest(name, data):
    return Digest(name, len(data), hashlib.sha256(data).hexdigest(), zlib.crc32(data))


def build_zip():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(FILES):
            info = zipfile.ZipInfo(name, date_time=(2024, 1, 2, 3, 4, 6))
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, FILES[name])
        zf.comment = b"built by artifact_sign"
    return buf.getvalue()


def build_tar():
    buf = io.BytesIO()
    with tarfile.open(fileobj=buf, mode="w") as tf:
        for name in sorted(FILES):
            ti = tarfile.TarInfo(name)
            ti.size = len(FILES[name])
            ti.mtime = 1700000000
            ti.mode = 0o644
            ti.uname = ti.gname = "build"
            tf.addfile(ti, io.BytesIO(FILES[name]))
    return buf.getvalue()


def sign(data):
    mac = hmac.new(KEY, data, hashlib.sha256)
    return base64.urlsafe_b64encode(mac.digest()).rstrip(b"=").decode()


def verify(data, sig):
    return hmac.compare_digest(sign(data), sig)


def main():
    zdata = build_zip()
    tdata = build_tar()
    gdata = gzip.compress(tdata, mtime=0)
    arts = [
        Artifact("wheel", "pkg-2.4.1.zip", len(zdata), tuple(digest(n, d) for n, d in sorted(FILES.items()))),
        Artifact("sdist", "pkg-2.4.1.tar.gz", len(gdata)),
        Artifact("sdist", "pkg-2.4.1.tar", len(tdata)),
    ]
    for a in sorted(arts):
        print(a)
    print(asdict(arts[1]))
    print(replace(arts[1], size=0) == Artifact("sdist", "pkg-2.4.1.tar.gz"))
    try:
        arts[0].size = 1
    except Exception as e:
        print(type(e).__name__, e)
    for d in arts[0].digests:
        print(d.short(), d.size, hex(d.crc), d._asdict()["name"])
    with zipfile.ZipFile(io.BytesIO(zdata)) as zf:
        print(zf.namelist(), zf.comment)
        for info in zf.infolist():
            print(f"  {info.filename:<16} {info.file_size:>5} {info.date_time} {oct(info.external_attr >> 16)}")
        print(zf.read("pkg/__init__.py"), zf.testzip())
    with tarfile.open(fileobj=io.BytesIO(gzip.decompress(gdata)), mode="r:") as tf:
        for m in tf.getmembers():
            print(f"  {m.name:<16} {m.size:>5} {m.mtime} {m.uname} {oct(m.mode)} {m.isfile()}")
        print(tf.extractfile("README.md").read().decode())
    sigs = {a.name: sign(b) for a, b in zip(arts, (zdata, gdata, tdata))}
    manifest = json.dumps({"artifacts": sigs, "tool": "artifact_sign"}, indent=2, sort_keys=True)
    print(hashlib.sha1(manifest.encode()).hexdigest())
    print(verify(zdata, sigs["pkg-2.4.1.zip"]), verify(zdata + b"x", sigs["pkg-2.4.1.zip"]))
    print(hashlib.blake2b(b"abc", digest_size=16).hexdigest(), hashlib.md5(b"abc").hexdigest())
    h = hashlib.sha512()
    for chunk in (b"a", b"b", b"c"):
        h.update(chunk)
    print(h.name, h.digest_size, h.block_size, h.hexdigest()[:32], h.copy().hexdigest() == h.hexdigest())
    print(hashlib.pbkdf2_hmac("sha256", b"pw", b"salt", 1000).hex()[:24])
    print(base64.b32encode(b"release"), base64.b85encode(b"release"), base64.a85encode(b"release"))
    print(binascii.hexlify(b"\x01\xff", "-"), binascii.crc_hqx(b"abc", 0), zlib.adler32(b"abc"))
    hdr = struct.unpack_from("<4sHHI", FILES["data/table.bin"])
    print(hdr, struct.calcsize("<4sHHI"), struct.calcsize("@4sHHIq"))
    try:
        struct.pack("<H", 70000)
    except struct.error as e:
        print("struct.error:", e)
    u = uuid.uuid5(uuid.NAMESPACE_URL, "https://example.com/pkg/2.4.1")
    print(u, u.version, u.hex[:8], uuid.UUID(bytes=u.bytes) == u, uuid.UUID("{12345678-1234-5678-1234-567812345678}").int)
    try:
        base64.b64decode(b"abc", validate=True)
    except binascii.Error as e:
        print("binascii.Error:", e)
    t = time.gmtime(1700000000)
    print(time.strftime("%Y-%m-%dT%H:%M:%SZ", t), time.asctime(t), t.tm_yday)


main()
