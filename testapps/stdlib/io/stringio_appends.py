# StringIO written by many appends (kept in chunks until read) and then read, sought, overwritten,
# truncated and translated: every operation sees the whole text.
import io, csv
s = io.StringIO()
for i in range(20000):
    s.write("line %d\n" % i)
v = s.getvalue(); print(len(v), v[:20], v[-12:], s.tell())
s.write("more"); print(s.getvalue()[-10:], s.tell())
s.seek(0); print(repr(s.readline()), s.tell()); print(repr(s.read(8)))
s.seek(0, 2); s.write("end\n"); print(s.getvalue()[-8:], s.tell())
s.seek(3); s.write("XY"); print(repr(s.getvalue()[:10]))
s.truncate(5); print(repr(s.getvalue()), s.tell())
s.write("!"); print(repr(s.getvalue()))
t = io.StringIO("init")
t.write("AB"); print(repr(t.getvalue()), t.tell())
u = io.StringIO(newline=None)
for i in range(3000): u.write("a\r\nb\r")
print(len(u.getvalue()), u.newlines, repr(u.getvalue()[:8]))
w = io.StringIO()
for i in range(5000): w.write("\U0001f600x")
print(w.tell(), len(w.getvalue())); w.seek(2); print(repr(w.read(3))); w.seek(0, 2); w.write("é"); print(w.tell(), w.getvalue()[-3:])
lines = io.StringIO(); 
for i in range(10000): print("row", i, file=lines)
lines.seek(0); print(sum(1 for _ in lines)); 
z = io.StringIO(); z.write("x" * 100000); print(z.readline() == "", z.tell()); z.seek(0); print(len(z.readlines()[0]))
out = io.StringIO(); wr = csv.writer(out)
for i in range(3000): wr.writerow([i, "a,b", 'q"x'])
print(len(out.getvalue()), out.getvalue()[-20:])
r = csv.reader(io.StringIO(out.getvalue())); print(sum(1 for _ in r))
b = io.BytesIO(); 
for i in range(10000): b.write(b"xy")
print(len(b.getvalue()), b.tell())
class Sub(io.StringIO): pass
q = Sub(); q.write("abc" * 10000); print(len(q.getvalue()), q.tell())
q.__init__("new"); print(q.getvalue())
