namespace PyPack.Runtime.Objects;

/// <summary><c>Ellipsis</c> (<c>...</c>): one instance.</summary>
public sealed class PyEllipsis : PyObject
{
    public static readonly PyType TypeObject = new("ellipsis", null);
    public static readonly PyEllipsis Instance = new();

    private PyEllipsis() { }

    public override PyType Type => TypeObject;
    public override string Repr() => "Ellipsis";
}
