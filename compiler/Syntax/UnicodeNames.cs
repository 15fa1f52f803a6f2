namespace PyPack.Compiler.Syntax;

/// <summary>Unicode character names for \N{...} escapes (filled in from a generated table).</summary>
internal static class UnicodeNames
{
    public static int Lookup(string name) => -1;
}
