# The exceptions and results of subprocess (messages, reprs, args, stdout aliases), list2cmdline,
# and the ValueErrors/TypeErrors for conflicting or unsupported arguments.
import subprocess


def show(f, *args, **kwargs):
    try:
        print(repr(f(*args, **kwargs)))
    except Exception as e:
        print(type(e).__name__, e)


for rc in [1, 255, -9, -15, -2, -99, 0]:
    print(str(subprocess.CalledProcessError(rc, ['a', 'b'])))
e = subprocess.CalledProcessError(2, 'x', b'o', b'e')
print(e.stdout, e.output, e.stderr, e.returncode, e.cmd, isinstance(e, subprocess.SubprocessError))
e.stdout = b'new'
print(e.output, e.stdout)
e = subprocess.TimeoutExpired(['sleep', '9'], 1.5, b'o')
print(e, e.stdout, e.stderr, e.timeout, e.cmd)
e.stdout = b'n'
print(e.output, str(subprocess.TimeoutExpired('cmd', 2)))
print(issubclass(subprocess.TimeoutExpired, subprocess.SubprocessError), issubclass(subprocess.SubprocessError, Exception))
for cp in [subprocess.CompletedProcess(['a'], 0), subprocess.CompletedProcess('a', 1, b'', 'x'),
           subprocess.CompletedProcess(('t',), -9, stderr=b'e')]:
    print(repr(cp))
    show(cp.check_returncode)
print(subprocess.list2cmdline(['a b', 'c"d', 'e\\', 'f\\\\"g', '', 'h\\ i', 'tab\tx', 'x\\\\', 'plain']))
print(subprocess.list2cmdline([]), subprocess.list2cmdline(['"']), subprocess.list2cmdline(['\\\\', ' ']))
print(subprocess.list2cmdline([b'by tes', 'q']))
show(subprocess.check_output, ['true'], stdout=1)
show(subprocess.check_output, ['true'], check=True)
show(subprocess.run, ['true'], input=b'', stdin=subprocess.PIPE)
show(subprocess.run, ['true'], capture_output=True, stderr=1)
show(subprocess.Popen, ['true'], text=True, universal_newlines=False)
show(subprocess.Popen, ['true'], startupinfo=1)
show(subprocess.Popen, ['true'], creationflags=1)
show(subprocess.Popen, ['true'], bufsize='x')
show(subprocess.run, ['env'], env={'A=B': '1'})
show(subprocess.run, ['true', 3])
show(subprocess.run, ['/nonexistent/x'])
show(subprocess.run, ['nonexistent-cmd-xyz'])
show(subprocess.run, ['true'], cwd='/nonexistent')
show(subprocess.run, ['true'], env={'PATH': '/nonexistent'})
show(subprocess.run, 'exit 3', shell=True, check=True)
show(subprocess.run, 'kill -9 $$', shell=True, check=True)
show(subprocess.check_call, ['sh', '-c', 'exit 4'])
show(subprocess.check_call, args=['false'])
show(subprocess.check_output, ['sh', '-c', 'echo got; kill -TERM $$'])
print(subprocess.getstatusoutput('echo hi; exit 3'), subprocess.getstatusoutput('kill -9 $$'))
print(repr(subprocess.getoutput('echo a; echo b >&2')), subprocess.getstatusoutput('printf "x\\n\\n"'))
print(subprocess.PIPE, subprocess.STDOUT, subprocess.DEVNULL, subprocess.__all__)
