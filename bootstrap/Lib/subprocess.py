"""subprocess for PyPack (POSIX), written from CPython 3.11's documented behaviour.

Children are started by the native _subprocess module (posix_spawn); it also makes the pipes,
wraps their parent ends as file objects and runs communicate() without deadlocking on full pipes.
This module decides what each of the child's standard streams is, and provides the API around it.
"""

import os
import signal
import time
import _subprocess

__all__ = [
    "Popen", "PIPE", "STDOUT", "call", "check_call", "getstatusoutput", "getoutput",
    "check_output", "run", "CalledProcessError", "DEVNULL", "SubprocessError",
    "TimeoutExpired", "CompletedProcess",
]

PIPE = -1
STDOUT = -2
DEVNULL = -3

# What _subprocess.spawn takes for "the child inherits this stream".
_INHERIT = -1


# --- results and errors ----------------------------------------------------------------------

def _get_output(self):
    return self.output


def _set_output(self, value):
    self.output = value


class SubprocessError(Exception):
    pass


class CalledProcessError(SubprocessError):
    """A process run with check=True (or by check_call/check_output) exited with a failure."""

    def __init__(self, returncode, cmd, output=None, stderr=None):
        self.returncode = returncode
        self.cmd = cmd
        self.output = output
        self.stderr = stderr

    def __str__(self):
        code = self.returncode
        if code and code < 0:
            try:
                how = repr(signal.Signals(-code))
            except ValueError:
                return "Command '%s' died with unknown signal %d." % (self.cmd, -code)
            return "Command '%s' died with %s." % (self.cmd, how)
        return "Command '%s' returned non-zero exit status %d." % (self.cmd, code)

    stdout = property(_get_output, _set_output)


class TimeoutExpired(SubprocessError):
    """The timeout given to wait(), communicate(), run() or call() ran out."""

    def __init__(self, cmd, timeout, output=None, stderr=None):
        self.cmd = cmd
        self.timeout = timeout
        self.output = output
        self.stderr = stderr

    def __str__(self):
        return "Command '%s' timed out after %s seconds" % (self.cmd, self.timeout)

    stdout = property(_get_output, _set_output)


class CompletedProcess:
    """What run() returns: the arguments, the exit status and any captured output."""

    def __init__(self, args, returncode, stdout=None, stderr=None):
        self.args = args
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr

    def __repr__(self):
        fields = ['args=%r' % (self.args,), 'returncode=%r' % (self.returncode,)]
        for label in ('stdout', 'stderr'):
            value = getattr(self, label)
            if value is not None:
                fields.append('%s=%r' % (label, value))
        return '%s(%s)' % (type(self).__name__, ', '.join(fields))

    def check_returncode(self):
        if self.returncode:
            raise CalledProcessError(self.returncode, self.args, self.stdout, self.stderr)


# --- convenience functions -------------------------------------------------------------------

def run(*popenargs, input=None, capture_output=False, timeout=None, check=False, **kwargs):
    if input is not None:
        if kwargs.setdefault('stdin', None) is not None:
            raise ValueError('stdin and input arguments may not both be used.')
        kwargs['stdin'] = PIPE
    if capture_output:
        if any(kwargs.get(stream) is not None for stream in ('stdout', 'stderr')):
            raise ValueError('stdout and stderr arguments may not be used with capture_output.')
        kwargs['stdout'] = kwargs['stderr'] = PIPE
    with Popen(*popenargs, **kwargs) as child:
        try:
            out, err = child.communicate(input, timeout=timeout)
        except TimeoutExpired:
            child.kill()
            child.wait()
            raise
        except BaseException:
            # Nothing is left running behind the caller's back (the with block waits).
            child.kill()
            raise
        code = child.poll()
    if check and code:
        raise CalledProcessError(code, child.args, output=out, stderr=err)
    return CompletedProcess(child.args, code, out, err)


def call(*popenargs, timeout=None, **kwargs):
    with Popen(*popenargs, **kwargs) as child:
        try:
            return child.wait(timeout=timeout)
        except BaseException:
            child.kill()
            raise


def check_call(*popenargs, **kwargs):
    code = call(*popenargs, **kwargs)
    if code:
        command = kwargs.get('args')
        raise CalledProcessError(code, popenargs[0] if command is None else command)
    return 0


def check_output(*popenargs, timeout=None, **kwargs):
    for overridden in ('stdout', 'check'):
        if overridden in kwargs:
            raise ValueError('%s argument not allowed, it will be overridden.' % overridden)
    # input=None is documented to mean empty input here (not an inherited stdin).
    if kwargs.get('input', b'') is None:
        as_text = any(kwargs.get(k) for k in ('universal_newlines', 'text', 'encoding', 'errors'))
        kwargs['input'] = '' if as_text else b''
    return run(*popenargs, stdout=PIPE, timeout=timeout, check=True, **kwargs).stdout


def getstatusoutput(cmd):
    done = run(cmd, shell=True, text=True, stdout=PIPE, stderr=STDOUT)
    text = done.stdout
    if text.endswith('\n'):
        text = text[:-1]
    return done.returncode, text


def getoutput(cmd):
    return getstatusoutput(cmd)[1]


def list2cmdline(seq):
    """A Windows command line for seq, quoted as the MS C runtime parses it back."""
    words = []
    for item in seq:
        arg = os.fsdecode(item)
        quoted = not arg or ' ' in arg or '\t' in arg
        chunks = []
        backslashes = 0
        for ch in arg:
            if ch == '\\':
                backslashes += 1
                continue
            if ch == '"':
                # Backslashes before a quote are doubled, and the quote itself escaped.
                chunks.append('\\' * (2 * backslashes + 1) + '"')
            else:
                chunks.append('\\' * backslashes + ch)
            backslashes = 0
        # Trailing backslashes precede the closing quote when there is one.
        chunks.append('\\' * (backslashes * 2 if quoted else backslashes))
        word = ''.join(chunks)
        words.append('"' + word + '"' if quoted else word)
    return ' '.join(words)


# --- Popen -----------------------------------------------------------------------------------

def _not_yet(feature):
    raise NotImplementedError("PyPack does not support %s yet" % feature)


def _as_str(value):
    if isinstance(value, bytes):
        return value.decode('utf-8', 'surrogateescape')
    if isinstance(value, str):
        return value
    return os.fspath(value)


def _search_path(env):
    source = os.environ if env is None else env
    value = source.get('PATH')
    return (os.defpath if value is None else value).split(os.pathsep)


def _fd_of(spec):
    return spec if isinstance(spec, int) else spec.fileno()


class Popen:
    """A child process, with pipes to its standard streams where asked for."""

    def __init__(self, args, bufsize=-1, executable=None, stdin=None, stdout=None,
                 stderr=None, preexec_fn=None, close_fds=True, shell=False, cwd=None,
                 env=None, universal_newlines=None, startupinfo=None, creationflags=0,
                 restore_signals=True, start_new_session=False, pass_fds=(), *,
                 user=None, group=None, extra_groups=None, encoding=None, errors=None,
                 text=None, umask=-1, pipesize=-1, process_group=None):
        if bufsize is None:
            bufsize = -1
        if not isinstance(bufsize, int):
            raise TypeError("bufsize must be an integer")
        if startupinfo is not None:
            raise ValueError("startupinfo is only supported on Windows platforms")
        if creationflags != 0:
            raise ValueError("creationflags is only supported on Windows platforms")
        if preexec_fn:
            _not_yet("subprocess's preexec_fn")
        if pass_fds:
            _not_yet("subprocess's pass_fds")
        if user is not None or group is not None or extra_groups is not None:
            _not_yet("subprocess's user, group and extra_groups")
        if umask != -1:
            _not_yet("subprocess's umask")
        if process_group is not None:
            _not_yet("subprocess's process_group")
        if text is not None and universal_newlines is not None and bool(text) != bool(universal_newlines):
            raise SubprocessError('Cannot disambiguate when both text and universal_newlines are '
                                  'supplied but different. Pass one or the other.')

        self.args = args
        self.stdin = self.stdout = self.stderr = None
        self.pid = None
        self.returncode = None
        self.encoding = encoding
        self.errors = errors
        self.pipesize = pipesize
        self.text_mode = encoding or errors or text or universal_newlines
        self._talked = False

        # Each stream: the fd the child gets (-1: inherited) and the fds the parent closes after
        # the spawn (its copies of pipe ends and /dev/null that only the child needs).
        self._devnull = None
        handover = []
        child_in = self._child_end(stdin, False, 'stdin', handover)
        child_out = self._child_end(stdout, True, 'stdout', handover)
        if stderr == STDOUT:
            # Merged into whatever the child's stdout is (the parent's own stdout if inherited).
            child_err = 1 if child_out == _INHERIT else child_out
        else:
            child_err = self._child_end(stderr, True, 'stderr', handover)
        if self._devnull is not None:
            handover.append(self._devnull)
        try:
            self._spawn(args, executable, cwd, env, shell, start_new_session,
                        child_in, child_out, child_err)
        except BaseException:
            for f in (self.stdin, self.stdout, self.stderr):
                if f is not None:
                    f.close()
            raise
        finally:
            for fd in handover:
                os.close(fd)

    def _child_end(self, spec, from_child, name, handover):
        """The child's fd for one stream; makes the pipe (and the parent's file object) for PIPE."""
        if spec is None:
            return _INHERIT
        if spec == PIPE:
            read_end, write_end = _subprocess.pipe()
            mine, theirs = (read_end, write_end) if from_child else (write_end, read_end)
            text = bool(self.text_mode)
            encoding = 'UTF-8' if self.encoding is None else self.encoding
            errors = 'strict' if self.errors is None else self.errors
            setattr(self, name, _subprocess.open_pipe(mine, from_child, text, encoding, errors))
            handover.append(theirs)
            return theirs
        if spec == DEVNULL:
            if self._devnull is None:
                self._devnull = os.open(os.devnull, os.O_RDWR)
            return self._devnull
        return _fd_of(spec)

    def _spawn(self, args, executable, cwd, env, shell, new_session, child_in, child_out, child_err):
        if isinstance(args, (str, bytes)):
            argv = [args]
        elif hasattr(args, '__fspath__'):
            if shell:
                raise TypeError('path-like args is not allowed when shell is true')
            argv = [args]
        else:
            argv = list(args)
        if shell:
            argv = [executable or '/bin/sh', '-c'] + argv
        program = argv[0] if executable is None else executable
        argv = [_as_str(a) for a in argv]
        environment = None
        if env is not None:
            environment = []
            for key, value in env.items():
                key = _as_str(key)
                if '=' in key:
                    raise ValueError("illegal environment variable name")
                environment.append(key + '=' + _as_str(value))
        target = _as_str(program)
        # A bare name is looked up on PATH (the child's, when env is given), as execvpe would.
        if os.path.dirname(target):
            candidates = [target]
        else:
            candidates = [os.path.join(folder, target) for folder in _search_path(env)]
        self.pid = _subprocess.spawn(argv, candidates, program,
                                     None if cwd is None else _as_str(cwd), environment,
                                     child_in, child_out, child_err, new_session)

    @property
    def universal_newlines(self):
        return self.text_mode

    @universal_newlines.setter
    def universal_newlines(self, value):
        self.text_mode = bool(value)

    def __repr__(self):
        text = '<%s: returncode: %s args: %r>' % (type(self).__name__, self.returncode, self.args)
        return text if len(text) <= 80 else text[:76] + '...>'

    def __enter__(self):
        return self

    def __exit__(self, exc_type, value, traceback):
        for f in (self.stdout, self.stderr, self.stdin):
            if f:
                f.close()
        self.wait()

    # status

    def poll(self):
        if self.returncode is None:
            self.returncode = _subprocess.wait(self.pid, 0)
        return self.returncode

    def wait(self, timeout=None):
        if self.returncode is None:
            code = _subprocess.wait(self.pid, timeout)
            if code is None:
                raise TimeoutExpired(self.args, timeout)
            self.returncode = code
        return self.returncode

    def send_signal(self, sig):
        # A child already reaped may have had its pid reused: never signal it then.
        if self.poll() is not None:
            return
        try:
            _subprocess.kill(self.pid, sig)
        except ProcessLookupError:
            pass

    def terminate(self):
        self.send_signal(signal.SIGTERM)

    def kill(self):
        self.send_signal(signal.SIGKILL)

    # talking to the child

    def communicate(self, input=None, timeout=None):
        if self._talked and input:
            raise ValueError("Cannot send input after starting communication")
        pipes = [f for f in (self.stdin, self.stdout, self.stderr) if f is not None]
        if timeout is None and not self._talked and len(pipes) <= 1:
            return self._communicate_one(input)

        deadline = None if timeout is None else time.monotonic() + timeout
        if input is not None and self.stdin and not self._talked and self.text_mode:
            input = input.encode(self.stdin.encoding, self.stdin.errors)
        self._talked = True
        done, out, err = _subprocess.communicate(self.stdin, input, self.stdout, self.stderr, timeout)
        if not done:
            raise TimeoutExpired(self.args, timeout, output=out, stderr=err)
        self.wait(None if deadline is None else deadline - time.monotonic())
        if self.text_mode:
            out = self._decoded(out, self.stdout)
            err = self._decoded(err, self.stderr)
        return out, err

    def _communicate_one(self, input):
        """communicate() with at most one pipe and no timeout: no threads needed."""
        out = err = None
        if self.stdin:
            # A child that stops reading (BrokenPipeError) is not an error here.
            if input:
                try:
                    self.stdin.write(input)
                except BrokenPipeError:
                    pass
            try:
                self.stdin.close()
            except BrokenPipeError:
                pass
        elif self.stdout:
            out = self.stdout.read()
            self.stdout.close()
        elif self.stderr:
            err = self.stderr.read()
            self.stderr.close()
        self.wait()
        return out, err

    @staticmethod
    def _decoded(data, pipe):
        if data is None:
            return None
        # Universal newlines: \r\n and lone \r both read as \n.
        text = data.decode(pipe.encoding, pipe.errors)
        return text.replace('\r\n', '\n').replace('\r', '\n')
