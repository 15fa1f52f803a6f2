namespace PyPack.Compiler.Syntax.Ast;

/// <summary>
/// The value of a <c>...</c> constant. Other <see cref="Constant.Value"/> kinds: <c>null</c> (None),
/// <c>bool</c>, <c>System.Numerics.BigInteger</c> (int), <c>double</c> (float),
/// <c>System.Numerics.Complex</c> (imaginary literal), <c>string</c> (str) and <c>byte[]</c> (bytes).
/// </summary>
public sealed class Ellipsis
{
    public static readonly Ellipsis Value = new();
    private Ellipsis() { }
    public override string ToString() => "Ellipsis";
}
