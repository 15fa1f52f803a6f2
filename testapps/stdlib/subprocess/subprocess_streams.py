# Popen's streams: fds as stdin/stdout/stderr, DEVNULL, stderr=STDOUT, text modes and encodings,
# communicate() with input and timeouts, signals and return codes, shell and executable.
import os
import signal
import subprocess
import tempfile

base = tempfile.mkdtemp()
path = os.path.join(base, 'out.txt')
fd = os.open(path, os.O_WRONLY | os.O_CREAT)
subprocess.run(['echo', 'to a file'], stdout=fd)
subprocess.run(['sh', '-c', 'echo err to file >&2'], stderr=fd)
os.close(fd)
print(open(path).read(), end='')
fd = os.open(path, os.O_WRONLY | os.O_APPEND)
print(subprocess.call(['echo', 'by fd'], stdout=fd))
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(subprocess.run(['cat'], stdin=fd, capture_output=True).stdout)
os.close(fd)
fd = os.open(path, os.O_RDONLY)
print(subprocess.run(['wc', '-l'], stdin=fd, capture_output=True, text=True).stdout.strip())
os.close(fd)
r = subprocess.run(['sh', '-c', 'echo o; echo e >&2'], stdout=subprocess.DEVNULL, stderr=subprocess.STDOUT)
print(r)
r = subprocess.run(['sh', '-c', 'echo o; echo e >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(sorted(r.stdout.split()), r.stderr)
r = subprocess.run(['sh', '-c', 'echo e >&2'], stderr=subprocess.PIPE, stdout=subprocess.DEVNULL)
print(r.stdout, r.stderr)

r = subprocess.run(['printf', 'h\xe9'], capture_output=True, encoding='latin-1')
print(repr(r.stdout))
r = subprocess.run(['printf', '\\377ok'], capture_output=True, errors='replace')
print(repr(r.stdout))
r = subprocess.run(['printf', 'a\\r\\nb\\rc'], capture_output=True, universal_newlines=True)
print(repr(r.stdout))
r = subprocess.run(['cat'], input='caf\xe9\n', capture_output=True, encoding='utf-8')
print(repr(r.stdout))
print(subprocess.check_output('printf x', shell=True, input=None), repr(subprocess.check_output(['cat'], input=None, text=True)))

p = subprocess.Popen(['true'])
print(p.universal_newlines, p.text_mode, p.stdin, p.stdout, p.stderr, p.wait(), p.returncode)
p = subprocess.Popen(['cat'], text=True, stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.universal_newlines, p.stdout.encoding, p.communicate('abc'), p.returncode)
p = subprocess.Popen(['true'], stdout=subprocess.PIPE, encoding='ascii')
print(p.universal_newlines, p.encoding, p.errors, p.communicate())
p.universal_newlines = 0
print(p.text_mode)

p = subprocess.Popen(['sh', '-c', 'echo early; echo warn >&2; sleep 5'], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
try:
    p.communicate(timeout=2)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e.output, e.stderr, e.timeout)
p.kill()
print(p.communicate(), p.returncode)
try:
    subprocess.run(['sh', '-c', 'echo early; sleep 5'], timeout=2, capture_output=True)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e, e.stdout, e.stderr)
try:
    subprocess.call(['sleep', '5'], timeout=0.1)
except subprocess.TimeoutExpired as e:
    print(type(e).__name__, e)

for how in ['kill', 'terminate', 'int', 'usr1']:
    p = subprocess.Popen(['sleep', '5'])
    if how == 'kill':
        p.kill()
    elif how == 'terminate':
        p.terminate()
    elif how == 'int':
        p.send_signal(signal.SIGINT)
    else:
        p.send_signal(signal.SIGUSR1)
    print(how, p.wait(), p.poll())
p.kill()
p.send_signal(signal.SIGTERM)

p = subprocess.Popen(['sh', '-c', 'exit 0'], stdin=subprocess.PIPE)
print(p.communicate(b'ignored' * 10000), p.returncode)
p = subprocess.Popen(['sh', '-c', 'exit 0'], stdin=subprocess.PIPE, stdout=subprocess.PIPE)
print(p.communicate(b'ignored' * 100000), p.returncode)

with subprocess.Popen(['sh', '-c', 'exit 5']) as p:
    pass
print(p.returncode, repr(p).startswith('<Popen: returncode: 5 args:'))
p = subprocess.Popen(['echo', 'a' * 100], stdout=subprocess.DEVNULL)
p.wait()
print(repr(p), len(repr(p)))

print(subprocess.run('echo $0', shell=True, capture_output=True, text=True).stdout, end='')
print(subprocess.run('echo $0', shell=True, executable='/bin/bash', capture_output=True, text=True).stdout, end='')
print(subprocess.run(['named', '-c', 'echo $0'], executable='/bin/sh', capture_output=True, text=True).stdout, end='')
print(subprocess.run(['sh', '-c', 'echo "$1"', 'zero', 'one'], capture_output=True, text=True).stdout, end='')
print(subprocess.run([b'echo', b'bytes'], capture_output=True).stdout)
os.mkdir(os.path.join(base, 'bin'))
script = os.path.join(base, 'bin', 'hello-tool')
with open(script, 'w') as f:
    f.write('#!/bin/sh\necho tool "$@"\n')
os.chmod(script, 0o755)
print(subprocess.run(['hello-tool', 'x'], env={'PATH': os.path.join(base, 'bin')}, capture_output=True).stdout)
print(subprocess.run(['./hello-tool'], cwd=os.path.join(base, 'bin'), capture_output=True).stdout)
from pathlib import Path
print(subprocess.run(Path(script), capture_output=True).stdout, subprocess.run([Path(script), Path('p')], capture_output=True).stdout)
try:
    subprocess.run(Path(script), shell=True)
except TypeError as e:
    print(type(e).__name__, e)
