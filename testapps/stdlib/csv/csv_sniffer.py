# csv.Sniffer: the format and header guesses on samples of the shapes CSV tools meet.
import csv
import io

SAMPLES = {
    "commas": "name,age,city\nAnn,31,Oslo\nBob,45,Rome\nCid,27,Lima\n",
    "quoted": 'id,"full name",score\n1,"Doe, Jane",3.5\n2,"Roe, Rick",4.0\n',
    "doubled": 'a,b\n1,"say ""hi"" now"\n2,"x"\n',
    "single quotes": "id;name;score\n1;'Ann';3.5\n2;'Bob';4\n",
    "tabs": "x\ty\tz\n1\t2\t3\n4\t5\t6\n",
    "pipes": "k|v\nalpha|1\nbeta|2\ngamma|3\n",
    "spaced": "a, b, c\n1, 2, 3\n4, 5, 6\n",
    "colons": "user:uid:shell\nroot:0:/bin/sh\nbin:1:/sbin/nologin\n",
    "ragged": "a,b;c\n1,2;3\n4,5\n6,7;8;9\n",
    "one column quoted": '"alpha"\n"beta"\n"gamma"\n',
    "numbers header": "1,2,3\n4,5,6\n7,8,9\n",
    "long": "\n".join("%d,%s,%d.5" % (i, "n" * (i % 3 + 1), i) for i in range(40)) + "\n",
}

for name, sample in SAMPLES.items():
    sniffer = csv.Sniffer()
    try:
        d = sniffer.sniff(sample)
    except csv.Error as e:
        print(f"{name:>18}: csv.Error: {e}")
        continue
    try:
        header = sniffer.has_header(sample)
    except csv.Error as e:
        header = f"csv.Error: {e}"
    print(f"{name:>18}: delimiter={d.delimiter!r} quotechar={d.quotechar!r} doublequote={d.doublequote}"
          f" skipinitialspace={d.skipinitialspace} quoting={d.quoting} lineterminator={d.lineterminator!r} header={header}")
    rows = list(csv.reader(io.StringIO(sample), d))
    print(" " * 20, rows[:3])

for sample, allowed in [("a;b,c\n1;2,3\n", ";"), ("a;b,c\n1;2,3\n", ","), ("a b\nc d\n", ",;"), ("abc\ndef\n", None), ("", None)]:
    try:
        print(repr(csv.Sniffer().sniff(sample, delimiters=allowed).delimiter))
    except csv.Error as e:
        print("csv.Error:", e)
print(csv.Sniffer().preferred, "Sniffer" in csv.__all__)
