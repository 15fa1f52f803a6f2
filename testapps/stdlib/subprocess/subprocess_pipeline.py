# Pipelines (one child's stdout as another's stdin), line-by-line talk with a child, exact env.
import subprocess

p1 = subprocess.Popen(['printf', 'apple\nbanana\ncherry\n'], stdout=subprocess.PIPE)
p2 = subprocess.Popen(['grep', 'an'], stdin=p1.stdout, stdout=subprocess.PIPE)
p1.stdout.close()
print(p2.communicate(), p1.wait(), p2.returncode)

p1 = subprocess.Popen(['seq', '1', '5'], stdout=subprocess.PIPE)
p2 = subprocess.Popen(['sort', '-r'], stdin=p1.stdout, stdout=subprocess.PIPE, text=True)
p3 = subprocess.run(['head', '-n', '2'], stdin=p2.stdout, capture_output=True, text=True)
p1.stdout.close()
p2.stdout.close()
print(repr(p3.stdout), p1.wait(), p2.wait())

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1)
for word in ['one', 'two', 'three']:
    p.stdin.write(f'line {word}\n')
    p.stdin.flush()
    print(repr(p.stdout.readline()))
p.stdin.close()
print(repr(p.stdout.read()), p.wait())

p = subprocess.Popen(['sh', '-c', 'while read n; do echo $((n * n)); done'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
for n in [3, 12, 100]:
    p.stdin.write(b'%d\n' % n)
    p.stdin.flush()
    print(int(p.stdout.readline().decode()))
print(p.communicate(), p.returncode)

r = subprocess.run(['env'], env={'A': '1', 'B': 'two words', 'C': ''}, capture_output=True, text=True)
print(sorted(r.stdout.splitlines()))
try:
    subprocess.run(['env'], env={'BAD=NAME': 'x'})
except ValueError as e:
    print(type(e).__name__, e)
r = subprocess.run(['printf', '%s\n', 'arg with spaces', '$HOME', '*', "quote'd", 'tab\there', ''], capture_output=True, text=True)
print(r.stdout.splitlines())
