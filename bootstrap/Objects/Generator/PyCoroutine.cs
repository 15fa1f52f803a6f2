using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// A coroutine: what calling an <c>async def</c> returns. Its body runs like a generator's (a
/// <see cref="PyGenerator"/> drives it, with the coroutine wording in its errors), but it is not
/// iterable: it is driven by send/throw/close, by <c>await</c>, or through <c>__await__()</c>.
/// </summary>
public sealed class PyCoroutine : PyObject
{
    public static readonly PyType TypeObject = MakeType();

    // id() and hash() in a field, not the weak table: asyncio keys dicts by coroutine (gather()
    // runs an awaitable passed twice once), one lookup per task.
    private uint _identity;

    internal override ulong IdentityNumber() => Identity.FromField(ref _identity, this);

    /// <summary>A coroutine run by <paramref name="engine"/> (made by PyGenerator.ForCoroutine, its body begun).</summary>
    public PyCoroutine(PyGenerator engine) => Engine = engine;

    // The engine keeps the name: one field less here.
    public string QualName => Engine.QualName;

    /// <summary>An asynchronous comprehension's body: a local iterator function over the first iterator.</summary>
    public static PyCoroutine Start(CodeInfo code, string qualName, PyObject source, Func<GeneratorFrame, PyObject, IEnumerator<PyObject>> body)
    {
        var engine = PyGenerator.ForCoroutine(code, qualName, handlesAcrossYields: true);
        return new PyCoroutine(engine.Begin(body(engine, source)));
    }

    /// <summary>Runs the body; <c>await</c> delegates to it directly.</summary>
    public PyGenerator Engine { get; }

    public override PyType Type => TypeObject;
    public override string Repr() => $"<coroutine object {QualName} at 0x{Identity.Of(this):x}>";

    private static PyType MakeType()
    {
        var t = new PyType("coroutine", null);
        t.Method("send", static (self, v) => ((PyCoroutine)self).Engine.Send(v));
        t.Method("throw", static (self, args, kw) => ((PyCoroutine)self).Engine.Throw(PyGenerator.ExceptionArgument(args)));
        t.Method("close", static self =>
        {
            ((PyCoroutine)self).Engine.Close();
            return PyNone.Instance;
        });
        t.Method("__await__", static self => new CoroutineWrapper((PyCoroutine)self));
        // What asyncio's task reprs read: "main() running at FILE:LINE" / "done, defined at FILE:LINE".
        t.SetAttribute("cr_code", new PyGetSetDescriptor(t, "cr_code", static o => ((PyCoroutine)o).Engine.CodeObject));
        t.SetAttribute("cr_frame", new PyGetSetDescriptor(t, "cr_frame", static o => ((PyCoroutine)o).Engine.FrameObject));
        t.SetAttribute("cr_running", new PyGetSetDescriptor(t, "cr_running", static o => PyBool.From(((PyCoroutine)o).Engine.IsRunning)));
        t.SetAttribute("cr_suspended", new PyGetSetDescriptor(t, "cr_suspended", static o => PyBool.From(((PyCoroutine)o).Engine.IsSuspended)));
        t.SetAttribute("cr_await", new PyGetSetDescriptor(t, "cr_await", static o => ((PyCoroutine)o).Engine.AwaitedObject));
        t.SetAttribute("__qualname__", new PyGetSetDescriptor(t, "__qualname__", static o => new PyStr(((PyCoroutine)o).QualName)));
        t.SetAttribute("__name__", new PyGetSetDescriptor(t, "__name__", static o =>
        {
            var q = ((PyCoroutine)o).QualName;
            return new PyStr(q[(q.LastIndexOf('.') + 1)..]);
        }));
        return t;
    }

    /// <summary>What <c>coro.__await__()</c> returns: an iterator over the coroutine's steps.</summary>
    private sealed class CoroutineWrapper(PyCoroutine coroutine) : PyIterator
    {
        public static readonly PyType WrapperType = MakeWrapperType();

        public override PyType Type => WrapperType;
        public override PyObject? Next() => coroutine.Engine.Next();
        public override string Repr() => $"<coroutine_wrapper object at 0x{Identity.Of(this):x}>";

        private static PyType MakeWrapperType()
        {
            var t = new PyType("coroutine_wrapper", null);
            t.Method("send", static (self, v) => ((CoroutineWrapper)self).Engine.Send(v));
            t.Method("throw", static (self, args, kw) => ((CoroutineWrapper)self).Engine.Throw(PyGenerator.ExceptionArgument(args)));
            t.Method("close", static self =>
            {
                ((CoroutineWrapper)self).Engine.Close();
                return PyNone.Instance;
            });
            t.Method("__next__", static self => ((CoroutineWrapper)self).Engine.Send(PyNone.Instance));
            t.Method("__iter__", static self => self);
            return t;
        }

        private PyGenerator Engine => coroutine.Engine;
    }
}
