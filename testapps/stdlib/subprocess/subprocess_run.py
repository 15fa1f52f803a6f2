# subprocess.run and its helpers: capture, text, input, check, errors, cwd, env, shell.
import os
import subprocess
import sys
import tempfile

r = subprocess.run(['echo', 'hello', 'world'], capture_output=True)
print(r)
print(r.args, r.returncode, r.stdout, r.stderr)
r = subprocess.run(['printf', '%s|', 'a b', '', "it's", 'x\ty'], stdout=subprocess.PIPE, text=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run(['cat'], input=b'line1\nline2\n', capture_output=True)
print(r.stdout, r.returncode)
r = subprocess.run(['tr', 'a-z', 'A-Z'], input='mixed Case\n', capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['sh', '-c', 'printf "a\\r\\nb\\rc\\n"'], capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['sh', '-c', 'printf "a\\r\\nb"'], capture_output=True)
print(repr(r.stdout))
r = subprocess.run(['sh', '-c', 'echo out; echo err >&2; exit 3'], capture_output=True, text=True)
print(r.returncode, repr(r.stdout), repr(r.stderr))
print(r)
try:
    r.check_returncode()
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.returncode, e.cmd, repr(e.output), repr(e.stdout), repr(e.stderr))
try:
    subprocess.run(['sh', '-c', 'echo partial; exit 2'], check=True, stdout=subprocess.PIPE)
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.args, e.stdout)
r = subprocess.run(['sh', '-c', 'echo both; echo err 1>&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
print(repr(r.stdout), r.stderr)
r = subprocess.run('echo $((6 * 7)) "$0"', shell=True, capture_output=True, text=True)
print(r.args, repr(r.stdout))
r = subprocess.run(['sh', '-c', 'cat; echo done'], stdin=subprocess.DEVNULL, stdout=subprocess.PIPE)
print(r.stdout)
r = subprocess.run(['sh', '-c', 'echo to devnull; echo visible >&2'], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
print(r.stdout, r.stderr)

base = tempfile.mkdtemp()
os.mkdir(os.path.join(base, 'sub'))
r = subprocess.run(['pwd'], cwd=os.path.join(base, 'sub'), capture_output=True, text=True)
print(os.path.relpath(r.stdout.strip(), base))
r = subprocess.run(['sh', '-c', 'echo "$GREETING-$HOME"'], env={'GREETING': 'hi', 'HOME': '/nowhere'}, capture_output=True, text=True)
print(repr(r.stdout))
os.environ['PYPACK_TEST_VAR'] = 'inherited'
r = subprocess.run(['sh', '-c', 'echo $PYPACK_TEST_VAR'], capture_output=True, text=True)
print(repr(r.stdout))
r = subprocess.run(['sh', '-c', 'printf "h\\303\\251\\n"'], capture_output=True, encoding='utf-8')
print(repr(r.stdout))
r = subprocess.run(['sh', '-c', 'printf "\\377"'], capture_output=True, encoding='utf-8', errors='replace')
print(repr(r.stdout))

print(subprocess.call(['true']), subprocess.call(['false']), subprocess.call('exit 7', shell=True))
print(subprocess.check_call(['true']))
try:
    subprocess.check_call(['sh', '-c', 'exit 4'])
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e)
print(subprocess.check_output(['echo', 'out']), subprocess.check_output('echo hi', shell=True, text=True))
print(subprocess.check_output(['cat'], input='fed\n', text=True), subprocess.check_output(['cat'], input=None))
try:
    subprocess.check_output(['sh', '-c', 'echo some; exit 1'])
except subprocess.CalledProcessError as e:
    print(type(e).__name__, e, e.output)
print(subprocess.getstatusoutput('echo status; exit 5'), subprocess.getoutput('echo out; echo err >&2'))

for call in [lambda: subprocess.run(['definitely-not-a-command-xyz']),
             lambda: subprocess.run(['./missing-script'], cwd=base),
             lambda: subprocess.run(['true'], cwd=os.path.join(base, 'nope')),
             lambda: subprocess.run([os.path.join(base, 'sub')]),
             lambda: subprocess.run(['echo', 1]),
             lambda: subprocess.run(['cat'], input=b'x', stdin=subprocess.PIPE),
             lambda: subprocess.run(['true'], capture_output=True, stdout=subprocess.PIPE),
             lambda: subprocess.check_output(['true'], stdout=subprocess.PIPE),
             lambda: subprocess.run(['true'], text=True, universal_newlines=False),
             lambda: subprocess.run(['sh', '-c', 'kill -TERM $$'], check=True),
             lambda: subprocess.run(['sh', '-c', 'kill -9 $$'], check=True)]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, str(e).replace(base, '<base>'))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL, issubclass(subprocess.CalledProcessError, subprocess.SubprocessError))
print(repr(subprocess.CalledProcessError(1, ['a'])), repr(subprocess.CompletedProcess(['x'], 0)))
print(subprocess.list2cmdline(['a', 'b c', '', 'd"e', 'f\\', 'g\\"h', 'tab\there', 'end\\ x\\']))
