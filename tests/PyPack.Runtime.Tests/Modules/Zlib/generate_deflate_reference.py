"""Writes deflate_reference.txt: what CPython's zlib (1.2.13) produces for many inputs and parameters.

Run with CPython 3.11 (zlib.ZLIB_RUNTIME_VERSION 1.2.13):  python3 generate_deflate_reference.py
Each line:  <input> | <operation> | <output length> <sha256 of output>
Inputs are made by a small generator that DeflateReferenceTests.cs reproduces, so the tests need no Python:
  <kind>:<size>:<seed>  kinds: zeros, random, text, runs, skewed, mixed
Operations:
  compress <level> <wbits>                    zlib.compress
  obj <level> <wbits> <memLevel> <strategy> <zdict input or -> <steps>
      steps, comma-separated: c<n> compresses the next n input bytes (c* the rest),
      f<mode> is flush(mode), copy continues on a copy() of the object made at that point.
"""
import hashlib
import os
import zlib

WORDS = ("the of and to in is was that for it with as his on be at by had are but from or have an they which one "
         "you were her all she there would their we him been has when who will more no if out so said what up its "
         "about into than them can only other new some could time these two may then do first any my now such like "
         "our over man me even most made after also did many before must through back years where much your way well "
         "down should because each just those people how too little state good very make world still own see men work "
         "long get here between both life being under never day same another know while last might us great old year").split()


class Rng:
    def __init__(self, seed):
        self.x = seed or 1

    def next(self):
        x = self.x
        x ^= (x << 13) & 0xFFFFFFFF
        x ^= x >> 17
        x ^= (x << 5) & 0xFFFFFFFF
        self.x = x
        return x


def make(kind, size, seed):
    r = Rng(seed)
    out = bytearray()
    if kind == "zeros":
        return bytes(size)
    while len(out) < size:
        if kind == "random":
            out.append(r.next() >> 24)
        elif kind == "text":
            out += WORDS[r.next() % len(WORDS)].encode()
            out += b"\n" if r.next() % 13 == 0 else b" "
        elif kind == "runs":
            out += bytes([97 + r.next() % 4]) * (r.next() % 300 + 1)
        elif kind == "skewed":
            # Geometric frequencies: trees deeper than 15 bits, so lengths must be limited.
            v = r.next()
            n = 0
            while v & 1 and n < 40:
                n += 1
                v >>= 1
            out.append(n)
        elif kind == "mixed":
            pick = r.next() % 3
            if pick == 0:
                out += make("text", 1500, r.next())
            elif pick == 1:
                out += make("random", 300, r.next())
            else:
                out += make("runs", 700, r.next())
    return bytes(out[:size])


def spec(kind, size, seed):
    return f"{kind}:{size}:{seed}"


def parse(s):
    kind, size, seed = s.split(":")
    return make(kind, int(size), int(seed))


def run_obj(data, level, wbits, mem, strategy, zdict, steps):
    kw = {} if zdict is None else {"zdict": zdict}
    c = zlib.compressobj(level, zlib.DEFLATED, wbits, mem, strategy, **kw)
    out = bytearray()
    pos = 0
    for step in steps.split(","):
        if step == "copy":
            c = c.copy()
        elif step.startswith("c"):
            n = len(data) - pos if step == "c*" else int(step[1:])
            out += c.compress(data[pos:pos + n])
            pos += n
        elif step.startswith("f"):
            out += c.flush(int(step[1:]))
    return bytes(out)


def main():
    assert zlib.ZLIB_RUNTIME_VERSION == "1.2.13", zlib.ZLIB_RUNTIME_VERSION
    # Sizes around the 32 KB window and its slide at 64 KB; every level with the default window,
    # the other windows and header kinds on fewer levels (they share the match search), and the
    # strategies and memLevels on three sizes. The test runs in Debug in CI: this set is what fits.
    inputs = [spec("zeros", 0, 1), spec("random", 1, 1), spec("text", 2, 1), spec("text", 3, 2)]
    for size in (100, 1000, 4096, 32768, 32769, 65537):
        inputs += [spec("text", size, size), spec("random", size, size), spec("runs", size, size), spec("skewed", size, size)]
    inputs += [spec("mixed", 300000, 7), spec("zeros", 200000, 1), spec("text", 1_200_000, 3), spec("random", 300_000, 4),
               spec("skewed", 150000, 9)]
    lines = []

    def add(inp, op, out):
        lines.append(f"{inp} | {op} | {len(out)} {hashlib.sha256(out).hexdigest()}")

    for inp in inputs:
        data = parse(inp)
        big = len(data) > 100000
        for level in ([0, 1, 4, 9] if big else range(-1, 10)):
            for wbits in ([15] if big else [15, -15, 31, 9, -10, 28] if level in (0, 1, 6, 9) else [15, 9]):
                add(inp, f"compress {level} {wbits}", zlib.compress(data, level, wbits))
        if big or len(data) not in (1000, 32769, 65537):
            continue
        for strategy in range(5):
            for mem in (1, 8, 9):
                for level in (0, 1, 3, 5, 9):
                    op = f"obj {level} 15 {mem} {strategy} - c*,f4"
                    add(inp, op, run_obj(data, level, 15, mem, strategy, None, "c*,f4"))
    # Streams: pieces, every flush mode, copies, dictionaries, small windows and memLevels.
    stream_inputs = [spec("text", 70000, 5), spec("mixed", 100000, 6), spec("random", 20000, 8), spec("runs", 90000, 2)]
    step_lists = [
        "c1,c2,c3,c1000,c*,f4",
        "c5000,f2,c5000,f3,c5000,f1,c5000,f5,c*,f2,f2,f4",
        "c40000,f0,c7,f3,c*,f4",
        "c17,copy,c30000,f2,c*,f4",
        "f2,c100,f2,f2,c*,f4",
        "c*,f3,f4",
        "c65536,c65536,c*,f4",
    ]
    for inp in stream_inputs:
        data = parse(inp)
        for steps in step_lists:
            for level, wbits, mem, strategy in ((6, 15, 8, 0), (1, -15, 8, 0), (0, 15, 8, 0), (0, -9, 1, 0), (9, 31, 9, 1),
                                                (4, 10, 2, 0), (6, -12, 8, 3), (2, 15, 3, 2), (7, 15, 8, 4), (0, 31, 9, 0)):
                add(inp, f"obj {level} {wbits} {mem} {strategy} - {steps}", run_obj(data, level, wbits, mem, strategy, None, steps))
    for dspec in (spec("text", 50, 21), spec("text", 5000, 22), spec("text", 40000, 23)):
        zdict = parse(dspec)
        for inp in (spec("text", 3000, 22), spec("text", 100000, 24)):
            data = parse(inp)
            for level, wbits in ((6, 15), (1, 15), (9, -15), (0, 15), (6, 9)):
                steps = "c1000,f2,c*,f4"
                add(inp, f"obj {level} {wbits} 8 0 {dspec} {steps}", run_obj(data, level, wbits, 8, 0, zdict, steps))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "deflate_reference.txt")
    with open(path, "w") as f:
        f.write("\n".join(lines) + "\n")
    print(len(lines), "cases")


if __name__ == "__main__":
    main()
