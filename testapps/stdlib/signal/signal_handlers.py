# signal.signal and getsignal: Python handlers, SIG_DFL, SIG_IGN, raise_signal and os.kill of this process.
import os
import signal

received = []


def handler(signum, frame):
    received.append(signum)
    print('handler got', signum, repr(signum), signal.Signals(signum).name)


print(signal.getsignal(signal.SIGTERM), signal.getsignal(signal.SIGINT) is signal.default_int_handler)
print(repr(signal.getsignal(signal.SIGPIPE)), repr(signal.getsignal(signal.SIGUSR1)))
previous = signal.signal(signal.SIGTERM, handler)
print(repr(previous), signal.getsignal(signal.SIGTERM) is handler)
signal.raise_signal(signal.SIGTERM)
print('after raise', received)
os.kill(os.getpid(), signal.SIGTERM)
print('after kill', received)
signal.signal(signal.SIGUSR1, handler)
signal.signal(signal.SIGUSR2, lambda n, f: print('lambda for', signal.Signals(n)))
signal.raise_signal(signal.SIGUSR2)
signal.raise_signal(signal.SIGUSR1)
print(signal.signal(signal.SIGUSR1, signal.SIG_IGN) is handler)
signal.raise_signal(signal.SIGUSR1)
print('ignored', received)
print(repr(signal.signal(signal.SIGUSR1, 1)), repr(signal.getsignal(signal.SIGUSR1)))


class Stop(Exception):
    pass


def stopper(signum, frame):
    raise Stop(f'stopped by {signal.Signals(signum).name}')


signal.signal(signal.SIGTERM, stopper)
try:
    signal.raise_signal(signal.SIGTERM)
    print('not reached')
except Stop as e:
    print(type(e).__name__, e)
print(signal.signal(signal.SIGTERM, signal.SIG_DFL) is stopper, repr(signal.getsignal(signal.SIGTERM)))

try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt as e:
    print('KeyboardInterrupt', repr(e))
try:
    signal.default_int_handler(2, None)
except KeyboardInterrupt:
    print('default_int_handler raises KeyboardInterrupt')
signal.signal(signal.SIGINT, lambda n, f: print('custom SIGINT handler'))
signal.raise_signal(signal.SIGINT)
signal.signal(signal.SIGINT, signal.default_int_handler)
try:
    signal.raise_signal(signal.SIGINT)
except KeyboardInterrupt:
    print('KeyboardInterrupt again')
