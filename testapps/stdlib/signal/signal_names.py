# The Signals and Handlers enums, the constants, strsignal and valid_signals.
import signal

for name in ['SIGHUP', 'SIGINT', 'SIGQUIT', 'SIGKILL', 'SIGUSR1', 'SIGSEGV', 'SIGPIPE', 'SIGALRM', 'SIGTERM',
             'SIGCHLD', 'SIGCONT', 'SIGSTOP', 'SIGWINCH', 'SIGRTMIN', 'SIGRTMAX']:
    s = getattr(signal, name)
    print(name, s, repr(s), f'{s}', f'{s:>4}', int(s), s.name, s.value, signal.strsignal(s))
print(repr(signal.SIGIOT), repr(signal.SIGCLD), repr(signal.SIGPOLL), signal.SIGIOT is signal.SIGABRT)
print(signal.SIG_DFL, repr(signal.SIG_DFL), repr(signal.SIG_IGN), signal.SIG_IGN.name, signal.NSIG)
print(signal.SIGINT == 2, signal.SIGINT + 1, signal.SIGTERM * 2, hash(signal.SIGINT) == hash(2), isinstance(signal.SIGINT, int))
print({signal.SIGINT: 'int'}[2], sorted([signal.SIGTERM, signal.SIGHUP, 5]), str(signal.SIGINT), '%d' % signal.SIGINT)
print(repr(signal.Signals(15)), repr(signal.Signals(signal.SIGINT)), repr(signal.Handlers(0)), signal.Signals.SIGTERM is signal.SIGTERM)
for bad in [99, 32, 0, -1]:
    try:
        signal.Signals(bad)
    except ValueError as e:
        print(type(e).__name__, e)
valid = signal.valid_signals()
print(len(valid), sorted(valid)[:3], 32 in valid, 40 in valid, signal.SIGRTMAX in valid)
print(signal.strsignal(40), signal.strsignal(signal.SIGUSR2))
for bad in [0, 65, -3, 1000]:
    for f in (signal.strsignal, signal.getsignal, signal.raise_signal):
        try:
            f(bad)
        except (ValueError, OSError) as e:
            print(bad, type(e).__name__, e)
for args in [(signal.SIGTERM, 5), (signal.SIGTERM, 'x'), (signal.SIGKILL, signal.SIG_IGN), (signal.SIGSTOP, signal.SIG_DFL),
             (99, signal.SIG_DFL), (signal.SIGTERM,)]:
    try:
        signal.signal(*args)
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
