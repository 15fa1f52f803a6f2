using PyPack.Runtime.Exceptions;

namespace PyPack.Runtime.Objects;

/// <summary>Iterates an object that has only <c>__getitem__</c>: indexes 0, 1, 2... until IndexError or StopIteration.</summary>
public sealed class SequenceIterator(PyObject sequence) : PyIterator
{
    public static readonly PyType TypeObject = new("iterator", null);

    private long _index;

    public override PyType Type => TypeObject;

    public override PyObject? Next()
    {
        try
        {
            return Operations.Subscript.GetItem(sequence, PyInt.From(_index++));
        }
        catch (PyException e) when (e.Value.Type.IsSubtypeOf(ExceptionTypes.IndexError) || e.Value.Type.IsSubtypeOf(ExceptionTypes.StopIteration))
        {
            return null;
        }
    }
}
