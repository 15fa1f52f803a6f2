import os
import subprocess
import tempfile

with tempfile.TemporaryDirectory() as d:
    out = os.path.join(d, "out.txt")
    with open(out, "w") as f:
        f.write("before\n")
        f.flush()
        print("tell before child:", f.tell())
        r = subprocess.run(["echo", "from child"], stdout=f)
        print("returncode:", r.returncode)
        print("tell after child:", f.tell())
        f.write("after\n")
    with open(out) as f:
        print(repr(f.read()))

    # buffered text is not flushed by fileno(): it lands after the child's output
    with open(out, "w") as f:
        f.write("buffered\n")
        subprocess.run(["printf", "child\\n"], stdout=f)
        f.write("end\n")
    with open(out) as f:
        print(repr(f.read()))

    # fstat of a descriptor
    with open(out, "wb") as f:
        f.write(b"12345")
        f.flush()
        st = os.fstat(f.fileno())
        print("size:", st.st_size, os.path.getsize(out) == st.st_size)
        print(isinstance(f.fileno(), int))

    # append mode starts at the end
    with open(out, "a") as f:
        print("append tell:", f.tell())
        subprocess.run(["echo", "appended"], stdout=f)
        print("append tell after:", f.tell())
    with open(out) as f:
        print(repr(f.read()))

    # a file opened for reading as a child's stdin
    with open(out) as f:
        r = subprocess.run(["wc", "-c"], stdin=f, capture_output=True, text=True)
        print("wc:", r.stdout.strip())
        print("fstat size:", os.fstat(f.fileno()).st_size)

    f = open(out)
    f.close()
    try:
        f.fileno()
    except Exception as e:
        print(type(e).__name__, e)
    try:
        os.fstat(-1)
    except Exception as e:
        print(type(e).__name__, e)
    try:
        open(d, "w")
    except Exception as e:
        print(type(e).__name__, e.errno, os.path.basename(e.filename) == os.path.basename(d))
