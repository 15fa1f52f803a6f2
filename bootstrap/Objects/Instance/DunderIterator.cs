using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>
/// Adapts an object with <c>__next__</c> to <see cref="PyIterator"/>: the StopIteration that ends
/// a Python-level iterator becomes the null that ends compiled loops.
/// </summary>
public sealed class DunderIterator(PyObject iterator) : PyIterator
{
    public PyObject Target { get; } = iterator;
    public override PyType Type => Target.Type;

    public override PyObject? Next()
    {
        var m = SpecialMethods.Find(Target, "__next__") ?? throw Errors.TypeError($"'{Target.Type.TpName}' object is not an iterator");
        try
        {
            return SpecialMethods.Call0(Target, m);
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            return null;
        }
    }

    public override string Repr() => Target.Repr();
}
