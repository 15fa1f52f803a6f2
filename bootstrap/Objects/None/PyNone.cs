namespace PyPack.Runtime.Objects;

/// <summary><c>None</c>: one instance.</summary>
public sealed class PyNone : PyObject
{
    public static readonly PyType TypeObject = new("NoneType", null);
    public static readonly PyNone Instance = new();

    private PyNone() { }

    public override PyType Type => TypeObject;
    public override string Repr() => "None";
    public override bool IsTrue() => false;
}
