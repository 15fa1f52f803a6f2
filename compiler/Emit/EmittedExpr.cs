namespace PyPack.Compiler.Emit;

/// <summary>C# expression text and the representation it evaluates to.</summary>
public readonly record struct EmittedExpr(string Code, ValueKind Kind)
{
    public static EmittedExpr Object(string code) => new(code, ValueKind.Object);
    public static EmittedExpr Bool(string code) => new(code, ValueKind.Bool);

    /// <summary>This value as a PyObject.</summary>
    public string AsObject => Kind == ValueKind.Bool ? $"PyBool.From({Code})" : Code;

    /// <summary>This value as a C# bool (Python truth).</summary>
    public string AsBool => Kind == ValueKind.Bool ? Code : $"Truth.IsTrue({Code})";
}
