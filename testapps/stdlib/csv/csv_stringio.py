# csv.reader over io.StringIO: lines read straight from the stream's buffer, the fields made as
# CPython's (shared empty and one-character strs), and everything a line-by-line reader must keep:
# the stream's position between records, writes and seeks while reading, closing, subclasses.
import csv
import io


def show(rows):
    for row in rows:
        print(row)


# Plain records, quoted fields with embedded newlines and doubled quotes, long and astral fields.
text = ('a,b,c\r\n1,"two, 2","th""ree"\r\n"multi\nline",x,\r\n' + "\U0001F600\u00e9," + "y" * 40 + ",z\r\n")
r = csv.reader(io.StringIO(text))
show(r)
print("line_num", r.line_num)

# Empty and one-character fields are the shared strs, as CPython's reader makes them.
row = next(csv.reader(io.StringIO(",x,xy,\u00ff,\u0100\n")))
print(row, row[0] is str(), row[1] is chr(120), row[3] is chr(255))

# The stream's position follows the reader record by record; reads and tells in between.
f = io.StringIO("h1,h2\n1,2\n3,4\n5,6\n")
r = csv.reader(f)
print(next(r), f.tell())
print(f.readline(), end="")
print(next(r), f.tell(), r.line_num)
f.seek(0)
print(next(r), r.line_num)

# Text written at the end while reading is read too; a seek back reads the records again.
f = io.StringIO("a,1\n")
r = csv.reader(f)
print(next(r))
f.write("b,2\nc,3\n")
f.seek(4)
print(list(r), r.line_num)

# A record whose quoted field spans lines that come from separate reads.
f = io.StringIO('k,"open\n')
r = csv.reader(f)
pos = f.tell()
f.seek(0, 2)
f.write('still open\nclosed",end\n')
f.seek(pos)
print(next(r), r.line_num)

# newline="" keeps "\r\n", newline=None translates it; a bare "\r" ends a line too.
for nl in ("", None, "\n", "\r\n", "\r"):
    f = io.StringIO("a,b\r\nc,d\re,f\ng,h", newline=nl)
    try:
        print(repr(nl), list(csv.reader(f)))
    except csv.Error as e:
        print(repr(nl), "Error", e)

# Dialect options over a StringIO.
print(list(csv.reader(io.StringIO("a;'b;c';d\\;e\n"), delimiter=";", quotechar="'", escapechar="\\")))
print(list(csv.reader(io.StringIO('1,"x",2.5\n'), quoting=csv.QUOTE_NONNUMERIC)))
print(list(csv.reader(io.StringIO('  a,  "b"\n'), skipinitialspace=True)))
print(list(csv.reader(io.StringIO('a,"b"c\n'))))
try:
    list(csv.reader(io.StringIO('a,"b"c\n'), strict=True))
except csv.Error as e:
    print("Error", e)
try:
    list(csv.reader(io.StringIO('a,"unterminated\n'), strict=True))
except csv.Error as e:
    print("Error", e)
try:
    list(csv.reader(io.StringIO('1,"x"\n'), quoting=csv.QUOTE_NONNUMERIC))
except ValueError as e:
    print("ValueError", e)

# The field size limit counts code points.
old = csv.field_size_limit(5)
try:
    print(list(csv.reader(io.StringIO("12345,\U0001F600\U0001F600\n"))))
    list(csv.reader(io.StringIO("123456\n")))
except csv.Error as e:
    print("Error", e)
finally:
    csv.field_size_limit(old)

# Closing the stream between records.
f = io.StringIO("a\nb\n")
r = csv.reader(f)
print(next(r))
f.close()
try:
    next(r)
except ValueError as e:
    print("ValueError", e)


# A subclass's own __next__ and readline are what the reader sees.
class Upper(io.StringIO):
    def __next__(self):
        return super().__next__().upper()


print(list(csv.reader(Upper("ab,cd\nef,gh\n"))))


class Counting(io.StringIO):
    reads = 0

    def readline(self, size=-1):
        Counting.reads += 1
        return super().readline(size)


print(list(csv.reader(Counting("x,y\n"))), Counting.reads)

# BytesIO gives bytes: the reader's error names them.
try:
    next(csv.reader(io.BytesIO(b"a,b\n")))
except csv.Error as e:
    print("Error", e)

# DictReader over a StringIO, and a round trip through writer and reader.
out = io.StringIO()
w = csv.writer(out)
w.writerows([["id", "name"], [1, "ann, \"a\""], [2, ""], [3, "x" * 50]])
back = list(csv.DictReader(io.StringIO(out.getvalue())))
print(back)
print(back[1]["name"] is str())
