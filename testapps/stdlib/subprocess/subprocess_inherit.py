# Children write to the inherited stdout and stderr; the program flushes its own output first.
import subprocess
import sys

print('parent before', flush=True)
subprocess.run(['echo', 'child on stdout'])
subprocess.run(['sh', '-c', 'echo child on stderr >&2'])
print('parent after run', flush=True)
print(subprocess.call(['sh', '-c', 'echo call says hi; exit 3']))
sys.stdout.flush()
p = subprocess.Popen(['sh', '-c', 'echo to stdout; echo to stderr >&2'], stderr=subprocess.STDOUT)
print(p.wait())
sys.stdout.flush()
r = subprocess.run(['sh', '-c', 'echo captured; echo free >&2'], stdout=subprocess.PIPE)
print(r.stdout)
sys.stdout.flush()
print(subprocess.run(['printf', 'no newline']).returncode)
print()
print('end')
