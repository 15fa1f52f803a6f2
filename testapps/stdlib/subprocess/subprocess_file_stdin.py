# Files from open() as a child's stdin and stdout, and appending around a child's output.
import os
import subprocess
import tempfile

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "in.txt")
    dst = os.path.join(d, "out.txt")
    with open(src, "w") as f:
        f.write("banana\napple\ncherry\n")
    with open(src) as fin, open(dst, "w") as fout:
        r = subprocess.run(["sort"], stdin=fin, stdout=fout)
        print("sort:", r.returncode)
    with open(dst) as f:
        print(f.read(), end="")

    # stderr to a file too, and a child that fails
    with open(dst, "w") as f:
        r = subprocess.run(["ls", os.path.join(d, "missing")], stdout=f, stderr=f)
        print("ls returncode != 0:", r.returncode != 0)
    print("stderr written:", os.path.getsize(dst) > 0)

    # append mode around two children
    with open(dst, "w") as f:
        f.write("start\n")
    with open(dst, "a") as f:
        subprocess.run(["echo", "one"], stdout=f)
        f.write("middle\n")
        f.flush()
        subprocess.run(["echo", "two"], stdout=f)
        print("tell:", f.tell())
    with open(dst) as f:
        print(f.read(), end="")

    # check_call with a file, then Popen with a file
    with open(dst, "w") as f:
        subprocess.check_call(["printf", "a\\nb\\n"], stdout=f)
        p = subprocess.Popen(["echo", "c"], stdout=f)
        print("popen:", p.wait())
        print("tell:", f.tell())
    with open(dst) as f:
        print(f.readlines())
