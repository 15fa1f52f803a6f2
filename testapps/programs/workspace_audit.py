# A workspace audit script of the kind release engineers write: it builds a scratch tree,
# walks it with os.walk (topdown pruning, onerror) and os.scandir (DirEntry stat/is_* calls),
# moves and copies with shutil, pipes file lists through external tools with subprocess
# (Popen pipes chained together, communicate with input, run with check and capture, a
# CalledProcessError), talks to itself over os.pipe, catches a signal it sends itself, and logs
# through handlers with %- and {-style formatters into a StringIO stream.
import io
import logging
import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

SCALE = int(sys.argv[1]) if len(sys.argv) > 1 else 1

STREAM = io.StringIO()
# (logging.config.dictConfig is not in PyPack yet: the same set-up by hand)
short = logging.Formatter("%(levelname).1s %(name)s: %(message)s")
tagged = logging.Formatter("[{name}] {message}", style="{")
mem = logging.StreamHandler(STREAM)
mem.setFormatter(short)
mem.setLevel("DEBUG")
tag = logging.StreamHandler(STREAM)
tag.setFormatter(tagged)
tag.setLevel(logging.WARNING)
logging.getLogger("audit").addHandler(mem)
logging.getLogger("audit").setLevel("DEBUG")
logging.getLogger("audit").propagate = False
logging.getLogger("audit.walk").setLevel("INFO")
logging.getLogger("audit.proc").addHandler(tag)
log = logging.getLogger("audit")


def make_tree(root, n):
    layout = {}
    for i in range(n):
        area = ["src", "src/pkg", "docs", "build/tmp", ".git/objects", "data"][i % 6]
        ext = [".py", ".py", ".md", ".o", "", ".csv"][i % 6]
        name = f"file{i:03d}{ext}"
        layout[f"{area}/{name}"] = ("x" * (i * 7 % 50)) + "\n" * (i % 4)
    for rel, content in layout.items():
        p = Path(root, rel)
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(content)
    os.chmod(os.path.join(root, "src/pkg/file001.py"), 0o755)
    return layout


def walk_report(root):
    lines = []
    total = 0
    for dirpath, dirnames, filenames in os.walk(root, topdown=True):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith(".") and d != "build")
        rel = os.path.relpath(dirpath, root)
        size = sum(os.path.getsize(os.path.join(dirpath, f)) for f in filenames)
        total += size
        lines.append(f"{rel:<10} dirs={dirnames} files={len(filenames)} bytes={size}")
    logging.getLogger("audit.walk").debug("this is filtered out by the walk logger level")
    logging.getLogger("audit.walk").info("walked %d directories", len(lines))
    bottom_up = [os.path.relpath(d, root) for d, _, _ in os.walk(root, topdown=False)]
    errors = []
    list(os.walk(os.path.join(root, "missing"), onerror=lambda e: errors.append(type(e).__name__)))
    return lines, total, bottom_up.index(".") == len(bottom_up) - 1, errors


def scan(root):
    out = []
    with os.scandir(root) as it:
        for entry in sorted(it, key=lambda e: e.name):
            kind = "dir" if entry.is_dir() else "file" if entry.is_file() else "other"
            extra = ""
            if entry.is_file():
                st = entry.stat()
                extra = f" size={st.st_size} exec={bool(st.st_mode & stat.S_IXUSR)}"
            out.append(f"{entry.name}:{kind}{extra} path_ok={entry.path == os.path.join(root, entry.name)}")
    return out


def pipelines(root):
    plog = logging.getLogger("audit.proc")
    files = sorted(str(p.relative_to(root)) for p in Path(root).rglob("*") if p.is_file())
    # find-like listing -> grep .py -> sort -r, three processes chained by pipes
    p1 = subprocess.Popen(["cat"], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
    p2 = subprocess.Popen(["grep", r"\.py$"], stdin=p1.stdout, stdout=subprocess.PIPE)
    p3 = subprocess.Popen(["sort", "-r"], stdin=p2.stdout, stdout=subprocess.PIPE, text=True)
    p1.stdout.close()
    p2.stdout.close()
    p1.stdin.write("\n".join(files).encode() + b"\n")
    p1.stdin.close()
    out, err = p3.communicate()
    codes = (p1.wait(), p2.wait(), p3.returncode)
    print("py files (reverse):", out.split()[:4], "codes:", codes, "err:", err)
    res = subprocess.run(["wc", "-l"], input="\n".join(files) + "\n", capture_output=True, text=True, check=True)
    print("wc -l:", res.stdout.strip(), "args:", res.args, "rc:", res.returncode)
    res = subprocess.run(["sh", "-c", "echo out; echo err >&2; exit 3"], capture_output=True)
    print("sh:", res.stdout, res.stderr, res.returncode)
    try:
        subprocess.run(["sh", "-c", "exit 4"], check=True)
    except subprocess.CalledProcessError as e:
        plog.warning("command failed: %s", e)
        print("CalledProcessError:", e.returncode, e.cmd)
    print("check_output:", subprocess.check_output(["tr", "a-z", "A-Z"], input=b"shout\n"))
    print("cwd run:", subprocess.run(["ls"], cwd=os.path.join(root, "backup", "docs"), stdout=subprocess.PIPE,
                                     text=True).stdout.split()[:3])
    env = dict(os.environ, AUDIT_FLAG="on")
    print("env:", subprocess.run(["sh", "-c", "echo $AUDIT_FLAG"], env=env, capture_output=True,
                                 text=True).stdout.strip())
    try:
        subprocess.run(["definitely-not-a-command-xyz"])
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, e.filename)
    try:
        subprocess.run(["sleep", "5"], timeout=0.2)
    except subprocess.TimeoutExpired as e:
        print("TimeoutExpired:", e.cmd, 0 < e.timeout <= 0.2)


def self_pipe():
    r, w = os.pipe()
    for i in range(3):
        os.write(w, f"msg{i};".encode())
    os.close(w)
    data = b""
    while chunk := os.read(r, 4):
        data += chunk
    os.close(r)
    print("self pipe:", data.decode().split(";"))
    try:
        os.read(r, 1)
    except OSError as e:
        print("read closed fd:", type(e).__name__, e.errno)


def signals():
    got = []

    def handler(signum, frame):
        got.append(signal.Signals(signum).name)

    old = signal.signal(signal.SIGUSR1, handler)
    print("old handler default:", old == signal.SIG_DFL)
    os.kill(os.getpid(), signal.SIGUSR1)
    signal.raise_signal(signal.SIGUSR1)
    print("signals:", got, signal.getsignal(signal.SIGUSR1) is handler, signal.SIGUSR1 == 10,
          str(signal.SIGTERM), signal.Signals.SIGINT.value)
    signal.signal(signal.SIGUSR1, signal.SIG_IGN)
    os.kill(os.getpid(), signal.SIGUSR1)
    print("ignored ok, handler now:", signal.getsignal(signal.SIGUSR1))
    signal.signal(signal.SIGUSR1, signal.SIG_DFL)


def main():
    with tempfile.TemporaryDirectory() as root:
        layout = make_tree(root, 24 * SCALE)
        log.info("created %d files", len(layout))
        lines, total, bottom_last, errors = walk_report(root)
        print("\n".join(lines))
        print("total bytes:", total, "bottom-up ends at root:", bottom_last, "onerror:", errors)
        print("\n".join(scan(os.path.join(root, "src", "pkg"))[:4]))
        shutil.copytree(os.path.join(root, "src"), os.path.join(root, "backup", "src"),
                        ignore=shutil.ignore_patterns("*.pyc", "file00*"))
        moved = shutil.move(os.path.join(root, "docs"), os.path.join(root, "backup", "docs"))
        print("moved to:", os.path.relpath(moved, root), "exists:", os.path.exists(os.path.join(root, "docs")))
        copied = sorted(os.path.relpath(os.path.join(d, f), root) for d, _, fs in os.walk(os.path.join(root, "backup")) for f in fs)
        print("backup:", len(copied), copied[:3])
        print("copy2 keeps mode:", oct(os.stat(shutil.copy2(os.path.join(root, "src/pkg/file001.py"),
                                                            os.path.join(root, "x.py"))).st_mode & 0o777))
        usage = shutil.disk_usage(root)
        print("disk usage fields:", usage._fields, usage.total >= usage.used)
        shutil.rmtree(os.path.join(root, "build"))
        try:
            shutil.rmtree(os.path.join(root, "build"))
        except FileNotFoundError as e:
            print("rmtree twice:", type(e).__name__)
        print("which sh:", shutil.which("sh") is not None, shutil.which("no-such-tool-xyz"))
        pipelines(root)
        archive = shutil.make_archive(os.path.join(root, "bundle"), "gztar", root_dir=os.path.join(root, "backup"))
        print("archive:", os.path.basename(archive), os.path.getsize(archive) > 0)
    self_pipe()
    signals()
    log.debug("done")
    logging.getLogger("audit.proc.child").error("child error propagates")
    print(STREAM.getvalue(), end="")


main()
