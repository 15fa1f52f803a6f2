# Popen: pipes as file objects, communicate, wait, poll, returncode, signals and timeouts.
import subprocess
import sys

p = subprocess.Popen(['cat'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(type(p).__name__, p.returncode, type(p.stdin).__name__, type(p.stdout).__name__, p.stderr)
out, err = p.communicate(b'through cat\n')
print(out, err, p.returncode, p.stdout.closed, p.stdin.closed)
print(repr(p).replace(str(p.pid), 'PID'))

p = subprocess.Popen(['sh', '-c', 'for i in 1 2 3; do echo line $i; done'], stdout=subprocess.PIPE, text=True)
print(type(p.stdout).__name__, p.stdout.readline(), end='')
print(list(p.stdout))
print(p.wait(), p.poll(), p.returncode)

p = subprocess.Popen(['sh', '-c', 'printf "one\\ntwo\\nthree"'], stdout=subprocess.PIPE)
print(p.stdout.readline(), p.stdout.read(2), p.stdout.read(), p.stdout.read())
p.stdout.close()
print(p.wait())

with subprocess.Popen(['sh', '-c', 'read a; read b; echo "$b $a"; echo oops >&2; exit 9'],
                      stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) as p:
    p.stdin.write('first\n')
    p.stdin.write('second\n')
    p.stdin.close()
    print(repr(p.stdout.read()), repr(p.stderr.read()))
print(p.returncode, p.stdout.closed)

p = subprocess.Popen(['sleep', '5'])
print(p.poll())
try:
    p.wait(timeout=0.05)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e, e.timeout, e.cmd, e.output, e.stdout)
p.terminate()
print(p.wait(), p.poll())

p = subprocess.Popen(['sleep', '5'], stdout=subprocess.PIPE)
try:
    p.communicate(timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e, e.output)
p.kill()
print(p.communicate(), p.returncode)
p.send_signal(15)
p.kill()

try:
    subprocess.run(['sleep', '5'], timeout=0.1, stdout=subprocess.PIPE)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e)
try:
    subprocess.run(['sh', '-c', 'echo early; sleep 5'], timeout=0.5, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e)
try:
    subprocess.check_output(['sleep', '5'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e, e.output)
print(subprocess.call(['sleep', '0.01'], timeout=5))

# A big output through both pipes at once must not deadlock.
p = subprocess.Popen(['sh', '-c', 'i=0; while [ $i -lt 3000 ]; do echo "out $i"; echo "err $i" >&2; i=$((i+1)); done'],
                     stdout=subprocess.PIPE, stderr=subprocess.PIPE)
out, err = p.communicate()
print(len(out), len(err), out.splitlines()[-1], err.splitlines()[-1])
data = b'x' * 200000
print(len(subprocess.run(['cat'], input=data, capture_output=True).stdout))

with subprocess.Popen(['echo', 'ctx'], stdout=subprocess.PIPE) as p:
    print(p.stdout.read())
print(p.returncode, p.args)
try:
    with subprocess.Popen(['cat'], stdin=subprocess.PIPE) as p:
        p.communicate(b'')
        p.communicate(b'more')
except ValueError as e:
    print(type(e).__name__, e)
try:
    p.stdin.write(b'x')
except ValueError as e:
    print(type(e).__name__, e)
