# A backup/sync tool: walks a source tree (os.walk, os.scandir, stat), compares it with a mirror
# (filecmp.cmp/dircmp), copies what changed (shutil.copy2, copyfile, move), keeps a binary index
# (struct + zlib.crc32), builds archives with shutil.make_archive and unpack_archive, and restores
# from them. Everything happens in a temporary folder; printed paths are relative.
import filecmp
import hashlib
import io
import os
import shutil
import stat
import struct
import sys
import tempfile
import time
import zlib
from pathlib import Path, PurePosixPath

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1
HEADER = struct.Struct("<4sHI")
ENTRY = struct.Struct("<IQI")


def populate(root, count):
    for i in range(count):
        sub = root / f"dir{i % 4}" / ("deep" if i % 3 == 0 else "")
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"file{i:03d}.txt").write_text(f"file {i}\n" + "x" * (i * 37 % 300))
    (root / "bin.dat").write_bytes(bytes(range(256)) * 4)
    (root / "empty").mkdir(exist_ok=True)
    os.chmod(root / "bin.dat", 0o640)


def walk(root):
    entries = []
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames.sort()
        for name in sorted(filenames):
            path = Path(dirpath) / name
            entries.append(path.relative_to(root).as_posix())
    return entries


def index_bytes(root, files):
    out = io.BytesIO()
    out.write(HEADER.pack(b"BKP1", 1, len(files)))
    for rel in files:
        data = (root / rel).read_bytes()
        name = rel.encode()
        out.write(ENTRY.pack(zlib.crc32(data), len(data), len(name)))
        out.write(name)
    return out.getvalue()


def read_index(blob):
    magic, version, count = HEADER.unpack_from(blob, 0)
    offset = HEADER.size
    entries = {}
    for _ in range(count):
        crc, size, name_len = ENTRY.unpack_from(blob, offset)
        offset += ENTRY.size
        name = blob[offset:offset + name_len].decode()
        offset += name_len
        entries[name] = (crc, size)
    return magic, version, entries


def sync(src, dst):
    copied, same = [], 0
    for rel in walk(src):
        target = dst / rel
        if target.exists() and filecmp.cmp(src / rel, target, shallow=False):
            same += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(src / rel, target)
        copied.append(rel)
    removed = []
    for rel in walk(dst):
        if not (src / rel).exists():
            (dst / rel).unlink()
            removed.append(rel)
    return copied, same, removed


def report_dircmp(cmp, prefix=""):
    lines = []
    if cmp.left_only:
        lines.append(f"{prefix}only in source: {sorted(cmp.left_only)}")
    if cmp.right_only:
        lines.append(f"{prefix}only in mirror: {sorted(cmp.right_only)}")
    if cmp.diff_files:
        lines.append(f"{prefix}differ: {sorted(cmp.diff_files)}")
    for name, sub in sorted(cmp.subdirs.items()):
        lines.extend(report_dircmp(sub, prefix + name + "/"))
    return lines


def main():
    with tempfile.TemporaryDirectory(prefix="bkp") as tmp:
        base = Path(tmp)
        src, mirror = base / "src", base / "mirror"
        src.mkdir()
        populate(src, 12 * SCALE)
        files = walk(src)
        print("source files:", len(files), files[:3], files[-2:])
        mode = os.stat(src / "bin.dat").st_mode
        print("bin.dat:", stat.filemode(mode), oct(stat.S_IMODE(mode)), stat.S_ISREG(mode), stat.S_ISDIR(os.stat(src / "empty").st_mode))
        with os.scandir(src) as it:
            top = sorted((e.name, e.is_dir(), e.is_file()) for e in it)
        print("top level:", top)
        sizes = {rel: (src / rel).stat().st_size for rel in files}
        print("total bytes:", sum(sizes.values()), "largest:", max(sizes, key=lambda r: (sizes[r], r)))

        copied, same, removed = sync(src, mirror)
        print("first sync: copied", len(copied), "same", same, "removed", removed)
        print("mtime kept:", int(os.stat(src / files[0]).st_mtime) == int(os.stat(mirror / files[0]).st_mtime))
        (src / files[0]).write_text("changed!\n")
        (src / "dir1" / "new.txt").write_text("new file\n")
        (mirror / "stale.txt").write_text("old\n")
        os.remove(src / files[-1])
        cmp = filecmp.dircmp(src, mirror)
        for line in report_dircmp(cmp):
            print("  " + line)
        copied, same, removed = sync(src, mirror)
        print("second sync: copied", copied, "same", same, "removed", removed)
        match, mismatch, errors = filecmp.cmpfiles(src, mirror, ["bin.dat", "nope.txt"], shallow=False)
        print("cmpfiles:", match, mismatch, errors)

        blob = index_bytes(src, walk(src))
        magic, version, entries = read_index(blob)
        print("index:", magic, version, len(entries), len(blob), hex(zlib.adler32(blob)))
        print("crc of bin.dat:", f"{entries['bin.dat'][0]:08x}", entries["bin.dat"][1])
        packed = zlib.compress(blob, 9)
        print("compressed index:", len(packed) < len(blob), zlib.decompress(packed) == blob)
        d = zlib.decompressobj()
        parts = d.decompress(packed[:10]) + d.decompress(packed[10:]) + d.flush()
        print("streamed:", parts == blob)

        archive = shutil.make_archive(str(base / "snap"), "zip", root_dir=src)
        gztar = shutil.make_archive(str(base / "snap"), "gztar", root_dir=src, base_dir="dir1")
        print("archives:", os.path.basename(archive), os.path.basename(gztar))
        restore = base / "restore"
        shutil.unpack_archive(archive, restore)
        shutil.unpack_archive(gztar, base / "partial")
        print("restored equal:", walk(restore) == walk(src), [p for p in walk(base / "partial")][:2])
        shutil.move(str(restore / "dir0"), str(base / "moved"))
        print("moved:", sorted(os.listdir(base / "moved"))[:3], (restore / "dir0").exists())
        shutil.copyfile(src / "bin.dat", base / "copy.dat")
        h1 = hashlib.blake2b((base / "copy.dat").read_bytes(), digest_size=8).hexdigest()
        h2 = hashlib.sha256()
        with open(src / "bin.dat", "rb") as f:
            for chunk in iter(lambda: f.read(100), b""):
                h2.update(chunk)
        print("hashes:", h1, h2.hexdigest()[:20], hashlib.new("sha1", b"abc").hexdigest()[:12])
        usage = shutil.disk_usage(base)
        print("disk usage sane:", usage.total >= usage.used >= 0)
        print("which ls:", shutil.which("ls") is not None, shutil.which("surely-not-a-command"))
        print("pure paths:", PurePosixPath("/a/b/c.tar.gz").suffixes, PurePosixPath("a/b").joinpath("..", "c"), PurePosixPath("x/y.txt").with_suffix(".md"))
        p = Path("reports") / "2024" / "summary.final.txt"
        print("path parts:", p.parts, p.stem, p.suffix, p.parent.name, p.with_name("x.txt"), p.match("*.txt"))
        print("relative:", os.path.relpath("/a/b/c", "/a/d"), os.path.normpath("a/./b/../c"), os.path.splitext("x.tar.gz"), os.path.commonpath(["/a/b/c", "/a/b/d"]))
        print("gmtime:", time.strftime("%Y-%m-%d %H:%M:%S", time.gmtime(86400 * 365)), time.asctime(time.gmtime(0)))
        shutil.rmtree(src)
        print("src removed:", not src.exists(), sorted(os.listdir(base)))


main()
