"""Binary records: struct packing of a small index format, stored in zip and tar archives, read
back and checked; ipaddress inventory of the hosts the records name."""
import io
import ipaddress
import os
import struct
import tarfile
import tempfile
import zipfile
import zlib

HEADER = struct.Struct("<4sHHI")
RECORD = struct.Struct("<I16sdhB3x")


def build(records):
    body = b"".join(RECORD.pack(i, name.encode().ljust(16, b"\0"), value, delta, flags)
                    for i, (name, value, delta, flags) in enumerate(records))
    return HEADER.pack(b"RIDX", 1, RECORD.size, len(records)) + body + struct.pack(">I", zlib.crc32(body))


def parse(blob):
    magic, version, size, count = HEADER.unpack_from(blob, 0)
    out = []
    for n in range(count):
        i, name, value, delta, flags = RECORD.unpack_from(blob, HEADER.size + n * size)
        out.append((i, name.rstrip(b"\0").decode(), value, delta, flags))
    (crc,) = struct.unpack_from(">I", blob, HEADER.size + count * size)
    body = blob[HEADER.size:HEADER.size + count * size]
    return magic, version, size, out, crc == zlib.crc32(body)


def main():
    records = [("10.0.0.1", 1.5, -3, 1), ("10.0.1.17", 2.25, 7, 0), ("192.168.4.20", -0.125, 0, 3),
               ("2001:db8::1", 1e10, -32768, 255), ("172.16.5.4", float("inf"), 32767, 2)]
    blob = build(records)
    print(len(blob), HEADER.size, RECORD.size, blob[:12].hex(" "), struct.calcsize("@iqc"), struct.calcsize("=iqc"))
    magic, version, size, rows, ok = parse(blob)
    print(magic, version, size, ok)
    for row in rows:
        print(row)
    print(struct.pack(">hHiIqQ?e", -2, 65535, -1, 2**32 - 1, -2**63, 2**64 - 1, True, 1.5).hex())
    print(struct.unpack("<3s2x f", b"abc\0\0\x00\x00\xc0\x3f"), list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")))
    for bad in [lambda: struct.pack("<h", 40000), lambda: struct.unpack("<I", b"\0"), lambda: struct.pack("<2s", "x")]:
        try:
            bad()
        except struct.error as e:
            print("struct.error", e)
    with tempfile.TemporaryDirectory() as d:
        zpath = os.path.join(d, "idx.zip")
        with zipfile.ZipFile(zpath, "w", compression=zipfile.ZIP_DEFLATED) as z:
            z.writestr("data/index.bin", blob)
            z.writestr(zipfile.ZipInfo("data/readme.txt", date_time=(2024, 1, 2, 3, 4, 6)), "records\n")
            z.writestr("empty/", b"")
        with zipfile.ZipFile(zpath) as z:
            for info in z.infolist():
                print(info.filename, info.file_size, info.compress_type, info.is_dir(), info.date_time if info.filename.endswith(".txt") else "")
            print(parse(z.read("data/index.bin"))[4], z.namelist(), z.testzip())
            with z.open("data/readme.txt") as f:
                print(f.read())
        tpath = os.path.join(d, "idx.tar.gz")
        with tarfile.open(tpath, "w:gz") as t:
            info = tarfile.TarInfo("index.bin")
            info.size = len(blob)
            info.mtime = 1700000000
            info.mode = 0o640
            t.addfile(info, io.BytesIO(blob))
            note = tarfile.TarInfo("notes/n.txt")
            note.size = 5
            note.mtime = 1700000000
            t.addfile(note, io.BytesIO(b"hello"))
        with tarfile.open(tpath) as t:
            for m in t.getmembers():
                print(m.name, m.size, oct(m.mode), m.mtime, m.isfile(), m.isdir())
            print(parse(t.extractfile("index.bin").read())[4], t.extractfile("notes/n.txt").read())
    hosts = [ipaddress.ip_address(r[1]) for r in rows]
    nets = [ipaddress.ip_network("10.0.0.0/23"), ipaddress.ip_network("192.168.0.0/16"), ipaddress.ip_network("2001:db8::/32")]
    for h in hosts:
        inside = [str(n) for n in nets if h.version == n.version and h in n]
        print(h, h.version, h.is_private, h.is_global, inside, h.reverse_pointer if h.version == 4 else h.exploded)
    net = nets[0]
    print(net.num_addresses, net.netmask, net.hostmask, net.broadcast_address, list(net.subnets(new_prefix=25)), net.supernet())
    print(list(ipaddress.collapse_addresses([ipaddress.ip_network("10.0.0.0/24"), ipaddress.ip_network("10.0.1.0/24")])))
    print(sorted(hosts, key=ipaddress.get_mixed_type_key)[:3], ipaddress.ip_interface("10.0.0.5/24").network)
    print(list(ipaddress.summarize_address_range(ipaddress.IPv4Address("10.0.0.0"), ipaddress.IPv4Address("10.0.0.10"))))
    for bad in ["10.0.0.256", "10.0.0.0/33", "::g"]:
        try:
            ipaddress.ip_network(bad)
        except ValueError as e:
            print(type(e).__name__, e)


main()
