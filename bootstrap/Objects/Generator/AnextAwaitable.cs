using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// What <c>anext(iterator, default)</c> returns: it drives the awaitable of <c>__anext__()</c>
/// and turns its StopAsyncIteration into the default value (StopIteration(default)).
/// </summary>
public sealed class AnextAwaitable(PyObject awaitable, PyObject defaultValue) : PyObject, IAwaitableIterator
{
    public static readonly PyType TypeObject = MakeType();

    private PyObject? _inner;

    public override PyType Type => TypeObject;
    public override string Repr() => $"<anext_awaitable object at 0x{Identity.Of(this):x}>";

    private PyObject Inner => _inner ??= Awaiting.GetAwaitable(awaitable);

    public PyObject Send(PyObject value) => Defaulting(() => Inner switch
    {
        PyCoroutine c => c.Engine.Send(value),
        PyGenerator g => g.Send(value),
        IAwaitableIterator a => a.Send(value),
        var o when value is PyNone => Attributes.CallMethod0(o, "__next__"),
        var o => Attributes.CallMethod1(o, "send", value),
    });

    public PyObject Throw(PyBaseException exception) => Defaulting(() => Inner switch
    {
        PyCoroutine c => c.Engine.Throw(exception),
        PyGenerator g => g.Throw(exception),
        IAwaitableIterator a => a.Throw(exception),
        var o => Attributes.TryGetAttr(o, "throw") is { } t ? t.Call1(exception) : throw exception.ToException(),
    });

    public void Close()
    {
        switch (Inner)
        {
            case PyCoroutine c:
                c.Engine.Close();
                break;
            case PyGenerator g:
                g.Close();
                break;
            case IAwaitableIterator a:
                a.Close();
                break;
            case var o:
                if (Attributes.TryGetAttr(o, "close") is { } close) close.Call0();
                break;
        }
    }

    private PyObject Defaulting(Func<PyObject> step)
    {
        try
        {
            return step();
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration))
        {
            throw PyGenerator.StopIteration(defaultValue);
        }
    }

    private static PyType MakeType()
    {
        var t = new PyType("anext_awaitable", null);
        t.Method("send", static (self, v) => ((AnextAwaitable)self).Send(v));
        t.Method("throw", static (self, args, kw) => ((AnextAwaitable)self).Throw(PyGenerator.ExceptionArgument(args)));
        t.Method("close", static self =>
        {
            ((AnextAwaitable)self).Close();
            return PyNone.Instance;
        });
        t.Method("__next__", static self => ((AnextAwaitable)self).Send(PyNone.Instance));
        t.Method("__iter__", static self => self);
        t.Method("__await__", static self => self);
        return t;
    }
}
