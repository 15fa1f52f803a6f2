namespace PyPack.Runtime.Objects;

/// <summary><c>NotImplemented</c>: one instance.</summary>
public sealed class PyNotImplemented : PyObject
{
    public static readonly PyType TypeObject = new("NotImplementedType", null);
    public static readonly PyNotImplemented Instance = new();

    private PyNotImplemented() { }

    public override PyType Type => TypeObject;
    public override string Repr() => "NotImplemented";
}
