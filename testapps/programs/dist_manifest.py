"""Build release archives for a small project tree and a manifest that CI can verify: the
files are laid out in a temp folder, packed as zip, tar.gz and tar.bz2 with fixed metadata,
hashed, listed in a JSON manifest, then verified (including a tampered copy)."""
import hashlib
import io
import json
import os
import shutil
import stat
import sys
import tarfile
import tempfile
import textwrap
import zipfile
from pathlib import Path, PurePosixPath

FILES = {
    "README.md": "# tinytool\n\nA tiny tool.\n",
    "tinytool/__init__.py": "__version__ = '1.4.2'\n",
    "tinytool/cli.py": "def main():\n    print('hi')\n" * 3,
    "tinytool/data/defaults.toml": "[core]\nlevel = 3\n",
    "scripts/tinytool": "#!/bin/sh\nexec python3 -m tinytool \"$@\"\n",
    "docs/guide.txt": textwrap.dedent("""\
        Usage
        -----
        tinytool [--level N] FILE...
        """) * 20,
}
EXECUTABLE = {"scripts/tinytool"}
EPOCH = 1_700_000_000
DATE_TIME = (2023, 11, 14, 22, 13, 20)


def digest(data: bytes) -> dict:
    return {"sha256": hashlib.sha256(data).hexdigest()[:16], "md5": hashlib.md5(data).hexdigest()[:8],
            "blake2b": hashlib.blake2b(data, digest_size=8).hexdigest()}


def lay_out(root: Path) -> list:
    for rel, text in FILES.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
        mode = 0o755 if rel in EXECUTABLE else 0o644
        path.chmod(mode)
    return sorted(p.relative_to(root).as_posix() for p in root.rglob("*") if p.is_file())


def normalize(info: tarfile.TarInfo) -> tarfile.TarInfo:
    info.uid = info.gid = 0
    info.uname = info.gname = "root"
    info.mtime = EPOCH
    if info.isfile():
        info.mode = 0o755 if info.mode & stat.S_IXUSR else 0o644
    return info


def build(root: Path, out: Path, name: str, files: list) -> dict:
    out.mkdir(exist_ok=True)
    made = {}
    zpath = out / f"{name}.zip"
    with zipfile.ZipFile(zpath, "w", zipfile.ZIP_DEFLATED) as zf:
        for rel in files:
            zi = zipfile.ZipInfo(f"{name}/{rel}", DATE_TIME)
            zi.external_attr = ((0o755 if rel in EXECUTABLE else 0o644) | stat.S_IFREG) << 16
            zi.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(zi, (root / rel).read_bytes())
    made["zip"] = zpath
    for mode, ext in (("w:gz", "tar.gz"), ("w:bz2", "tar.bz2")):
        tpath = out / f"{name}.{ext}"
        with tarfile.open(tpath, mode) as tar:
            for rel in files:
                tar.add(root / rel, arcname=f"{name}/{rel}", filter=normalize)
        made[ext] = tpath
    return made


def members(path: Path) -> dict:
    if path.suffix == ".zip":
        with zipfile.ZipFile(path) as zf:
            return {i.filename: (zf.read(i), (i.external_attr >> 16) & 0o777) for i in zf.infolist()}
    with tarfile.open(path) as tar:
        return {m.name: (tar.extractfile(m).read(), m.mode) for m in tar.getmembers() if m.isfile()}


def manifest(name: str, made: dict) -> dict:
    entries = {}
    first = next(iter(made.values()))
    for member, (data, mode) in sorted(members(first).items()):
        entries[str(PurePosixPath(member).relative_to(name))] = {"size": len(data), "mode": oct(mode), **digest(data)}
    return {"name": name, "formats": sorted(made), "files": entries,
            "total": sum(e["size"] for e in entries.values())}


def verify(man: dict, path: Path) -> list:
    problems = []
    found = members(path)
    for rel, want in man["files"].items():
        key = f"{man['name']}/{rel}"
        if key not in found:
            problems.append(f"missing {rel}")
            continue
        data, mode = found.pop(key)
        got = digest(data)
        for algo in ("sha256", "md5", "blake2b"):
            if got[algo] != want[algo]:
                problems.append(f"{rel}: {algo} {got[algo]} != {want[algo]}")
                break
        if oct(mode) != want["mode"]:
            problems.append(f"{rel}: mode {oct(mode)} != {want['mode']}")
    problems += [f"unexpected {k}" for k in sorted(found)]
    return problems


def tamper(src: Path, dst: Path):
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info)
            if info.filename.endswith("cli.py"):
                data = data.replace(b"hi", b"pwned")
            if info.filename.endswith("defaults.toml"):
                continue
            zout.writestr(info, data)
        zout.writestr("tinytool-1.4.2/EXTRA", b"x")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp)
        root = base / "src"
        files = lay_out(root)
        print("files:", files)
        name = "tinytool-1.4.2"
        made = build(root, base / "dist", name, files)
        man = manifest(name, made)
        text = json.dumps(man, indent=1, sort_keys=True)
        print(text[:400])
        print("...", len(text.splitlines()), "lines; total", man["total"], "bytes")
        for fmt, path in sorted(made.items()):
            problems = verify(man, path)
            print(f"{fmt:<8} {path.name:<24} {'OK' if not problems else problems}")
        with tarfile.open(made["tar.bz2"]) as tar:
            print([(m.name.split("/", 1)[1], oct(m.mode), m.mtime, m.uname) for m in tar.getmembers()][:3])
        bad = base / "dist" / f"{name}-bad.zip"
        tamper(made["zip"], bad)
        for line in verify(man, bad):
            print("  !", line)
        unpacked = base / "unpacked"
        shutil.unpack_archive(made["tar.bz2"], unpacked)
        same = all((unpacked / name / rel).read_bytes() == (root / rel).read_bytes() for rel in files)
        print("unpacked bz2 matches sources:", same, os.access(unpacked / name / "scripts/tinytool", os.X_OK))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "a") as zf:
            zf.writestr("manifest.json", text)
        print("manifest zip:", zipfile.ZipFile(buf).namelist(), zipfile.is_zipfile(buf))
    return 0


if __name__ == "__main__":
    sys.exit(main())
