using System.Globalization;
using System.Numerics;

namespace PyPack.Compiler.Emit;

/// <summary>
/// The constants of a module, each created once in a static readonly field and shared by every
/// use; equal constants of the same type share one field.
/// </summary>
public sealed class ConstantPool
{
    private readonly Dictionary<(Type, object), string> _fields = [];
    private readonly List<string> _declarations = [];

    /// <summary>The C# expression for a Python constant, or null when its type is not supported.</summary>
    public string? Get(object? value) => value switch
    {
        null => "PyNone.Instance",
        bool b => b ? "PyBool.True" : "PyBool.False",
        BigInteger i => Field(i, i >= long.MinValue && i <= long.MaxValue
            ? $"PyInt.From({((long)i).ToString(CultureInfo.InvariantCulture)}L)"
            : $"PyInt.From(System.Numerics.BigInteger.Parse({CSharpNames.Literal(i.ToString(CultureInfo.InvariantCulture))}, System.Globalization.CultureInfo.InvariantCulture))",
            "PyInt"),
        double d => Field(BitConverter.DoubleToInt64Bits(d),
            $"new PyFloat(System.BitConverter.Int64BitsToDouble({BitConverter.DoubleToInt64Bits(d).ToString(CultureInfo.InvariantCulture)}L))", "PyFloat"),
        // '' and one Latin-1 character are the runtime's shared strs, as in CPython, where every
        // such result (a slice, '%d' % 5, a split piece) is the same object as the literal.
        // Texts of name characters only are interned, as CPython interns such constants: the same
        // object in every module and as the attribute name an instance dict holds.
        string s => Field(s, s.Length == 0 || (s.Length == 1 && s[0] < 256) ? $"PyStr.Shared({CSharpNames.Literal(s)})"
            : IsNameLike(s) ? $"InternedStrs.Of({CSharpNames.Literal(s)})"
            : $"new PyStr({CSharpNames.Literal(s)})", "PyStr"),
        Complex c => Field(("complex", BitConverter.DoubleToInt64Bits(c.Real), BitConverter.DoubleToInt64Bits(c.Imaginary)),
            $"new PyComplex(System.BitConverter.Int64BitsToDouble({BitConverter.DoubleToInt64Bits(c.Real).ToString(CultureInfo.InvariantCulture)}L), System.BitConverter.Int64BitsToDouble({BitConverter.DoubleToInt64Bits(c.Imaginary).ToString(CultureInfo.InvariantCulture)}L))", "PyComplex"),
        Syntax.Ast.Ellipsis => "PyEllipsis.Instance",
        Semantics.FoldedTuple t => Tuple(t),
        byte[] b => Field(("bytes", Convert.ToHexString(b)), $"PyBytes.FromLatin1({CSharpNames.Literal(new string(b.Select(x => (char)x).ToArray()))})", "PyBytes"),
        _ => null,
    };

    // CPython's all_name_chars: ASCII letters, digits and underscores.
    private static bool IsNameLike(string s)
    {
        foreach (var c in s)
        {
            if (!(c is >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' or '_')) return false;
        }
        return true;
    }

    // A tuple of constants: its items' fields are declared first, so they are set when it is made.
    private string? Tuple(Semantics.FoldedTuple t)
    {
        var items = new List<string>();
        foreach (var item in t.Items)
        {
            if (Get(item) is not { } code) return null;
            items.Add(code);
        }
        return items.Count == 0 ? "PyTuple.Empty" : Field(t, $"PyTuple.Of({string.Join(", ", items)})", "PyTuple");
    }

    private string Field(object key, string initializer, string type)
    {
        if (!_fields.TryGetValue((key.GetType(), key), out var name))
        {
            name = "K" + _fields.Count.ToString(CultureInfo.InvariantCulture);
            _fields.Add((key.GetType(), key), name);
            _declarations.Add($"private static readonly {type} {name} = {initializer};");
        }
        return name;
    }

    public IReadOnlyList<string> Declarations => _declarations;
}
