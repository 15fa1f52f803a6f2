#!/usr/bin/env python3
"""PyPack against CPython on the benchmark programs in testapps/bench/ (not part of the tests).

For each program: build it with `pypack --onefile`, check the binary prints exactly what CPython
prints, then run CPython and the binary alternately several times and report the median wall
time of each, the speed-up (CPython time / PyPack time) and the peak memory (max RSS) of each.
At the end: the geometric mean speed-up, and start-up of hello against `python -S hello.py`
with the size of dist/hello.

    tests/bench/suite.py [--runs 5] [--python /usr/bin/python3.11] [--cpu] [--programs] [names...]

--programs measures the outside-style programs of testapps/programs instead (the arguments each
runs with are in tests/bench/programs.args), without the start-up part. --cpu reports user+system
CPU seconds instead of wall time: steadier when other work shares the machine.

Use the fastest CPython 3.11 at hand (Debian's python3.11 is a PGO/LTO build). Needs GNU time
(/usr/bin/time) for peak memory. Medians, because these machines are shared and noisy.
"""
import argparse
import json
import math
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
BENCH = os.path.join(ROOT, "testapps", "bench")
PROGRAMS = os.path.join(ROOT, "testapps", "programs")
PROGRAM_ARGS = os.path.join(ROOT, "tests", "bench", "programs.args")
HELLO = os.path.join(ROOT, "testapps", "hello", "hello.py")


def default_python():
    for candidate in ("/usr/bin/python3.11", shutil.which("python3.11"), shutil.which("python3")):
        if candidate and os.path.exists(candidate):
            return candidate
    sys.exit("no python3.11 found: pass --python")


def pypack_command():
    subprocess.run(["dotnet", "build", os.path.join(ROOT, "packager"), "-c", "Release", "-v", "q", "--nologo"],
                   check=True, stdout=subprocess.DEVNULL)
    return ["dotnet", os.path.join(ROOT, "artifacts", "bin", "PyPack.Packager", "release", "pypack.dll")]


def measure(cmd, cwd, cpu=False):
    """Wall seconds (or user+system CPU seconds) and peak RSS in KB of one run."""
    with tempfile.NamedTemporaryFile("r") as report:
        start = time.perf_counter()
        proc = subprocess.run(["/usr/bin/time", "-o", report.name, "-f", "%U %S %M"] + cmd, cwd=cwd,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=bench_env())
        elapsed = time.perf_counter() - start
        # GNU time writes "Command exited with ..." lines before its own when the program fails.
        fields = report.read().splitlines()[-1].split()
        if proc.returncode != 0:
            raise RuntimeError("%s exited with %d" % (" ".join(cmd), proc.returncode))
        user, system, rss = float(fields[0]), float(fields[1]), int(fields[2])
        return (user + system if cpu else elapsed), rss


def bench_env():
    env = dict(os.environ)
    env["PYTHONHASHSEED"] = "0"
    return env


def output_of(cmd, cwd):
    proc = subprocess.run(cmd, cwd=cwd, capture_output=True, env=bench_env())
    return proc.returncode, proc.stdout, proc.stderr


def program_arguments():
    """name -> arguments for the programs of testapps/programs, from tests/bench/programs.args."""
    arguments = {}
    with open(PROGRAM_ARGS) as listing:
        for line in listing:
            words = line.split("#")[0].split()
            if words:
                arguments[words[0]] = words[1:]
    return arguments


def build(pypack, script, work):
    name = os.path.splitext(os.path.basename(script))[0]
    proc = subprocess.run(pypack + [script, "--onefile", "-y", "--log-level", "WARN",
                                    "--distpath", os.path.join(work, "dist"), "--workpath", os.path.join(work, "build")],
                          capture_output=True, text=True)
    if proc.returncode != 0:
        lines = (proc.stderr or proc.stdout).strip().splitlines()
        return None, lines[-1] if lines else "build failed"
    return os.path.join(work, "dist", name), None


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--python", default=None)
    parser.add_argument("--cpu", action="store_true", help="user+system CPU seconds instead of wall time")
    parser.add_argument("--programs", action="store_true", help="testapps/programs with tests/bench/programs.args")
    parser.add_argument("names", nargs="*")
    args = parser.parse_args()
    python = args.python or default_python()
    pypack = pypack_command()
    work = tempfile.mkdtemp(prefix="pypack-bench-")
    folder = PROGRAMS if args.programs else BENCH
    arguments = program_arguments() if args.programs else {}
    programs = sorted(f for f in os.listdir(folder) if f.endswith(".py")
                      and (not args.programs or os.path.splitext(f)[0] in arguments))
    if args.names:
        programs = [p for p in programs if os.path.splitext(p)[0] in args.names]

    print("CPython: %s; %d runs each, alternating; %s are medians"
          % (python, args.runs, "CPU seconds (user+system)" if args.cpu else "times"))
    header = "%-16s %10s %10s %8s %12s %12s" % ("program", "cpython s", "pypack s", "speedup", "cpython MB", "pypack MB")
    print(header)
    print("-" * len(header))
    speedups = []
    for program in programs:
        name = os.path.splitext(program)[0]
        script = os.path.join(folder, program)
        extra = arguments.get(name, [])
        binary, error = build(pypack, script, work)
        if binary is None:
            print("%-16s  not built: %s" % (name, error))
            continue
        expected = output_of([python, "-S", script] + extra, folder)
        actual = output_of([binary] + extra, folder)
        if expected != actual:
            why = (actual[2].decode("utf-8", "replace").strip().splitlines() or ["exit code %d" % actual[0]])[-1]
            print("%-16s  output differs from CPython: %s" % (name, why[:100]))
            continue
        py_times, pp_times, py_mem, pp_mem = [], [], [], []
        for _ in range(args.runs):
            t, m = measure([python, "-S", script] + extra, folder, args.cpu)
            py_times.append(t)
            py_mem.append(m)
            t, m = measure([binary] + extra, folder, args.cpu)
            pp_times.append(t)
            pp_mem.append(m)
        py, pp = statistics.median(py_times), statistics.median(pp_times)
        speedups.append(py / pp)
        print("%-16s %10.3f %10.3f %7.2fx %12.1f %12.1f" % (name, py, pp, py / pp, max(py_mem) / 1024, max(pp_mem) / 1024))
    if speedups:
        geomean = math.exp(sum(math.log(s) for s in speedups) / len(speedups))
        print("-" * len(header))
        print("geometric mean speedup over %d of %d programs: %.2fx" % (len(speedups), len(programs), geomean))
    if args.programs:
        shutil.rmtree(work, ignore_errors=True)
        return

    hello, error = build(pypack, HELLO, work)
    if hello is None:
        print("hello not built: %s" % error)
        return
    runs = 50
    py_start, pp_start = [], []
    for _ in range(runs):
        py_start.append(measure([python, "-S", HELLO], ROOT)[0])
        pp_start.append(measure([hello], ROOT)[0])
    py, pp = statistics.median(py_start), statistics.median(pp_start)
    print("start-up of hello: python -S %.1f ms, dist/hello %.1f ms: %.1fx faster (median of %d, GNU time overhead included in both)"
          % (py * 1000, pp * 1000, py / pp, runs))
    exact = hyperfine_medians([[python, "-S", HELLO], [hello]])
    if exact:
        py, pp = exact
        print("start-up of hello: python -S %.2f ms, dist/hello %.2f ms: %.1fx faster (hyperfine -N, median of 300 runs "
              "each, no shell or GNU time in between)" % (py * 1000, pp * 1000, py / pp))
    print("size of dist/hello: %.2f MB" % (os.path.getsize(hello) / 1e6))
    shutil.rmtree(work, ignore_errors=True)


def hyperfine_medians(commands):
    """Median wall seconds of each command by hyperfine (exec'd directly), or None without hyperfine.

    GNU time forks and waits for each run, which adds about as much as hello itself takes;
    hyperfine -N runs the command with nothing in between, so the ratio is the programs' own."""
    if shutil.which("hyperfine") is None:
        return None
    with tempfile.NamedTemporaryFile("r", suffix=".json") as report:
        subprocess.run(["hyperfine", "-N", "--warmup", "20", "--runs", "300", "--export-json", report.name]
                       + [" ".join(c) for c in commands], cwd=ROOT, check=True, env=bench_env(),
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        results = json.load(report)["results"]
    return [r["median"] for r in results]


if __name__ == "__main__":
    main()
