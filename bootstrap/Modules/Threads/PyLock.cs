using PyPack.Runtime.Hosting;
using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Threads;

/// <summary>
/// <c>_thread.lock</c> (threading.Lock): not owned, so any thread may release it. A blocked
/// acquire waits with the GIL released; the monitor of the object guards its state.
/// </summary>
internal sealed class PyLock : PyObject
{
    public static readonly PyType LockType = CreateType();

    private bool _locked;

    public override PyType Type => LockType;

    public override string Repr() => $"<{(_locked ? "locked" : "unlocked")} _thread.lock object at 0x{Identity.Of(this):x}>";

    public bool IsLocked => _locked;

    /// <summary>acquire(blocking, timeout): timeout negative waits for ever.</summary>
    public bool Acquire(bool blocking, double timeout)
    {
        lock (this)
        {
            if (!_locked)
            {
                _locked = true;
                return true;
            }
            if (!blocking) return false;
        }
        return ThreadWaits.Until(this, () => !_locked, () => _locked = true, timeout);
    }

    public void Release()
    {
        lock (this)
        {
            if (!_locked) throw Errors.RuntimeError("release unlocked lock");
            _locked = false;
            Monitor.PulseAll(this);
        }
    }

    private static PyType CreateType()
    {
        var type = new PyType("lock", null) { Module = "_thread", TpName = "_thread.lock" };
        BuiltinMethodBody acquire = static (self, args, kw) =>
        {
            var (blocking, timeout) = ThreadWaits.AcquireArguments("acquire", args, kw);
            return PyBool.From(((PyLock)self).Acquire(blocking, timeout));
        };
        type.Method("acquire", acquire);
        type.Method("acquire_lock", acquire);
        type.Method("__enter__", acquire);
        Func<PyObject, PyObject> release = static self =>
        {
            ((PyLock)self).Release();
            return PyNone.Instance;
        };
        type.Method("release", release);
        type.Method("release_lock", release);
        type.Method("__exit__", static (self, args, kw) =>
        {
            ((PyLock)self).Release();
            return PyNone.Instance;
        });
        type.Method("locked", static self => PyBool.From(((PyLock)self)._locked));
        type.Method("locked_lock", static self => PyBool.From(((PyLock)self)._locked));
        type.Method("_at_fork_reinit", static self =>
        {
            ((PyLock)self)._locked = false;
            return PyNone.Instance;
        });
        return type;
    }
}
