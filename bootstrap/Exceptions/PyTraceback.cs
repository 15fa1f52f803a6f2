using PyPack.Runtime.Objects;

namespace PyPack.Runtime.Exceptions;

/// <summary>A traceback object (<c>e.__traceback__</c>, <c>sys.exc_info()[2]</c>): one entry of the chain.</summary>
public sealed class PyTraceback(TracebackEntry entry) : PyObject
{
    public static readonly PyType TypeObject = new("traceback", null);

    public TracebackEntry Entry { get; } = entry;

    public override PyType Type => TypeObject;

    public override PyObject? GetOwnAttribute(string name) => name switch
    {
        "tb_lineno" => PyInt.From(Entry.Line),
        "tb_next" => Of(Entry.Next),
        "tb_frame" => PyFrame.OfTraceback(Entry),
        _ => null,
    };

    // One object per entry, so `a.__traceback__ is b.__traceback__` holds when they share it.
    // (Two threads reaching a new entry at once could each make one: entries belong to one thread's exception.)
    public static PyObject Of(TracebackEntry? entry) =>
        entry is null ? PyNone.Instance : entry.Object ??= new PyTraceback(entry);
}
