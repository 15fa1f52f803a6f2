using PyPack.Runtime.Objects;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Modules.Asyncio;

/// <summary>
/// asyncio's <c>TimerHandle</c> (events.py): a <see cref="PyHandle"/> due at a time of the loop's
/// clock, ordered by that time in the loop's heap (hash and comparisons as events.py's).
/// </summary>
public class PyTimerHandle : PyHandle
{
    public static new readonly PyType TypeObject = MakeType();

    internal PyObject When;
    // The handle is still in the loop's heap (a cancelled one is counted there).
    internal bool Scheduled;

    public PyTimerHandle(PyObject when, PyObject callback, PyObject args, PyObject loop, PyObject context)
        : base(callback, args, loop, context)
    {
        When = when;
    }

    protected PyTimerHandle()
    {
        When = PyNone.Instance;
    }

    public override PyType Type => TypeObject;

    public override long Hash() => Hashing.Hash(When);

    // Ordering is by deadline only; equality also needs the same callback, arguments and state.
    public override PyObject? RichCompare(PyObject other, CompareOp op)
    {
        if (other is not PyTimerHandle timer) return null;
        switch (op)
        {
            case CompareOp.Lt:
            case CompareOp.Gt:
                return Comparison.Compare(When, timer.When, op);
            case CompareOp.Le:
            case CompareOp.Ge:
            {
                var strict = Comparison.Compare(When, timer.When, op == CompareOp.Le ? CompareOp.Lt : CompareOp.Gt);
                return Truth.IsTrue(strict) ? strict : PyBool.From(SameAs(timer));
            }
            case CompareOp.Eq:
                return PyBool.From(SameAs(timer));
            default:
                return PyBool.From(!SameAs(timer));
        }
    }

    private bool SameAs(PyTimerHandle other)
    {
        if (Comparison.CompareBool(When, other.When, CompareOp.Ne) || Comparison.CompareBool(Callback, other.Callback, CompareOp.Ne)) return false;
        return Comparison.CompareBool(Args, other.Args, CompareOp.Eq) && Cancelled == other.Cancelled;
    }

    /// <summary>The loop counts cancelled timers still in its heap, to know when to rebuild it.</summary>
    internal void CancelTimer()
    {
        if (!Cancelled) Attributes.CallMethod1(Loop, "_timer_handle_cancelled", this);
        CancelHandle();
    }

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "_when" => When,
        "_scheduled" => PyBool.From(Scheduled),
        _ => base.GetOwnAttribute(name),
    };

    public override bool SetOwnAttribute(string name, PyObject value)
    {
        switch (name)
        {
            case "_when": When = value; return true;
            case "_scheduled": Scheduled = Truth.IsTrue(value); return true;
            default: return base.SetOwnAttribute(name, value);
        }
    }

    internal override void FillFrom(PyHandle made)
    {
        base.FillFrom(made);
        var timer = (PyTimerHandle)made;
        When = timer.When;
        Scheduled = timer.Scheduled;
    }

    private static PyType MakeType()
    {
        var t = new PyType("TimerHandle", PyHandle.TypeObject) { Module = "asyncio.events", TpName = "TimerHandle" };
        t.Constructor = static (args, kwnames) =>
        {
            var positional = args.Length - (kwnames?.Length ?? 0);
            if (positional == 0) throw Errors.TypeError("TimerHandle.__init__() missing 1 required positional argument: 'when'");
            Bind(args, kwnames, "TimerHandle", 1, out var callback, out var arguments, out var loop, out var context);
            return new PyTimerHandle(args[0], callback, arguments, loop, context);
        };
        t.Method("cancel", static self =>
        {
            ((PyTimerHandle)self).CancelTimer();
            return PyNone.Instance;
        });
        t.Method("when", static self => ((PyTimerHandle)self).When);
        BuiltinBases.Mutable(t, static type => new PyTimerHandleSubclass(type), static (self, made) => ((PyHandle)self).FillFrom((PyHandle)made));
        SlotWrappers.Add(t, "__hash__", "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__");
        return t;
    }
}
