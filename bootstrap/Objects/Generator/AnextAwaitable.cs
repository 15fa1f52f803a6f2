using PyPack.Runtime.Exceptions;
using PyPack.Runtime.Operations;

namespace PyPack.Runtime.Objects;

/// <summary>
/// What <c>anext(iterator, default)</c> returns: it drives the awaitable of <c>__anext__()</c>
/// and turns its StopAsyncIteration into the default value (the awaitable finishes with it).
/// </summary>
public sealed class AnextAwaitable(PyObject awaitable, PyObject defaultValue) : PyObject, IAwaitableIterator
{
    public static readonly PyType TypeObject = MakeType();

    private PyObject? _inner;

    public override PyType Type => TypeObject;
    public override string Repr() => $"<anext_awaitable object at 0x{Identity.Of(this):x}>";

    private PyObject Inner => _inner ??= Awaiting.GetAwaitable(awaitable);

    public PyObject? Send(PyObject value, out PyObject result)
    {
        result = PyNone.Instance;
        try
        {
            var next = Inner switch
            {
                PyCoroutine c => c.Engine.SendForDelegation(value, out result),
                PyGenerator g => g.SendForDelegation(value, out result),
                // An async generator's end comes back as a value: no StopAsyncIteration to catch.
                AsyncGeneratorSend s => s.Send(value, out result, quietEnd: true),
                IAwaitableIterator a => a.Send(value, out result),
                var o when value is PyNone => Attributes.CallMethod0(o, "__next__"),
                var o => Attributes.CallMethod1(o, "send", value),
            };
            if (next is null && ReferenceEquals(result, PyAsyncGenerator.Exhausted)) result = defaultValue;
            return next;
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration))
        {
            result = defaultValue;
            return null;
        }
    }

    public PyObject? Throw(PyBaseException exception, out PyObject result)
    {
        result = PyNone.Instance;
        try
        {
            return Inner switch
            {
                PyCoroutine c => c.Engine.Throw(exception),
                PyGenerator g => g.Throw(exception),
                IAwaitableIterator a => a.Throw(exception, out result),
                var o => Attributes.TryGetAttr(o, "throw") is { } t ? t.Call1(exception) : throw exception.ToException(),
            };
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopAsyncIteration))
        {
            result = defaultValue;
            return null;
        }
    }

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

    private static PyType MakeType()
    {
        var t = new PyType("anext_awaitable", null);
        AwaitableIteratorMethods.Add(t);
        return t;
    }
}
