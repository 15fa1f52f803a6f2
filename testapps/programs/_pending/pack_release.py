"""pack_release: stage a project, build sdist-like archives and a checksum manifest."""
import argparse
import fnmatch
import hashlib
import io
import json
import os
import shutil
import sys
import tarfile
import tempfile
import zipfile
from contextlib import ExitStack
from pathlib import Path, PurePosixPath

EXCLUDE = ["*.pyc", "__pycache__", ".git", "*.egg-info", ".DS_Store"]
FIXED_MTIME = 1700000000  # 2023-11-14T22:13:20Z, for reproducible archives


class ReleaseError(Exception):
    exit_code = 3


class DirtyTree(ReleaseError):
    exit_code = 4


def excluded(rel: PurePosixPath) -> bool:
    return any(fnmatch.fnmatch(part, pat) for part in rel.parts for pat in EXCLUDE)


def collect(root: Path) -> list[PurePosixPath]:
    files = []
    for path in sorted(root.rglob("*")):
        rel = PurePosixPath(path.relative_to(root).as_posix())
        if path.is_file() and not excluded(rel):
            files.append(rel)
    return files


def sha256_of(path: Path, chunk: int = 1 << 12) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def build_tar(root: Path, files, out: Path, prefix: str) -> None:
    def normalize(info: tarfile.TarInfo) -> tarfile.TarInfo:
        info.uid = info.gid = 0
        info.uname = info.gname = "root"
        info.mtime = FIXED_MTIME
        info.mode = 0o755 if info.mode & 0o100 else 0o644
        return info

    with tarfile.open(out, "w:gz", format=tarfile.PAX_FORMAT) as tar:
        for rel in files:
            tar.add(root / rel, arcname=f"{prefix}/{rel}", filter=normalize, recursive=False)


def build_zip(root: Path, files, out: Path, prefix: str) -> None:
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for rel in files:
            info = zipfile.ZipInfo(f"{prefix}/{rel}", date_time=(2023, 11, 14, 22, 13, 20))
            info.external_attr = (0o644 & 0xFFFF) << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            zf.writestr(info, (root / rel).read_bytes())


def make_project(root: Path) -> None:
    layout = {
        "pyproject.toml": '[project]\nname = "tool"\nversion = "0.3.0"\n',
        "README.rst": "tool\n====\n\nDoes things.\n",
        "LICENSE": "MIT License\n\nCopyright (c) 2024\n",
        "src/tool/__init__.py": '__version__ = "0.3.0"\n',
        "src/tool/cli.py": "def main():\n    print('tool')\n",
        "src/tool/__pycache__/cli.cpython-311.pyc": "garbage",
        "src/tool.egg-info/PKG-INFO": "Name: tool\n",
        "tests/test_cli.py": "def test():\n    assert True\n",
        ".git/HEAD": "ref: refs/heads/main\n",
        "docs/.DS_Store": "\0\0",
    }
    for rel, text in layout.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(prog="pack_release")
    ap.add_argument("--name", default="tool")
    ap.add_argument("--version", default="0.3.0")
    ap.add_argument("--formats", default="gztar,zip", type=lambda s: s.split(","))
    ap.add_argument("--require-clean", action="store_true")
    args = ap.parse_args(argv)
    with ExitStack() as stack:
        work = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="rel-")))
        src = work / "src-tree"
        dist = work / "dist"
        make_project(src)
        dist.mkdir()
        files = collect(src)
        print(f"{len(files)} files to ship:")
        for f in files:
            print(f"  {f!s:<28} {(src / f).stat().st_size:>5} B  suffix={f.suffix or '-'}")
        if args.require_clean and (src / ".git").exists():
            raise DirtyTree(f"{src.name}: .git present; refusing with --require-clean")
        prefix = f"{args.name}-{args.version}"
        outputs = []
        for fmt in args.formats:
            if fmt == "gztar":
                out = dist / f"{prefix}.tar.gz"
                build_tar(src, files, out, prefix)
            elif fmt == "zip":
                out = dist / f"{prefix}.zip"
                build_zip(src, files, out, prefix)
            else:
                raise ReleaseError(f"unknown format {fmt!r} (expected gztar or zip)")
            outputs.append(out)
        manifest = {}
        for out in outputs:
            if out.suffix == ".zip":
                with zipfile.ZipFile(out) as zf:
                    names = zf.namelist()
                    bad = zf.testzip()
                    infos = [(i.filename, i.file_size, i.date_time[:3]) for i in zf.infolist()[:2]]
                    body = zf.read(f"{prefix}/src/tool/cli.py").decode()
                print(f"{out.name}: {len(names)} members, testzip={bad}, first={infos}")
            else:
                with tarfile.open(out) as tar:
                    members = tar.getmembers()
                    names = tar.getnames()
                    modes = sorted({oct(m.mode) for m in members})
                    owners = {(m.uname, m.uid) for m in members}
                    body = tar.extractfile(f"{prefix}/src/tool/cli.py").read().decode()
                print(f"{out.name}: {len(names)} members, modes={modes}, owners={owners}, "
                      f"mtimes={ {m.mtime for m in members} }")
            print("  cli.py:", body.splitlines()[0])
            manifest[out.name] = {"members": len(names), "content_sha256": hashlib.sha256(
                "\n".join(sorted(names)).encode()).hexdigest()[:16]}
        sums = {str(f): sha256_of(src / f)[:12] for f in files}
        manifest["files"] = sums
        text = json.dumps(manifest, indent=2, sort_keys=True)
        (dist / "MANIFEST.json").write_text(text + "\n")
        print(text)
        base = shutil.make_archive(str(work / "plain"), "zip", root_dir=src, base_dir="src")
        with zipfile.ZipFile(base) as zf:
            print(os.path.basename(base), sorted(n for n in zf.namelist() if not n.endswith("/")))
        extract = work / "unpacked"
        shutil.unpack_archive(dist / f"{prefix}.tar.gz", extract)
        got = sorted(p.relative_to(extract).as_posix() for p in extract.rglob("*") if p.is_file())
        print("unpacked:", got == [f"{prefix}/{f}" for f in files], len(got))
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "a") as zf:
            zf.writestr("hello.txt", "hi " * 100)
        print("in-memory zip:", len(buf.getvalue()) > 0, zipfile.is_zipfile(buf))
        print("formats:", sorted(name for name, _ in shutil.get_archive_formats()))
    return 0


if __name__ == "__main__":
    for argv in ([], ["--formats", "zip,rar"], ["--require-clean"]):
        print("### pack_release", *argv)
        try:
            rc = main(argv)
        except ReleaseError as e:
            print(f"error: {e}", file=sys.stdout)
            rc = e.exit_code
        print("exit", rc)
