# A release step runner: runs shell-free commands (echo, true, false, printf, cat, sh -c) with
# subprocess, captures and checks their output, feeds input, reports failures with the
# CalledProcessError text, and finally stops with sys.exit(message) when a step fails.
import os
import shlex
import subprocess
import sys
import tempfile

STEPS = [
    ["echo", "building", "widget"],
    ["true"],
    ["printf", "%s-%d\\n", "v", "3"],
    ["sh", "-c", "echo to-stderr 1>&2; exit 0"],
    ["sh", "-c", "echo partial; exit 3"],
    ["false"],
]


def run_step(argv):
    proc = subprocess.run(argv, capture_output=True, text=True)
    status = "ok" if proc.returncode == 0 else f"failed ({proc.returncode})"
    print(f"$ {shlex.join(argv)} -> {status}")
    if proc.stdout:
        print("  stdout:", repr(proc.stdout))
    if proc.stderr:
        print("  stderr:", repr(proc.stderr))
    return proc


def main():
    results = [run_step(argv) for argv in STEPS]
    print("failed steps:", [shlex.join(r.args) for r in results if r.returncode])
    print(repr(results[1]))
    out = subprocess.check_output(["echo", "-n", "bytes please"])
    print(out, type(out).__name__)
    print(subprocess.run(["cat"], input="fed through stdin\n", capture_output=True, text=True).stdout, end="")
    print(subprocess.run(["cat"], input=b"\x00\x01raw", stdout=subprocess.PIPE).stdout)
    merged = subprocess.run(["sh", "-c", "echo out; echo err 1>&2"], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    print(sorted(merged.stdout.split()), merged.stderr)
    quiet = subprocess.run(["echo", "hidden"], stdout=subprocess.DEVNULL)
    print(quiet.stdout, quiet.returncode)
    print(subprocess.call(["true"]), subprocess.call(["false"]), subprocess.getstatusoutput("echo hi; exit 4"), subprocess.getoutput("printf abc"))
    with tempfile.TemporaryDirectory() as tmp:
        with open(os.path.join(tmp, "notes.txt"), "w") as f:
            f.write("line one\nline two\n")
        r = subprocess.run(["sh", "-c", "cat notes.txt | wc -l"], cwd=tmp, capture_output=True, text=True)
        print("lines:", r.stdout.strip())
        env = dict(os.environ, RELEASE_TAG="v9.9")
        r = subprocess.run(["sh", "-c", 'echo "$RELEASE_TAG"'], env=env, capture_output=True, text=True)
        print("env:", r.stdout.strip())
        with open(os.path.join(tmp, "log.txt"), "w") as log:
            subprocess.run(["echo", "into file"], stdout=log, check=True)
        with open(os.path.join(tmp, "log.txt")) as log:
            print("file:", log.read().strip())
    p = subprocess.Popen(["sh", "-c", "read x; echo got $x; exit 7"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
    out, err = p.communicate("hello\n")
    print(repr(out), err, p.returncode, p.wait(), p.poll())
    with subprocess.Popen(["printf", "a\\nb\\nc\\n"], stdout=subprocess.PIPE, text=True) as p:
        print([line.rstrip() for line in p.stdout])
    print(p.returncode)
    try:
        subprocess.run(["sh", "-c", "exit 5"], check=True)
    except subprocess.CalledProcessError as e:
        print("CalledProcessError:", e, e.returncode, e.cmd, e.output)
    try:
        subprocess.check_output(["sh", "-c", "echo so far; kill -TERM $$"], text=True)
    except subprocess.CalledProcessError as e:
        print("signal:", e, repr(e.output), e.returncode)
    try:
        subprocess.run(["sleep", "5"], timeout=0.2)
    except subprocess.TimeoutExpired as e:
        print("TimeoutExpired:", e.cmd, e.timeout > 0)
    try:
        subprocess.run(["definitely-not-a-command-xyz"])
    except FileNotFoundError as e:
        print("FileNotFoundError:", e.errno, e.strerror, e.filename)
    try:
        subprocess.run("echo shell string")
    except FileNotFoundError as e:
        print("FileNotFoundError:", e)
    print(subprocess.run("echo via shell && echo $((6*7))", shell=True, capture_output=True, text=True).stdout.split())
    sys.stdout.flush()
    subprocess.run(["echo", "child writes straight to our stdout"])
    try:
        subprocess.run(["sh", "-c", "echo failing release step >&2; exit 2"], check=True)
    except subprocess.CalledProcessError as e:
        sys.exit(f"release aborted: {e}")


main()
