namespace PyPack.Runtime.Objects;

/// <summary>
/// The Python methods of an <see cref="IAwaitableIterator"/>: send(), throw() and __next__() end
/// with StopIteration(value) when the awaitable is done, close() ends it, and it is its own
/// iterator and awaitable.
/// </summary>
internal static class AwaitableIteratorMethods
{
    public static void Add(PyType t)
    {
        t.Method("send", static (self, v) => ((IAwaitableIterator)self).Send(v, out var r) ?? throw PyGenerator.StopIteration(r));
        t.Method("throw", static (self, args, kw) =>
            ((IAwaitableIterator)self).Throw(PyGenerator.ExceptionArgument(args), out var r) ?? throw PyGenerator.StopIteration(r));
        t.Method("close", static self =>
        {
            ((IAwaitableIterator)self).Close();
            return PyNone.Instance;
        });
        t.Method("__next__", static self => ((IAwaitableIterator)self).Send(PyNone.Instance, out var r) ?? throw PyGenerator.StopIteration(r));
        t.Method("__iter__", static self => self);
        t.Method("__await__", static self => self);
    }
}
