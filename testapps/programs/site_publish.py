"""Publish a docs tree: copy, rewrite, archive and log every step through handlers and filters."""
import glob
import logging
import logging.handlers
import os
import pathlib
import shutil
import stat
import sys
import tempfile
import io
import zipfile
from string import Template


class StepFilter(logging.Filter):
    def filter(self, record):
        record.step = getattr(record, "step", "-")
        return not record.getMessage().startswith("skip")


class Upper(logging.Formatter):
    def format(self, record):
        return super().format(record).upper() if record.levelno >= logging.ERROR else super().format(record)


def setup():
    log = logging.getLogger("publish")
    log.setLevel(logging.DEBUG)
    log.propagate = False
    out = logging.StreamHandler(sys.stdout)
    out.setLevel(logging.INFO)
    out.setFormatter(Upper("[%(levelname)-7s] %(name)s.%(step)s: %(message)s"))
    out.addFilter(StepFilter())
    mem = io.StringIO()
    dbg = logging.StreamHandler(mem)
    dbg.setFormatter(logging.Formatter("{levelname[0]} {message}", style="{"))
    buffered = logging.handlers.MemoryHandler(3, flushLevel=logging.ERROR, target=dbg)
    log.addHandler(out)
    log.addHandler(buffered)
    return log, mem, buffered


PAGES = {
    "index.md": "# Home\nWelcome to $project $version.\n",
    "guide/install.md": "# Install\nRun `pip install $project`.\n",
    "guide/usage.md": "# Usage\nSee index.\n",
    "assets/logo.svg": "<svg/>\n",
    "drafts/wip.md": "# WIP\n",
    ".hidden": "secret\n",
}


def write_tree(root):
    for rel, text in PAGES.items():
        p = root / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")


def main():
    log, mem, buffered = setup()
    adapter = logging.LoggerAdapter(log, {"step": "copy"})
    with tempfile.TemporaryDirectory(prefix="site-") as tmp:
        root = pathlib.Path(tmp)
        src, dst = root / "src", root / "out"
        write_tree(src)
        log.debug("tree written", extra={"step": "init"})
        names = sorted(p.relative_to(src).as_posix() for p in src.rglob("*") if p.is_file())
        print(names)
        print(sorted(os.path.relpath(p, src) for p in glob.glob(str(src / "**" / "*.md"), recursive=True)))
        print(sorted(p.name for p in src.glob("guide/*.md")), [p.suffix for p in sorted(src.iterdir())])
        shutil.copytree(src, dst, ignore=shutil.ignore_patterns("drafts", ".*"))
        adapter.info("copied %d files", sum(1 for p in dst.rglob("*") if p.is_file()))
        adapter.info("skip this message")
        for page in sorted(dst.rglob("*.md")):
            text = Template(page.read_text()).safe_substitute(project="docsy", version="1.2")
            page.with_suffix(".html").write_text("<p>" + text.replace("\n", "</p><p>") + "</p>")
            page.unlink()
            log.debug("rendered %s", page.relative_to(dst), extra={"step": "render"})
        tree = []
        for dirpath, dirnames, filenames in os.walk(dst):
            dirnames.sort()
            rel = os.path.relpath(dirpath, dst)
            tree.append((rel, sorted(filenames)))
        print(tree)
        idx = dst / "index.html"
        print(idx.read_text()[:40], idx.stat().st_size, stat.S_ISREG(idx.stat().st_mode))
        os.chmod(idx, 0o600)
        print(oct(stat.S_IMODE(idx.stat().st_mode)), stat.filemode(idx.stat().st_mode))
        archive = shutil.make_archive(str(root / "site"), "zip", root_dir=dst)
        with zipfile.ZipFile(archive) as zf:
            print(os.path.basename(archive), sorted(zf.namelist()))
        moved = shutil.move(str(dst / "assets"), str(root / "static"))
        print(pathlib.Path(moved).name, (root / "static" / "logo.svg").exists(), (dst / "assets").exists())
        usage = shutil.disk_usage(tmp)
        print(usage.total > 0, shutil.which("definitely-not-a-command-xyz"))
        try:
            (dst / "missing.html").read_text()
        except FileNotFoundError as e:
            log.error("missing page: %s", pathlib.Path(e.filename).name, extra={"step": "check"})
        try:
            shutil.copy(src / "nope.md", dst)
        except OSError as e:
            print(type(e).__name__, e.errno, e.strerror)
        with tempfile.NamedTemporaryFile("w+", suffix=".txt", dir=tmp, delete=False) as f:
            f.write("hello\n")
            name = f.name
        print(pathlib.Path(name).suffix, pathlib.Path(name).parent == root, open(name).read().strip())
        p = pathlib.PurePosixPath("/srv/site/guide/install.html")
        print(p.parts, p.stem, p.with_name("x.txt"), p.relative_to("/srv"), p.match("*/guide/*.html"), list(p.parents)[:2])
        print(pathlib.PureWindowsPath(r"C:\docs\a.md").as_posix(), pathlib.PurePath("a/b").joinpath("..", "c"))
        shutil.rmtree(dst)
        print(sorted(x.name for x in root.iterdir() if x.suffix != ".txt"))
    print("cleaned:", not root.exists())
    log.warning("three")
    log.info("four")
    buffered.flush()
    print(mem.getvalue(), end="")
    logging.shutdown()


main()
