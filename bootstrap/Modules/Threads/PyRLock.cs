using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Modules.Threads;

/// <summary>
/// <c>_thread.RLock</c> (threading.RLock): owned by the thread that acquired it, which may acquire
/// it again; released when each acquire has its release. Condition uses the _release_save and
/// _acquire_restore pair to let it go whole while it waits.
/// </summary>
internal sealed class PyRLock : PyObject
{
    public static readonly PyType RLockType = CreateType();

    private long _owner;
    private long _count;

    public override PyType Type => RLockType;

    public override string Repr() =>
        $"<{(_count > 0 ? "locked" : "unlocked")} _thread.RLock object owner={_owner} count={_count} at 0x{Identity.Of(this):x}>";

    private bool Acquire(bool blocking, double timeout)
    {
        var me = ThreadIdentity.Current;
        lock (this)
        {
            if (_count > 0 && _owner == me)
            {
                _count++;
                return true;
            }
            if (_count == 0)
            {
                _owner = me;
                _count = 1;
                return true;
            }
            if (!blocking) return false;
        }
        return ThreadWaits.Until(this, () => _count == 0, () =>
        {
            _owner = me;
            _count = 1;
        }, timeout);
    }

    private void Release()
    {
        lock (this)
        {
            if (_count == 0 || _owner != ThreadIdentity.Current) throw Errors.RuntimeError("cannot release un-acquired lock");
            if (--_count == 0)
            {
                _owner = 0;
                Monitor.PulseAll(this);
            }
        }
    }

    private static PyType CreateType()
    {
        var type = new PyType("RLock", null) { Module = "_thread", TpName = "_thread.RLock" };
        type.Constructor = static (args, kw) => new PyRLock();
        BuiltinMethodBody acquire = static (self, args, kw) =>
        {
            var (blocking, timeout) = ThreadWaits.AcquireArguments("acquire", args, kw);
            return PyBool.From(((PyRLock)self).Acquire(blocking, timeout));
        };
        type.Method("acquire", acquire);
        type.Method("__enter__", acquire);
        type.Method("release", static self =>
        {
            ((PyRLock)self).Release();
            return PyNone.Instance;
        });
        type.Method("__exit__", static (self, args, kw) =>
        {
            ((PyRLock)self).Release();
            return PyNone.Instance;
        });
        type.Method("_is_owned", static self =>
        {
            var r = (PyRLock)self;
            lock (r) return PyBool.From(r._count > 0 && r._owner == ThreadIdentity.Current);
        });
        // Condition.wait lets an RLock go whole and takes it back with the same count.
        type.Method("_release_save", static self =>
        {
            var r = (PyRLock)self;
            lock (r)
            {
                if (r._count == 0) throw Errors.RuntimeError("cannot release un-acquired lock");
                var saved = PyTuple.Of(PyInt.From(r._count), PyInt.From(r._owner));
                r._count = 0;
                r._owner = 0;
                Monitor.PulseAll(r);
                return saved;
            }
        });
        type.Method("_acquire_restore", static (self, state) =>
        {
            var r = (PyRLock)self;
            var items = ((PyTuple)state).Items;
            var count = ModuleArgs.Int(items[0]);
            var owner = ModuleArgs.Int(items[1]);
            ThreadWaits.Until(r, () => r._count == 0, () =>
            {
                r._owner = owner;
                r._count = count;
            }, -1);
            return PyNone.Instance;
        });
        type.Method("_at_fork_reinit", static self =>
        {
            var r = (PyRLock)self;
            r._owner = 0;
            r._count = 0;
            return PyNone.Instance;
        });
        return type;
    }
}
