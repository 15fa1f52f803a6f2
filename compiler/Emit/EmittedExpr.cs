namespace PyPack.Compiler.Emit;

/// <summary>C# expression text and the representation it evaluates to.</summary>
public readonly record struct EmittedExpr(string Code, ValueKind Kind)
{
    public static EmittedExpr Object(string code) => new(code, ValueKind.Object);
    public static EmittedExpr Bool(string code) => new(code, ValueKind.Bool);
    public static EmittedExpr Unboxed(string code) => new(code, ValueKind.Unboxed);

    /// <summary>This value as a PyObject.</summary>
    public string AsObject => Kind switch
    {
        ValueKind.Bool => $"PyBool.From({Code})",
        ValueKind.Unboxed => $"{Code}.Box()",
        _ => Code,
    };

    /// <summary>This value as a C# bool (Python truth).</summary>
    public string AsBool => Kind switch
    {
        ValueKind.Bool => Code,
        ValueKind.Unboxed => $"{Code}.IsTrue()",
        _ => $"Truth.IsTrue({Code})",
    };

    /// <summary>This value as an Unboxed struct (an object is unboxed if it is an exact int or float).</summary>
    public string AsUnboxed => Kind switch
    {
        ValueKind.Unboxed => Code,
        _ => $"Unboxed.Of({AsObject})",
    };
}
