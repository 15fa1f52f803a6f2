using System.Runtime.InteropServices;
using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Signal;

/// <summary>
/// One interpreter's signal handling: the handler of each signal as Python sees it, the .NET
/// registrations that catch the signals with a Python handler or SIG_IGN, and what has arrived.
/// Disposed when the interpreter exits, so an in-process run leaves the host's signals as they were.
/// </summary>
internal sealed class SignalState(Thread mainThread) : IDisposable
{
    private const int Count = 65;
    private readonly PosixSignalRegistration?[] _registrations = new PosixSignalRegistration?[Count];
    private readonly bool[] _ignoring = new bool[Count];
    private readonly int[] _ignored = new int[Count];

    public Thread MainThread { get; } = mainThread;
    public PyObject[] Handlers { get; } = new PyObject[Count];
    public int[] Pending { get; } = new int[Count];
    public ManualResetEventSlim Arrived { get; } = new(false);

    public bool Catches(int signum) => _registrations[signum] is not null;

    public int IgnoredCount(int signum) => Volatile.Read(ref _ignored[signum]);

    public void ConsumeIgnored(int signum) => Interlocked.Exchange(ref _ignored[signum], 0);

    /// <summary>Catches <paramref name="signum"/> for <paramref name="handler"/> (SIG_IGN: drop it), or with null restores the default.</summary>
    public void Install(int signum, PyObject? handler)
    {
        _registrations[signum]?.Dispose();
        _registrations[signum] = null;
        if (handler is null) return;
        _ignoring[signum] = handler is PyEnumInt;
        try
        {
            _registrations[signum] = PosixSignalRegistration.Create((PosixSignal)signum, context =>
            {
                context.Cancel = true;
                if (_ignoring[signum])
                {
                    Interlocked.Increment(ref _ignored[signum]);
                }
                else
                {
                    Interlocked.Exchange(ref Pending[signum], 1);
                    PendingSignals.Mark();
                }
                Arrived.Set();
            });
        }
        catch (Exception e) when (e is ArgumentOutOfRangeException or PlatformNotSupportedException or IOException)
        {
            throw Errors.OSError(22);
        }
    }

    public void Dispose()
    {
        foreach (var r in _registrations) r?.Dispose();
        Array.Clear(_registrations);
    }
}
